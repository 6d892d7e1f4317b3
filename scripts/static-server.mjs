// Serves the built app (dist/) the way production should: correct content types
// (application/wasm for streaming compilation) and a strict Content-Security-Policy.
// Used by `scripts/serve` and by the end-to-end tests, which start it on a free port.
//
// Embedding options (docs/embedding.md):
//   --frame-ancestors "https://ministry.example https://union.example"   (env FRAME_ANCESTORS)
//       who may frame the app; default 'self'.
//   --checklist-origin https://lists.ministry.example                     (env CHECKLIST_ORIGINS)
//       an origin the app may fetch custom checklists from, added to connect-src; repeatable.
//   --prefix /ministry/audit/     serve the app under a sub-path (everything else is 404).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
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
    const full = decodedPath(req.url);
    if (full === null) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
      return;
    }
    if (!full.startsWith(prefix)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const path = `/${full.slice(prefix.length)}`;
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
    if (!isInside(base, file)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': typeof policy === 'function' ? policy(server.address().port) : policy,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
        ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
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
