// Offline after one visit: the service worker (static/sw.js) keeps every file of the app, so that
// an auditor who opened it once with signal works for days without: with the server stopped and
// the browser offline, the app opens, lists audits, starts one from a bundled checklist, signs,
// verifies and exports, and a ministry checklist loaded once still starts an audit. The same
// under a sub-path with the strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DIST, answerButton, eventually, launch, seriousAxeViolations, storedAudit, watchForProblems } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { verifyDocument } from '../../scripts/verify-di.mjs';
import { cacheContents, readyOffline, workerStatus } from './pwa-helpers.mjs';
import { finalizeThroughReview } from './signing-steps.mjs';

let browser;
let scratch;
before(async () => {
  [browser, scratch] = await Promise.all([launch(), mkdtemp(join(tmpdir(), 'offline-e2e-'))]);
});
after(() => browser?.close());

const precached = async () => {
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  return JSON.parse(/^const PRECACHE = (.*);$/m.exec(worker)[1]);
};

async function startAudit(page, supplier) {
  await page.locator('[data-checklist="supplier-due-diligence"]').getByRole('button', { name: 'Start a new audit' }).click();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  await page.fill('#header-supplier', supplier);
  await answerButton(page, 'A1', 'yes').click();
  await answerButton(page, 'E1', 'no').click();
  await eventually(async () => (await storedAudit(page, id))?.answers?.E1 && (await storedAudit(page, id)).header.supplier === supplier, 5000, 'the audit saved');
  return id;
}

/** A first visit, until the app says "Ready offline": resolves to the page's clock then (ms). */
async function firstVisit(server, page) {
  await page.goto(server.url);
  return readyOffline(page);
}

/** The server stops and the network goes: from now on only this device can serve the app. */
async function goOffline(server, context, page) {
  await server.close();
  await context.setOffline(true);
  await page.locator('.app-status .connection', { hasText: 'Offline' }).waitFor();
}

test('after one online visit the app opens, starts, signs, verifies and exports with no network', async (t) => {
  const server = await startServer({ root: DIST, host: '127.0.0.1', port: 0 });
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watchForProblems(page, server.url);

  const readyAt = await firstVisit(server, page);
  t.diagnostic(`first visit: "Ready offline" ${Math.round(readyAt)} ms after navigation start`);
  assert.equal(await page.locator('.app-status .connection').textContent(), 'Online');
  const onlineId = await startAudit(page, 'Online Textiles');
  // A ministry's checklist, loaded once while online: kept on the device, not in the worker.
  await page.goto(server.url);
  await page.setInputFiles('#checklist-file', resolve('crates/audit-core/tests/fixtures/minimal-checklist.json'));
  await page.locator('[data-checklist="minimal"]').waitFor();
  // The manifest and its icons are served as an installable app needs them.
  const manifest = await page.evaluate(async () => {
    const response = await fetch(document.querySelector('link[rel=manifest]').href);
    const body = await response.json();
    const icons = await Promise.all(body.icons.map((i) => fetch(new URL(i.src, response.url)).then((r) => `${r.status} ${r.headers.get('content-type')}`)));
    return { type: response.headers.get('content-type'), body, icons };
  });
  assert.equal(manifest.type, 'application/manifest+json');
  assert.equal(manifest.body.start_url, './');
  assert.equal(manifest.body.scope, './');
  assert.equal(manifest.body.display, 'standalone');
  assert.deepEqual(manifest.icons, ['200 image/png', '200 image/png', '200 image/png', '200 image/svg+xml']);

  await page.goto(server.url);
  await goOffline(server, context, page);
  const cached = await cacheContents(page);
  const list = await precached();
  t.diagnostic(`cache: ${cached.entries} entries, ${cached.bytes} bytes, in ${cached.names.join(', ')}`);
  assert.equal(cached.names.length, 1);
  assert.equal(cached.entries, list.length);
  assert.ok(list.some((f) => f.path === 'checklists/index.json') && list.some((f) => f.path.endsWith('_bg.wasm')));
  assert.deepEqual(await workerStatus(page), { type: 'precache-status', build: cached.names[0].split(' ').pop(), files: list.length, missing: 0, complete: true });

  // No server and no network: everything below comes from this device.
  const responses = [];
  page.on('response', (r) => responses.push(r));
  await page.reload();
  await page.locator('a.saved-audit', { hasText: 'Online Textiles' }).waitFor();
  // boot.js fetches the wasm with its integrity: the worker's copy, of the same bytes, passes.
  const wasm = responses.find((r) => r.url().endsWith('_bg.wasm'));
  assert.ok(wasm?.fromServiceWorker() && wasm.status() === 200, 'the wasm came from the worker');
  assert.ok(responses.every((r) => r.fromServiceWorker()), responses.filter((r) => !r.fromServiceWorker()).map((r) => r.url()).join('\n'));
  assert.equal(await page.locator('[data-checklist]').count(), 4, 'the three bundled checklists and the ministry one');
  assert.equal(await page.locator('.app-status .connection').textContent(), 'Offline');
  assert.equal(await page.locator('.app-status .offline-ready').textContent(), 'Ready offline');

  await page.goto(`${server.url}#/identities`);
  await page.fill('#identity-name', 'Amina Diallo');
  await page.fill('#identity-organisation', 'Audit Partners');
  await page.selectOption('#identity-role', 'Auditor');
  await page.getByRole('button', { name: 'Create identity' }).click();
  await page.locator('.identity-card', { hasText: 'Amina Diallo' }).waitFor();

  await page.goto(server.url);
  const id = await startAudit(page, 'Offline Textiles');
  assert.notEqual(id, onlineId);
  await finalizeThroughReview(page);
  await page.selectOption('#signatory-choice', { label: 'Auditor: Amina Diallo (Audit Partners)' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Sign as Amina Diallo' }).click();
  await page.locator('.signatory', { hasText: 'Amina Diallo' }).locator('.status').filter({ hasText: 'Signed' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export signed audit (JSON)' }).click(),
  ]);
  const file = join(scratch, 'offline-signed.json');
  await download.saveAs(file);
  const signed = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(signed.id, id);
  assert.equal(signed.header.supplier, 'Offline Textiles');
  assert.equal([signed.proof].flat().length, 1);
  assert.equal(verifyDocument(signed).valid, true, 'an independent verifier agrees');

  // The ministry checklist used once starts an audit offline, and its answers are saved.
  await page.goto(server.url);
  await page.locator('[data-checklist="minimal"]').getByRole('button', { name: 'Start a new audit' }).click();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  const ministryId = page.url().split('/').pop();
  await answerButton(page, 'Q1', 'no').click();
  await eventually(async () => (await storedAudit(page, ministryId))?.answers?.Q1?.value === 'no', 5000, 'the ministry audit saved');
  assert.equal((await storedAudit(page, ministryId)).checklist.id, 'minimal');

  await page.goto(`${server.url}#/verify`);
  await page.setInputFiles('#verify-file', file);
  await page.locator('.verdict', { hasText: /^Valid/ }).waitFor();

  await page.goto(server.url);
  await page.locator('a.saved-audit', { hasText: 'Offline Textiles' }).waitFor();
  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('under /ministry/audit/ with the strict policy, the app works offline after one visit, with no problem', async () => {
  const server = await startServer({ root: DIST, host: '127.0.0.1', port: 0, prefix: '/ministry/audit/' });
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchForProblems(page, server.url);

  await firstVisit(server, page);
  await goOffline(server, context, page);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL), `${server.url}sw.js`);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope)), server.url);

  await page.reload();
  const id = await startAudit(page, 'Sub-path Textiles');
  await page.reload();
  await page.locator('[data-question]').first().waitFor();
  assert.equal(await page.inputValue('#header-supplier'), 'Sub-path Textiles');
  assert.equal((await storedAudit(page, id)).answers.A1.value, 'yes');
  // The embedding parameters are a query on the same page: it opens offline too.
  await page.goto(`${server.url}?lang=fr`);
  await page.locator('.app-status .connection', { hasText: 'Hors ligne' }).waitFor();
  assert.equal(await page.locator('.app-status .offline-ready').textContent(), 'Utilisable hors ligne');
  assert.deepEqual(problems, []);
  await context.close();
});

test('where the service worker cannot be had, the app works online as before and reports nothing', async () => {
  // A server without sw.js: the registration fails, quietly.
  const site = await mkdtemp(join(tmpdir(), 'no-worker-'));
  await cp(DIST, site, { recursive: true });
  await Promise.all(['sw.js', 'sw.js.br', 'sw.js.gz'].map((f) => rm(join(site, f), { force: true })));
  const server = await startServer({ root: site, host: '127.0.0.1', port: 0 });
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchForProblems(page, server.url);
  try {
    await page.goto(server.url);
    const id = await startAudit(page, 'No Worker Textiles');
    assert.ok(await storedAudit(page, id));
    await page.goto(server.url);
    await page.locator('a.saved-audit', { hasText: 'No Worker Textiles' }).waitFor();
    assert.equal(await page.locator('.app-status .connection').textContent(), 'Online');
    assert.equal(await page.locator('.app-status .offline-ready').count(), 0, 'never "Ready offline" without a worker');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r === undefined)), true);
    // The browser itself says that the script is missing; the app adds nothing, and nothing fails.
    assert.ok(problems.length > 0 && problems.every((p) => p === 'console error: A bad HTTP response code (404) was received when fetching the script.'), problems.join('\n'));
  } finally {
    await context.close();
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
});

test('"Ready offline" appearing after the first screen never moves the page', async () => {
  const server = await startServer({ root: DIST, host: '127.0.0.1', port: 0 });
  try {
    // A phone, a 10-inch tablet in portrait and in landscape: where the pill once wrapped the
    // app bar onto a new line, and the page under it moved down by that line.
    for (const [width, height] of [[412, 823], [820, 1180], [1024, 768]]) {
      for (const lang of ['en', 'ar']) {
        const context = await browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        await page.goto(`${server.url}?lang=${lang}`);
        const start = page.locator('.checklist-card button.start').first();
        await start.waitFor();
        const before = await start.boundingBox();
        await readyOffline(page);
        assert.deepEqual(await start.boundingBox(), before, `${width}×${height}, ${lang}: the first "Start" button stays put`);
        await context.close();
      }
    }
  } finally {
    await server.close();
  }
});
