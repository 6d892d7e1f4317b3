// Pre-compresses every text and wasm file of a build as FILE.br (brotli, quality 11) and FILE.gz
// (gzip, level 9), beside the original, with Node's zlib alone. Servers then send the best one the
// browser accepts without compressing on each request: scripts/static-server.mjs does, and so do
// the nginx, Apache and Caddy configurations in deploy/ (docs/deployment.md).
// A compressed copy that would not be smaller than the original is not written.
//
// Usage: node scripts/precompress.mjs DIR
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const COMPRESSIBLE = new Set([
  '.html', '.js', '.mjs', '.css', '.json', '.svg', '.wasm', '.txt', '.xml', '.webmanifest', '.map',
]);

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile() && COMPRESSIBLE.has(extname(entry.name))) yield path;
  }
}

async function compress(path) {
  const body = await readFile(path);
  const [br, gzipped] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: path.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gz(body, { level: 9 }),
  ]);
  for (const [suffix, bytes] of [['.br', br], ['.gz', gzipped]]) {
    if (bytes.length < body.length) {
      await writeFile(path + suffix, bytes);
    }
  }
  return { path, size: body.length, br: br.length, gzip: gzipped.length };
}

export async function precompress(dir) {
  const jobs = [];
  for await (const path of files(dir)) jobs.push(compress(path));
  return Promise.all(jobs);
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/precompress.mjs DIR');
  const done = await precompress(dir);
  const total = (key) => done.reduce((n, f) => n + f[key], 0);
  console.log(`precompressed ${done.length} files: ${total('size')} bytes, brotli ${total('br')}, gzip ${total('gzip')}`);
}
