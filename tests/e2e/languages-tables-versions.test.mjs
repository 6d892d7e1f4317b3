// Four languages, table answers, and drafts made on an older checklist, against the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATABASE_VERSION } from './audit-list-helpers.mjs';
import {
  DIST, answerButton, appHome, canonical, databaseShape, eventually, putInDatabase, showQuestion, storedAudit,
  useBrowserAndServer, watchForProblems,
} from './harness.mjs';

const live = useBrowserAndServer();

async function startAudit(page, checklist) {
  await page.goto(live.server.url);
  await page.locator(`[data-checklist="${checklist}"] button.start`).click();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  await page.locator('[data-question]').first().waitFor();
  return page.url().split('/').pop();
}

async function exportAudit(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('button.export').click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

test('switching to Arabic mid-audit mirrors the page and keeps every answer', async () => {
  const context = await live.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  const id = await startAudit(page, 'supplier-due-diligence');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');

  await page.fill('#header-supplier', 'Acme Textiles');
  await answerButton(page, 'A1', 'yes').click();
  await answerButton(page, 'E1', 'partial').click();
  await page.fill('#q-E1-note', 'Two passports in the office');
  const before = await eventually(async () => {
    const r = await storedAudit(page, id);
    return r?.answers?.E1?.note === 'Two passports in the office' && r;
  }, 5000, 'the answers to be saved');

  await page.selectOption('#language', 'ar');
  await eventually(async () => (await page.getAttribute('html', 'dir')) === 'rtl', 3000, 'dir=rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.locator('.app-name').textContent(), 'تدقيق الموردين');
  assert.equal(await answerButton(page, 'E1', 'partial').textContent(), 'جزئيًا');
  // Checklist texts follow the language too.
  const definition = JSON.parse(await readFile(join(DIST, 'checklists/supplier-due-diligence.json'), 'utf8'));
  const e1 = definition.sections.flatMap((s) => s.questions).find((q) => q.id === 'E1');
  assert.equal(await page.locator('#q-E1-text').textContent(), e1.text.ar);
  // The layout mirrors: the start of a line is on the right.
  const { left, right } = await page.evaluate(() => {
    const box = document.querySelector('.question-id').getBoundingClientRect();
    return { left: box.left, right: window.innerWidth - box.right };
  });
  assert.ok(right < left, `question ids sit on the right in Arabic (left ${left}, right ${right})`);

  // Nothing was lost or changed by switching.
  assert.equal(await answerButton(page, 'A1', 'yes').getAttribute('aria-pressed'), 'true');
  assert.equal(await answerButton(page, 'E1', 'partial').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.inputValue('#q-E1-note'), 'Two passports in the office');
  assert.equal(await page.inputValue('#header-supplier'), 'Acme Textiles');
  assert.deepEqual((await storedAudit(page, id)).answers, before.answers);

  // Answering in Arabic works, and the choice of language survives a reload.
  await answerButton(page, 'A2', 'no').click();
  await eventually(async () => (await storedAudit(page, id))?.answers?.A2?.value === 'no', 5000, 'A2 saved');
  await page.reload();
  await page.locator('[data-question]').first().waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.inputValue('#language'), 'ar');
  assert.equal(await answerButton(page, 'E1', 'partial').getAttribute('aria-pressed'), 'true');
  assert.equal(await answerButton(page, 'A2', 'no').getAttribute('aria-pressed'), 'true');

  // The language is a preference of the device, never part of the record.
  const exported = await exportAudit(page);
  assert.ok(!JSON.stringify(exported).includes('"ar"'), 'no language in the record');

  await page.selectOption('#language', 'fr');
  await eventually(async () => (await page.getAttribute('html', 'dir')) === 'ltr', 3000, 'dir=ltr');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal(await answerButton(page, 'A1', 'yes').textContent(), 'Oui');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a table row can be added, edited and removed, and survives a reload', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  const id = await startAudit(page, 'prevention-plan');
  await showQuestion(page, 'RR1');
  const table = page.locator('[data-table="RR1"]');
  await table.scrollIntoViewIfNeeded();

  await table.getByRole('button', { name: 'Add a row' }).click();
  await table.getByRole('button', { name: 'Add a row' }).click();
  assert.equal(await table.locator('.table-row').count(), 2);
  await page.fill('#q-RR1-r0-risk', 'Recruitment fees paid to agents in the home country');
  await page.fill('#q-RR1-r0-severity', '5');
  await table.locator('[data-row="0"] [data-column="ilo"] button').nth(0).click();
  await page.fill('#q-RR1-r1-risk', 'Passports kept in the office');
  await eventually(async () => {
    const rows = (await storedAudit(page, id))?.answers?.RR1?.value;
    return rows?.length === 2 && rows[1].risk === 'Passports kept in the office';
  }, 5000, 'both rows to be saved');

  await page.reload();
  await page.locator('[data-table="RR1"] .table-row').first().waitFor();
  assert.equal(await table.locator('.table-row').count(), 2);
  assert.equal(await page.inputValue('#q-RR1-r0-risk'), 'Recruitment fees paid to agents in the home country');
  assert.equal(await page.inputValue('#q-RR1-r0-severity'), '5');
  assert.equal(await page.inputValue('#q-RR1-r1-risk'), 'Passports kept in the office');
  assert.equal(
    await table.locator('[data-row="0"] [data-column="ilo"] button').nth(0).getAttribute('aria-pressed'),
    'true',
  );

  // Removing asks first.
  await table.getByRole('button', { name: 'Remove row 1' }).click();
  await table.getByRole('button', { name: 'Yes, remove' }).click();
  assert.equal(await table.locator('.table-row').count(), 1);
  assert.equal(await page.inputValue('#q-RR1-r0-risk'), 'Passports kept in the office');
  const saved = await eventually(async () => {
    const rows = (await storedAudit(page, id))?.answers?.RR1?.value;
    return rows?.length === 1 && rows;
  }, 5000, 'the removal to be saved');
  assert.deepEqual(saved, [{ risk: 'Passports kept in the office' }]);

  await page.reload();
  await page.locator('[data-table="RR1"] .table-row').first().waitFor();
  assert.equal(await table.locator('.table-row').count(), 1);
  assert.equal(await page.inputValue('#q-RR1-r0-risk'), 'Passports kept in the office');
  assert.deepEqual(problems, []);
  await context.close();
});

const DRAFT_ID = '5d1b7c2a-0e4f-4a6b-8c9d-1e2f3a4b5c6d';

async function oldDraft() {
  const text = await readFile(join(DIST, 'checklists/archive/supplier-due-diligence-0.1.0.json'), 'utf8');
  const sha256 = createHash('sha256').update(canonical(JSON.parse(text))).digest('hex');
  return {
    format: 'supplier-audit-record/1',
    id: DRAFT_ID,
    checklist: { id: 'supplier-due-diligence', version: '0.1.0', sha256 },
    header: { supplier: 'Old Draft Ltd', site: 'Plant 1', address: '', auditor: 'A. Auditor', date: '2026-11-20' },
    answers: { A1: { value: 'yes' }, E1: { value: 'no', note: 'held by HR' }, F4: { value: 'not_applicable' } },
    created: '2026-11-20T08:00:00.000Z',
    updated: '2026-11-20T09:00:00.000Z',
  };
}

test('a draft saved on 0.1.0 by the previous app still opens, renders and exports', async () => {
  const context = await live.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  // As the previous app left it: database version 1, an audits store and no definitions.
  // (Seeded from a plain same-origin file, before the app ever runs in this profile.)
  await page.goto(`${live.server.url}boot.js`);
  const draft = await oldDraft();
  await putInDatabase(page, { version: 1, stores: ['audits'], store: 'audits', key: DRAFT_ID, value: JSON.stringify(draft) });
  const problems = await watchForProblems(page, live.server.url);

  await page.goto(`${live.server.url}#/audit/${DRAFT_ID}`);
  await page.locator('[data-question]').first().waitFor();
  // The upgrade kept the audit and added the stores of later versions.
  assert.deepEqual(await databaseShape(page), {
    version: DATABASE_VERSION,
    stores: ['audits', 'bin', 'checklists', 'contacts', 'definitions', 'identities', 'photos', 'shipped_files'],
  });
  assert.match(await page.locator('.overall .progress-text').textContent(), / of 13 answered/, 'the 0.1.0 questions');
  assert.equal(await page.locator('.section-index a[data-section-link]').count(), 5, 'the 0.1.0 sections');
  assert.match(await page.locator('.older-version').textContent(), /version 0\.1\.0/);
  assert.equal(await page.inputValue('#header-supplier'), 'Old Draft Ltd');
  assert.equal(await answerButton(page, 'E1', 'no').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.inputValue('#q-E1-note'), 'held by HR');
  assert.match(await page.getByRole('alert').textContent(), /E1/);

  await answerButton(page, 'A4', 'yes').click();
  await eventually(async () => (await storedAudit(page, DRAFT_ID))?.answers?.A4?.value === 'yes', 5000, 'A4 saved');
  const exported = await exportAudit(page);
  assert.deepEqual(exported.checklist, draft.checklist, 'still pinned to 0.1.0');
  assert.deepEqual(exported.answers.E1, { value: 'no', note: 'held by HR' });
  assert.equal(exported.summary.zero_tolerance_alert, true);
  assert.deepEqual(exported.summary.score, { conforming: 2, applicable: 3, percent: 67 });

  // Opening stored the exact definition, keyed by its hash.
  const stored = await page.evaluate((key) => new Promise((done) => {
    const open = indexedDB.open('supplier-audit');
    open.onsuccess = () => {
      const get = open.result.transaction('definitions').objectStore('definitions').get(key);
      get.onsuccess = () => { open.result.close(); done(get.result); };
    };
  }), draft.checklist.sha256);
  assert.equal(stored, await readFile(join(DIST, 'checklists/archive/supplier-due-diligence-0.1.0.json'), 'utf8'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a draft started on 1.0.0 opens from the archive, renders and exports pinned to 1.0.0', async () => {
  const context = await live.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(live.server.url);
  await appHome(page);
  const text = await readFile(join(DIST, 'checklists/archive/supplier-due-diligence-1.0.0.json'), 'utf8');
  const sha256 = createHash('sha256').update(canonical(JSON.parse(text))).digest('hex');
  const current = JSON.parse(await readFile(join(DIST, 'checklists/supplier-due-diligence.json'), 'utf8'));
  assert.notEqual(current.version, '1.0.0', 'the current file has moved on');
  // Saved before the device kept definitions: only the archived file can open it.
  const draft = {
    ...(await oldDraft()),
    id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
    checklist: { id: 'supplier-due-diligence', version: '1.0.0', sha256 },
    answers: { A1: { value: 'yes' }, E1: { value: 'no', note: 'held by HR' } },
  };
  await putInDatabase(page, { version: DATABASE_VERSION, stores: [], store: 'audits', key: draft.id, value: JSON.stringify(draft) });
  const problems = await watchForProblems(page, live.server.url);

  await page.goto(`${live.server.url}#/audit/${draft.id}`);
  await page.locator('[data-question]').first().waitFor();
  assert.match(await page.locator('.older-version').textContent(), /version 1\.0\.0/);
  const old = JSON.parse(text).sections.flatMap((s) => s.questions);
  assert.equal(await page.locator('[data-question="B9"]').count(), 0, 'no 1.1.0 question in a 1.0.0 draft');
  assert.equal(
    await page.locator('#q-A1-text').textContent(),
    old.find((q) => q.id === 'A1').text.en,
  );
  assert.equal(await answerButton(page, 'E1', 'no').getAttribute('aria-pressed'), 'true');
  const exported = await exportAudit(page);
  assert.deepEqual(exported.checklist, draft.checklist, 'still pinned to 1.0.0');
  assert.equal(exported.summary.zero_tolerance_alert, true);
  assert.deepEqual(exported.summary.critical_findings, ['E1']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a checklist known only from the device opens; an unknown one says which answers it cannot show', async () => {
  const context = await live.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(live.server.url);
  await appHome(page);

  // A ministry's checklist, no longer (or never) bundled, whose definition this device stored.
  const fixture = await readFile('crates/audit-core/tests/fixtures/all-types-checklist.json', 'utf8');
  const sha256 = createHash('sha256').update(canonical(JSON.parse(fixture))).digest('hex');
  await putInDatabase(page, { version: DATABASE_VERSION, stores: [], store: 'definitions', key: sha256, value: fixture });
  const record = {
    ...(await oldDraft()),
    id: '7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
    checklist: { id: 'all-types', version: '2.0.0', sha256 },
    answers: { C1: { value: 'yes' }, R1: { value: ['agents'] } },
  };
  await putInDatabase(page, { version: DATABASE_VERSION, stores: [], store: 'audits', key: record.id, value: JSON.stringify(record) });
  await page.goto(`${live.server.url}#/audit/${record.id}/question/P4`);
  await page.locator('[data-question="P4"]').waitFor();
  await showQuestion(page, 'R2');
  // R2 is shown because R1 includes "agents".
  assert.equal(await page.locator('[data-question="R2"]').count(), 1);
  assert.equal(await page.locator('[data-question="R3"]').count(), 0);

  // The same audit against a checklist this device has never seen.
  const orphan = { ...record, id: '0a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d', checklist: { ...record.checklist, sha256: 'ab'.repeat(32) } };
  await putInDatabase(page, { version: DATABASE_VERSION, stores: [], store: 'audits', key: orphan.id, value: JSON.stringify(orphan) });
  await page.goto(`${live.server.url}#/audit/${orphan.id}`);
  const notice = page.getByRole('alert');
  await notice.waitFor();
  assert.match(await notice.textContent(), /"all-types" version 2\.0\.0.*2 answers cannot be shown \(C1, R1\)/);
  const exported = await exportAudit(page);
  assert.deepEqual(exported.answers, orphan.answers, 'the answers still export unchanged');
  assert.equal(exported.summary, undefined, 'no summary without the checklist');
  await context.close();
});

test('after one visit, checklists and audits work from IndexedDB when the files cannot be fetched', async () => {
  // Without the service worker, whose cache would answer first (tests/e2e/offline.test.mjs covers
  // it): this is the fallback for browsers and frames that have none.
  const context = await live.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const id = await startAudit(page, 'monitoring-visit');
  await answerButton(page, 'V1', 'yes').click();
  await eventually(async () => (await storedAudit(page, id))?.answers?.V1, 5000, 'V1 saved');

  // From now on, every checklist file fails to load, as on a flaky or absent network.
  let refused = 0;
  await page.route('**/checklists/**', (route) => { refused += 1; return route.abort(); });
  await page.goto(live.server.url);
  await page.reload();
  await page.locator('[data-checklist="supplier-due-diligence"]').waitFor();
  assert.equal(await page.locator('[data-checklist]').count(), 3, 'all three listed from the device');
  assert.ok(refused >= 1, 'the catalogue index was asked for and refused');
  await page.goto(`${live.server.url}#/audit/${id}`);
  await page.reload();
  await page.locator('[data-question="V1"]').waitFor();
  assert.equal(await answerButton(page, 'V1', 'yes').getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('the home screen lists every shipped checklist with its question count', async () => {
  const page = await live.browser.newPage();
  await page.goto(live.server.url);
  await page.locator('[data-checklist="monitoring-visit"]').waitFor();
  for (const id of ['supplier-due-diligence', 'prevention-plan', 'monitoring-visit']) {
    const definition = JSON.parse(await readFile(join(DIST, `checklists/${id}.json`), 'utf8'));
    const count = definition.sections.flatMap((s) => s.questions).length;
    assert.match(
      await page.locator(`[data-checklist="${id}"] .meta`).textContent(),
      new RegExp(`Version ${definition.version.replaceAll('.', '\\.')} · ${count} questions`),
    );
  }
  await page.close();
});
