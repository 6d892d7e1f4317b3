// What the offline and update tests share: the "Ready offline" state, what the service worker
// has cached, and a copy of the release build that can be turned into a next release.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './harness.mjs';
import { writePrecache } from '../../scripts/precache.mjs';

/** Waits until the app bar says "Ready offline"; resolves to the page's clock then (ms since navigation). */
export async function readyOffline(page, timeout = 15000) {
  await page.locator('.app-status .offline-ready').waitFor({ timeout });
  return page.evaluate(() => performance.now());
}

/** The Cache Storage of the page's origin: `{ names, entries, bytes }` (bytes of the bodies). */
export async function cacheContents(page) {
  return page.evaluate(async () => {
    const names = await caches.keys();
    let entries = 0;
    let bytes = 0;
    for (const name of names) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        entries += 1;
        bytes += (await (await cache.match(request)).arrayBuffer()).byteLength;
      }
    }
    return { names, entries, bytes };
  });
}

/** What the worker in charge of the page says of its cache: `{ build, files, missing, complete }`. */
export async function workerStatus(page) {
  return page.evaluate(() => new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => done(e.data);
    navigator.serviceWorker.controller.postMessage({ type: 'precache-status' }, [channel.port2]);
  }));
}

/** A copy of the release build in a temporary folder, to serve and then change. */
export async function copyOfBuild() {
  const dir = await mkdtemp(join(tmpdir(), 'pwa-build-'));
  await cp(DIST, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Turns the build in `dir` into a next release whose page title is `title`: index.html changes,
 * so the worker's list and build id change, as after a real rebuild. The compressed copies of the
 * changed files are dropped (the server then sends the files themselves). Resolves to the build id.
 */
export async function nextRelease(dir, title) {
  const page = join(dir, 'index.html');
  const html = await readFile(page, 'utf8');
  const retitled = html.replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
  if (retitled === html) throw new Error('index.html has no <title> to change');
  await writeFile(page, retitled);
  const { build } = await writePrecache(dir);
  await Promise.all(['index.html', 'sw.js'].flatMap((f) => ['.br', '.gz'].map((s) => rm(join(dir, f + s), { force: true }))));
  return build;
}
