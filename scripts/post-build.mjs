// Trunk post-build hook, in order (Trunk runs the hooks of one stage concurrently, so the steps
// that depend on each other are chained here):
//   0. build the first screen and wire it into index.html (first-screen.mjs);
//   1. pin boot.js by its SHA-384 in index.html (sri-boot.mjs);
//   2. write checklists/index.json, the home screen's catalogue (catalogue-index.mjs);
//   3. write the service worker's file list and build id into sw.js (precache.mjs), once every
//      file it lists is final;
//   4. on a release build, pre-compress every text and wasm file as .br and .gz (precompress.mjs),
//      last, so that the compressed copies are of the final files.
import { join } from 'node:path';
import { writeIndex } from './catalogue-index.mjs';
import { buildFirstScreen } from './first-screen.mjs';
import { writePrecache } from './precache.mjs';
import { precompress } from './precompress.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const first = await buildFirstScreen(dir, { release: process.env.TRUNK_PROFILE === 'release', source: process.env.TRUNK_SOURCE_DIR });
console.log(`post-build: first screen ${first.wasm} (${first.wasmBytes} bytes) and ${first.js}`);
await import('./sri-boot.mjs');
await writeIndex(join(dir, 'checklists'));
const precache = await writePrecache(dir);
console.log(`post-build: sw.js lists ${precache.files} files (${precache.bytes} bytes), build ${precache.build}`);
if (process.env.TRUNK_PROFILE === 'release') {
  const done = await precompress(dir);
  console.log(`post-build: ${done.length} files pre-compressed (brotli 11, gzip 9)`);
}
