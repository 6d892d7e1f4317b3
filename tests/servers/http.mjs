// What the web-server tests share: a free local port, a GET that does not decode the body, and
// the header checks every server must pass.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createServer } from 'node:net';

/** A port on 127.0.0.1 that nothing listens on right now. */
export const freePort = () => new Promise((done, fail) => {
  const probe = createServer().once('error', fail).listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});

/** GET `path` with `headers`, without decoding; resolves to { status, headers, body }. */
export const get = (port, path, headers = {}) => new Promise((done, fail) => {
  request({ host: '127.0.0.1', port, path, headers }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
  }).on('error', fail).end();
});

/**
 * Checks each `[path, accept, encoding, cache, type]` case on a server at `port`: status 200, the
 * chosen encoding (and Vary), the cache lifetime, the type, and `policy` and nosniff on it.
 */
export async function assertHeaders(port, cases, policy) {
  for (const [path, accept, encoding, cache, type] of cases) {
    const res = await get(port, path, accept ? { 'Accept-Encoding': accept } : {});
    const what = `${path} (Accept-Encoding: ${accept || 'none'})`;
    assert.equal(res.status, 200, what);
    assert.equal(res.headers['content-encoding'], encoding, what);
    if (encoding) assert.match(res.headers.vary ?? '', /Accept-Encoding/, what);
    assert.equal(res.headers['cache-control'], cache, what);
    assert.match(res.headers['content-type'], type, what);
    assert.equal(res.headers['content-security-policy'], policy, what);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', what);
  }
}
