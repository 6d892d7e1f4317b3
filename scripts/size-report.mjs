// Prints the size of every file of the app in dist/ (the first screen, the app, their glue, the
// service worker, CSS and index.html): raw, gzip -9 and brotli. A visit to the home screen needs
// only part of it first: scripts/bench measures that (bench/size/size.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const files = readdirSync(dist)
  .filter((name) => /\.(wasm|js|css|html)$/.test(name) && statSync(join(dist, name)).isFile())
  // The loader that host pages include; the app itself never downloads it.
  .filter((name) => name !== 'embed.js');
let total = { raw: 0, gzip: 0, brotli: 0 };
for (const name of files.sort()) {
  const bytes = readFileSync(join(dist, name));
  const size = {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const key in total) total[key] += size[key];
  console.log(`size ${name}: ${size.raw} B raw, ${size.gzip} B gzip, ${size.brotli} B brotli`);
}
console.log(`size all app files total: ${total.raw} B raw, ${total.gzip} B gzip, ${total.brotli} B brotli`);
