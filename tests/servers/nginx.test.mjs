// The documented nginx configuration (deploy/nginx.conf) serving the release build: Debian's
// nginx, installed here when missing (as scripts/setup does), started on a free port of
// 127.0.0.1 with a temporary prefix and stopped by this file. The auditor's smoke session runs
// against it (start, answer, reload, export), and the response headers are checked: the CSP
// and nosniff everywhere, brotli and gzip copies, a year's cache for hashed names only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST, answerButton, eventually, launch, storedAudit, watchForProblems } from '../e2e/harness.mjs';
import { policyFor } from '../../scripts/static-server.mjs';
import { assertHeaders, freePort, get } from './http.mjs';

const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const SITE = resolve('deploy/nginx.conf');

function installNginx() {
  if (existsSync(NGINX) && existsSync(BROTLI_MODULE)) return;
  const apt = (...args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt('update', '-q');
  const installed = apt('install', '-y', '-q', '--no-install-recommends', 'nginx', 'libnginx-mod-http-brotli-static');
  assert.equal(installed.status, 0, 'apt-get install nginx');
}


let prefix;
let nginx;
let port;
let base;
let subPort; // a plain site with deploy/nginx-subpath.conf pasted in

before(async () => {
  installNginx();
  prefix = await mkdtemp(join(tmpdir(), 'supplier-audit-nginx-'));
  port = await freePort();
  // The documented site, with only its address and root changed.
  const site = (await readFile(SITE, 'utf8'))
    .replace(/^\s*listen 80;$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:80;$/m, '')
    .replace(/^(\s*root) \/srv\/supplier-audit\/dist;$/m, `$1 ${DIST};`);
  assert.match(site, new RegExp(`listen 127\\.0\\.0\\.1:${port};`));
  assert.match(site, new RegExp(`root ${DIST};`));
  subPort = await freePort();
  const map = /^map [\s\S]*?^\}$/m.exec(site)[0];
  const subpath = (await readFile(resolve('deploy/nginx-subpath.conf'), 'utf8'))
    .replace('alias /srv/supplier-audit/dist/;', `alias ${DIST}/;`);
  assert.match(subpath, new RegExp(`alias ${DIST}/;`));
  await writeFile(join(prefix, 'site.conf'), `${site}
server {
    listen 127.0.0.1:${subPort};
    root ${prefix}/other-site;
    # The map is defined once, in the site above; a host would copy it (see the snippet).
${subpath.replace(/^/gm, '    ')}
}
`);
  assert.ok(map.includes('supplier_audit_cache_control'));
  // What Debian's /etc/nginx/nginx.conf provides around a site, in the temporary prefix. One
  // process (no master, no user switch): it reads dist/ as the user running the tests.
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(prefix, dir));
  await writeFile(join(prefix, 'nginx.conf'), `
load_module ${BROTLI_MODULE};
daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${prefix}/site.conf;
}
`);
  const checked = spawnSync(NGINX, ['-t', '-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  assert.equal(checked.status, 0, `nginx -t: ${checked.stderr}`);
  nginx = spawn(NGINX, ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
  await eventually(() => get(port, '/').then((r) => r.status === 200, () => false), 5000, 'nginx to answer');
  base = `http://127.0.0.1:${port}/`;
});

after(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((done) => nginx.once('exit', done));
    nginx.kill('SIGQUIT');
    await exited;
  }
  if (prefix) await rm(prefix, { recursive: true, force: true });
});

test('nginx sends the CSP, nosniff, the compressed copies and the cache lifetimes', async () => {
  const names = await readdir(DIST);
  const wasm = names.find((n) => n.endsWith('_bg.wasm'));
  const js = names.find((n) => /^supplier-audit-[0-9a-f]{8,16}\.js$/.test(n));
  const policy = policyFor();
  const cases = [
    ['/', 'br, gzip', 'br', 'no-cache', /^text\/html/],
    ['/index.html', 'gzip', 'gzip', 'no-cache', /^text\/html/],
    [`/${wasm}`, 'gzip, deflate, br', 'br', 'public, max-age=31536000, immutable', /^application\/wasm$/],
    [`/${wasm}`, 'gzip', 'gzip', 'public, max-age=31536000, immutable', /^application\/wasm$/],
    [`/${wasm}`, '', undefined, 'public, max-age=31536000, immutable', /^application\/wasm$/],
    [`/${js}`, 'br', 'br', 'public, max-age=31536000, immutable', /javascript/],
    ['/boot.js', 'br', 'br', 'no-cache', /javascript/],
    ['/checklists/index.json', 'br', 'br', 'no-cache', /^application\/json/],
    ['/checklists/supplier-due-diligence.json', 'gzip', 'gzip', 'no-cache', /^application\/json/],
    // The service worker is how browsers learn of a new release: never kept without asking.
    ['/sw.js', 'br', 'br', 'no-cache', /javascript/],
    ['/manifest.webmanifest', 'br', 'br', 'no-cache', /^application\/manifest\+json/],
    ['/icons/icon-512.png', '', undefined, 'no-cache', /^image\/png$/],
  ];
  await assertHeaders(port, cases, policy);
  const original = await readFile(join(DIST, wasm));
  const sent = await get(port, `/${wasm}`, { 'Accept-Encoding': 'br' });
  assert.ok(sent.body.length < original.length / 2, 'the wasm goes over the wire compressed');
  const missing = await get(port, '/no-such-file.js');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['content-security-policy'], policy, 'errors carry the CSP too');
});

test('under a sub-path (deploy/nginx-subpath.conf) the same files come with the same headers', async () => {
  const names = await readdir(DIST);
  const wasm = names.find((n) => n.endsWith('_bg.wasm'));
  const redirect = await get(subPort, '/ministry/audit');
  assert.equal(redirect.status, 301);
  assert.match(redirect.headers.location, /\/ministry\/audit\/$/);
  for (const [path, encoding, cache, type] of [
    ['/ministry/audit/', 'br', 'no-cache', /^text\/html/],
    [`/ministry/audit/${wasm}`, 'br', 'public, max-age=31536000, immutable', /^application\/wasm$/],
    ['/ministry/audit/checklists/index.json', 'br', 'no-cache', /^application\/json/],
    ['/ministry/audit/sw.js', 'br', 'no-cache', /javascript/],
    ['/ministry/audit/manifest.webmanifest', 'br', 'no-cache', /^application\/manifest\+json/],
  ]) {
    const res = await get(subPort, path, { 'Accept-Encoding': 'gzip, br' });
    assert.equal(res.status, 200, path);
    assert.equal(res.headers['content-encoding'], encoding, path);
    assert.equal(res.headers['cache-control'], cache, path);
    assert.match(res.headers['content-type'], type, path);
    assert.equal(res.headers['content-security-policy'], policyFor(), path);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
  }
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = await watchForProblems(page, `http://127.0.0.1:${subPort}/ministry/audit/`);
    await page.goto(`http://127.0.0.1:${subPort}/ministry/audit/`);
    await page.locator('[data-checklist="supplier-due-diligence"]').waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});

test('an auditor starts an audit, answers, reloads and exports, served by nginx', async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const problems = await watchForProblems(page, base);
    await page.goto(base);
    await page.locator('[data-checklist="supplier-due-diligence"]').getByRole('button', { name: 'Start a new audit' }).click();
    await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop();
    await page.fill('#header-supplier', 'Acme Textiles');
    await answerButton(page, 'A1', 'yes').click();
    await answerButton(page, 'E1', 'no').click();
    await eventually(async () => (await storedAudit(page, id))?.answers?.E1, 5000, 'E1 saved');

    await page.reload();
    await page.locator('[data-question]').first().waitFor();
    assert.equal(await page.inputValue('#header-supplier'), 'Acme Textiles');
    assert.equal(await answerButton(page, 'E1', 'no').getAttribute('aria-pressed'), 'true');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export audit (JSON)' }).click(),
    ]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(exported.id, id);
    assert.deepEqual(exported.answers, { A1: { value: 'yes' }, E1: { value: 'no' } });
    const index = JSON.parse(await readFile(join(DIST, 'checklists', 'index.json'), 'utf8'));
    const entry = index.checklists.find((c) => c.id === 'supplier-due-diligence');
    assert.deepEqual(exported.checklist, { id: entry.id, version: entry.version, sha256: entry.sha256 });
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await browser.close();
  }
});
