// Back up everything on one device (browser context A), restore on a fresh one (B): every
// stored text arrives byte for byte, restoring twice changes nothing, a tampered or foreign
// file is refused without touching what is stored, and no private key is ever in the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  AUDIT_CLI, answerButton, seriousAxeViolations, useBrowserAndServer, watchForProblems,
} from './harness.mjs';
import { ownIdentityDids, storedTexts } from './backup-helpers.mjs';
import { finalizeThroughReview } from './signing-steps.mjs';

const live = useBrowserAndServer();
const UNION_CARD = {
  format: 'supplier-audit-identity/1',
  name: 'Fatima Zahra',
  organisation: "Textile Workers' Union",
  role: 'union_representative',
  did: 'did:key:z6MkqWELAb8iiVAQdxavkdomR6X4cuyh5WzqDoGu6tGUqq4x',
};

async function device() {
  const context = await live.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  return { context, page, problems };
}

async function startAudit(page, supplier) {
  await page.goto(live.server.url);
  await page.locator('[data-checklist="supplier-due-diligence"]').getByRole('button', { name: 'Start a new audit' }).click();
  await page.waitForURL(/#\/audit\//);
  await page.fill('#header-supplier', supplier);
  await answerButton(page, 'A1', 'yes').click();
  await answerButton(page, 'E1', 'no').click();
}


/** Restores `file` on a freshly loaded backup screen, so no earlier outcome is on screen. */
async function restore(page, file) {
  await page.goto(`${live.server.url}#/backup`);
  await page.reload();
  await page.setInputFiles('#restore-file', file);
}

const summaryOf = async (page) => page.locator('.restore-summary').textContent();
const linesOf = async (page, outcome) => page.locator(`.restore-entries li.${outcome}`).allTextContents();

test('a backup made on one device restores byte for byte on another, once, and refuses tampering', async () => {
  const scratch = await mkdtemp(join(tmpdir(), 'backup-e2e-'));
  const a = await device();
  const { page } = a;

  // Device A: an identity of its own, a contact, a ministry checklist, and three audits.
  await page.goto(`${live.server.url}#/identities`);
  await page.fill('#identity-name', 'Amina Diallo');
  await page.fill('#identity-organisation', 'Audit Partners');
  await page.selectOption('#identity-role', 'Auditor');
  await page.getByRole('button', { name: 'Create identity' }).click();
  await page.locator('.identity-card', { hasText: 'Amina Diallo' }).waitFor();
  const cardFile = join(scratch, 'union-card.json');
  await writeFile(cardFile, JSON.stringify(UNION_CARD));
  await page.setInputFiles('#import-card', cardFile);
  await page.locator('.contact', { hasText: 'Fatima Zahra' }).waitFor();

  await page.goto(live.server.url);
  await page.setInputFiles('#checklist-file', resolve('crates/audit-core/tests/fixtures/minimal-checklist.json'));
  await page.locator('[data-checklist="minimal"]').waitFor();

  await startAudit(page, 'Draft Textiles');
  await startAudit(page, 'Finalized Textiles');
  await finalizeThroughReview(page);
  await startAudit(page, 'Signed Textiles');
  await finalizeThroughReview(page);
  await page.selectOption('#signatory-choice', { label: 'Auditor: Amina Diallo (Audit Partners)' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Sign as Amina Diallo' }).click();
  await page.locator('.signatory .status', { hasText: 'Signed' }).waitFor();

  // Back up: the screen says keys stay behind, and the file holds no key material.
  await page.goto(`${live.server.url}#/backup`);
  assert.match(await page.locator('.keys-warning').textContent(), /Private signing keys are never included/);
  assert.deepEqual(await seriousAxeViolations(page), []);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Back up everything' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^supplier-audit-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupFile = join(scratch, 'backup.json');
  await download.saveAs(backupFile);
  await page.locator('.backed-up', { hasText: '3 audit(s)' }).waitFor();
  const text = await readFile(backupFile, 'utf8');
  const backup = JSON.parse(text);
  assert.equal(backup.format, 'supplier-audit-backup');
  assert.equal(backup.version, 1);
  assert.deepEqual(Object.keys(backup).sort(),
    ['audits', 'checklists', 'contacts', 'created', 'definitions', 'format', 'identities', 'version']);
  for (const card of [...backup.identities, ...backup.contacts]) {
    assert.deepEqual(Object.keys(card).sort(), ['did', 'format', 'name', 'organisation', 'role']);
  }
  assert.doesNotMatch(text, /privateKey|"d":|"jwk"|pkcs8|"kty"|secret/i);
  assert.deepEqual(backup.identities.map((c) => c.name), ['Amina Diallo']);
  assert.deepEqual(backup.contacts.map((c) => c.name), ['Fatima Zahra']);
  const storedA = await storedTexts(page, 'audits');
  assert.deepEqual([...backup.audits].sort(), Object.values(storedA).sort());
  assert.equal(Object.keys(backup.checklists).length, 1);
  assert.ok(Object.keys(backup.definitions).length >= 1, 'the checklist the audits were started on');

  // The CLI reads the app's backup as the app does.
  const inspected = spawnSync(AUDIT_CLI, ['inspect', backupFile], { encoding: 'utf8' });
  assert.equal(inspected.status, 0, inspected.stdout + inspected.stderr);
  assert.match(inspected.stdout, /^3 audits, 1 checklist definitions, 1 loaded checklists, 1 identities, 1 contacts$/m);
  assert.match(inspected.stdout, /Signed Textiles; signed; 1 proofs/);
  assert.match(inspected.stdout, /Finalized Textiles; finalized; 0 proofs/);
  assert.match(inspected.stdout, /Draft Textiles; draft; 0 proofs/);

  const entries = backup.audits.length + Object.keys(backup.definitions).length
    + Object.keys(backup.checklists).length + backup.identities.length + backup.contacts.length;

  // Device B, empty: everything is added, byte for byte.
  const b = await device();
  await restore(b.page, backupFile);
  await b.page.locator('.restore-summary').waitFor();
  assert.equal(await summaryOf(b.page),
    `Restored from backup.json: ${entries} added, 0 updated, 0 skipped, 0 refused.`);
  assert.match((await linesOf(b.page, 'added')).join('\n'),
    /Identity Amina Diallo \(did:key:z6Mk\w+\): added as a contact\. Its private key is never in a backup/);
  assert.deepEqual(await seriousAxeViolations(b.page), []);
  assert.deepEqual(await storedTexts(b.page, 'audits'), storedA);
  assert.deepEqual(await storedTexts(b.page, 'definitions'), await storedTexts(page, 'definitions'));
  assert.deepEqual(await storedTexts(b.page, 'checklists'), await storedTexts(page, 'checklists'));
  assert.deepEqual(Object.keys(await storedTexts(b.page, 'contacts')).sort(),
    [...backup.identities, ...backup.contacts].map((c) => c.did).sort());
  assert.deepEqual(await ownIdentityDids(b.page), [], 'no identity with a key arrives');

  // The ministry checklist is offered at once (no reload), the restored audits open, and the
  // signed one still verifies.
  await b.page.locator('nav').getByRole('link', { name: 'Audits' }).click();
  await b.page.locator('[data-checklist="minimal"]').waitFor();
  await b.page.locator('a.saved-audit', { hasText: 'Signed Textiles' }).click();
  await b.page.locator('.verdict', { hasText: /^Valid/ }).waitFor();

  // Again: everything is skipped and nothing is written.
  await restore(b.page, backupFile);
  await b.page.locator('.restore-summary').waitFor();
  assert.equal(await summaryOf(b.page),
    `Restored from backup.json: 0 added, 0 updated, ${entries} skipped, 0 refused.`);
  assert.deepEqual(await storedTexts(b.page, 'audits'), storedA);

  // A tampered backup: the signed audit's supplier changed after signing, and a contact card
  // carrying a private key. Both are refused; nothing stored changes.
  const tampered = JSON.parse(text);
  const signedIndex = tampered.audits.findIndex((t) => t.includes('Signed Textiles'));
  tampered.audits[signedIndex] = tampered.audits[signedIndex].replace('Signed Textiles', 'Someone Else Ltd');
  tampered.contacts.push({ ...UNION_CARD, did: 'did:key:z6MkeUhEBQqZgJ8TaEpfzegwQHkAZyufCdw827WducK7kxnR', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A' });
  const tamperedFile = join(scratch, 'tampered.json');
  await writeFile(tamperedFile, JSON.stringify(tampered));
  await restore(b.page, tamperedFile);
  await b.page.locator('.restore-summary').waitFor();
  assert.equal(await summaryOf(b.page),
    `Restored from tampered.json: 0 added, 0 updated, ${entries - 1} skipped, 2 refused.`);
  const refused = await linesOf(b.page, 'refused');
  assert.match(refused[0], /^Audit Someone Else Ltd \([0-9a-f-]{36}\): refused: its signatures do not verify \(proof 1: the signature does not match/);
  assert.match(refused[1], /^Contact #2: refused: it carries a private-key field \("d"\)/);
  assert.deepEqual(await storedTexts(b.page, 'audits'), storedA);
  assert.equal(Object.keys(await storedTexts(b.page, 'contacts')).length, 2);
  assert.deepEqual(await seriousAxeViolations(b.page), []);

  // Files that are no backup at all are refused as a whole, with what to do.
  const foreign = join(scratch, 'record.json');
  await writeFile(foreign, backup.audits[0]);
  await restore(b.page, foreign);
  assert.equal(await b.page.getByRole('alert').textContent(),
    'record.json is not a Supplier Audit backup. Choose a file made with "Back up everything". Nothing was changed.');
  const broken = join(scratch, 'broken.json');
  await writeFile(broken, text.slice(0, text.length / 2));
  await restore(b.page, broken);
  assert.match(await b.page.getByRole('alert').textContent(), /^broken\.json cannot be read as a backup \(not strict JSON: .*\)\. Nothing was changed; choose an undamaged copy\.$/);
  const newer = join(scratch, 'newer.json');
  await writeFile(newer, JSON.stringify({ ...backup, version: 2 }));
  await restore(b.page, newer);
  assert.match(await b.page.getByRole('alert').textContent(), /^newer\.json is a backup of version 2/);
  assert.deepEqual(await storedTexts(b.page, 'audits'), storedA);

  assert.deepEqual([...a.problems, ...b.problems], []);
  await Promise.all([a.context.close(), b.context.close()]);
});

test('the backup screen reads right to left in Arabic and every control is reachable', async () => {
  const { context, page, problems } = await device();
  await page.goto(`${live.server.url}#/backup`);
  await page.selectOption('#language', 'ar');
  await page.locator('html[dir="rtl"]').waitFor();
  await page.locator('h1', { hasText: 'النسخ الاحتياطي والاستعادة' }).waitFor();
  for (const selector of ['button.back-up', '#restore-file']) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(box.height >= 44, `${selector} is ${box.height}px high`);
  }
  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
