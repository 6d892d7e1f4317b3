// The service worker: after one visit, the app opens and runs with no network.
// scripts/precache.mjs fills in BUILD and PRECACHE after each build, from the files in dist/, so a
// new build changes this file's bytes, which is how the browser finds that there is an update.
// It caches the app's own files only: audits and identities stay in IndexedDB, never touched here.
const BUILD = 'unbuilt';
const PRECACHE = [];

// Cache Storage is per origin, but one origin may host the app under several sub-paths: each
// registration keeps to the caches named after its own scope.
const SCOPE = self.registration.scope;
const PREFIX = `supplier-audit ${SCOPE} `;
const CACHE = PREFIX + BUILD;
const SHELL = new URL('index.html', SCOPE).href;
const PRECACHED = new Set(PRECACHE.map(({ path }) => new URL(path, SCOPE).href));

// Each file is fetched past the HTTP cache's freshness (a 304 still saves the download) and
// checked against the hash of the build, so a half-replaced deployment fails the install (the
// browser tries again later) instead of caching files of two builds together.
const requests = () => PRECACHE.map(({ path, integrity }) => new Request(new URL(path, SCOPE), { cache: 'no-cache', integrity }));

// All or nothing: a failed install leaves no partial cache behind.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests())).catch(async (error) => {
    await caches.delete(CACHE);
    throw error;
  }));
});

// Older builds' caches go only once this build is in charge: until then, pages opened on the
// previous build may still need them.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

/** Whether every file of the build is in the cache: the app says "Ready offline" only then. */
async function status() {
  const cache = await caches.open(CACHE);
  const present = await Promise.all(requests().map((r) => cache.match(r, { ignoreVary: true }).then(Boolean)));
  const missing = present.filter((p) => !p).length;
  return { type: 'precache-status', build: BUILD, files: PRECACHE.length, missing, complete: missing === 0 };
}

self.addEventListener('message', (event) => {
  const type = event.data?.type;
  // Sent by the page, on the user's "Restart now", only where no audit is open.
  if (type === 'skip-waiting') event.waitUntil(self.skipWaiting());
  if (type === 'precache-status' && event.ports[0]) {
    event.waitUntil(status().then((s) => event.ports[0].postMessage(s)));
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // The app is one page, whatever its query (the embedding parameters) says.
  const shell = request.mode === 'navigate' && url.origin === location.origin
    && (`${url.origin}${url.pathname}` === SCOPE || `${url.origin}${url.pathname}` === SHELL);
  const key = shell ? SHELL : request.url;
  // Everything else (custom checklists, other origins, other files) goes to the network as if
  // there were no worker.
  if (!shell && !PRECACHED.has(key)) return;
  event.respondWith((async () => {
    const cached = await caches.match(key, { cacheName: CACHE, ignoreVary: true });
    return cached ?? fetch(request);
  })());
});
