// Requests an attacker can send to the static server. They go over a raw socket, because
// an HTTP client would normalise or re-encode the path before the server saw it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SECRET = 'the sibling folder must stay private';
const INDEX = '<!doctype html><title>app</title>';

let site; // holds dist/ (the served root) and dist-old/ (its sibling, with the secret)
let plain; // serves dist/ at /
let prefixed; // serves dist/ under /app/

before(async () => {
  site = await mkdtemp(join(tmpdir(), 'static-server-'));
  await mkdir(join(site, 'dist'));
  await mkdir(join(site, 'dist-old'));
  await writeFile(join(site, 'dist', 'index.html'), INDEX);
  await writeFile(join(site, 'dist-old', 'secret'), SECRET);
  const root = join(site, 'dist');
  [plain, prefixed] = await Promise.all([
    startServer({ root, host: '127.0.0.1', port: 0 }),
    startServer({ root, host: '127.0.0.1', port: 0, prefix: '/app/' }),
  ]);
});

after(async () => {
  await Promise.all([plain?.close(), prefixed?.close()]);
  await rm(site, { recursive: true, force: true });
});

/** Sends `GET target` exactly as written; resolves to { status, body }, or rejects after 2 s. */
function rawGet(port, target) {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks = [];
    socket.setTimeout(2000, () => {
      socket.destroy();
      fail(new Error(`no answer to GET ${target}`));
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
      done({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

async function assertStillServes(server, path) {
  const { status, body } = await rawGet(server.port, path);
  assert.equal(status, 200);
  assert.ok(body.includes(INDEX));
}

for (const target of ['/%', '/%zz', '/a%e0%a4', 'http://[/']) {
  test(`a malformed request target ${target} gets 400 and the server keeps answering`, async () => {
    const { status } = await rawGet(plain.port, target);
    assert.equal(status, 400);
    await assertStillServes(plain, '/');
  });
}

for (const target of [
  '/..%2fdist-old/secret',
  '/..%2Fdist-old%2Fsecret',
  '/%2e%2e%2fdist-old/secret',
  '/../dist-old/secret',
  '/%2e%2e/dist-old/secret',
  '/dist/..%2f..%2fdist-old/secret',
]) {
  test(`${target} cannot read the sibling folder`, async () => {
    const { status, body } = await rawGet(plain.port, target);
    assert.ok([400, 403, 404].includes(status), `status ${status}`);
    assert.ok(!body.includes(SECRET));
    await assertStillServes(plain, '/');
  });
}

for (const target of ['/app/..%2fdist-old/secret', '/app/..%2f..%2fdist-old/secret', '/app/%', '/app%2f..%2fdist-old/secret']) {
  test(`under a prefix, ${target} is refused`, async () => {
    const { status, body } = await rawGet(prefixed.port, target);
    assert.ok([400, 403, 404].includes(status), `status ${status}`);
    assert.ok(!body.includes(SECRET));
    await assertStillServes(prefixed, '/app/');
  });
}

test('the root and files inside it are still served', async () => {
  await assertStillServes(plain, '/');
  await assertStillServes(plain, '/index.html');
  await assertStillServes(plain, '/sub/..%2findex.html');
  await assertStillServes(prefixed, '/app/index.html');
});

// Compression and caching: the pre-compressed copy the client accepts, and cache lifetimes by
// kind of file, with the security headers on every response.
import { request } from 'node:http';
import { brotliCompressSync, brotliDecompressSync as brotliDecompress, gunzipSync as gunzip, gzipSync } from 'node:zlib';
import {
  IMMUTABLE, REVALIDATE, acceptedEncodings, cacheControlFor, policyFor, startServer,
} from '../../scripts/static-server.mjs';

/** GET (or `method`) `path` with `headers`; resolves to { status, headers, body } without decoding. */
function get(server, path, headers = {}, method = 'GET') {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const WASM = Buffer.from('\0asm fake module '.repeat(200));
const HASHED_WASM = 'app-0123456789abcdef_bg.wasm';

async function writeCompressed(dir, name, body) {
  await writeFile(join(dir, name), body);
  await writeFile(join(dir, `${name}.br`), brotliCompressSync(body));
  await writeFile(join(dir, `${name}.gz`), gzipSync(body));
}

let compressed; // serves its own folder, with compressed copies
let compressedRoot;
before(async () => {
  compressedRoot = await mkdtemp(join(tmpdir(), 'static-server-encodings-'));
  const root = compressedRoot;
  await writeFile(join(root, 'index.html'), INDEX);
  await writeCompressed(root, HASHED_WASM, WASM);
  await writeCompressed(root, 'boot.js', Buffer.from('console.log("boot");\n'.repeat(50)));
  await mkdir(join(root, 'checklists'), { recursive: true });
  await writeFile(join(root, 'checklists', 'index.json'), '{"checklists":[]}');
  compressed = await startServer({ root, host: '127.0.0.1', port: 0 });
});
after(async () => {
  await compressed?.close();
  await rm(compressedRoot, { recursive: true, force: true });
});

test('Accept-Encoding is read with its q-values', () => {
  assert.deepEqual([...acceptedEncodings('gzip, deflate, br, zstd')], ['br', 'gzip', 'identity']);
  assert.deepEqual([...acceptedEncodings('br;q=0, gzip')], ['gzip', 'identity']);
  assert.deepEqual([...acceptedEncodings('')], ['identity']);
  assert.deepEqual([...acceptedEncodings('*')], ['br', 'gzip', 'identity']);
});

test('the best accepted copy is sent, with Content-Encoding and Vary', async () => {
  const br = await get(compressed, `/${HASHED_WASM}`, { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.deepEqual(brotliDecompress(br.body), WASM);
  const gz = await get(compressed, `/${HASHED_WASM}`, { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzip(gz.body), WASM);
  const plain = await get(compressed, `/${HASHED_WASM}`, {});
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.headers.vary, 'Accept-Encoding');
  assert.deepEqual(plain.body, WASM);
});

test('hashed names are immutable for a year; the rest is revalidated', async () => {
  assert.equal((await get(compressed, `/${HASHED_WASM}`)).headers['cache-control'], IMMUTABLE);
  assert.equal(IMMUTABLE, 'public, max-age=31536000, immutable');
  for (const path of ['/', '/index.html', '/boot.js', '/checklists/index.json']) {
    assert.equal((await get(compressed, path)).headers['cache-control'], 'no-cache', path);
  }
});

test('the service worker is revalidated on each use, and the manifest has its own type', async () => {
  await writeFile(join(compressedRoot, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(join(compressedRoot, 'manifest.webmanifest'), '{"name":"app"}');
  const worker = await get(compressed, '/sw.js');
  assert.equal(worker.headers['cache-control'], 'no-cache');
  assert.match(worker.headers['content-type'], /^text\/javascript/);
  const manifest = await get(compressed, '/manifest.webmanifest');
  assert.equal(manifest.headers['content-type'], 'application/manifest+json');
  assert.equal(manifest.headers['cache-control'], 'no-cache');
});

test('a revalidation with the ETag gets 304 without a body', async () => {
  const first = await get(compressed, '/boot.js', { 'Accept-Encoding': 'br' });
  assert.ok(first.headers.etag);
  const again = await get(compressed, '/boot.js', { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  const other = await get(compressed, '/boot.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.etag });
  assert.equal(other.status, 200, 'another encoding is another representation');
});

test('the CSP and nosniff are on every response, errors included', async () => {
  for (const [path, status] of [['/', 200], [`/${HASHED_WASM}`, 200], ['/missing.js', 404], ['/%', 400]]) {
    const res = await get(compressed, path, { 'Accept-Encoding': 'br' });
    assert.equal(res.status, status, path);
    assert.equal(res.headers['content-security-policy'], policyFor(), path);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
  }
  const head = await get(compressed, `/${HASHED_WASM}`, { 'Accept-Encoding': 'br' }, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal((await get(compressed, '/', {}, 'POST')).status, 405);
});

test('hashed names are cached for good whatever their hash length; every other file is revalidated', () => {
  // Trunk writes its 64-bit hash without leading zeros: about one build in sixteen has 15 digits.
  for (const name of ['supplier-audit-b57e135ced8c790_bg.wasm', 'supplier-audit-0123456789abcdef.js', 'style-5f3a9c21d0e4b7a8.css']) {
    assert.equal(cacheControlFor(name), IMMUTABLE, name);
  }
  for (const name of ['index.html', 'sw.js', 'boot.js', 'checklists/index.json', 'checklists/archive/supplier-due-diligence-1.0.0.json']) {
    assert.equal(cacheControlFor(name), REVALIDATE, name);
  }
});
