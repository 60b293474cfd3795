/* global self, caches */
// The app shell works without network (technicians on the cutover night): the build's files are
// cached on install, pages are fetched network first with the cached shell as fallback.
// vite.config.ts builds this file to /sw.js and fills in the two markers below.
const VERSION = '__SCHALTPLAN_SW_VERSION__';
const PRECACHE = JSON.parse('__SCHALTPLAN_SW_PRECACHE__');
const PREFIX = 'schaltplan-shell-';
const CACHE = PREFIX + VERSION;
const SHELL = '/index.html';
/** Never cached: data, downloads, health (they must be live or fail visibly). */
const LIVE = /^\/(graphql|api|health|metrics)(\/|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL, ...PRECACHE]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || LIVE.test(url.pathname)) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
});

/** Network first (a new build shows at once); offline, the cached shell routes on the client. */
async function page(request) {
  try {
    const response = await fetch(request);
    const type = response.headers.get('content-type') ?? '';
    if (response.ok && type.includes('text/html')) {
      const cache = await caches.open(CACHE);
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(SHELL, { cacheName: CACHE });
    if (cached) return cached;
    throw error;
  }
}

/** Built assets carry a content hash in their name: a cached copy is always right. */
async function asset(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}
