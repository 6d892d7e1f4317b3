// Trunk post-build hook: pins static/boot.js by its SHA-384 in the built index.html.
// Trunk computes integrity for the assets it builds (WASM, JS glue, CSS) but not for the
// start-up module named in `pattern_script`, which carries a placeholder this replaces.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PLACEHOLDER = /integrity="?sha384-boot\.js"?/;

export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const page = join(dir, 'index.html');
const html = await readFile(page, 'utf8');
if (!PLACEHOLDER.test(html)) throw new Error(`${page}: no boot.js integrity placeholder to fill`);
const integrity = integrityOf(await readFile(join(dir, 'boot.js')));
await writeFile(page, html.replace(PLACEHOLDER, `integrity="${integrity}"`));
