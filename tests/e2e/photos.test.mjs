// Evidence photos against the release build: re-encoded on the device (no EXIF, no GPS, at
// most 2048 px), stored as Blobs named by their SHA-256, that hash in the record and the
// export; viewed, captioned, deleted while a draft, kept once finalized; limits and bad files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  eventually, putInDatabase, seriousAxeViolations, showQuestion, smallTargets, storedAudit, storedAuditText,
  useBrowserAndServer, watchForProblems,
} from './harness.mjs';
import { DATABASE_VERSION } from './audit-list-helpers.mjs';
import { finalizeThroughReview } from './signing-steps.mjs';
import {
  CAMERA_SERIAL, EXIF_HEADER, LATITUDE_BYTES, attachPhoto, makeJpegWithGps, storedPhoto,
} from './photo-helpers.mjs';

const live = useBrowserAndServer();
const ALL_TYPES = resolve('crates/audit-core/tests/fixtures/all-types-checklist.json');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const storedPhotos = async (page, id, question) => (await storedAudit(page, id))?.answers?.[question]?.photos ?? [];

/** A tablet held upright, with the all-types checklist loaded and an audit of it started. */
async function startAllTypesAudit() {
  const context = await live.browser.newContext({ acceptDownloads: true, viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  await page.goto(live.server.url);
  await page.setInputFiles('#checklist-file', ALL_TYPES);
  await page.locator('[data-checklist="all-types"] button.start').click();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  await page.locator('[data-question]').first().waitFor();
  return { context, page, problems, id: page.url().split('/').pop() };
}

async function exportAudit(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.export').click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

test('a 4000×3000 photo with GPS is stored re-encoded, without EXIF, under the hash the record and export name', async () => {
  const { context, page, problems, id } = await startAllTypesAudit();
  const card = await showQuestion(page, 'C1');
  // Two labelled buttons: the tablet's back camera, or any number of files.
  await card.getByRole('button', { name: 'Take a photo' }).waitFor();
  await card.getByRole('button', { name: 'Choose photos from files' }).waitFor();
  const camera = card.locator('input[data-photo-input="camera"]');
  assert.deepEqual(await camera.evaluate((i) => [i.accept, i.getAttribute('capture'), i.multiple]), ['image/*', 'environment', false]);
  assert.deepEqual(await card.locator('input[data-photo-input="files"]').evaluate((i) => [i.accept, i.multiple]), ['image/*', true]);
  assert.match(await card.locator('.photo-privacy').textContent(), /re-encoded on this device.*GPS.*faces/);
  const original = await makeJpegWithGps(page, 4000, 3000);
  // The input really carries what must go: otherwise the checks below could not fail.
  assert.ok(original.includes(EXIF_HEADER) && original.includes(LATITUDE_BYTES) && original.includes(CAMERA_SERIAL));

  const started = Date.now();
  await attachPhoto(page, 'C1', { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: original });
  const thumbnail = card.locator('.photo-gallery img');
  await eventually(() => thumbnail.evaluate((img) => img.complete && img.naturalWidth > 0).catch(() => false), 20000, 'the thumbnail');
  const encodeMs = Date.now() - started;

  const [photo] = await eventually(() => storedPhotos(page, id, 'C1').then((p) => p.length === 1 && p), 5000, 'the photo in the record');
  assert.equal(photo.media_type, 'image/jpeg');
  assert.equal(photo.slot, undefined, 'a photo of the question, not of a slot');
  const stored = await storedPhoto(page, photo.sha256);
  assert.ok(stored, 'the bytes are in the photos store');
  assert.equal(stored.type, 'image/jpeg');
  assert.equal(sha256(stored.bytes), photo.sha256, 'named by the SHA-256 of exactly the stored bytes');
  assert.equal(stored.bytes.length, photo.size);
  assert.ok(stored.bytes.length <= 1.5 * 1024 * 1024, `stored ${stored.bytes.length} bytes`);
  assert.deepEqual([stored.width, stored.height], [2048, 1536], 'long edge 2048 px, proportions kept');
  assert.ok(!stored.bytes.includes(EXIF_HEADER), 'no EXIF segment');
  assert.ok(!stored.bytes.includes(LATITUDE_BYTES), 'no GPS position');
  assert.ok(!stored.bytes.includes(CAMERA_SERIAL), 'no camera serial');
  console.log(`photo: input ${original.length} B 4000×3000 → stored ${stored.bytes.length} B ${stored.width}×${stored.height}, attach-to-thumbnail ${encodeMs} ms`);
  assert.equal(await thumbnail.getAttribute('loading'), 'lazy');
  assert.equal(await thumbnail.getAttribute('decoding'), 'async');

  // Full size in a dialog; Esc closes it and gives focus back to the thumbnail.
  await card.locator('a.photo-thumb').click();
  const viewer = page.locator('dialog.photo-viewer[open]');
  await viewer.waitFor();
  assert.equal(await viewer.locator('img').evaluate((img) => img.naturalWidth), 2048);
  assert.deepEqual(await smallTargets(page, { within: 'dialog.photo-viewer' }), []);
  assert.deepEqual(await seriousAxeViolations(page), [], 'the open viewer');
  await page.keyboard.press('Escape');
  await viewer.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'photo-thumb');

  await card.locator('input.photo-caption').fill('Fire exit blocked by boxes');
  await eventually(async () => (await storedPhotos(page, id, 'C1'))[0]?.caption === 'Fire exit blocked by boxes', 5000, 'the caption saved');

  const exported = await exportAudit(page);
  assert.deepEqual(exported.answers.C1.photos, [{ ...photo, caption: 'Fire exit blocked by boxes' }]);

  assert.deepEqual(await seriousAxeViolations(page), [], 'the audit page with a photo');
  assert.deepEqual(await smallTargets(page, { within: '[data-question="C1"] .photos' }), []);

  // A second photo, deleted after confirming; the first stays.
  await attachPhoto(page, 'C1', { name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: await makeJpegWithGps(page, 640, 480, 2) });
  await eventually(() => storedPhotos(page, id, 'C1').then((p) => p.length === 2), 20000, 'the second photo');
  assert.match(await card.locator('.photo-left').textContent(), /^8 of 10 photos left/);
  const focused = () => page.evaluate(() => document.activeElement?.className);
  // Keyboard: Enter asks, focus goes to Cancel; Cancel puts focus back on the button.
  await card.getByRole('button', { name: 'Delete photo 2' }).press('Enter');
  await eventually(async () => (await focused()) === 'photo-delete-no', 3000, 'focus on Cancel');
  assert.deepEqual(await smallTargets(page, { within: '[data-question="C1"] .photos' }), [], 'with the delete question open');
  await page.keyboard.press('Enter');
  await eventually(async () => (await focused()) === 'photo-delete', 3000, 'focus back on the delete button');
  assert.equal((await storedPhotos(page, id, 'C1')).length, 2, 'cancelling kept the photo');
  await card.getByRole('button', { name: 'Delete photo 2' }).click();
  await card.locator('.photo-delete-yes').click();
  await eventually(() => storedPhotos(page, id, 'C1').then((p) => p.length === 1 && p[0].sha256 === photo.sha256), 5000, 'photo 2 deleted');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.question), 'C1', 'focus on the card');
  assert.equal(await card.locator('li.photo').count(), 1);

  // The same record naming bytes this device does not have (a JSON import, not a bundle).
  const stranger = JSON.parse(await storedAuditText(page, id));
  const strangerId = '5d4c3b2a-1908-4f7e-8d6c-5b4a39281706';
  stranger.id = strangerId;
  stranger.answers.C1.photos[0].sha256 = 'ab'.repeat(32);
  // And one in a slot C1 cannot have: shown with the question's photos, not hidden.
  stranger.answers.C1.photos.push({ sha256: 'cd'.repeat(32), media_type: 'image/jpeg', size: 10, slot: 4 });
  await putInDatabase(page, { version: DATABASE_VERSION, stores: [], store: 'audits', key: strangerId, value: JSON.stringify(stranger) });

  await finalizeThroughReview(page);
  await page.locator('.finalized-banner').waitFor();
  const finalized = await showQuestion(page, 'C1');
  assert.equal(await finalized.locator('.photo-delete').count(), 0, 'no delete button once finalized');
  assert.equal(await finalized.locator('.photo-picker').count(), 0, 'no new photos once finalized');
  assert.equal(await finalized.locator('li.photo img').count(), 1);
  // Still viewable: the dialog lives outside the disabled form, so its button works.
  await finalized.locator('a.photo-thumb').click();
  await viewer.waitFor();
  await viewer.getByRole('button', { name: 'Close' }).click();
  await viewer.waitFor({ state: 'detached' });
  assert.equal((await storedAudit(page, id)).answers.C1.photos.length, 1, 'finalizing kept the photo');

  await page.goto(`${live.server.url}#/audit/${strangerId}/question/C1`);
  const missing = page.locator('[data-question="C1"] .photo-missing');
  // The form is drawn again once this tab holds the audit's lock and has read it again: its
  // photos are looked up anew, so both are waited for, not just the first one seen.
  await eventually(async () => (await missing.count()) === 2, 5000, 'both missing photos shown');
  assert.deepEqual(await missing.allTextContents(), ['Photo not on this device', 'Photo not on this device']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an evidence slot takes photos up to max_photos, then the refusal says why; a non-image file is named', async () => {
  const { context, page, problems, id } = await startAllTypesAudit();
  const card = await showQuestion(page, 'P3');
  // An evidence question takes its photos in its slots.
  assert.equal(await card.locator('.photo-picker').count(), 0, 'no slot yet, so no photo buttons');
  await card.getByRole('button', { name: 'Add a photo slot' }).click();
  await card.locator('.photo-picker[data-slot="0"]').waitFor();
  assert.match(await card.locator('.photo-picker[data-slot="0"] .photo-left').textContent(), /^3 of 3 photos left/);

  // From the keyboard: Enter on the button opens the file chooser.
  const choose = card.locator('.photo-picker[data-slot="0"] .photo-choose');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10000 }), choose.press('Enter')]);
  assert.ok(chooser.isMultiple());
  await chooser.setFiles({ name: 'IMG_1.heic', mimeType: 'image/heic', buffer: Buffer.from('ftypheic, not decodable here') });
  const problem = card.locator('.photo-problem');
  await problem.waitFor();
  assert.equal(await problem.textContent(), 'IMG_1.heic could not be read as an image; choose a JPEG or PNG photo.');
  assert.deepEqual(await storedPhotos(page, id, 'P3'), [], 'nothing attached');

  const photos = [];
  for (let seed = 10; seed < 14; seed += 1) {
    photos.push({ name: `slot-${seed}.jpg`, mimeType: 'image/jpeg', buffer: await makeJpegWithGps(page, 800, 600, seed) });
  }
  await attachPhoto(page, 'P3', photos, 0);
  const refusal = 'Question P3 can hold at most 3 photos; remove one before adding another.';
  await page.locator('.notice', { hasText: refusal }).first().waitFor({ timeout: 20000 });
  const kept = await eventually(() => storedPhotos(page, id, 'P3').then((p) => p.length === 3 && p), 5000, 'three photos');
  assert.deepEqual(kept.map((p) => p.slot), [0, 0, 0], 'all in slot 1');
  assert.deepEqual(kept.map((p) => p.sha256).sort(), (await Promise.all(kept.map(async (p) => sha256((await storedPhoto(page, p.sha256)).bytes)))).sort());
  assert.equal(await card.locator('.table-row[data-row="0"] li.photo').count(), 3, 'shown in their slot');
  assert.equal(await card.locator('.photo-picker[data-slot="0"] .photo-limit').textContent(), refusal);
  assert.equal(await card.locator('.photo-picker[data-slot="0"] button').count(), 0, 'no way to add a fourth');
  assert.equal(await card.locator('.photo-picker').count(), 1, 'none for the question itself');
  assert.deepEqual(await seriousAxeViolations(page), [], 'the evidence question with photos');
  assert.deepEqual(await smallTargets(page, { within: '[data-question="P3"] .photos' }), []);

  // Right to left: the same card in Arabic, still within the limits and the targets.
  await page.selectOption('#language', 'ar');
  await eventually(async () => (await page.getAttribute('html', 'dir')) === 'rtl', 3000, 'dir=rtl');
  assert.deepEqual(await smallTargets(page, { within: '[data-question="P3"] .photos' }), []);
  assert.deepEqual(problems, []);
  await context.close();
});
