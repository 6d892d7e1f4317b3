// A ministry's page on http://127.0.0.2:PORT embeds the app served from http://127.0.0.1:PORT,
// both under strict Content-Security-Policies; the app also runs under a sub-path, takes in
// hostile checklists as plain text, and never requests another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, LAUNCH_ARGS, answerButton, canonical, eventually, launch, storedAudit } from './harness.mjs';
import { policyFor, startServer } from '../../scripts/static-server.mjs';
import { finalizeThroughReview } from './signing-steps.mjs';

const PLACEHOLDER = 'https://audit.ministry.example/';
const HOSTILE = '<img src=x onerror="window.__xss = 1"><script>window.__xss = 2</script>';

let browser;
let embedder; // a browser profile that lets embedded sites keep data (see embedderProfile)
let app; // the app, on 127.0.0.1
let host; // the ministry's page and its checklists, on 127.0.0.2, same port
let appOrigin;
let hostOrigin;

before(async () => {
  const site = await mkdtemp(join(tmpdir(), 'embedding-e2e-'));
  browser = await launch();
  embedder = await chromium.launchPersistentContext(await embedderProfile(), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
    acceptDownloads: true,
  });
  host = await startServer({
    root: site,
    host: '127.0.0.2',
    policy: (port) => [
      "default-src 'self'",
      `script-src 'self' http://127.0.0.1:${port}`,
      `frame-src http://127.0.0.1:${port}`,
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
    ].join('; '),
  });
  hostOrigin = `http://127.0.0.2:${host.port}`;
  app = await startServer({
    root: DIST,
    host: '127.0.0.1',
    port: host.port,
    policy: policyFor({ frameAncestors: hostOrigin, checklistOrigins: [hostOrigin] }),
  });
  appOrigin = `http://127.0.0.1:${host.port}`;

  const example = await readFile('static/host-example.html', 'utf8');
  assert.ok(example.includes(PLACEHOLDER));
  await writeFile(join(site, 'host.html'), example.replaceAll(PLACEHOLDER, app.url));
  await writeFile(join(site, 'favicon.ico'), ''); // the browser asks the host page for one
  const minimal = JSON.parse(await readFile('crates/audit-core/tests/fixtures/minimal-checklist.json', 'utf8'));
  const hostile = structuredClone(minimal);
  hostile.id = 'hostile';
  hostile.title.en = `Fishing vessels ${HOSTILE}`;
  hostile.sections[0].title.en = `Section ${HOSTILE}`;
  hostile.sections[0].questions[0].text.en = `Question ${HOSTILE}`;
  hostile.sections[0].questions[0].guidance.en = `Guidance ${HOSTILE}`;
  await writeFile(join(site, 'hostile.json'), JSON.stringify(hostile));
});
after(async () => {
  await embedder?.close();
  await browser?.close();
  await app?.close();
  await host?.close();
});

/**
 * This Chromium blocks third-party cookies, and with them the IndexedDB of embedded sites, by
 * default; a host's visitors who allow them (the default of most browsers today) get a working
 * iframe. The profile says so the way a user's setting does. (Blocked storage is covered too:
 * the app shows why and posts `error`.)
 */
async function embedderProfile() {
  const profile = await mkdtemp(join(tmpdir(), 'embedder-profile-'));
  await mkdir(join(profile, 'Default'));
  await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  return profile;
}

/** A page that logs CSP violations and errors in every frame, and every request. */
async function watchedPage(context) {
  const page = await context.newPage();
  const log = { problems: [], requests: [], warnings: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && log.problems.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => log.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') log.problems.push(`console error: ${m.text()}`);
    if (m.type() === 'warning') log.warnings.push(m.text());
  });
  await page.exposeFunction('reportCspViolation', (text) => log.problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportCspViolation(`${location.origin}: ${e.violatedDirective} ${e.blockedURI}`));
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
  return { page, log };
}

async function embeddedApp(context = embedder) {
  const { page, log } = await watchedPage(context);
  await page.goto(`${host.url}host.html`);
  const iframe = page.locator('iframe.supplier-audit-frame');
  await iframe.waitFor();
  const frame = await eventually(() => page.frames().find((f) => f.url().startsWith(appOrigin)), 5000, 'the app frame');
  await frame.locator('.checklist-card').first().waitFor();
  const messages = (type) => page.evaluate((t) => window.__messages.filter((m) => m.data?.type === t), type);
  return { page, log, iframe, frame, messages };
}

const frameHeight = async (iframe) => Math.round((await iframe.boundingBox()).height);
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

test('the embedded app talks only to its parent origin, sizes its iframe, and reports finalized and signed', async () => {
  const { page, log, iframe, frame, messages } = await embeddedApp();

  assert.equal(await iframe.getAttribute('title'), 'Supplier Audit: due-diligence checklist');
  assert.equal(await iframe.getAttribute('allow'), 'camera; geolocation; storage-access');
  const src = new URL(await iframe.getAttribute('src'));
  assert.equal(src.origin, appOrigin);
  assert.equal(src.searchParams.get('parentOrigin'), hostOrigin);
  assert.equal(src.searchParams.get('checklist'), 'supplier-due-diligence');

  const [ready] = await eventually(() => messages('ready').then((m) => m.length && m), 5000, 'ready');
  assert.deepEqual(ready, { origin: appOrigin, data: { v: 1, type: 'ready' } });
  const resizes = await eventually(() => messages('resize').then((m) => m.length && m), 5000, 'resize');
  assert.ok(resizes.every((m) => m.origin === appOrigin && m.data.v === 1 && m.data.height > 0));

  // The iframe takes the height of its content, and follows it when it grows.
  const homeHeight = await eventually(async () => {
    const content = await contentHeight(frame);
    return (await frameHeight(iframe)) === content && content;
  }, 5000, 'the iframe to fit the home screen');
  await frame.getByRole('button', { name: 'Start a new audit' }).click();
  await frame.waitForURL(/#\/audit\//);
  await frame.locator('[data-question]').first().waitFor();
  const auditHeight = await eventually(async () => {
    const content = await contentHeight(frame);
    return (await frameHeight(iframe)) === content && content;
  }, 5000, 'the iframe to fit the audit');
  assert.ok(auditHeight > homeHeight + 500, `${auditHeight} should be far taller than ${homeHeight}`);
  const lastResize = (await messages('resize')).at(-1);
  assert.equal(lastResize.data.height, auditHeight);

  // A message from any origin but the parent's is ignored, and logged.
  await frame.evaluate((url) => window.postMessage({ v: 1, type: 'load-checklist', url }, '*'), `${host.url}hostile.json`);
  await eventually(() => log.warnings.some((w) => w.includes(`ignored a message from ${appOrigin}`)), 5000, 'the warning');
  assert.ok(!log.requests.some((u) => u.endsWith('hostile.json')), 'nothing was fetched for it');

  // Each saved change is announced.
  const id = frame.url().split('/').pop();
  await answerButton(frame, 'A1', 'yes').click();
  await eventually(() => messages('changed').then((m) => m.some((c) => c.data.id === id)), 5000, 'changed');

  // An identity made in the iframe signs the finalized audit.
  await frame.evaluate(() => { location.hash = '#/identities'; });
  await frame.fill('#identity-name', 'Amina Diallo');
  await frame.fill('#identity-organisation', 'Labour Inspectorate');
  await frame.selectOption('#identity-role', 'Auditor');
  await frame.getByRole('button', { name: 'Create identity' }).click();
  await frame.locator('.identity-card', { hasText: 'Amina Diallo' }).waitFor();
  await frame.evaluate((audit) => { location.hash = `#/audit/${audit}`; }, id);
  // The audit page is whole (its checklist found, its section shown) before it is finalized.
  await frame.locator('.checklist-section [data-question]').first().waitFor();
  await finalizeThroughReview(frame);
  const [finalized] = await eventually(() => messages('finalized').then((m) => m.length && m), 5000, 'finalized');
  assert.deepEqual(finalized, { origin: appOrigin, data: { v: 1, type: 'finalized', id } });
  await frame.selectOption('#signatory-choice', { label: 'Auditor: Amina Diallo (Labour Inspectorate)' });
  await frame.getByRole('button', { name: 'Add', exact: true }).click();
  await frame.getByRole('button', { name: 'Sign as Amina Diallo' }).click();
  const [signed] = await eventually(() => messages('signed').then((m) => m.length && m), 5000, 'signed');
  assert.equal(signed.origin, appOrigin);
  assert.deepEqual(Object.keys(signed.data).sort(), ['id', 'sha256', 'signatures', 'type', 'v'], 'no document unless asked');
  assert.equal(signed.data.id, id);
  assert.equal(signed.data.signatures, 1);
  const stored = await storedAudit(frame, id);
  assert.equal(signed.data.sha256, createHash('sha256').update(canonical(stored)).digest('hex'));
  assert.equal((await messages('finalized')).length, 1, 'finalized is announced once');

  assert.deepEqual(log.problems, []);
  for (const url of log.requests) {
    assert.ok(url.startsWith(`${appOrigin}/`) || url.startsWith(`${hostOrigin}/`), `unexpected request: ${url}`);
  }
  await page.close();
});

test('where the browser blocks storage for embedded sites, the app says why and posts error', async () => {
  const context = await browser.newContext();
  const { page, log } = await watchedPage(context);
  await page.goto(`${host.url}host.html`);
  const frame = await eventually(() => page.frames().find((f) => f.url().startsWith(appOrigin)), 5000, 'the app frame');
  // The user may still allow storage (storage-access.test.mjs): the host hears once that fails.
  await frame.getByRole('button', { name: 'Allow storage for audits' }).click();
  await frame.getByRole('alert').filter({ hasText: 'did not allow storage here' }).waitFor();
  const errors = await eventually(() => page.evaluate(() => window.__messages.filter((m) => m.data?.type === 'error')).then((m) => m.length && m), 5000, 'error');
  assert.equal(errors[0].origin, appOrigin);
  assert.match(errors[0].data.message, /does not let the app store audits/);
  assert.deepEqual(log.problems.filter((p) => p.startsWith('CSP')), []);
  await context.close();
});

test('a checklist whose labels hold HTML and script renders as text and runs nothing', async () => {
  const { page, log, frame, messages } = await embeddedApp();
  // From the parent page, at the parent origin: accepted; fetched from an allowed origin with CORS.
  await page.evaluate(([url, target]) => {
    document.querySelector('iframe').contentWindow.postMessage({ v: 1, type: 'load-checklist', url }, target);
  }, [`${host.url}hostile.json`, appOrigin]);
  const card = frame.locator('[data-checklist="hostile"]');
  await card.waitFor();
  assert.equal(await frame.locator('.checklist-card').count(), 1, 'the host chose this checklist alone');
  assert.equal(await card.locator('h2').textContent(), `Fishing vessels ${HOSTILE}`);
  await card.getByRole('button', { name: 'Start a new audit' }).click();
  await frame.locator('[data-question="Q1"]').waitFor();
  assert.match(await frame.locator('[data-question="Q1"]').textContent(), /Question <img src=x onerror="window.__xss = 1"><script>/);
  assert.match(await frame.locator('.checklist-section h2').textContent(), /^Section <img/);

  assert.equal(await frame.locator('main img, main script').count(), 0, 'no element was made from a label');
  assert.equal(await frame.evaluate(() => window.__xss), undefined);
  assert.ok(!log.requests.some((u) => /\/x$/.test(u)), 'the image was never requested');

  // After a reload of the host page the stored definition still opens the audit.
  const id = frame.url().split('/').pop();
  await page.reload();
  const again = await eventually(() => page.frames().find((f) => f.url().startsWith(appOrigin)), 5000, 'the app frame');
  await again.evaluate((audit) => { location.hash = `#/audit/${audit}`; }, id);
  await again.locator('[data-question="Q1"]').waitFor();
  assert.equal(await messages('error').then((m) => m.length), 0);
  assert.deepEqual(log.problems, []);
  await page.close();
});

test('an invalid checklist file is refused with every problem, and saved work is untouched', async () => {
  const context = await browser.newContext();
  const { page, log } = await watchedPage(context);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Start a new audit' }).first().click();
  await page.waitForURL(/#\/audit\//);
  const id = page.url().split('/').pop();
  await answerButton(page, 'A1', 'yes').click();
  const before = await eventually(async () => {
    const record = await storedAudit(page, id);
    return record?.answers?.A1 && record;
  }, 5000, 'the answer to be saved');

  const broken = JSON.parse(await readFile('crates/audit-core/tests/fixtures/minimal-checklist.json', 'utf8'));
  broken.sections[0].questions[1].id = 'Q1';
  broken.sections[0].title = { fr: 'Documents' };
  const file = join(await mkdtemp(join(tmpdir(), 'broken-')), 'broken.json');
  await writeFile(file, JSON.stringify(broken));
  await page.goto(app.url);
  await page.setInputFiles('#checklist-file', file);
  const refusal = page.locator('.checklist-loader .refused');
  await refusal.waitFor();
  assert.deepEqual(await refusal.locator('.problems li').allTextContents(), [
    'sections[0].questions[1].id: duplicate id "Q1"',
    'sections[0].title: needs an English text (key "en")',
  ]);
  assert.equal(await page.locator('[data-checklist="minimal"]').count(), 0);
  assert.deepEqual(await storedAudit(page, id), before);

  // The same file, fixed, is taken in and offered.
  broken.sections[0].questions[1].id = 'Q2';
  broken.sections[0].title.en = 'Documents';
  await writeFile(file, JSON.stringify(broken));
  await page.setInputFiles('#checklist-file', file);
  await page.locator('[data-checklist="minimal"]').waitFor();
  await page.reload();
  await page.locator('[data-checklist="minimal"]').waitFor();
  assert.deepEqual(log.problems, []);
  await context.close();
});

test('under the sub-path /ministry/audit/ the same build loads and saves an audit', async () => {
  const prefixed = await startServer({ root: DIST, host: '127.0.0.1', prefix: '/ministry/audit/' });
  const context = await browser.newContext();
  const { page, log } = await watchedPage(context);
  try {
    assert.equal((await fetch(prefixed.url.replace('/ministry/audit/', '/'))).status, 404);
    await page.goto(prefixed.url);
    await page.getByRole('button', { name: 'Start a new audit' }).first().click();
    await page.waitForURL(/\/ministry\/audit\/#\/audit\//);
    const id = page.url().split('/').pop();
    await page.fill('#header-supplier', 'Sub-path Textiles');
    await answerButton(page, 'A1', 'no').click();
    await eventually(async () => (await storedAudit(page, id))?.answers?.A1?.value === 'no', 5000, 'the save');
    assert.equal((await storedAudit(page, id)).header.supplier, 'Sub-path Textiles');
    const origin = new URL(prefixed.url).origin;
    assert.ok(log.requests.every((u) => u.startsWith(`${origin}/ministry/audit/`)), log.requests.join('\n'));
    assert.deepEqual(log.problems, []);
  } finally {
    await context.close();
    await prefixed.close();
  }
});

test('the request log of a full audit session holds only same-origin URLs', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, log } = await watchedPage(context);
  // A parentOrigin outside an iframe: there is no parent to tell, so nothing is posted.
  await page.goto(`${app.url}?lang=ar&primary=%23005a9c&font=Marianne,%20sans-serif&parentOrigin=${encodeURIComponent(hostOrigin)}`);
  // The load event does not wait for the app's WASM, which is fetched by boot.js.
  await page.locator('.checklist-card button.start').first().waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.app-bar')).backgroundColor), 'rgb(0, 90, 156)');
  assert.equal(await page.evaluate(() => document.querySelectorAll('body [style]').length), 0, 'no style attribute in the app (the theme is set on html through CSSOM)');
  // The interface is in Arabic here, so controls are found by their classes.
  await page.locator('.checklist-card button.start').first().click();
  await page.waitForURL(/#\/audit\//);
  await page.fill('#header-supplier', 'Acme Textiles');
  await answerButton(page, 'A1', 'yes').click();
  await answerButton(page, 'E1', 'no').click();
  await finalizeThroughReview(page);
  await Promise.all([page.waitForEvent('download'), page.locator('button.export').click()]);
  await page.reload();
  await page.locator('.finalized-banner').waitFor();

  assert.ok(log.requests.length >= 5);
  const foreign = log.requests.filter((u) => !u.startsWith(app.url) && !/^(blob|data):/.test(u));
  assert.deepEqual(foreign, []);
  assert.deepEqual(log.problems, []);
  assert.equal(await page.evaluate(() => window.__messages.length), 0, 'outside an iframe nothing is posted');
  await context.close();
});

test('bad embedding parameters are named on screen, and the rest still applies', async () => {
  const context = await browser.newContext();
  const { page, log } = await watchedPage(context);
  await page.goto(`${app.url}?checklist=no-such-list&lang=de&primary=red&background=%23eeeeee`);
  await page.locator('.checklist-card').first().waitFor();
  const notices = await page.locator('main > .notice').allTextContents();
  assert.deepEqual(notices, [
    'The embedding address has a problem: lang: "de" is not a supported language; use en, fr, es or ar.',
    'The embedding address has a problem: primary: "red" is not a colour; write it as #rgb or #rrggbb.',
    'The embedding address asks for checklist "no-such-list", which this app does not have; all checklists are offered instead.',
  ]);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(238, 238, 238)');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(log.problems, []);
  await context.close();
});

test('the SRI hash documented for embed.js matches the file, and the build pins boot.js', async () => {
  const digest = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const embed = digest(await readFile('static/embed.js'));
  assert.equal(digest(await readFile(join(DIST, 'embed.js'))), embed, 'dist holds the documented file');
  for (const doc of ['docs/embedding.md', 'static/host-example.html']) {
    assert.ok((await readFile(doc, 'utf8')).includes(`integrity="${embed}"`), `${doc} gives ${embed}`);
  }
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.ok(index.includes(`integrity="${digest(await readFile(join(DIST, 'boot.js')))}"`), 'boot.js is pinned');
  const pinned = [...index.matchAll(/href=\.\/([^ >]+) integrity=(sha384-[^ >]+)/g)];
  assert.ok(pinned.length >= 3, 'CSS, JS glue and WASM carry integrity');
  for (const [, file, integrity] of pinned) {
    assert.equal(digest(await readFile(resolve(DIST, file))), integrity, file);
  }
});
