// Starts the app. Trunk's own start-up snippet is inline, which a strict
// Content-Security-Policy forbids; this file does the same from 'self'.
// Integrity: this file is pinned in index.html (scripts/sri-boot.mjs); the JS glue is pinned by
// Trunk's modulepreload link, which import() reuses; the WASM is fetched here with the
// integrity of Trunk's preload link, so a changed binary is refused before it runs.
const tag = document.querySelector('script[data-app-js]');
const wasm = document.querySelector('link[rel="preload"][href$=".wasm"]');
if (!wasm?.integrity) throw new Error('index.html lacks the integrity of the WASM module');
// The home screen's first request, the catalogue index, is started now rather than after the
// WASM has loaded and run: it then arrives alongside. The app's fetch() takes the preloaded
// response (same URL, same CORS mode and credentials).
if (['', '#', '#/'].includes(location.hash)) {
  const index = document.createElement('link');
  Object.assign(index, { rel: 'preload', as: 'fetch', href: 'checklists/index.json', crossOrigin: 'anonymous' });
  document.head.append(index);
}
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: fetch(tag.dataset.appWasm, { integrity: wasm.integrity }) });
// The service worker (sw.js) keeps the app's files for offline use. Its install downloads every
// one of them again, so it is registered once the first screen has shown what it was loading
// (nothing in <main> marked `.loading`), not while that screen still reads storage: on a new
// device both would compete for the disk and the processor. At the latest 10 s after start.
// Relative, so that the app works under any sub-path. Without it (an insecure origin, a browser
// that refuses it, as for some embedded frames) the app works as before, online: nothing to
// report.
const register = () => navigator.serviceWorker?.register('./sw.js', { scope: './' }).catch(() => {});
const loading = () => !document.querySelector('main') || document.querySelector('main .loading');
const shown = new MutationObserver(() => {
  if (!loading()) registerNow();
});
const late = setTimeout(() => registerNow(), 10_000);
function registerNow() {
  shown.disconnect();
  clearTimeout(late);
  register();
}
if (loading()) shown.observe(document.body, { childList: true, subtree: true });
else registerNow();
