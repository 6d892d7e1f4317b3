// Deleting moves an audit to the bin for 30 days; restoring puts back the same bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appHome, databaseShape, eventually, rawEntry, seriousAxeViolations, useBrowserAndServer, watchForProblems } from './harness.mjs';
import {
  DATABASE_VERSION, FINALIZED_ID, PARTLY_SIGNED_ID, SIGNED_ID, finalizedText, listEntry, openHome, partlySignedText,
  putRaw, signedText, storeKeys,
} from './audit-list-helpers.mjs';

const live = useBrowserAndServer();

const binEntry = (page, id) => page.locator(`.binned-audit[data-audit="${id}"]`);
const daysAgo = (days) => new Date(Date.now() - days * 24 * 3600 * 1000).toISOString();

async function freshPage() {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  await page.goto(live.server.url);
  await appHome(page);
  return { context, page, problems };
}

test('delete moves an audit to the bin; restore puts back exactly the same stored text', async () => {
  const { context, page, problems } = await freshPage();
  assert.deepEqual(await databaseShape(page), {
    version: DATABASE_VERSION,
    stores: ['audits', 'bin', 'checklists', 'contacts', 'definitions', 'identities', 'photos', 'shipped_files'],
  });
  const original = await signedText();
  await putRaw(page, 'audits', SIGNED_ID, original);
  await openHome(page, live.server.url);
  assert.equal(await page.locator('.bin .empty').textContent(), 'The bin is empty.');

  await listEntry(page, SIGNED_ID).getByRole('button', { name: /^Delete the audit of Acme Textiles/ }).click();
  await binEntry(page, SIGNED_ID).waitFor();
  assert.equal(await listEntry(page, SIGNED_ID).count(), 0, 'gone from the list');
  assert.equal(await rawEntry(page, 'audits', SIGNED_ID), undefined);
  const binned = JSON.parse(await rawEntry(page, 'bin', SIGNED_ID));
  assert.equal(binned.text, original, 'the bin holds the exact text');
  assert.ok(Date.now() - Date.parse(binned.deleted) < 60_000, 'dated now');
  assert.match(await binEntry(page, SIGNED_ID).textContent(), /Acme Textiles.*Deleted .*; can be restored until /s);
  assert.deepEqual(await seriousAxeViolations(page), [], 'the home screen with the bin');

  await binEntry(page, SIGNED_ID).getByRole('button', { name: 'Restore the audit of Acme Textiles' }).click();
  await listEntry(page, SIGNED_ID).waitFor();
  assert.equal(await rawEntry(page, 'audits', SIGNED_ID), original, 'byte for byte what was deleted');
  assert.deepEqual(await storeKeys(page, 'bin'), []);
  assert.equal(await listEntry(page, SIGNED_ID).locator('.status-badge').textContent(), 'Signed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('restoring never overwrites an audit saved again under the same id', async () => {
  const { context, page, problems } = await freshPage();
  const original = await signedText();
  const binned = JSON.stringify({ deleted: daysAgo(2), text: original });
  const newer = await partlySignedText();
  // The same id in both stores: taken in again after it was deleted, say.
  const sameIdNewer = newer.replaceAll(PARTLY_SIGNED_ID, SIGNED_ID);
  await putRaw(page, 'audits', SIGNED_ID, sameIdNewer);
  await putRaw(page, 'bin', SIGNED_ID, binned);
  await openHome(page, live.server.url);
  await binEntry(page, SIGNED_ID).getByRole('button', { name: /^Restore/ }).click();
  const notice = page.locator('.notice', { hasText: 'The audit was not moved' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /Nothing was overwritten/);
  assert.equal(await rawEntry(page, 'audits', SIGNED_ID), sameIdNewer, 'the saved audit is untouched');
  assert.equal(await rawEntry(page, 'bin', SIGNED_ID), binned, 'and the binned one is still there');
  assert.deepEqual(problems, []);
  await context.close();
});

test('emptying the bin asks first: cancel keeps everything, confirm deletes for good', async () => {
  const { context, page, problems } = await freshPage();
  await putRaw(page, 'audits', PARTLY_SIGNED_ID, await partlySignedText());
  await putRaw(page, 'audits', FINALIZED_ID, await finalizedText());
  // A damaged entry is named, and goes with the rest.
  await putRaw(page, 'bin', 'damaged', '{"deleted": "yesterday"');
  await openHome(page, live.server.url);
  assert.match(await page.locator('.bin .notice').textContent(), /the bin entry is damaged/);
  await listEntry(page, PARTLY_SIGNED_ID).locator('button.move-to-bin').click();
  await binEntry(page, PARTLY_SIGNED_ID).waitFor();
  await listEntry(page, FINALIZED_ID).locator('button.move-to-bin').click();
  await binEntry(page, FINALIZED_ID).waitFor();

  await page.getByRole('button', { name: 'Empty the bin…' }).click();
  const dialog = page.getByRole('alertdialog');
  assert.equal(await dialog.locator('p').textContent(), 'Delete the 3 audits in the bin for good? They cannot be restored afterwards.');
  assert.deepEqual(await seriousAxeViolations(page), [], 'the bin with its question');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await dialog.count(), 0);
  assert.deepEqual(await storeKeys(page, 'bin'), ['damaged', PARTLY_SIGNED_ID, FINALIZED_ID].sort(), 'cancel keeps them all');

  await page.getByRole('button', { name: 'Empty the bin…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete for good' }).click();
  await page.locator('.bin .empty').waitFor();
  assert.deepEqual(await storeKeys(page, 'bin'), []);
  assert.deepEqual(await storeKeys(page, 'audits'), [], 'nothing came back');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an audit deleted more than 30 days ago is purged at start-up; a younger one stays', async () => {
  const { context, page, problems } = await freshPage();
  const text = await signedText();
  const old = JSON.stringify({ deleted: daysAgo(31), text });
  const young = JSON.stringify({ deleted: daysAgo(29), text: await partlySignedText() });
  await putRaw(page, 'bin', SIGNED_ID, old);
  await putRaw(page, 'bin', PARTLY_SIGNED_ID, young);
  await openHome(page, live.server.url);
  await binEntry(page, PARTLY_SIGNED_ID).waitFor();
  await eventually(async () => (await storeKeys(page, 'bin')).length === 1, 5000, 'the purge');
  assert.deepEqual(await storeKeys(page, 'bin'), [PARTLY_SIGNED_ID]);
  assert.equal(await binEntry(page, SIGNED_ID).count(), 0);
  assert.equal(await rawEntry(page, 'bin', PARTLY_SIGNED_ID), young, 'the younger entry is untouched');
  assert.deepEqual(problems, []);
  await context.close();
});
