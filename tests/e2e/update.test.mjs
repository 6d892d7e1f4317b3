// A new release while an auditor works: the new service worker waits, the open audit keeps
// running (and saving) on the version it was opened with, a banner announces the new one, and
// "Restart now" is offered only where no audit is open. Restarting runs the new version and leaves
// every stored audit as it was. A half-replaced deployment is never installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { answerButton, databaseShape, eventually, launch, seriousAxeViolations, storedAudit, storedAuditText, watchForProblems } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { cacheContents, copyOfBuild, nextRelease, readyOffline, workerStatus } from './pwa-helpers.mjs';

const ANNOUNCEMENT = 'A new version is ready: it will be used next time you open the app.';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** Asks the browser to look for a new sw.js now, as it does on its own on each visit. */
const checkForUpdate = (page) => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => true, (e) => String(e)));

/** A page on build A, controlled by its worker, with an audit open and answered. */
async function auditOnBuildA(server, context) {
  const page = await context.newPage();
  const problems = await watchForProblems(page, server.url);
  await page.goto(server.url);
  await readyOffline(page);
  await eventually(() => page.evaluate(() => navigator.serviceWorker.controller !== null), 5000, 'the worker to take the page');
  await page.locator('[data-checklist="supplier-due-diligence"]').getByRole('button', { name: 'Start a new audit' }).click();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  await page.fill('#header-supplier', 'Acme Textiles');
  await answerButton(page, 'A1', 'yes').click();
  await eventually(async () => (await storedAudit(page, id))?.answers?.A1, 5000, 'A1 saved');
  return { page, problems, id };
}

test('a new version waits for the open audit, is announced, and runs after "Restart now" with every audit intact', async () => {
  const build = await copyOfBuild();
  const server = await startServer({ root: build.dir, host: '127.0.0.1', port: 0 });
  const context = await browser.newContext();
  try {
    const { page, problems, id } = await auditOnBuildA(server, context);
    const title = await page.title();
    const a = await workerStatus(page);
    assert.equal(a.complete, true);

    const b = await nextRelease(build.dir, 'Supplier Audit (next release)');
    assert.notEqual(b, a.build);
    assert.equal(await checkForUpdate(page), true);
    const banner = page.locator('.update-banner');
    await banner.filter({ hasText: ANNOUNCEMENT }).waitFor();
    assert.equal(await banner.getAttribute('role'), 'status');
    assert.equal(await page.getByRole('button', { name: 'Restart now' }).count(), 0, 'not under an open audit');
    assert.match(await banner.textContent(), /go back to the list of audits/);
    assert.equal((await workerStatus(page)).build, a.build, 'build A still in charge of the page');
    assert.deepEqual((await cacheContents(page)).names.length, 2, 'A kept while B waits');

    // The open audit goes on, on A: another answer is saved.
    await answerButton(page, 'E1', 'no').click();
    await eventually(async () => (await storedAudit(page, id))?.answers?.E1?.value === 'no', 5000, 'E1 saved');
    assert.equal(await page.title(), title);
    assert.deepEqual(await seriousAxeViolations(page), []);
    const stored = await storedAuditText(page, id);
    assert.match(stored, /"E1"/);
    const shape = await databaseShape(page);

    await page.getByRole('link', { name: 'Audits', exact: true }).click();
    const restart = page.getByRole('button', { name: 'Restart now' });
    await restart.waitFor();
    const box = await restart.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `touch target ${box.width}×${box.height}`);
    assert.deepEqual(await seriousAxeViolations(page), []);
    await Promise.all([page.waitForEvent('load'), restart.click()]);

    assert.equal(await page.title(), 'Supplier Audit (next release)');
    await readyOffline(page);
    assert.equal((await workerStatus(page)).build, b);
    const caches = await cacheContents(page);
    assert.equal(caches.names.length, 1, 'A deleted once B took over');
    assert.ok(caches.names[0].endsWith(b));
    assert.equal(await page.locator('.update-banner').count(), 0);
    await page.locator('a.saved-audit', { hasText: 'Acme Textiles' }).waitFor();
    assert.equal(await storedAuditText(page, id), stored, 'the update changed no stored byte of the audit');
    assert.deepEqual(await databaseShape(page), shape);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
    await build.remove();
  }
});

test('a new release found when the app is opened again is announced, with "Restart now" on the home screen', async () => {
  const build = await copyOfBuild();
  const server = await startServer({ root: build.dir, host: '127.0.0.1', port: 0 });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = await watchForProblems(page, server.url);
    await page.goto(server.url);
    await readyOffline(page);
    const b = await nextRelease(build.dir, 'Supplier Audit (next release)');
    // The browser fetches sw.js on this visit by itself; the page still runs the old release.
    await page.reload();
    await page.locator('.update-banner').filter({ hasText: ANNOUNCEMENT }).waitFor();
    assert.equal(await page.title(), 'Supplier Audit');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Restart now' }).click()]);
    assert.equal(await page.title(), 'Supplier Audit (next release)');
    await readyOffline(page);
    assert.equal((await workerStatus(page)).build, b);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
    await build.remove();
  }
});

test('a deployment whose files do not match its sw.js is never installed; the current version stays', async () => {
  const build = await copyOfBuild();
  const server = await startServer({ root: build.dir, host: '127.0.0.1', port: 0 });
  const context = await browser.newContext();
  try {
    const { page, problems, id } = await auditOnBuildA(server, context);
    const a = await workerStatus(page);
    // sw.js of a next release is up, but index.html is changed again after it was listed, as when
    // files are copied over a live site one by one.
    await nextRelease(build.dir, 'Supplier Audit (listed)');
    const html = join(build.dir, 'index.html');
    await writeFile(html, (await readFile(html, 'utf8')).replace('Supplier Audit (listed)', 'Supplier Audit (half copied)'));
    await checkForUpdate(page);
    await eventually(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r.installing)), 10000, 'the install to end');
    assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting)), null);
    assert.equal(await page.locator('.update-banner').count(), 0);
    assert.deepEqual((await cacheContents(page)).names.map((n) => n.split(' ').pop()), [a.build]);
    assert.equal((await workerStatus(page)).complete, true);
    await answerButton(page, 'E1', 'no').click();
    await eventually(async () => (await storedAudit(page, id))?.answers?.E1, 5000, 'E1 saved');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
    await build.remove();
  }
});
