// The first screen (src/first_screen.rs): a visit to the home screen shows the checklists from a
// small module of their own while the app loads, then the app takes their place. Each test holds
// the app's WASM back at the network, so that what the first screen does alone is seen alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, rawEntry, seriousAxeViolations, useBrowserAndServer, watchForProblems } from './harness.mjs';

const live = useBrowserAndServer();
const APP_WASM = /\/supplier-audit-[0-9a-f]+_bg\.wasm$/;
const START = 'Start a new audit';

/** A page whose app WASM waits until `release()`; `requested()` says whether it was asked for. */
async function holdingTheApp(context) {
  const page = await context.newPage();
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  let asked = false;
  await page.route(APP_WASM, async (route) => {
    asked = true;
    await gate;
    await route.continue();
  });
  return { page, release, requested: () => asked };
}

const auditIds = (page) => page.evaluate(() => new Promise((done, fail) => {
  const open = indexedDB.open('supplier-audit');
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const keys = open.result.transaction('audits').objectStore('audits').getAllKeys();
    keys.onsuccess = () => { open.result.close(); done(keys.result); };
  };
}));

test('the checklists show before the app has loaded; the app then takes their place, moving nothing, focus kept', async () => {
  const context = await live.browser.newContext({ viewport: { width: 820, height: 1180 } });
  const { page, release, requested } = await holdingTheApp(context);
  const problems = await watchForProblems(page, live.server.url);
  await page.goto(live.server.url);
  const first = page.locator('#first-screen [data-checklist="supplier-due-diligence"] button.start');
  await first.waitFor();
  assert.equal(await page.locator('#first-screen button.start').count(), 3, 'the three shipped checklists');
  await eventually(requested, 5000, 'the app requested once the first screen is shown');
  assert.equal(await page.locator('#import-signed').count(), 0, 'the app itself has not shown anything yet');
  assert.deepEqual(await seriousAxeViolations(page), [], 'the first screen alone passes axe');
  const before = await first.boundingBox();
  await first.focus();

  release();
  await page.locator('#import-signed').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#first-screen').count(), 0, 'the first screen is gone');
  assert.equal(await page.locator('main').count(), 1, 'one screen at a time');
  const after = await page.locator('[data-checklist="supplier-due-diligence"] button.start').boundingBox();
  assert.deepEqual(after, before, 'the Start button has not moved');
  const focused = await page.evaluate(() => {
    const active = document.activeElement;
    return `${active?.closest('[data-checklist]')?.dataset.checklist} ${active?.className}`;
  });
  assert.equal(focused, 'supplier-due-diligence start', 'the keyboard focus moved to the same button');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a Start tapped before the app has loaded starts one audit; Back returns home', async () => {
  const context = await live.browser.newContext();
  const { page, release } = await holdingTheApp(context);
  const problems = await watchForProblems(page, live.server.url);
  await page.goto(live.server.url);
  const start = page.locator('#first-screen [data-checklist="monitoring-visit"]').getByRole('button', { name: START });
  await start.click();
  assert.equal(await start.getAttribute('aria-busy'), 'true', 'the tap is acknowledged');
  assert.match(page.url(), /#\/start\/monitoring-visit$/);

  release();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  await page.locator('[data-question] button[data-answer]').first().waitFor();
  const id = page.url().split('/').pop();
  assert.deepEqual(await auditIds(page), [id], 'exactly one audit started');
  assert.equal(JSON.parse(await rawEntry(page, 'audits', id)).checklist.id, 'monitoring-visit');

  await page.goBack();
  await page.locator('.audit-list, [data-audit]').first().waitFor();
  assert.match(page.url(), /#\/$/, 'Back from the new audit comes home');
  await page.reload();
  await page.locator('#import-signed').waitFor({ state: 'attached' });
  assert.deepEqual(await auditIds(page), [id], 'a reload starts nothing again');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a language chosen on the first screen while the app loads holds once the app has taken over', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  // The app's own request for the catalogue index waits: the app runs, but its home screen is
  // still loading, so the first screen stays in view.
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  let asked = 0;
  await page.route('**/checklists/index.json', async (route) => {
    asked += 1;
    if (asked > 1) await gate;
    await route.continue();
  });
  await page.goto(live.server.url);
  await page.locator('#first-screen button.start').first().waitFor();
  await eventually(() => asked > 1, 5000, 'the app running and reading the index');
  await page.selectOption('#first-screen #language', 'ar');
  await eventually(() => page.evaluate(() => document.documentElement.dir === 'rtl'), 5000, 'right to left');
  assert.deepEqual(await seriousAxeViolations(page), [], 'the first screen in Arabic passes axe');

  release();
  await page.locator('#import-signed').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#language').inputValue(), 'ar');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  assert.equal(await page.getByRole('button', { name: START }).count(), 0, 'no English left on the buttons');
  await context.close();
});

test('an address that starts an unknown checklist says so, names the index, and starts nothing', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${live.server.url}#/start/no-such-checklist`);
  const notice = page.locator('.notice', { hasText: 'checklists/index.json' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /no-such-checklist/);
  assert.match(page.url(), /#\/$/);
  assert.deepEqual(await auditIds(page), []);
  await context.close();
});

test('when the app cannot be loaded after the first screen, it says so, naming the file, and a reload carries out a Start', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  await page.route(APP_WASM, (route) => route.abort());
  await page.goto(live.server.url);
  const notice = page.locator('#first-screen .notice[role="alert"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /^The app's file supplier-audit-[0-9a-f]+_bg\.wasm could not be loaded \(.+\)\. Nothing on this device is lost\. Connect to the network, then reload this page\.$/);

  // A Start tapped now waits for nothing on screen, and is carried out by the reload asked for.
  await page.locator('#first-screen [data-checklist="prevention-plan"] button.start').click();
  assert.equal(await page.locator('#first-screen button.start[aria-busy]').count(), 0, 'no Start shown as under way');
  assert.match(page.url(), /#\/start\/prevention-plan$/);
  await page.unroute(APP_WASM);
  await page.reload();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  assert.equal(JSON.parse(await rawEntry(page, 'audits', id)).checklist.id, 'prevention-plan');
  await context.close();
});
