import type { APIRoute } from 'astro';
import { OFFLINE_PAGE, RUNTIME_ENTRY_LIMIT, cachePrefix, precachePaths } from '../lib/offline.ts';
import { withBase } from '../lib/routes.ts';

/**
 * The service worker: on the first visit it stores every reading page and
 * the scripts they run, so the statement reads offline. Pages come from the
 * network when there is one (so corrections arrive), from the store when
 * there is not. `npm run build` ends with scripts/version-offline.ts, which
 * writes the two marked lines: the version (a hash of the built content) and
 * the built scripts to store.
 */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const precache = precachePaths().map((p) => withBase(base, p));
  const offline = { en: withBase(base, OFFLINE_PAGE.en), zh: withBase(base, OFFLINE_PAGE.zh) };
  const code = `// Generated at build time (src/pages/sw.js.ts, scripts/version-offline.ts).
const VERSION = 'unversioned'; // set by scripts/version-offline.ts
const ASSETS = []; // set by scripts/version-offline.ts
const BASE = ${JSON.stringify(base)};
// Cache Storage is shared by the whole origin: only caches named with this copy's prefix are ours.
const PREFIX = ${JSON.stringify(cachePrefix(base))};
const CACHE = PREFIX + VERSION;
// The first edition named its one cache by build date alone; it holds stale text, so it goes too.
const FIRST_EDITION = /^statement-\\d{4}-\\d{2}-\\d{2}$/;
const PRECACHE = ${JSON.stringify(precache)}.concat(ASSETS.map((file) => ${JSON.stringify(withBase(base, '/'))} + file));
const OFFLINE = ${JSON.stringify(offline)};
const LIMIT = PRECACHE.length + ${RUNTIME_ENTRY_LIMIT};

// A static host sends the same file whatever the query (?q=, Pagefind's ?ts=, ?notes=): one entry per path.
const keyOf = (url) => url.origin + url.pathname;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => (key.startsWith(PREFIX) && key !== CACHE) || FIRST_EDITION.test(key)).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

async function store(key, response) {
  const cache = await caches.open(CACHE);
  await cache.put(key, response);
  // Bounded: past the limit the oldest entries that are not stored reading pages go.
  const keys = await cache.keys();
  const kept = new Set(PRECACHE.map((path) => self.location.origin + path));
  const extra = keys.filter((request) => !kept.has(request.url));
  const over = keys.length - LIMIT;
  await Promise.all(extra.slice(0, Math.max(0, over)).map((request) => cache.delete(request)));
}

async function offlinePage(url) {
  const path = url.pathname.slice(BASE.length - 1);
  const locale = path === '/zh' || path.startsWith('/zh/') ? 'zh' : 'en';
  const page = await caches.match(self.location.origin + OFFLINE[locale], { cacheName: CACHE });
  const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
  if (page) return new Response(page.body, { status: 503, statusText: 'Offline', headers });
  return new Response('Offline', { status: 503, statusText: 'Offline', headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  const key = keyOf(url);
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic' && !response.redirected) event.waitUntil(store(key, response.clone()));
        return response;
      })
      .catch(async () => {
        const hit = await caches.match(key, { cacheName: CACHE });
        if (hit) return hit;
        // A page gets the offline page; anything else (a script, data, an image) fails as a network error, never as HTML.
        return request.mode === 'navigate' ? offlinePage(url) : Response.error();
      }),
  );
});
`;
  return new Response(code, { headers: { 'Content-Type': 'text/javascript' } });
};
