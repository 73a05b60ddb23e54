import { served } from '../scripts/site-root.ts';

/**
 * <copy-button>: copies a text (data-text) or another element's text
 * (data-target) and says so in a live region. Hidden without JavaScript,
 * where the text can still be selected by hand.
 */
let liveRegion: HTMLParagraphElement | undefined;

class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    // No clipboard (an insecure origin): the control cannot work, so it goes.
    if (!navigator.clipboard) {
      button.hidden = true;
      return;
    }
    button.addEventListener('click', () => void this.copy(button));
  }

  async copy(button: HTMLButtonElement) {
    const target = this.dataset.target ? document.getElementById(this.dataset.target) : null;
    const text = served(this.dataset.text ?? target?.innerText.trim() ?? '');
    await navigator.clipboard.writeText(text);
    const label = button.textContent;
    // The component always passes its interface's word (copy.done).
    const done = this.dataset.done ?? '';
    button.textContent = done;
    if (liveRegion) {
      liveRegion.textContent = '';
      liveRegion.textContent = done;
    }
    window.setTimeout(() => (button.textContent = label), 1500);
  }
}

export default function copy(): void {
  liveRegion = document.createElement('p');
  liveRegion.className = 'visually-hidden';
  liveRegion.setAttribute('role', 'status');
  document.body.append(liveRegion);
  if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
}
