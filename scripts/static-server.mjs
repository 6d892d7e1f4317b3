// Serves the built app (dist/) the way production should: correct content types
// (application/wasm for streaming compilation), a strict Content-Security-Policy and `nosniff` on
// every response, the pre-compressed copy (FILE.br, FILE.gz, written by scripts/precompress.mjs
// after each release build) that the browser accepts, and cache lifetimes by kind of file:
// names carrying Trunk's content hash are immutable for a year, everything else is revalidated
// (ETag) on each use. docs/deployment.md gives the same rules for nginx, Apache and Caddy.
// Used by `scripts/serve` and by the end-to-end tests, which start it on a free port.
//
// Embedding options (docs/embedding.md):
//   --frame-ancestors "https://ministry.example https://union.example"   (env FRAME_ANCESTORS)
//       who may frame the app; default 'self'.
//   --checklist-origin https://lists.ministry.example                     (env CHECKLIST_ORIGINS)
//       an origin the app may fetch custom checklists from, added to connect-src; repeatable.
//   --prefix /ministry/audit/     serve the app under a sub-path (everything else is 404).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The app's policy: CONTENT_SECURITY_POLICY with the custom-checklist origins added to
 * connect-src, and frame-ancestors (who may embed the app) appended.
 */
export function policyFor({ frameAncestors = "'self'", checklistOrigins = [] } = {}) {
  return CONTENT_SECURITY_POLICY
    .replace("connect-src 'self'", ["connect-src 'self'", ...checklistOrigins].join(' '))
    .concat(`; frame-ancestors ${frameAncestors}`);
}

/**
 * Trunk's content-hashed names: `supplier-audit-0123456789abcdef_bg.wasm`, `style-….css`. The hash
 * is a 64-bit number in hex without leading zeros, so it may be shorter than 16 digits.
 */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/**
 * How long a browser may keep `path` without asking: a year for content-hashed names, whose
 * content never changes under the same name; `no-cache` (use, but revalidate first) for the rest:
 * index.html, the service worker, the checklist index and every other unhashed file.
 */
export function cacheControlFor(path) {
  return HASHED.test(path) ? IMMUTABLE : REVALIDATE;
}

/** Pre-compressed copies, best first, as `Content-Encoding` names them. */
const ENCODINGS = [['br', '.br'], ['gzip', '.gz']];

/**
 * The encodings an `Accept-Encoding` header allows, by name (`identity` included unless refused),
 * honouring `q=0` and `*`.
 */
export function acceptedEncodings(header = '') {
  const weights = new Map();
  for (const part of String(header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name) => weights.get(name) ?? (name === 'identity' ? weights.get('*') ?? 1 : weights.get('*') ?? 0);
  return new Set(['br', 'gzip', 'identity'].filter((name) => weight(name) > 0));
}

/** The request's path with its percent-encoding undone, or null when the target is malformed. */
function decodedPath(target) {
  try {
    return decodeURIComponent(new URL(target, 'http://x').pathname);
  } catch {
    return null; // `/%`, a lone surrogate, or an absolute-form target that is no URL
  }
}

/**
 * Whether `file` lies below `base`. A string prefix test is not enough: `/x/dist-old` starts with
 * `/x/dist`, and a decoded `%2f` lets `..` climb there.
 */
function isInside(base, file) {
  const below = relative(base, file);
  return below !== '' && below !== '..' && !below.startsWith(`..${sep}`) && !isAbsolute(below);
}

/** The size and times of a regular file, or null. */
async function fileInfo(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

/**
 * What to send for `file`: the best pre-compressed copy the client accepts, else the file itself
 * (when the client refuses identity and there is no copy it takes, the file itself all the same,
 * as most servers do). Null when there is no such file.
 */
async function representation(file, acceptEncoding) {
  const original = await fileInfo(file);
  if (!original) return null;
  const accepted = acceptedEncodings(acceptEncoding);
  let variants = false;
  for (const [encoding, suffix] of ENCODINGS) {
    const info = await fileInfo(file + suffix);
    if (!info) continue;
    variants = true;
    if (accepted.has(encoding)) return { served: file + suffix, encoding, info, variants };
  }
  return { served: file, encoding: null, info: original, variants };
}

/**
 * Starts serving `root` on host:port (port 0 picks a free one) under `prefix`.
 * `policy` is the Content-Security-Policy header (default: policyFor() with no options), or a
 * function of the listening port that returns it (for policies naming the server's own port).
 * `cors` adds Access-Control-Allow-Origin: * (for embed.js with SRI, and checklists).
 * Resolves to { url, port, close }.
 */
export function startServer({ root, host = '127.0.0.1', port = 0, prefix = '/', policy = policyFor(), cors = true }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    // On every response, errors included.
    res.setHeader('Content-Security-Policy', typeof policy === 'function' ? policy(server.address().port) : policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const fail = (status, text) => res.writeHead(status, { 'Content-Type': 'text/plain' }).end(text);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      fail(405, 'method not allowed');
      return;
    }
    const full = decodedPath(req.url);
    if (full === null) {
      fail(400, 'bad request');
      return;
    }
    if (!full.startsWith(prefix)) {
      fail(404, 'not found');
      return;
    }
    const path = `/${full.slice(prefix.length)}`;
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
    if (!isInside(base, file)) {
      res.writeHead(403).end();
      return;
    }
    const found = await representation(file, req.headers['accept-encoding']);
    if (!found) {
      fail(404, 'not found');
      return;
    }
    const { served, encoding, info, variants } = found;
    const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cacheControlFor(file),
      ETag: etag,
      'Last-Modified': info.mtime.toUTCString(),
      ...(variants ? { Vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
    };
    if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
      res.writeHead(304, headers).end();
      return;
    }
    try {
      const body = await readFile(served);
      res.writeHead(200, { ...headers, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      fail(404, 'not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      done({
        url: `http://${host}:${actual}${prefix}`,
        port: actual,
        close: () => new Promise((closed) => server.close(closed)),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'frame-ancestors': { type: 'string', default: process.env.FRAME_ANCESTORS ?? "'self'" },
      'checklist-origin': { type: 'string', multiple: true, default: (process.env.CHECKLIST_ORIGINS ?? '').split(/\s+/).filter(Boolean) },
      prefix: { type: 'string', default: '/' },
    },
  });
  const [root = 'dist', host = '127.0.0.1', port = '8080'] = positionals;
  const policy = policyFor({ frameAncestors: values['frame-ancestors'], checklistOrigins: values['checklist-origin'] });
  const { url } = await startServer({ root, host, port: Number(port), prefix: values.prefix, policy });
  console.log(`Supplier Audit is served at ${url} (Ctrl-C stops it)`);
}
