// Requests an attacker can send to the static server. They go over a raw socket, because
// an HTTP client would normalise or re-encode the path before the server saw it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/static-server.mjs';

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
