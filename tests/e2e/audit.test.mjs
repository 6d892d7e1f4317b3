// An auditor's session against the release build: start, answer, reload, export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIST, answerButton, canonical, eventually, showQuestion, storedAudit, useBrowserAndServer,
  watchForProblems,
} from './harness.mjs';
import { startAudit } from './signing-steps.mjs';

const live = useBrowserAndServer();

const checklistFile = async (name) => JSON.parse(await readFile(join(DIST, 'checklists', name), 'utf8'));

/** Questions shown before anything is answered: those without show_if. */
const initiallyShown = (checklist) =>
  checklist.sections.flatMap((s) => s.questions).filter((q) => !q.show_if);

test('answers and notes survive a reload and come out in the export', async () => {
  const definition = await checklistFile('supplier-due-diligence.json');
  const shown = initiallyShown(definition);
  const requiredShown = shown.filter((q) => q.required).length;
  const context = await live.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);

  await page.goto(live.server.url);
  const card = page.locator('[data-checklist="supplier-due-diligence"]');
  await card.getByRole('button', { name: 'Start a new audit' }).click();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  await page.locator('[data-question]').first().waitFor();
  // One section at a time, with an index of every section.
  const firstSection = definition.sections[0];
  assert.equal(await page.locator('[data-question]').count(), shown.filter((q) => firstSection.questions.includes(q)).length);
  assert.equal(await page.locator('.section-index a[data-section-link]').count(), definition.sections.length);
  assert.equal(
    await page.locator('.progress-text').first().textContent(),
    `0 of ${shown.length} answered · ${requiredShown} required still open`,
  );
  assert.equal(await page.getByRole('alert').count(), 0, 'no alert before any finding');

  // "About this checklist" lists the sections and every source with its citation.
  await page.getByText('About this checklist').click();
  assert.equal(await page.locator('.about-sections li').count(), definition.sections.length);
  assert.equal(await page.locator('.about-sources dt').count(), definition.sources.length);
  assert.equal(await page.locator('.about-sources dd').first().textContent(), definition.sources[0].citation.en);

  await page.fill('#header-supplier', 'Acme Textiles');
  await page.fill('#header-site', 'Plant 2, dormitory block B');
  await page.fill('#header-date', '2026-11-28');
  await answerButton(page, 'A1', 'yes').click();
  await answerButton(page, 'E1', 'no').click();
  await answerButton(page, 'F4', 'not-applicable').click();
  await showQuestion(page, 'E1');
  await page.fill('#q-E1-note', 'Three passports found in the HR safe; workers asked for them back.');

  // A1, E1 and F4 are all required.
  assert.equal(
    await page.locator('.progress-text').first().textContent(),
    `3 of ${shown.length} answered · ${requiredShown - 3} required still open`,
  );
  // E1 (identity documents kept by the employer) is critical: "No" raises the alert at the top.
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Zero-tolerance alert.*E1/s);
  assert.equal(await page.locator('.audit > :nth-child(2)').getAttribute('role'), 'alert', 'right under the title');
  assert.equal(await page.locator('.overall .score-summary').getAttribute('data-critical'), '1');
  // Saved at once: the record in IndexedDB already holds every change.
  const saved = await eventually(async () => {
    const record = await storedAudit(page, id);
    return record?.answers?.E1?.note?.startsWith('Three passports') && record;
  }, 5000, 'the note to reach IndexedDB');
  assert.equal(saved.header.supplier, 'Acme Textiles');

  await page.reload();
  await page.locator('[data-question]').first().waitFor();
  assert.equal(await page.inputValue('#header-supplier'), 'Acme Textiles');
  assert.equal(await page.inputValue('#header-site'), 'Plant 2, dormitory block B');
  assert.equal(await page.inputValue('#header-date'), '2026-11-28');
  assert.equal(await answerButton(page, 'A1', 'yes').getAttribute('aria-pressed'), 'true');
  assert.equal(await answerButton(page, 'E1', 'no').getAttribute('aria-pressed'), 'true');
  assert.equal(await answerButton(page, 'F4', 'not-applicable').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('button[aria-pressed="true"]').count(), 1, 'F4 alone in its section');
  assert.equal(await page.getByRole('alert').count(), 1, 'the alert is back after the reload');
  await showQuestion(page, 'E1');
  assert.equal(await page.inputValue('#q-E1-note'), 'Three passports found in the HR safe; workers asked for them back.');
  assert.equal(await page.locator('.save-status').textContent(), 'All changes saved on this device');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export audit (JSON)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^audit-acme-textiles-2026-11-28-[0-9a-f]{8}\.json$/);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.format, 'supplier-audit-record/1');
  assert.equal(exported.id, id);
  assert.deepEqual(exported.answers, {
    A1: { value: 'yes' },
    E1: { value: 'no', note: 'Three passports found in the HR safe; workers asked for them back.' },
    F4: { value: 'not_applicable' },
  });
  assert.equal(exported.header.supplier, 'Acme Textiles');
  // The summary is computed on export; the rest is exactly what is stored.
  const { summary, ...record } = exported;
  assert.deepEqual(record, await storedAudit(page, id), 'the export is exactly what is stored');
  assert.equal(summary.zero_tolerance_alert, true);
  assert.deepEqual(summary.critical_findings, ['E1']);
  assert.deepEqual(summary.findings, { critical: 1, major: 0, minor: 0 });
  // A1 yes conforms, E1 no does not, F4 n/a is left out.
  assert.deepEqual(summary.score, { conforming: 1, applicable: 2, percent: 50 });
  assert.equal(summary.sections.length, definition.sections.length);

  // The record pins the exact checklist content it was answered against.
  assert.deepEqual(exported.checklist, {
    id: 'supplier-due-diligence',
    version: definition.version,
    sha256: createHash('sha256').update(canonical(definition)).digest('hex'),
  });
  assert.ok(exported.created <= exported.updated);

  // The home screen lists the audit, and it opens again from there.
  await page.getByRole('link', { name: 'Supplier Audit' }).click();
  const saved_link = page.locator('a.saved-audit', { hasText: 'Acme Textiles' });
  // Progress shows once the checklist is loaded, which may come after the list itself.
  await saved_link.locator('.progress-text').waitFor();
  assert.match(await saved_link.textContent(), new RegExp(`3 of ${shown.length} answered`));
  await saved_link.click();
  await page.waitForURL(new RegExp(`#/audit/${id}$`));
  await showQuestion(page, 'E1');
  assert.equal(await page.inputValue('#q-E1-note'), 'Three passports found in the HR safe; workers asked for them back.');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q-E1', 'focus is on the question shown');

  // The section index moves between sections, and focus goes to the section heading.
  await page.locator(`.section-index a[data-section-link="${definition.sections[1].id}"]`).click();
  await page.locator(`.checklist-section[data-section="${definition.sections[1].id}"]`).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'section-heading');
  await page.keyboard.press('Tab');
  assert.equal(await page.locator('.checklist-section [data-question]').count() > 0, true);

  assert.deepEqual(problems, []);
  await context.close();
});

test('an unknown audit link says so instead of showing an empty form', async () => {
  const page = await live.browser.newPage();
  await page.goto(`${live.server.url}#/audit/00000000-0000-4000-8000-000000000000`);
  const notice = page.getByRole('alert');
  await notice.waitFor();
  assert.match(await notice.textContent(), /not saved on this device/);
  await page.close();
});

test('typing faster than a starved device writes keeps only the newest text waiting, and all of it is saved', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  const id = await startAudit(page, live.server.url);
  const note = page.locator('#q-A1-note');
  await note.waitFor();
  // A slow tablet: each write takes longer than the gap between two keystrokes.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const before = await page.evaluate(() => performance.getEntriesByName('supplier-audit:save').length);
  const text = 'Passports kept in the HR safe; 12 workers asked, none got theirs back.';
  await note.focus();
  await page.keyboard.type(text);
  // The keys reach the page before it has handled them all: wait for the last one to be stored.
  const stored = async () => (await storedAudit(page, id))?.answers?.A1?.note;
  await eventually(async () => (await stored()) === text, 30_000, 'the whole note to be stored');
  await page.locator('.save-status.saved').waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const writes = await page.evaluate(() => performance.getEntriesByName('supplier-audit:save').length) - before;
  assert.ok(writes >= 1 && writes < text.length, `${writes} writes for ${text.length} keystrokes`);
  console.log(`${text.length} keystrokes at 6× CPU: ${writes} writes`);
  assert.deepEqual(problems, []);
  await context.close();
});
