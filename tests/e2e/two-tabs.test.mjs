// One writer per audit: the same audit in two tabs of one browser. The second is read-only
// until it takes over or the first closes; a stale copy can never drop a signature; and a
// newer version of the app upgrading the database is never blocked by an open tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  databaseShape, eventually, seriousAxeViolations, storedAudit, useBrowserAndServer,
  watchForProblems,
} from './harness.mjs';
import { createIdentity, finalizeAndSign, startAudit } from './signing-steps.mjs';

const live = useBrowserAndServer();

const OPEN_ELSEWHERE = 'This audit is open in another tab or window. It is read-only here.';
const TAKEN_OVER = 'This audit was taken over in another tab or window. It is read-only here.';
const CHANGED_ELSEWHERE = /This audit was changed in another tab or window, so this change was not saved and nothing was overwritten\. Reload this page/;

async function tab(context, url) {
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  if (url) await page.goto(url);
  return { page, problems };
}

/** Types into a control the way a script would, past a disabled fieldset: only the app's own rule stops it. */
async function forceInput(page, selector, value) {
  await page.evaluate(([selector, value]) => {
    const input = document.querySelector(selector);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, [selector, value]);
}

const claimNotice = (page) => page.locator('.claim-notice p');
const supplier = (page) => page.locator('#header-supplier');

test('the second tab is read-only, can take over, and becomes the writer when the other closes', async () => {
  const context = await live.browser.newContext();
  const first = await tab(context);
  const id = await startAudit(first.page, live.server.url);
  await supplier(first.page).fill('Acme Textiles');
  await eventually(async () => (await storedAudit(first.page, id))?.header?.supplier === 'Acme Textiles');

  const second = await tab(context, `${live.server.url}#/audit/${id}`);
  assert.equal(await claimNotice(second.page).textContent(), OPEN_ELSEWHERE);
  assert.equal(await supplier(second.page).isDisabled(), true);
  assert.equal(await second.page.locator('button[data-answer="no"]').first().isDisabled(), true);
  assert.equal(await second.page.getByRole('button', { name: 'Review and finalize' }).isDisabled(), true);
  assert.equal(await claimNotice(first.page).count(), 0, 'the first tab still writes');
  assert.deepEqual(await seriousAxeViolations(second.page), []);
  const takeOver = second.page.getByRole('button', { name: 'Take over here' });
  const box = await takeOver.boundingBox();
  assert.ok(box.width >= 44 && box.height >= 44, `Take over is ${box.width}×${box.height}`);

  // Whatever reaches the read-only tab's controls never reaches storage.
  const before = await storedAudit(second.page, id);
  await forceInput(second.page, '#header-supplier', 'Written by the read-only tab');
  await second.page.waitForTimeout(500);
  assert.deepEqual(await storedAudit(second.page, id), before);

  // The first tab goes on; then the second takes over with the first tab's latest change.
  await supplier(first.page).fill('Acme Textiles, plant 2');
  await eventually(async () => (await storedAudit(first.page, id))?.header?.supplier === 'Acme Textiles, plant 2');
  await takeOver.click();
  await eventually(async () => !(await supplier(second.page).isDisabled()), 5000, 'the second tab to write');
  assert.equal(await claimNotice(second.page).count(), 0);
  assert.equal(await supplier(second.page).inputValue(), 'Acme Textiles, plant 2', 'read again on taking over');
  await claimNotice(first.page).filter({ hasText: TAKEN_OVER }).waitFor();
  assert.equal(await supplier(first.page).isDisabled(), true);
  await supplier(second.page).fill('Edited in the second tab');
  await eventually(async () => (await storedAudit(second.page, id))?.header?.supplier === 'Edited in the second tab');

  // The tab holding the audit closes: the other becomes its writer, with the latest text.
  await second.page.close();
  await eventually(async () => !(await supplier(first.page).isDisabled()), 5000, 'the first tab to write again');
  assert.equal(await claimNotice(first.page).count(), 0);
  assert.equal(await supplier(first.page).inputValue(), 'Edited in the second tab');
  await supplier(first.page).fill('Edited in the first tab again');
  await eventually(async () => (await storedAudit(first.page, id))?.header?.supplier === 'Edited in the first tab again');
  assert.deepEqual([...first.problems, ...second.problems], []);
  await context.close();
});

test('a stale copy of a draft can never drop the signature another tab added', async () => {
  const context = await live.browser.newContext();
  const signer = await tab(context, `${live.server.url}#/identities`);
  await createIdentity(signer.page, 'Amina Diallo', 'Audit Partners', 'Auditor');
  const id = await startAudit(signer.page, live.server.url);
  await supplier(signer.page).fill('Acme Textiles');
  await eventually(async () => (await storedAudit(signer.page, id))?.header?.supplier === 'Acme Textiles');

  // One tab in a browser without Web Locks writes its older copy; the other waits read-only.
  const unlocked = await tab(context);
  await unlocked.page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined });
  });
  await unlocked.page.goto(`${live.server.url}#/audit/${id}`);
  await eventually(async () => !(await supplier(unlocked.page).isDisabled()), 5000, 'the tab without locks to write');
  const waiting = await tab(context, `${live.server.url}#/audit/${id}`);
  await claimNotice(waiting.page).filter({ hasText: OPEN_ELSEWHERE }).waitFor();

  await finalizeAndSign(signer.page, { name: 'Amina Diallo', label: 'Auditor: Amina Diallo (Audit Partners)' });
  const signed = await eventually(async () => {
    const stored = await storedAudit(signer.page, id);
    return stored?.proof && stored;
  }, 5000, 'the signed document to be stored');
  assert.equal([signed.proof].flat().length, 1);

  // The stale draft edits and finalizes: both writes are refused, and the page says so.
  await supplier(unlocked.page).fill('Stale supplier');
  await unlocked.page.locator('.notice', { hasText: CHANGED_ELSEWHERE }).waitFor();
  assert.deepEqual(await storedAudit(unlocked.page, id), signed);
  await unlocked.page.getByRole('button', { name: 'Review and finalize' }).click();
  await unlocked.page.getByRole('button', { name: 'Finalize audit', exact: true }).click();
  await unlocked.page.locator('.finalized-banner').waitFor();
  await eventually(async () => await unlocked.page.locator('.save-status.saving').count() === 0
    && await unlocked.page.locator('.notice', { hasText: CHANGED_ELSEWHERE }).count() === 1, 5000, 'the refusal');
  assert.deepEqual(await storedAudit(unlocked.page, id), signed);

  // The read-only tab held the draft too: taking over reads the signed audit, proof and all.
  await waiting.page.getByRole('button', { name: 'Take over here' }).click();
  await waiting.page.locator('.signatory', { hasText: 'Amina Diallo' }).locator('.status')
    .filter({ hasText: 'Signed' }).waitFor();
  assert.equal(await supplier(waiting.page).inputValue(), 'Acme Textiles');
  assert.equal(await supplier(waiting.page).isDisabled(), true, 'a finalized audit stays closed');
  await forceInput(waiting.page, '#header-supplier', 'Written after taking over');
  await waiting.page.waitForTimeout(500);
  assert.deepEqual(await storedAudit(waiting.page, id), signed);
  assert.deepEqual([...signer.problems, ...unlocked.problems, ...waiting.problems], []);
  await context.close();
});

test('a newer version of the app upgrading the database closes this tab\'s connection and says so', async () => {
  const context = await live.browser.newContext();
  const open = await tab(context);
  const id = await startAudit(open.page, live.server.url);
  await eventually(async () => (await storedAudit(open.page, id))?.answers?.A1);

  const newer = await tab(context, `${live.server.url}#/verify`);
  const { version } = await databaseShape(newer.page);
  // What a newer build does on start: open the database at a higher version.
  const upgraded = await newer.page.evaluate((version) => new Promise((done) => {
    const request = indexedDB.open('supplier-audit', version + 1);
    request.onblocked = () => done('blocked');
    request.onsuccess = () => { request.result.close(); done('upgraded'); };
    request.onerror = () => done(`failed: ${request.error}`);
  }), version);
  assert.equal(upgraded, 'upgraded', 'the open tab let the upgrade through');

  const notice = 'A newer version of the app was opened in another tab. Reload this page to continue; your saved work is kept.';
  await open.page.locator('.notice', { hasText: notice }).first().waitFor();
  // A change made now is not written to a closed connection: the page says why.
  await supplier(open.page).fill('After the upgrade');
  await eventually(async () => (await open.page.locator('.notice', { hasText: notice }).count()) === 2, 5000, 'the save to fail');
  const stored = await storedAudit(newer.page, id);
  assert.equal(stored.header.supplier, '', 'nothing written after the connection closed');
  assert.ok(stored.answers.A1, 'the saved work is kept');
  assert.deepEqual(open.problems, []);
  await context.close();
});
