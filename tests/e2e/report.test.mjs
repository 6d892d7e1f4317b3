// The printable report against the release build: an audit with a critical finding, its
// corrective actions, a photo and two signatories (one signed) prints on A4 and Letter with
// everything a reader needs; its QR code and printed hash are the SHA-256 of the stored
// document, which audit-cli inspect prints for the exported file; a changed document shows
// its signature as not verifying; the report never takes the audit's write lock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SCRIPT_FOCUSED, eventually, seriousAxeViolations, smallTargets, storedAudit, storedAuditText, useBrowserAndServer,
  watchForProblems,
} from './harness.mjs';
import { openHome, putRaw } from './audit-list-helpers.mjs';
import { createIdentity, finalizeThroughReview } from './signing-steps.mjs';
import {
  canonicalSha256, decodeQr, exportAudit, fingerprint, inspectedHash, pdfText,
  seedAuditWithFindingAndPhoto,
} from './report-helpers.mjs';

const live = useBrowserAndServer();
const scratch = await mkdtemp(join(tmpdir(), 'report-'));

const AMINA = ['Amina Diallo', 'Auditor: Amina Diallo (Audit Partners)'];
const FATIMA = ['Fatima Zahra', "Union representative: Fatima Zahra (Textile Workers' Union)"];

async function device() {
  const context = await live.browser.newContext({ acceptDownloads: true, viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  await openHome(page, live.server.url);
  return { context, page, problems };
}

async function openReport(page, id) {
  await page.goto(`${live.server.url}#/audit/${id}/report`);
  await page.locator('.report-signatures').waitFor();
}

const shownHash = (page) => page.locator('.report-hash code').getAttribute('data-sha256');

test('the report prints the audit, its findings, photos and signatures, with the hash audit-cli prints', async () => {
  const { context, page, problems } = await device();
  await page.goto(`${live.server.url}#/identities`);
  await createIdentity(page, AMINA[0], 'Audit Partners', 'Auditor');
  await createIdentity(page, FATIMA[0], "Textile Workers' Union", 'UnionRepresentative');
  const { id, photo } = await seedAuditWithFindingAndPhoto(page);

  // A report open in another tab takes no lock: the audit stays writable here.
  const other = await context.newPage();
  await openReport(other, id);
  await page.goto(`${live.server.url}#/audit/${id}`);
  await page.locator('[data-question="A1"]').waitFor();
  await eventually(() => page.locator('fieldset.audit-writer').evaluate((f) => !f.disabled), 5000, 'the audit to be writable');
  assert.equal(await page.locator('.claim-notice').count(), 0);
  await other.close();

  // The draft's report says so, and its hash is that of the stored record: the exported
  // file (which carries a summary) gives the same hash through audit-cli.
  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await page.waitForURL(/\/report$/);
  await page.locator('.report-signatures').waitFor();
  assert.equal(await page.locator('.report-draft').textContent(), 'DRAFT — not finalized');
  const draftHash = await shownHash(page);
  assert.equal(draftHash, canonicalSha256(await storedAuditText(page, id)));
  await page.getByRole('link', { name: 'Back to the audit' }).click();
  await page.locator('[data-question="A1"]').waitFor();
  const draftFile = await exportAudit(page, 'Export audit (JSON)', scratch, 'draft.json');
  const draftInspected = inspectedHash(draftFile);
  assert.match(draftInspected.stdout, /^audit record /m);
  assert.equal(draftInspected.hash, draftHash, 'audit-cli hashes the stored form, without the export summary');

  // Finalized, both listed, only the auditor signs.
  await finalizeThroughReview(page);
  for (const [name, label] of [AMINA, FATIMA]) {
    await page.selectOption('#signatory-choice', { label });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('.signatory', { hasText: name }).waitFor();
  }
  await page.getByRole('button', { name: `Sign as ${AMINA[0]}` }).click();
  await page.locator('.signatory', { hasText: AMINA[0] }).locator('.status').filter({ hasText: 'Signed' }).waitFor();
  const signedFile = await exportAudit(page, 'Export signed audit (JSON)', scratch, 'signed.json');
  const stored = await storedAudit(page, id);
  const [aminaKey, fatimaKey] = stored.signatories.map((s) => fingerprint(s.did));

  await page.getByRole('link', { name: 'Report', exact: true }).click();
  await page.locator('.report-signatory.signed').waitFor();
  assert.equal(await page.locator('.report-draft').count(), 0);

  // One hash everywhere: the page, the QR code, Node over the stored text, audit-cli over the export.
  const hash = await shownHash(page);
  assert.notEqual(hash, draftHash);
  assert.equal(hash, canonicalSha256(await storedAuditText(page, id)));
  assert.equal(await decodeQr(page, '.report-hash img.qr-code'), `sha256:${hash}\naudit:${id}`);
  const inspected = inspectedHash(signedFile);
  assert.equal(inspected.hash, hash);
  assert.match(inspected.stdout, new RegExp(`${aminaKey}: signed `));
  assert.match(inspected.stdout, new RegExp(`${fatimaKey}: not signed`));

  // The photo is shown from this device's store, with its caption.
  const thumbnail = page.locator(`.report-photo[data-sha256="${photo.sha256}"]`);
  await eventually(() => thumbnail.locator('img').evaluate((img) => img.complete && img.naturalWidth > 0).catch(() => false),
    5000, 'the photo thumbnail');
  assert.equal(await thumbnail.locator('figcaption').textContent(), photo.caption);

  // Each finding with its actions: what, owner, due day, status, verification; containment labelled.
  const rows = await page.locator('.report-finding[data-question="E1"] .report-actions tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
  assert.deepEqual(rows, [
    ['Containment (same day): Return every passport to its holder', 'HR manager', '2026-11-28', 'Open', 'On site, at a visit'],
    ['Install lockable lockers for documents', 'Site director', '2026-12-05', 'In progress', 'From documents (desk review)'],
  ]);

  const signatory = (name) => page.locator('.report-signatory', { hasText: name });
  assert.equal(await signatory(AMINA[0]).locator('.fingerprint').textContent(), aminaKey);
  assert.match(await signatory(AMINA[0]).locator('.status').textContent(), /^Signed /);
  assert.equal(await signatory(FATIMA[0]).locator('.fingerprint').textContent(), fatimaKey);
  assert.equal(await signatory(FATIMA[0]).locator('.status').textContent(), 'Not signed');

  assert.deepEqual(await seriousAxeViolations(page), []);
  // Every control at least 44 × 44 at a tablet's 820 × 1180; nothing but what script focuses is exempt.
  assert.deepEqual(await smallTargets(page, { exempt: [SCRIPT_FOCUSED] }), []);

  // The print media on A4 and on Letter: same content, the answers and the signatures each
  // starting a new page, no app chrome.
  const sizes = {};
  for (const format of ['A4', 'Letter']) {
    const { text, pages, size, images } = await pdfText(page, format, scratch);
    sizes[format] = size;
    for (const expected of ['Acme Textiles', '50% (1 of 2)', 'E1', 'Return every passport to its holder',
      'Install lockable lockers for documents', 'Containment', '2026-12-05',
      'Three passports found in the HR safe.', photo.caption, aminaKey, fatimaKey, 'Not signed']) {
      assert.ok(text.includes(expected), `${format}: "${expected}" is printed`);
    }
    assert.ok(text.replace(/\s+/g, '').includes(`sha256:${hash}`), `${format}: the full hash is printed`);
    for (const chrome of ['Back to the audit', 'Identities', 'Print']) {
      assert.ok(!text.includes(chrome), `${format}: "${chrome}" is not printed`);
    }
    const pageOf = (needle) => pages.findIndex((p) => p.includes(needle));
    assert.ok(pageOf('Answer:') > pageOf('Install lockable lockers'), `${format}: the answers come after the findings`);
    assert.ok(!pages[pageOf('Answer:')].includes('Install lockable lockers'), `${format}: the answers start a new page`);
    assert.ok(pageOf('Signatures') > pageOf('Answer:'), `${format}: the signatures come after the answers`);
    assert.ok(!pages[pageOf('Signatures')].includes('Answer:'), `${format}: the signatures start a new page`);
    // The seeded 64 × 48 JPEG is printed, on a page of the answers.
    assert.ok(images.some((i) => i.width === 64 && i.height === 48 && i.page - 1 >= pageOf('Answer:')),
      `${format}: the photo is printed (${JSON.stringify(images)})`);
  }
  assert.match(sizes.A4, /A4/);
  assert.match(sizes.Letter, /letter/i);

  // Arabic: right to left, Arabic headings, still accessible.
  await page.locator('.language-switcher select').selectOption('ar');
  await page.locator('#report-answers-title', { hasText: 'الإجابات' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.locator('#report-signatures-title').textContent(), 'التوقيعات');
  assert.equal(await page.locator('.report-signatory', { hasText: FATIMA[0] }).locator('.status').textContent(), 'لم يوقّع');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await page.locator('.language-switcher select').selectOption('en');

  assert.deepEqual(problems, []);
  await context.close();
});

test('a changed signed document shows its signature as not verifying, and a photo not on the device says so', async () => {
  const { context, page, problems } = await device();
  await page.goto(`${live.server.url}#/identities`);
  await createIdentity(page, AMINA[0], 'Audit Partners', 'Auditor');
  const { id, photo } = await seedAuditWithFindingAndPhoto(page, { storePhoto: false });
  await page.goto(`${live.server.url}#/audit/${id}`);
  await finalizeThroughReview(page);
  await page.selectOption('#signatory-choice', { label: AMINA[1] });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: `Sign as ${AMINA[0]}` }).click();
  await page.locator('.signatory', { hasText: AMINA[0] }).locator('.status').filter({ hasText: 'Signed' }).waitFor();

  // Someone edits the stored signed document: the site changes, the proof stays.
  const tampered = (await storedAuditText(page, id)).replace('"Plant 2"', '"Plant 3"');
  assert.ok(tampered.includes('"Plant 3"'));
  await putRaw(page, 'audits', id, tampered);
  await openReport(page, id);
  const signatory = page.locator('.report-signatory', { hasText: AMINA[0] });
  assert.equal(await signatory.getAttribute('class'), 'report-signatory invalid');
  assert.match(await signatory.locator('.status').textContent(), /^Signature does not verify/);
  assert.equal(await page.locator('.report-signatory.signed').count(), 0, 'an invalid proof never counts as signed');
  assert.equal(await shownHash(page), canonicalSha256(tampered), 'the hash is of what is stored, changed or not');

  const missing = page.locator(`.report-photo[data-sha256="${photo.sha256}"] .photo-missing`);
  await missing.waitFor();
  assert.match(await missing.textContent(), new RegExp(`^Photo ${photo.sha256.slice(0, 12)}… is not on this device`));
  assert.equal(await page.locator('.report-photo img').count(), 0);

  assert.deepEqual(problems, []);
  await context.close();
});
