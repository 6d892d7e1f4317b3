// Bundles (.zip of an audit and its photos) between two devices (two browser contexts with
// their own IndexedDB): a signed audit with two photos travels byte for byte and exports again
// to the very same zip; taking it in twice adds nothing; a changed photo byte, names that climb
// out of a folder, an oversized entry, too many entries and a zip bomb are refused with a
// sentence and change nothing. The spreadsheets carry a BOM and the Arabic question text.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AUDIT_CLI, eventually, seriousAxeViolations, storedAuditText, useBrowserAndServer, watchForProblems,
} from './harness.mjs';
import { createIdentity, finalizeAndSign, startAudit } from './signing-steps.mjs';
import { attachPhotos, deviceSnapshot, storeNoiseJpegs, storedPhotos } from './bundle-helpers.mjs';
import { putRaw } from './audit-list-helpers.mjs';
import { zip } from './zip-fixtures.mjs';

const CHECKLIST = JSON.parse(await readFile('static/checklists/supplier-due-diligence.json', 'utf8'));
const QUESTIONS = CHECKLIST.sections.flatMap((s) => s.questions);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const MB = 1024 * 1024;

const live = useBrowserAndServer();
let scratch;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'bundle-e2e-'));
});

async function device() {
  const context = await live.browser.newContext({ acceptDownloads: true, viewport: { width: 820, height: 1180 } });
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  return { context, page, problems };
}

/** Clicks `button` and returns the downloaded file's path and bytes. */
async function download(page, button, file) {
  const [item] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(scratch, file);
  await item.saveAs(path);
  return { path, bytes: await readFile(path), suggested: item.suggestedFilename() };
}

/** Takes `bytes` in as `name` on the home screen; returns the path. */
async function takeIn(page, name, bytes) {
  const path = join(scratch, name);
  await writeFile(path, bytes);
  await page.goto(live.server.url);
  await page.locator('.bin').waitFor();
  await page.setInputFiles('#import-signed', path);
  return path;
}

/** The alert naming `file`, once it shows. */
async function alertFor(page, file) {
  const alert = page.getByRole('alert').filter({ hasText: file });
  await alert.waitFor();
  return alert.textContent();
}

const cli = (...args) => spawnSync(AUDIT_CLI, args, { encoding: 'utf8' });

test('a signed audit with two photos travels as a bundle, byte for byte, and hostile zips are refused', async () => {
  const a = await device();
  await a.page.goto(`${live.server.url}#/identities`);
  await createIdentity(a.page, 'Amina Diallo', 'Audit Partners', 'Auditor');
  const id = await startAudit(a.page, live.server.url);
  await eventually(async () => JSON.parse(await storedAuditText(a.page, id)).answers.A1, 5000, 'A1 saved');
  await a.page.goto(live.server.url);
  await a.page.locator('.bin').waitFor();
  const photos = await storeNoiseJpegs(a.page, { count: 2, width: 64, height: 48, quality: 0.8 });
  await attachPhotos(a.page, id, { A1: photos });
  await a.page.goto(`${live.server.url}#/audit/${id}`);
  await finalizeAndSign(a.page, { name: 'Amina Diallo', label: 'Auditor: Amina Diallo (Audit Partners)' });

  assert.deepEqual(await seriousAxeViolations(a.page), [], 'the audit page with its export buttons');
  for (const button of ['Export bundle (.zip)', 'Export answers (CSV)', 'Export actions (CSV)']) {
    const box = await a.page.getByRole('button', { name: button }).boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `${button}: ${box.width}×${box.height}`);
  }
  const exported = await download(a.page, 'Export bundle (.zip)', 'a.zip');
  assert.match(exported.suggested, /\.zip$/);
  const textA = await storedAuditText(a.page, id);
  const photosA = await storedPhotos(a.page);
  assert.equal(Object.keys(photosA).length, 2);
  assert.match(textA, /"proof"/, 'signed');

  const verified = cli('verify', exported.path);
  assert.equal(verified.status, 0, verified.stdout + verified.stderr);
  assert.match(verified.stdout, /VALID \(1 proof\(s\)\)\n {2}2 photo\(s\) match their SHA-256/);
  const inspected = cli('inspect', exported.path);
  assert.equal(inspected.status, 0, inspected.stdout + inspected.stderr);
  assert.match(inspected.stdout, /\(4 entries\)/, 'audit.json, checklist.json and two photos');

  // Device B, empty: the bundle brings the audit, its photos and its checklist.
  const b = await device();
  await takeIn(b.page, 'from-a.zip', exported.bytes);
  await b.page.waitForURL(new RegExp(`#/audit/${id}$`));
  await b.page.locator('.signing-panel').waitFor();
  assert.equal(await storedAuditText(b.page, id), textA, 'the stored text, byte for byte');
  assert.deepEqual(await storedPhotos(b.page), photosA, 'the photo bytes');
  const again = await download(b.page, 'Export bundle (.zip)', 'b.zip');
  assert.ok(again.bytes.equals(exported.bytes), 'export, take in, export: the same zip');

  // The same bundle again: nothing new, and the app says so.
  const before = await deviceSnapshot(b.page);
  await takeIn(b.page, 'again.zip', exported.bytes);
  assert.match(await alertFor(b.page, 'again.zip'), /already on this device\. Nothing was added\.$/);
  assert.deepEqual(await deviceSnapshot(b.page), before);

  // One photo byte changed, re-zipped with a correct CRC: audit-cli and the app both refuse it.
  const [first, second] = photos;
  const changed = Buffer.from(photosA[first.sha256], 'base64');
  changed[changed.length >> 1] ^= 0x01;
  const tampered = zip([
    { name: 'audit.json', data: Buffer.from(textA), deflate: true },
    { name: `photos/${first.sha256}.jpg`, data: changed },
    { name: `photos/${second.sha256}.jpg`, data: Buffer.from(photosA[second.sha256], 'base64') },
  ]);
  const tamperedPath = await takeIn(b.page, 'tampered.zip', tampered);
  const rejected = cli('verify', tamperedPath);
  assert.equal(rejected.status, 1);
  assert.match(rejected.stdout, new RegExp(`INVALID: bundle: photo "photos/${first.sha256}\\.jpg" does not match`));
  assert.match(await alertFor(b.page, 'tampered.zip'),
    new RegExp(`^tampered\\.zip: The bundle was refused and nothing was changed on this device: photo photos/${first.sha256}\\.jpg does not match`));
  assert.deepEqual(await deviceSnapshot(b.page), before);

  // Hostile zips, each refused with its own sentence; nothing stored changes.
  const small = { name: 'audit.json', data: Buffer.from(textA), deflate: true };
  const hostile = [
    ['dotdot.zip', [small, { name: '../evil.json', data: Buffer.from('{}') }], /entry \.\.\/evil\.json would be written outside/],
    ['absolute.zip', [small, { name: '/abs.json', data: Buffer.from('{}') }], /entry \/abs\.json would be written outside/],
    ['huge-entry.zip', [{ name: 'audit.json', data: Buffer.alloc(21 * MB, 0x20) }], /entry audit\.json is 22020096 bytes; no entry of a bundle may exceed 20 MB/],
    ['many.zip', Array.from({ length: 1001 }, (_, i) => ({ name: `e${i}`, data: Buffer.alloc(0) })), /the file has 1001 entries; a bundle has at most 1,000/],
    ['bomb.zip', [{ name: 'audit.json', data: Buffer.alloc(8 * MB), deflate: true }], /entry audit\.json expands to more than 100 times/],
    ['lying-bomb.zip', [{ name: 'audit.json', data: Buffer.alloc(8 * MB), deflate: true, declaredSize: 100 }], /entry audit\.json (expands to more than 100 times|could not be read)/],
  ];
  for (const [file, entries, sentence] of hostile) {
    await takeIn(b.page, file, zip(entries));
    const message = await alertFor(b.page, file);
    assert.match(message, /The bundle was refused and nothing was changed on this device: /, file);
    assert.match(message, sentence, `${file}: ${message}`);
    assert.deepEqual(await deviceSnapshot(b.page), before, file);
  }

  // Spreadsheets in Arabic: a BOM, then the question text as the checklist gives it.
  await a.page.selectOption('#language', 'ar');
  const answers = await download(a.page, 'تصدير الإجابات (CSV)', 'answers-ar.csv');
  assert.ok(answers.bytes.subarray(0, 3).equals(BOM), 'a byte-order mark first');
  const csv = answers.bytes.subarray(3).toString('utf8');
  const a1 = QUESTIONS.find((q) => q.id === 'A1');
  assert.ok(csv.includes(a1.text.ar), 'the Arabic question text');
  assert.ok(csv.includes(`${photos[0].sha256} ${photos[1].sha256}`) || csv.includes(`${photos[1].sha256} ${photos[0].sha256}`));
  const actions = await download(a.page, 'تصدير الإجراءات (CSV)', 'actions-ar.csv');
  assert.ok(actions.bytes.subarray(0, 3).equals(BOM));
  assert.ok(actions.bytes.subarray(3).toString('utf8').startsWith('معرّف الإجراء,'));
  await a.page.selectOption('#language', 'en');

  assert.deepEqual([...a.problems, ...b.problems], []);
  await Promise.all([a.context.close(), b.context.close()]);
});

test('measured: the bundle of a 90-answer audit with 20 photos of 2048×1536 noise', async () => {
  const { context, page, problems } = await device();
  const id = await startAudit(page, live.server.url);
  await eventually(async () => JSON.parse(await storedAuditText(page, id)).answers.A1, 5000, 'A1 saved');
  await page.goto(live.server.url);
  await page.locator('.bin').waitFor();
  const photos = await storeNoiseJpegs(page, { count: 20, width: 2048, height: 1536, quality: 0.8 });
  // 90 answers: every compliance question "no" with a note, then numbers and choices.
  const valueOf = {
    compliance: () => 'no',
    number: () => 3,
    text: () => 'Written in the site register.',
    single_choice: (q) => q.options[0].id,
    multiple_choice: (q) => [q.options[0].id],
  };
  const answered = QUESTIONS.filter((q) => valueOf[q.type]).slice(0, 90);
  assert.equal(answered.length, 90);
  const record = JSON.parse(await storedAuditText(page, id));
  for (const question of answered) {
    record.answers[question.id] = { value: valueOf[question.type](question), note: `Seen on site for ${question.id}: see the photos.` };
  }
  await putRaw(page, 'audits', id, JSON.stringify(record));
  const placed = {};
  photos.forEach((photo, i) => {
    const question = answered[i % 10].id;
    placed[question] = [...(placed[question] ?? []), photo];
  });
  await attachPhotos(page, id, placed);
  await page.goto(`${live.server.url}#/audit/${id}`);
  const started = Date.now();
  const bundle = await download(page, 'Export bundle (.zip)', 'long.zip');
  const took = Date.now() - started;
  const photoBytes = photos.reduce((sum, p) => sum + p.size, 0);
  console.log(`bundle of ${answered.length} answered questions (checklist of ${QUESTIONS.length}) with 20 photos`
    + ` of 2048×1536 noise at quality 0.8: ${bundle.bytes.length} bytes (${(bundle.bytes.length / MB).toFixed(1)} MB;`
    + ` photos ${photoBytes} bytes), exported in ${took} ms`);
  assert.ok(bundle.bytes.length > photoBytes, 'every photo is in the bundle');
  assert.ok(bundle.bytes.length < photoBytes + 512 * 1024, 'the JSON and zip overhead stay small');
  const checked = cli('inspect', bundle.path);
  assert.equal(checked.status, 0, checked.stdout + checked.stderr);
  assert.equal(checked.stdout.match(/SHA-256 matches/g).length, 20);
  assert.deepEqual(problems, []);
  await context.close();
});
