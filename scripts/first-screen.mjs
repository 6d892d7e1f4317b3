// Trunk post-build step (scripts/post-build.mjs): builds the first screen, the small binary that
// draws the home screen's checklists while the app loads (src/bin/first_screen.rs), and wires it
// into the built index.html. Trunk builds one main binary per page, so this one is built here the
// way Trunk builds the app: cargo, the pinned wasm-bindgen, and on a release build wasm-opt with
// the app's settings (index.html's data-wasm-opt-params).
//
// index.html then carries, on boot.js's script tag, the address and SHA-384 of each module; the
// first screen's JS glue and WASM get the modulepreload and preload links, with their integrity,
// that Trunk gives the app's: their download starts while the page is parsed. Trunk's preload link
// of the app's WASM is taken out: boot.js fetches that module only once the first screen is shown
// (on a visit to the home screen), or at once elsewhere.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAME = 'first-screen';
const WASM_OPT = ['-Oz', '--converge', '--strip-debug', '--strip-producers'];
const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Builds the first screen into `dir` and wires it into `dir`/index.html; resolves to its files. */
export async function buildFirstScreen(dir, { release, source }) {
  const cargo = ['build', '--target', 'wasm32-unknown-unknown', '--bin', NAME, ...(release ? ['--release'] : [])];
  execFileSync('cargo', cargo, { cwd: source, stdio: ['ignore', 'inherit', 'inherit'] });
  const metadata = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { cwd: source, encoding: 'utf8', maxBuffer: 1 << 26 }));
  const built = join(metadata.target_directory, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${NAME}.wasm`);
  const out = await mkdtemp(join(tmpdir(), `${NAME}-`));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', NAME, built], { stdio: 'inherit' });
    const wasmPath = join(out, `${NAME}_bg.wasm`);
    if (release) execFileSync('wasm-opt', [...WASM_OPT, wasmPath, '-o', wasmPath], { stdio: 'inherit' });
    const wasm = await readFile(wasmPath);
    const js = await readFile(join(out, `${NAME}.js`));
    // Content-hashed names, as Trunk's: served as immutable (deploy/, scripts/static-server.mjs).
    const hash = createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
    const files = { js: `${NAME}-${hash}.js`, wasm: `${NAME}-${hash}_bg.wasm` };
    await writeFile(join(dir, files.js), js);
    await writeFile(join(dir, files.wasm), wasm);
    await wire(join(dir, 'index.html'), files, { js: integrityOf(js), wasm: integrityOf(wasm) });
    return { ...files, wasmBytes: wasm.length, jsBytes: js.length };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** Rewrites index.html: boot.js's attributes, the first screen's preloads, no app WASM preload. */
async function wire(page, files, integrity) {
  let html = await readFile(page, 'utf8');
  // Trunk's tags, quoted or not (a release build's index.html is minified).
  const attr = (name) => `${name}=(?:"([^"]*)"|([^\\s>]+))`;
  const value = (match, i) => match[i] ?? match[i + 1];
  const preload = new RegExp(`<link(?=[^>]*\\brel="?preload"?[\\s>])(?=[^>]*${attr('href')})(?=[^>]*${attr('integrity')})[^>]*>`);
  const found = html.match(preload);
  if (!found || !value(found, 1).endsWith('_bg.wasm')) throw new Error(`${page}: no preload link of the app's WASM`);
  const appWasmIntegrity = value(found, 3);
  html = html.replace(found[0], '');
  const boot = /<script(?=[^>]*\bdata-app-js=)[^>]*>/;
  const tag = html.match(boot);
  if (!tag) throw new Error(`${page}: no boot.js script tag with data-app-js`);
  const base = tag[0].match(new RegExp(attr('data-app-js')));
  const dirOf = (url) => url.slice(0, url.lastIndexOf('/') + 1);
  const at = dirOf(value(base, 1));
  const added = ` data-app-wasm-integrity="${appWasmIntegrity}" data-first-js="${at}${files.js}"`
    + ` data-first-wasm="${at}${files.wasm}" data-first-wasm-integrity="${integrity.wasm}"`;
  const end = html.indexOf('</script>', tag.index) + '</script>'.length;
  if (end < tag.index + tag[0].length) throw new Error(`${page}: boot.js's script tag is not closed`);
  html = html.slice(0, tag.index) + `${tag[0].slice(0, -1)}${added}>`
    + html.slice(tag.index + tag[0].length, end)
    + `<link rel="modulepreload" crossorigin href="${at}${files.js}" integrity="${integrity.js}">`
    + `<link rel="preload" as="fetch" type="application/wasm" crossorigin href="${at}${files.wasm}" integrity="${integrity.wasm}">`
    + html.slice(end);
  await writeFile(page, html);
}
