/**
 * Filters the commitments table by actor, modality, topic and status. Without
 * JavaScript the filters stay hidden and the table shows every commitment; the
 * choice is kept in the address (?actor=…&topic=…) so a filtered list can be shared.
 */
class CommitmentFilter extends HTMLElement {
  connectedCallback(): void {
    const filters = this.querySelector<HTMLElement>('.commitment-filters');
    if (!filters) return;
    const params = new URLSearchParams(location.search);
    for (const select of filters.querySelectorAll('select')) select.value = params.get(select.name) ?? '';
    filters.hidden = false;
    filters.addEventListener('change', () => this.apply(filters, true));
    this.apply(filters, false);
  }

  private apply(filters: HTMLElement, remember: boolean): void {
    const chosen = [...filters.querySelectorAll('select')].filter((s) => s.value !== '');
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    let shown = 0;
    for (const row of rows) {
      row.hidden = !chosen.every((s) => row.dataset[s.name] === s.value);
      if (!row.hidden) shown += 1;
    }
    const count = filters.querySelector('[data-count]');
    if (count) {
      count.textContent = (this.dataset.shown ?? '')
        .replace('{shown}', String(shown))
        .replace('{total}', String(rows.length));
    }
    if (remember) {
      const url = new URL(location.href);
      for (const s of filters.querySelectorAll('select')) {
        if (s.value) url.searchParams.set(s.name, s.value);
        else url.searchParams.delete(s.name);
      }
      history.replaceState(history.state, '', url);
    }
  }
}

customElements.define('commitment-filter', CommitmentFilter);
