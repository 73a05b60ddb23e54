/**
 * The header menu on phones and each row's "⋯" are <details>, so they open
 * without JavaScript. With it, a tap elsewhere or Escape closes them, and
 * only one row menu is open at a time.
 */
const openMenus = () => [
  ...document.querySelectorAll<HTMLDetailsElement>('details.row-menu[open], details.site-menu[open]'),
];

export default function menus(): void {
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    for (const menu of openMenus()) {
      // The wide-screen header shows its menu always; there is nothing to close.
      const summary = menu.querySelector('summary');
      if (menu.classList.contains('site-menu') && summary && getComputedStyle(summary).display === 'none') continue;
      if (!menu.contains(target)) menu.open = false;
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const menu of openMenus()) {
      if (!menu.contains(document.activeElement)) continue;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
}
