// One evidence trail through the screens an auditor uses, as issue 11 asks: a 4000×3000 photo
// with GPS in its EXIF and a "No" on a critical question with its corrective action are signed;
// both show in the printed report, the action in the actions spreadsheet; the bundle carries the
// photo, and one changed byte in it makes `audit-cli verify` fail; a follow-up visit copies the
// action. The other e2e files test each part in depth; this one checks that they join up.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AUDIT_CLI, answerButton, eventually, storedAudit, storedAuditText, useBrowserAndServer, watchForProblems,
} from './harness.mjs';
import { createIdentity, finalizeAndSign, startAudit } from './signing-steps.mjs';
import { EXIF_HEADER, attachPhoto, makeJpegWithGps, storedPhoto } from './photo-helpers.mjs';
import { exportAudit, pdfText } from './report-helpers.mjs';
import { zip } from './zip-fixtures.mjs';

const live = useBrowserAndServer();
let scratch;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'evidence-trail-'));
});

const cli = (...args) => spawnSync(AUDIT_CLI, args, { encoding: 'utf8' });
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

test('a photo and a corrective action are signed, printed, exported, bundled and followed up', async () => {
  const context = await live.browser.newContext({ acceptDownloads: true, viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  await page.goto(`${live.server.url}#/identities`);
  await createIdentity(page, 'Amina Diallo', 'Audit Partners', 'Auditor');
  const id = await startAudit(page, live.server.url);
  await page.fill('#header-supplier', 'Trail Garments');

  // The photo: 4000×3000 with GPS, stored re-encoded, small, without EXIF, under its hash.
  const original = await makeJpegWithGps(page, 4000, 3000);
  assert.ok(original.includes(EXIF_HEADER), 'the picked file carries EXIF');
  await attachPhoto(page, 'E1', { name: 'passports.jpg', mimeType: 'image/jpeg', buffer: original });
  const [photo] = await eventually(async () => (await storedAudit(page, id))?.answers?.E1?.photos, 30_000, 'the photo in the record');
  const stored = await storedPhoto(page, photo.sha256);
  assert.ok(stored.bytes.length <= 1.5 * 1024 * 1024, `${stored.bytes.length} bytes`);
  assert.ok(Math.max(stored.width, stored.height) <= 2048);
  assert.ok(!stored.bytes.includes(EXIF_HEADER), 'no EXIF left');
  assert.equal(sha256(stored.bytes), photo.sha256);

  // The finding and its plan: "Add an action" proposes the containment step and the fix.
  await answerButton(page, 'E1', 'no').click();
  await page.locator('[data-question="E1"] .finding-actions').click();
  const finding = page.locator('.finding-card[data-finding="E1"]');
  await finding.getByRole('button', { name: 'Add an action to finding E1' }).click();
  const fix = page.locator('.findings-panel .corrective-action').nth(1);
  await fix.locator('.action-what').fill('Lockers for documents, keys with the workers');
  await fix.locator('.action-owner').fill('Site director');
  const [, action] = await eventually(async () => {
    const actions = (await storedAudit(page, id))?.actions;
    return actions?.[1]?.owner === 'Site director' && actions;
  }, 5000, 'the action saved');

  await page.goto(`${live.server.url}#/audit/${id}`);
  await finalizeAndSign(page, { name: 'Amina Diallo', label: 'Auditor: Amina Diallo (Audit Partners)' });
  const signed = JSON.parse(await storedAuditText(page, id));
  assert.ok(signed.proof, 'signed');
  assert.deepEqual(signed.answers.E1.photos, [photo], 'the signature covers the photo');
  assert.equal(signed.actions[1].what, action.what, 'and the action');

  // The actions spreadsheet lists the action.
  const actionsCsv = await readFile(await exportAudit(page, 'Export actions (CSV)', scratch, 'actions.csv'), 'utf8');
  assert.ok(actionsCsv.includes(action.id) && actionsCsv.includes(action.what), 'the action in the CSV');

  // The bundle verifies; one photo byte changed, it does not.
  const bundlePath = await exportAudit(page, 'Export bundle (.zip)', scratch, 'trail.zip');
  const verified = cli('verify', bundlePath);
  assert.equal(verified.status, 0, verified.stdout + verified.stderr);
  const changed = Buffer.from(stored.bytes);
  changed[changed.length >> 1] ^= 0x01;
  const tamperedPath = join(scratch, 'tampered.zip');
  await writeFile(tamperedPath, zip([
    { name: 'audit.json', data: Buffer.from(await storedAuditText(page, id)), deflate: true },
    { name: `photos/${photo.sha256}.jpg`, data: changed },
  ]));
  const rejected = cli('verify', tamperedPath);
  assert.equal(rejected.status, 1);
  assert.match(rejected.stdout, new RegExp(`photos/${photo.sha256}\\.jpg" does not match`));

  // The printed report shows the photo, the finding's action and the supplier.
  await page.goto(`${live.server.url}#/audit/${id}/report`);
  const thumbnail = page.locator('.report img[src^="blob:"]').first();
  await thumbnail.waitFor();
  assert.equal(await thumbnail.evaluate((img) => img.decode().then(() => img.naturalWidth > 0)), true);
  const printed = await pdfText(page, 'A4', scratch);
  for (const expected of ['Trail Garments', action.what, 'Site director']) {
    assert.ok(printed.text.includes(expected), `the report prints "${expected}"`);
  }
  assert.ok(printed.images.length >= 1, 'the photo is printed');

  // A follow-up visit copies the action, pointing back to it.
  await page.goto(`${live.server.url}#/audit/${id}`);
  await page.getByRole('button', { name: 'Start a follow-up visit' }).click();
  await page.waitForURL((url) => /#\/audit\/[0-9a-f-]{36}$/.test(url.hash) && !url.hash.includes(id));
  const followUp = page.url().split('/').pop();
  const copied = await eventually(async () => (await storedAudit(page, followUp))?.actions, 5000, 'the follow-up saved');
  assert.ok(copied.some((a) => a.follows === action.id && a.what === action.what), 'the action is copied');
  assert.deepEqual(problems, []);
  await context.close();
});
