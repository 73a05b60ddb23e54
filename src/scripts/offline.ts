/**
 * Registers the service worker that keeps the statement readable offline.
 * Built sites only: in development pages change on every save.
 */
export default function offline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = document.documentElement.dataset.base ?? '/';
  void navigator.serviceWorker.register(`${base.replace(/\/$/, '')}/sw.js`, { scope: base }).catch(() => undefined);
}
