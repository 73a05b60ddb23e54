/**
 * The card both footnote numbers and glossary terms open: one element per
 * kind, placed under the link that opened it and kept inside the viewport,
 * and described to assistive technology as that link's description.
 */
export class Popover {
  readonly element: HTMLDivElement;
  owner: HTMLAnchorElement | undefined;

  constructor(id: string, className: string) {
    this.element = document.createElement('div');
    this.element.className = className;
    this.element.id = id;
    this.element.setAttribute('role', 'tooltip');
    this.element.hidden = true;
    document.body.append(this.element);
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  show(link: HTMLAnchorElement, content: Node[], maxWidth: number): void {
    this.element.replaceChildren(...content);
    this.element.hidden = false;
    this.owner?.removeAttribute('aria-describedby');
    this.owner = link;
    link.setAttribute('aria-describedby', this.element.id);
    const box = link.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const width = Math.min(maxWidth, viewport - 16);
    this.element.style.width = `${width}px`;
    this.element.style.left = `${Math.max(8, Math.min(box.left + window.scrollX - 16, window.scrollX + viewport - width - 8))}px`;
    this.element.style.top = `${box.bottom + window.scrollY + 6}px`;
  }

  hide(): void {
    this.element.hidden = true;
    this.owner?.removeAttribute('aria-describedby');
    this.owner = undefined;
  }
}
