// Measures the first load from a release dist/: index.html and every file it names (start-up
// module, JS glues, the first screen's WASM, CSS, icons) and the catalogue index the home screen
// shows, raw, gzip -9 and brotli q11. The app's own WASM is reported apart: boot.js fetches it
// once the first screen shows the checklists (src/first_screen.rs).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const [dist, out, stepsFile] = process.argv.slice(2);
const BUDGET = 250_000;
const kb = (bytes) => Math.round(bytes / 100) / 10;

function sizes(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const named = new Set();
let app;
for (const [, attr, , file] of html.matchAll(/(href|src|data-app-js|data-app-wasm|data-first-js|data-first-wasm)=("?)\.?\/?([^"\s>]+)\2/g)) {
  if (/^[a-z]+:/.test(file)) continue;
  if (attr === 'data-app-wasm') app = file.split(/[?#]/)[0];
  else named.add(file.split(/[?#]/)[0]);
}
if (!app) throw new Error('index.html names no app WASM (data-app-wasm)');
named.add('checklists/index.json');
const files = [['index.html', sizes(join(dist, 'index.html'))],
  ...[...named].sort().map((file) => [file, sizes(join(dist, file))])];
const appWasm = sizes(join(dist, app));
const kind = (file) => (file.endsWith('.wasm') ? 'WASM' : file === 'boot.js' ? 'start-up module (boot.js)'
  : file.endsWith('.js') ? 'JS glue' : file.endsWith('.css') ? 'CSS' : file);
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const [, s] of files) for (const k in total) total[k] += s[k];

const order = (file) => (file.endsWith('.wasm') ? 0 : file.endsWith('.js') && file !== 'boot.js' ? 1 : 2);
const figures = [...files].sort(([a], [b]) => order(a) - order(b)).map(([file, s]) => ({
  name: `${kind(file)}${file.endsWith('.wasm') ? ' raw' : ''}`,
  value: file.endsWith('.wasm') ? s.raw : s.gzip,
  unit: file.endsWith('.wasm') ? 'B' : 'B gzip',
  budget: null,
  pass: null,
  note: `${file}: ${s.raw} B raw, ${s.gzip} B gzip -9, ${s.brotli} B brotli q11`,
}));
const wasm = files.find(([file]) => file.endsWith('.wasm'))[1];
figures.splice(0, 0, { name: 'first screen WASM gzip -9', value: wasm.gzip, unit: 'B', budget: null, pass: null,
  note: `brotli q11 ${wasm.brotli} B` });
figures.push({ name: 'the app\'s WASM, fetched once the first screen is shown, gzip -9', value: appWasm.gzip, unit: 'B', budget: null, pass: null,
  note: `${app}: ${appWasm.raw} B raw, brotli q11 ${appWasm.brotli} B; first load and app together ${total.gzip + appWasm.gzip} B gzip` });
figures.push({
  name: 'first load before the home screen is usable, gzip -9',
  value: total.gzip, unit: 'B',
  budget: '≤ 250 KB gzip (250,000 B)',
  // A smoke run proves the part works; only a full run judges the budget.
  pass: process.env.BENCH_MODE === 'smoke' ? null : total.gzip <= BUDGET,
  note: `${kb(total.gzip)} KB; brotli q11 ${total.brotli} B, raw ${total.raw} B; ${files.length} files: ${files.map(([f]) => f).join(', ')}`,
});
figures.push({ name: 'first load, brotli q11', value: total.brotli, unit: 'B', budget: null, pass: null, note: '' });
const steps = stepsFile && existsSync(stepsFile)
  ? JSON.parse(readFileSync(stepsFile, 'utf8')).steps.map((s) => ({
    step: s.step,
    before: `${s.before.wasm_gzip} B gzip, ${s.before.wasm_raw} B raw`,
    after: `${s.after.wasm_gzip} B gzip, ${s.after.wasm_raw} B raw`,
    ...(s.note ? { note: s.note } : {}),
  }))
  : [];
const part = {
  part: 'size',
  environment: `Static sizes of the release build in ${dist} (gzip -9 and brotli q11 from Node's zlib). Steps: the WASM before and after each cut, measured on the release build.`,
  figures,
  steps,
};
writeFileSync(out, JSON.stringify(part, null, 2) + '\n');
for (const f of figures) console.log(`size: ${f.name}: ${f.value} ${f.unit}${f.pass === false ? ' (over budget)' : ''}`);
