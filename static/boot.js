// Starts the app. Trunk's own start-up snippet is inline, which a strict
// Content-Security-Policy forbids; this file does the same from 'self'.
// Integrity: this file is pinned in index.html (scripts/sri-boot.mjs); the JS glues are pinned by
// their modulepreload links, which import() reuses; each WASM module is fetched here with the
// integrity index.html gives for it (scripts/first-screen.mjs), so a changed binary is refused
// before it runs. The first screen's WASM and the catalogue index are preloaded by index.html,
// and fetch() takes those responses (same URL, CORS mode and credentials).
const tag = document.querySelector('script[data-app-js]');
const { appJs, appWasm, appWasmIntegrity, firstJs, firstWasm, firstWasmIntegrity } = tag.dataset;
if (!appWasmIntegrity || !firstWasmIntegrity) throw new Error('index.html lacks the integrity of a WASM module');
const run = async (js, wasm, integrity) => {
  const { default: init } = await import(js);
  await init({ module_or_path: fetch(wasm, { integrity }) });
};
// A visit to the home screen first runs the first screen (src/first_screen.rs): the checklists
// and their Start buttons, from a module about a fifth of the app's size. The app is fetched
// only once those are shown, so that on a thin network it never delays them; it then takes the
// first screen's place (src/effects/hand_over.rs). Any other address, or a host's parameters,
// start the app at once.
if (['', '#', '#/'].includes(location.hash) && location.search === '') {
  try {
    await run(firstJs, firstWasm, firstWasmIntegrity);
    await shown('[data-first-screen-shown]');
  } catch {
    // Without the first screen, the app shows the home screen itself.
    document.getElementById('first-screen')?.remove();
  }
}
try {
  await run(appJs, appWasm, appWasmIntegrity);
} catch (error) {
  // After the first screen, its Start buttons would wait for nothing: it says why instead.
  const file = appWasm.split('/').pop();
  document.dispatchEvent(new CustomEvent('supplier-audit:app-failed', { detail: { file, why: String(error?.message ?? error) } }));
  throw error;
}

/** Resolves once `selector` matches in the page, or after 5 s. */
function shown(selector) {
  return new Promise((resolve) => {
    const done = () => {
      seen.disconnect();
      clearTimeout(late);
      resolve();
    };
    const seen = new MutationObserver(() => document.querySelector(selector) && done());
    const late = setTimeout(done, 5_000);
    seen.observe(document.body, { childList: true, subtree: true, attributes: true });
    if (document.querySelector(selector)) done();
  });
}

// The service worker (sw.js) keeps the app's files for offline use. Its install downloads every
// one of them again, so it is registered once the app shows what it was loading (nothing in
// <main> marked `.loading`), not while that screen still reads storage: on a new device both
// would compete for the disk and the processor. At the latest 10 s after the app starts.
// Relative, so that the app works under any sub-path. Without it (an insecure origin, a browser
// that refuses it, as for some embedded frames) the app works as before, online: nothing to
// report.
const register = () => navigator.serviceWorker?.register('./sw.js', { scope: './' }).catch(() => {});
const loading = () => !document.querySelector('main') || document.querySelector('main .loading');
const ready = new MutationObserver(() => {
  if (!loading()) registerNow();
});
const late = setTimeout(() => registerNow(), 10_000);
function registerNow() {
  ready.disconnect();
  clearTimeout(late);
  register();
}
if (loading()) ready.observe(document.body, { childList: true, subtree: true });
else registerNow();
