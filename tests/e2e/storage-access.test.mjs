// The app embedded on another site (a host page on 127.0.0.2, the app on 127.0.0.1: each IP is
// its own site) in a browser that blocks third-party storage, as Debian's Chromium does by
// default: the app offers to allow storage (Storage Access API, on the user's click), else a
// link to the same route in its own tab; the host hears `error` only when both fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  DIST, LAUNCH_ARGS, answerButton, eventually, launch, seriousAxeViolations, storedAudit,
} from './harness.mjs';
import { policyFor, startServer } from '../../scripts/static-server.mjs';

const UNAVAILABLE = /^This browser does not let the app store audits \(.+\)\. Open it in a normal, not private, window and allow site data\.$/;

let browser;
let host; // the host page, on 127.0.0.2
let app; // the app, on 127.0.0.1, same port
let hostOrigin;
let appOrigin;

before(async () => {
  const site = await mkdtemp(join(tmpdir(), 'storage-access-e2e-'));
  browser = await launch();
  host = await startServer({
    root: site,
    host: '127.0.0.2',
    policy: (port) => `default-src 'self'; script-src 'self' http://127.0.0.1:${port}; frame-src http://127.0.0.1:${port}; style-src 'self'`,
  });
  hostOrigin = `http://127.0.0.2:${host.port}`;
  app = await startServer({ root: DIST, host: '127.0.0.1', port: host.port, policy: policyFor({ frameAncestors: hostOrigin }) });
  appOrigin = `http://127.0.0.1:${host.port}`;
  const example = await readFile('static/host-example.html', 'utf8');
  await writeFile(join(site, 'host.html'), example.replaceAll('https://audit.ministry.example/', app.url));
  await writeFile(join(site, 'favicon.ico'), '');
});
after(async () => {
  await browser?.close();
  await app?.close();
  await host?.close();
});

/** The host page in `context`, recording the app's messages, and the app's frame in it. */
async function embedded(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
  await page.goto(`${host.url}host.html`);
  const frame = await eventually(() => page.frames().find((f) => f.url().startsWith(appOrigin)), 5000, 'the app frame');
  await frame.locator('.storage-access').waitFor();
  const messages = (type) => page.evaluate((t) => window.__messages.filter((m) => m.data?.type === t), type);
  return { page, frame, messages };
}

/** Whether the frame itself can open IndexedDB: the blocking is real, not the app's idea. */
const frameCanOpenIndexedDb = (frame) => frame.evaluate(() => new Promise((done) => {
  const open = indexedDB.open('probe');
  open.onsuccess = () => { open.result.close(); done(true); };
  open.onerror = () => done(false);
}));

/** After the click: storage opened and the app works, or the tab link and one `error`. */
async function checkOutcome({ page, frame, messages }) {
  const outcome = frame.locator('.open-in-tab, .checklist-card').first();
  await outcome.waitFor({ timeout: 15000 });
  if (await frame.locator('.checklist-card').count() > 0) {
    await eventually(() => messages('ready').then((m) => m.length === 1), 5000, 'ready');
    assert.deepEqual(await messages('error'), [], 'granted: the host hears no error');
    await frame.getByRole('button', { name: 'Start a new audit' }).first().click();
    await frame.waitForURL(/#\/audit\//);
    const id = frame.url().split('/').pop();
    await answerButton(frame, 'A1', 'yes').click();
    const top = await page.context().newPage();
    await top.goto(app.url);
    await eventually(async () => (await storedAudit(top, id))?.answers?.A1, 5000, 'the audit in the app\'s own storage');
    return 'granted';
  }
  const link = frame.getByRole('link', { name: 'Open the app in a new tab' });
  assert.equal(await link.getAttribute('href'), frame.url(), 'the same address, route included');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener');
  await frame.getByRole('alert').filter({ hasText: 'The browser did not allow storage here.' }).waitFor();
  const errors = await eventually(() => messages('error').then((m) => m.length && m), 5000, 'error');
  assert.equal(errors.length, 1, 'one error, once both failed');
  assert.equal(errors[0].origin, appOrigin);
  assert.match(errors[0].data.message, UNAVAILABLE);
  assert.deepEqual(await messages('ready'), []);
  return 'refused';
}

test('blocked storage: the app asks on a click, and when refused links to its own tab and only then tells the host', async () => {
  const context = await browser.newContext();
  const { page, frame, messages } = await embedded(context);
  assert.equal(await frameCanOpenIndexedDb(frame), false, 'this Chromium blocks storage in the embedded site');
  assert.equal(await frame.locator('.storage-access p').first().textContent(),
    'This page shows the app from another site, and the browser keeps that site\'s storage closed here, so audits cannot be saved. Allow storage to keep audits on this device, or open the app in its own tab.');
  assert.deepEqual(await seriousAxeViolations(frame), []);
  await frame.evaluate(() => { location.hash = '#/verify'; });
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(await messages('error'), [], 'no error while the user can still allow storage');

  await frame.getByRole('button', { name: 'Allow storage for audits' }).click();
  // A site never visited as a top-level page is refused without a prompt by Chromium.
  assert.equal(await checkOutcome({ page, frame, messages }), 'refused');
  assert.match(await frame.locator('.open-in-tab').getAttribute('href'), /#\/verify$/);
  assert.deepEqual(await seriousAxeViolations(frame), []);

  // The link opens the app in its own tab, on the same route, with no way back to the host.
  const [tab] = await Promise.all([context.waitForEvent('page'), frame.locator('.open-in-tab').click()]);
  await tab.waitForURL(/#\/verify$/);
  assert.equal(await tab.evaluate(() => window.opener), null);
  assert.equal(await frameCanOpenIndexedDb(tab.mainFrame()), true, 'the app\'s own tab has storage');
  await context.close();
});

test('storage access granted by the browser: the app opens unpartitioned storage, or says it could not', async (t) => {
  // A profile of its own: the permission below applies to the browser's default context.
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'storage-access-profile-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
  // The permission a user gives at Chromium's prompt, given through the DevTools protocol.
  const cdp = await context.newCDPSession(context.pages()[0] ?? await context.newPage());
  await cdp.send('Browser.setPermission', {
    permission: { name: 'storage-access' }, setting: 'granted', origin: hostOrigin, embeddedOrigin: appOrigin,
  });
  // Notes what the browser answered the app, passing every call on unchanged.
  await context.addInitScript(() => {
    const request = Document.prototype.requestStorageAccess;
    Document.prototype.requestStorageAccess = function observed(...types) {
      const answer = request.apply(this, types);
      answer.then(() => { window.__storageAccess = 'granted'; }, () => { window.__storageAccess = 'refused'; });
      return answer;
    };
  });
  const { page: hostPage, frame, messages } = await embedded(context);
  assert.equal(await frameCanOpenIndexedDb(frame), false);
  await frame.getByRole('button', { name: 'Allow storage for audits' }).click();
  const outcome = await checkOutcome({ page: hostPage, frame, messages });
  assert.equal(await frame.evaluate(() => window.__storageAccess), 'granted', 'the browser granted access');
  // Chromium 156 grants access but keeps IndexedDB through the handle closed while its setting
  // blocks third-party storage ("The user denied permission to access the database").
  t.diagnostic(`storage through the granted handle: ${outcome}`);
  await context.close();
});
