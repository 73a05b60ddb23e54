import type { APIRoute } from 'astro';
import { PARTS } from '../lib/ids.ts';
import { BUILD_DATE } from '../lib/edition-facts.ts';
import { VIEWS, homePath, partPath, wholePath, withBase } from '../lib/routes.ts';

/**
 * The service worker: after the first visit every reading page is stored,
 * so the statement reads offline. Pages come from the network when there is
 * one (so corrections arrive), from the store when there is not.
 */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const pages = [
    homePath('en'),
    homePath('zh'),
    ...VIEWS.flatMap((view) => [wholePath(view), ...PARTS.map((part) => partPath(part.slug, view))]),
  ];
  const precache = [...pages, '/favicon.svg', '/manifest.webmanifest'].map((p) => withBase(base, p));
  const code = `// Generated at build time (src/pages/sw.js.ts).
const CACHE = 'statement-${BUILD_DATE}';
const PRECACHE = ${JSON.stringify(precache)};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))).then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit || caches.match(${JSON.stringify(withBase(base, '/statement/'))}))),
  );
});
`;
  return new Response(code, { headers: { 'Content-Type': 'text/javascript' } });
};
