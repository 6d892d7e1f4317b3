// What the web-server tests share: a free local port, and a GET that does not decode the body.
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
