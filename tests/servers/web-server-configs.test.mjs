// The Apache httpd and Caddy configurations of docs/deployment.md (deploy/apache.conf,
// deploy/Caddyfile): each is checked by its own tool (`apache2 -t`, `caddy validate`), then
// actually run on a free port of 127.0.0.1 over the release build, and its response headers
// checked as tests/servers/nginx.test.mjs checks nginx's. scripts/setup installs Debian's apache2-bin
// and caddy; without them these tests are skipped, and say so.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST, eventually } from '../e2e/harness.mjs';
import { policyFor } from '../../scripts/static-server.mjs';
import { assertHeaders, freePort, get } from './http.mjs';

const APACHE = '/usr/sbin/apache2';
const APACHE_MODULES = '/usr/lib/apache2/modules';
const CADDY = '/usr/bin/caddy';


const cleanups = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Runs `command args`, waits until `port` answers /, and stops it after the file's tests. */
async function run(command, args, port, env = {}, stderr = 'inherit') {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', stderr], env: { ...process.env, ...env } });
  cleanups.push(async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  });
  await eventually(() => get(port, '/').then((r) => r.status === 200, () => false), 10000, `${command} to answer`);
}

/** The same header checks as for nginx: CSP and nosniff, encodings, cache lifetimes, types. */
async function checkHeaders(port) {
  const names = await readdir(DIST);
  const wasm = names.find((n) => n.endsWith('_bg.wasm'));
  const immutable = 'public, max-age=31536000, immutable';
  const cases = [
    ['/', 'br, gzip', 'br', 'no-cache', /^text\/html/],
    ['/index.html', 'gzip', 'gzip', 'no-cache', /^text\/html/],
    [`/${wasm}`, 'gzip, deflate, br', 'br', immutable, /^application\/wasm$/],
    [`/${wasm}`, 'gzip', 'gzip', immutable, /^application\/wasm$/],
    [`/${wasm}`, '', undefined, immutable, /^application\/wasm$/],
    ['/boot.js', 'br', 'br', 'no-cache', /javascript/],
    ['/checklists/index.json', 'br', 'br', 'no-cache', /^application\/json/],
    ['/sw.js', 'br', 'br', 'no-cache', /javascript/],
    ['/manifest.webmanifest', 'br', 'br', 'no-cache', /^application\/manifest\+json/],
    ['/icons/icon-512.png', '', undefined, 'no-cache', /^image\/png$/],
  ];
  await assertHeaders(port, cases, policyFor());
  const missing = await get(port, '/no-such-file.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['content-security-policy'], policyFor(), 'errors carry the CSP too');
}

test('Apache httpd: deploy/apache.conf passes apache2 -t and serves as documented', { skip: !existsSync(APACHE) && 'apache2 is not installed (scripts/setup installs apache2-bin)' }, async () => {
  const prefix = await mkdtemp(join(tmpdir(), 'supplier-audit-apache-'));
  cleanups.push(() => rm(prefix, { recursive: true, force: true }));
  const port = await freePort();
  const site = (await readFile(resolve('deploy/apache.conf'), 'utf8'))
    .replace('<VirtualHost *:80>', `<VirtualHost 127.0.0.1:${port}>`)
    .replaceAll('/srv/supplier-audit/dist', DIST);
  await writeFile(join(prefix, 'site.conf'), site);
  // What Debian's apache2.conf and `a2enmod headers rewrite mime dir` provide around a site.
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'rewrite', 'headers', 'env'];
  await writeFile(join(prefix, 'httpd.conf'), [
    `ServerRoot ${prefix}`,
    `PidFile ${prefix}/httpd.pid`,
    `ErrorLog ${prefix}/error.log`,
    `Listen 127.0.0.1:${port}`,
    'ServerName 127.0.0.1',
    ...modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`),
    'TypesConfig /etc/mime.types',
    `Include ${prefix}/site.conf`,
    '',
  ].join('\n'));
  const checked = spawnSync(APACHE, ['-t', '-f', join(prefix, 'httpd.conf')], { encoding: 'utf8' });
  assert.equal(checked.status, 0, `apache2 -t: ${checked.stderr}`);
  await run(APACHE, ['-X', '-f', join(prefix, 'httpd.conf')], port);
  await checkHeaders(port);
});

test('Caddy: deploy/Caddyfile passes caddy validate and serves as documented', { skip: !existsSync(CADDY) && 'caddy is not installed (scripts/setup installs it)' }, async () => {
  const prefix = await mkdtemp(join(tmpdir(), 'supplier-audit-caddy-'));
  cleanups.push(() => rm(prefix, { recursive: true, force: true }));
  const env = { HOME: prefix, XDG_DATA_HOME: prefix, XDG_CONFIG_HOME: prefix };
  const documented = spawnSync(CADDY, ['validate', '--adapter', 'caddyfile', '--config', resolve('deploy/Caddyfile')], { encoding: 'utf8', env: { ...process.env, ...env } });
  assert.equal(documented.status, 0, `caddy validate: ${documented.stderr}`);
  const port = await freePort();
  // Plain HTTP on a local port instead of the HTTPS site address; no admin endpoint.
  const site = (await readFile(resolve('deploy/Caddyfile'), 'utf8'))
    .replace(/^audit\.ministry\.example \{$/m, `{\n\tadmin off\n\tauto_https off\n}\n\nhttp://127.0.0.1:${port} {`)
    .replaceAll('/srv/supplier-audit/dist', DIST);
  await writeFile(join(prefix, 'Caddyfile'), site);
  await run(CADDY, ['run', '--adapter', 'caddyfile', '--config', join(prefix, 'Caddyfile')], port, env, 'ignore');
  await checkHeaders(port);
});
