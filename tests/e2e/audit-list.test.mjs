// The home list with many audits: search, filters, status badges and duplicating.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appHome, eventually, rawEntry, seriousAxeViolations, storedAudit, useBrowserAndServer, watchForProblems } from './harness.mjs';
import {
  FINALIZED_ID, PARTLY_SIGNED_ID, SIGNED_ID, finalizedText, listEntry, openHome, partlySignedText,
  putRaw, shownIds, signedText,
} from './audit-list-helpers.mjs';

const live = useBrowserAndServer();

/** Four audits, one of each status: a draft made in the app, the others seeded. */
async function fourAudits(page) {
  await page.goto(live.server.url);
  await page.locator('[data-checklist="supplier-due-diligence"] button.start').click();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  const draftId = page.url().split('/').pop();
  await page.fill('#header-supplier', 'Nordic Knit');
  await page.fill('#header-site', 'Tallinn');
  await eventually(async () => (await storedAudit(page, draftId))?.header.site === 'Tallinn', 5000, 'the draft saved');
  await putRaw(page, 'audits', SIGNED_ID, await signedText());
  await putRaw(page, 'audits', PARTLY_SIGNED_ID, await partlySignedText());
  await putRaw(page, 'audits', FINALIZED_ID, await finalizedText());
  await openHome(page, live.server.url);
  await listEntry(page, FINALIZED_ID).waitFor();
  return draftId;
}

test('search and every filter narrow the list; each entry shows its status', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  const draftId = await fourAudits(page);
  const all = [draftId, SIGNED_ID, FINALIZED_ID, PARTLY_SIGNED_ID];
  assert.deepEqual((await shownIds(page)).sort(), [...all].sort());
  assert.equal(await page.locator('.list-count').textContent(), '4 of 4 audits shown');

  const badge = (id) => listEntry(page, id).locator('.status-badge').textContent();
  assert.equal(await badge(draftId), 'Draft');
  assert.equal(await badge(FINALIZED_ID), 'Finalized');
  assert.equal(await badge(PARTLY_SIGNED_ID), 'Partly signed');
  assert.equal(await badge(SIGNED_ID), 'Signed');

  const search = page.getByLabel('Search by supplier or site');
  const expectShown = async (ids, what) =>
    eventually(async () => JSON.stringify((await shownIds(page)).sort()) === JSON.stringify([...ids].sort()), 3000, what);
  await search.fill('ELECTRICITE');
  await expectShown([PARTLY_SIGNED_ID], 'case- and accent-insensitive search on the supplier');
  await search.fill('lille');
  await expectShown([PARTLY_SIGNED_ID], 'search on the site');
  await search.fill('البيضاء');
  await expectShown([FINALIZED_ID], 'Arabic search on the site');
  await search.fill('مصنع');
  await expectShown([FINALIZED_ID], 'Arabic search without the short vowels');
  await search.fill('nobody like this');
  await expectShown([], 'nothing matches');
  assert.equal(await page.locator('.empty').first().textContent(), 'No audit matches this search. Change or clear the filters.');
  await search.fill('');
  await expectShown(all, 'an empty search shows everything');

  const checklist = page.getByLabel('Checklist', { exact: true });
  await checklist.selectOption('monitoring-visit');
  await expectShown([FINALIZED_ID], 'the checklist filter');
  await checklist.selectOption('supplier-due-diligence');
  await expectShown([draftId, SIGNED_ID, PARTLY_SIGNED_ID], 'every version of a checklist');
  await checklist.selectOption('');

  const status = page.getByLabel('Status', { exact: true });
  for (const [value, id] of [['draft', draftId], ['finalized', FINALIZED_ID], ['partly-signed', PARTLY_SIGNED_ID], ['signed', SIGNED_ID]]) {
    await status.selectOption(value);
    await expectShown([id], `the status filter ${value}`);
  }
  await status.selectOption('');

  await page.getByLabel('Audited or changed from').fill('2026-06-01');
  await page.getByLabel('Audited or changed until').fill('2026-06-30');
  await expectShown([PARTLY_SIGNED_ID], 'a date range in June');
  await page.getByLabel('Audited or changed from').fill('2026-08-01');
  await page.getByLabel('Audited or changed until').fill('2026-11-28');
  await expectShown([FINALIZED_ID, SIGNED_ID], 'audit day or last change in the range');
  // Filters combine.
  await search.fill('acme');
  await expectShown([SIGNED_ID], 'search and dates together');
  assert.equal(await page.locator('.list-count').textContent(), '1 of 4 audits shown');
  assert.deepEqual(await seriousAxeViolations(page), [], 'the list with filters set');

  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expectShown(all, 'clearing the filters');
  assert.equal(await search.inputValue(), '');
  // Every control of the list is at least 44 × 44 CSS pixels.
  const small = await page.locator('.list-filters input, .list-filters select, .audit-actions button').evaluateAll((controls) =>
    controls.map((c) => c.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length);
  assert.equal(small, 0, 'touch targets of 44 px or more');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the search works in Arabic, right to left, without accessibility problems', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  await fourAudits(page);
  await page.locator('.language-switcher select').selectOption('ar');
  await page.getByLabel('البحث باسم المورد أو الموقع').fill('النسيج');
  await eventually(async () => JSON.stringify(await shownIds(page)) === JSON.stringify([FINALIZED_ID]), 3000, 'the Arabic search');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await listEntry(page, FINALIZED_ID).locator('.status-badge').textContent(), 'مكتمل');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await context.close();
});

test('duplicating makes a new draft with a new id, the same answers and no signatures, and opens it', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  await page.goto(live.server.url);
  await appHome(page);
  const original = await signedText();
  await putRaw(page, 'audits', SIGNED_ID, original);
  await openHome(page, live.server.url);

  await listEntry(page, SIGNED_ID).getByRole('button', { name: 'Duplicate the audit of Acme Textiles as a new draft' }).click();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  const copyId = page.url().split('/').pop();
  assert.notEqual(copyId, SIGNED_ID);
  await page.locator('#header-supplier').waitFor();
  assert.equal(await page.inputValue('#header-supplier'), 'Acme Textiles');
  assert.equal(await page.inputValue('#header-site'), 'Plant 2, dormitory block B');
  assert.equal(await page.inputValue('#header-date'), '', 'the audit day is set for the new visit');
  assert.equal(await page.locator('.finalized-banner').count(), 0, 'an editable draft');

  const copy = await storedAudit(page, copyId);
  const source = JSON.parse(original);
  assert.deepEqual(copy.answers, source.answers);
  assert.deepEqual(copy.checklist, source.checklist);
  for (const gone of ['proof', 'signatories', 'finalized', 'previous_version', 'summary']) {
    assert.equal(copy[gone], undefined, `no ${gone} on the copy`);
  }
  assert.ok(copy.created > source.updated && copy.created === copy.updated, 'dated now');
  // The original is untouched, byte for byte.
  assert.equal(await rawEntry(page, 'audits', SIGNED_ID), original);

  await openHome(page, live.server.url);
  assert.equal(await listEntry(page, copyId).locator('.status-badge').textContent(), 'Draft');
  assert.equal(await listEntry(page, SIGNED_ID).locator('.status-badge').textContent(), 'Signed');
  assert.deepEqual(problems, []);
  await context.close();
});
