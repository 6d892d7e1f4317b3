// Writes the service worker's list of files and its build id into DIR/sw.js, from the files of
// the build: the app itself (index.html, boot.js, the hashed wasm, JS, CSS and icon, the
// manifest and its icons) and every bundled checklist, each with its SHA-384. The build id is a
// hash of that list and of the worker's code, so the same build gives the same sw.js (no update
// for browsers) and any changed file gives a new one (an update). Run by scripts/post-build.mjs after index.html is
// final and before the compressed copies are made; it can be run again on a build.
//
// Usage: node scripts/precache.mjs DIR
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const WORKER = 'sw.js';

/** Files of a build that the app never asks for: the host pages' script, the authors' schema. */
const NOT_FOR_THE_APP = new Set([WORKER, 'embed.js', 'checklist.schema.json']);
const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const COMPRESSED_COPY = /\.(br|gz)$/;
const BUILD_LINE = /^const BUILD = .*;$/m;
const PRECACHE_LINE = /^const PRECACHE = .*;$/m;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** `[{ path, integrity, size }]` for every file of `dir` the app uses, sorted by path. */
export async function precacheList(dir) {
  const list = [];
  for await (const file of files(dir)) {
    const path = relative(dir, file).split(sep).join('/');
    if (NOT_FOR_THE_APP.has(path) || COMPRESSED_COPY.test(path)) continue;
    const bytes = await readFile(file);
    list.push({ path, integrity: integrityOf(bytes), size: bytes.length });
  }
  return list.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Fills DIR/sw.js in; resolves to `{ build, files, bytes }`. */
export async function writePrecache(dir) {
  const list = await precacheList(dir);
  const entries = list.map(({ path, integrity }) => ({ path, integrity }));
  const worker = join(dir, WORKER);
  const source = await readFile(worker, 'utf8');
  if (!BUILD_LINE.test(source) || !PRECACHE_LINE.test(source)) {
    throw new Error(`${worker}: no "const BUILD = …;" and "const PRECACHE = …;" lines to fill in`);
  }
  // The worker's own code counts too: a new worker must never share the cache of the old one.
  const code = source.replace(BUILD_LINE, '').replace(PRECACHE_LINE, '');
  const build = createHash('sha256').update(JSON.stringify(entries)).update(code).digest('hex').slice(0, 16);
  await writeFile(worker, source
    .replace(BUILD_LINE, () => `const BUILD = ${JSON.stringify(build)};`)
    .replace(PRECACHE_LINE, () => `const PRECACHE = ${JSON.stringify(entries)};`));
  return { build, files: list.length, bytes: list.reduce((n, f) => n + f.size, 0) };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/precache.mjs DIR');
  const { build, files: count, bytes } = await writePrecache(dir);
  console.log(`precache: build ${build}, ${count} files, ${bytes} bytes`);
}
