/**
 * Registers the service worker that keeps the statement readable offline.
 * Built sites only: in development pages change on every save.
 */
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const base = document.documentElement.dataset.base ?? '/';
  void navigator.serviceWorker.register(`${base.replace(/\/$/, '')}/sw.js`, { scope: base }).catch(() => undefined);
}
export {};
