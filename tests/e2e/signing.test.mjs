// Two devices (two browser contexts) co-sign one audit; audit-cli and an independent
// Node verifier check the result, and a changed copy is rejected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AUDIT_CLI, answerButton, launch, serve, watchForProblems } from './harness.mjs';
import { createIdentity, finalizeThroughReview } from './signing-steps.mjs';
import { verifyDocument } from '../../scripts/verify-di.mjs';

let browser;
let server;
let scratch;
before(async () => {
  [browser, server, scratch] = await Promise.all([launch(), serve(), mkdtemp(join(tmpdir(), 'signing-e2e-'))]);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function device() {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watchForProblems(page, server.url);
  await page.goto(`${server.url}#/identities`);
  return { context, page, problems };
}

async function download(page, buttonName, file) {
  const [item] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const path = join(scratch, file);
  await item.saveAs(path);
  return path;
}

const statusOf = (page, name) => page.locator('.signatory', { hasText: name }).locator('.status');
const cli = (...args) => spawnSync(AUDIT_CLI, args, { encoding: 'utf8' });

test('auditor and union co-sign on two devices; the result verifies and a changed copy does not', async () => {
  const auditor = await device();
  const union = await device();

  await createIdentity(union.page, 'Fatima Zahra', "Textile Workers' Union", 'UnionRepresentative');
  const unionCard = await download(union.page, 'Export identity card', 'union-card.json');
  const card = JSON.parse(await readFile(unionCard, 'utf8'));
  assert.deepEqual(Object.keys(card).sort(), ['did', 'format', 'name', 'organisation', 'role']);
  assert.match(card.did, /^did:key:z6Mk/);
  assert.match(await union.page.locator('.identity-card .meta').textContent(), /Non-extractable WebCrypto Ed25519 key/);
  await union.page.getByRole('button', { name: 'Show QR code' }).click();
  assert.match(await union.page.locator('img.qr-code').getAttribute('src'), /^data:image\/svg\+xml,/);

  await createIdentity(auditor.page, 'Amina Diallo', 'Audit Partners', 'Auditor');
  await auditor.page.setInputFiles('#import-card', unionCard);
  await auditor.page.locator('.contact', { hasText: 'Fatima Zahra' }).waitFor();

  // The auditor answers, finalizes, lists both signatories and signs.
  const page = auditor.page;
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Start a new audit' }).first().click();
  await page.waitForURL(/#\/audit\//);
  await page.fill('#header-supplier', 'Acme Textiles');
  await answerButton(page, 'A1', 'yes').click();
  await answerButton(page, 'E1', 'no').click();
  await finalizeThroughReview(page);
  assert.equal(await answerButton(page, 'A1', 'no').isDisabled(), true);
  for (const [name, label] of [['Amina Diallo', 'Auditor: Amina Diallo (Audit Partners)'],
    ['Fatima Zahra', "Union representative: Fatima Zahra (Textile Workers' Union)"]]) {
    await page.selectOption('#signatory-choice', { label });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('.signatory', { hasText: name }).waitFor();
  }
  await page.getByRole('button', { name: 'Sign as Amina Diallo' }).click();
  await statusOf(page, 'Amina Diallo').filter({ hasText: 'Signed' }).waitFor();
  assert.equal(await statusOf(page, 'Fatima Zahra').textContent(), 'Not signed yet');
  assert.equal(await page.locator('#signatory-choice').count(), 0, 'the list is fixed after the first signature');
  const auditorCopy = await download(page, 'Export signed audit (JSON)', 'auditor-signed.json');

  // The union's device takes the file in, sees who signed, and co-signs.
  await union.page.goto(server.url);
  await union.page.setInputFiles('#import-signed', auditorCopy);
  await union.page.waitForURL(/#\/audit\//);
  await statusOf(union.page, 'Amina Diallo').filter({ hasText: 'Signed' }).waitFor();
  assert.equal(await statusOf(union.page, 'Fatima Zahra').textContent(), 'Not signed yet');
  await union.page.getByRole('button', { name: 'Sign as Fatima Zahra' }).click();
  await statusOf(union.page, 'Fatima Zahra').filter({ hasText: 'Signed' }).waitFor();
  // The report is a child component: it may paint a moment after the status line.
  await union.page.locator('.verdict', { hasText: /^Valid/ }).waitFor();
  const final = await download(union.page, 'Export signed audit (JSON)', 'co-signed.json');

  // The auditor's device merges the union's copy: the union of both proof sets.
  await page.goto(server.url);
  await page.setInputFiles('#import-signed', final);
  await statusOf(page, 'Fatima Zahra').filter({ hasText: 'Signed' }).waitFor();

  const verified = cli('verify', final);
  assert.equal(verified.status, 0, verified.stdout + verified.stderr);
  assert.match(verified.stdout, /VALID \(2 proof\(s\)\)/);
  assert.equal(verifyDocument(JSON.parse(await readFile(final, 'utf8'))).valid, true, 'an independent verifier agrees');

  // One answer changed: both proofs fail, and each is named.
  const changed = (await readFile(final, 'utf8')).replace('"value": "no"', '"value": "yes"');
  const tampered = join(scratch, 'tampered.json');
  await writeFile(tampered, changed);
  const rejected = cli('verify', tampered);
  assert.equal(rejected.status, 1);
  assert.match(rejected.stdout, /proof 1: Auditor Amina Diallo \(Audit Partners\).*INVALID: the signature does not match/);
  assert.match(rejected.stdout, /proof 2: Union representative Fatima Zahra .*INVALID: the signature does not match/);
  assert.equal(verifyDocument(JSON.parse(changed)).valid, false);

  // Taking the changed copy in on the auditor's device is refused before anything is read or
  // written: its proofs are verified first.
  await page.goto(server.url);
  await page.setInputFiles('#import-signed', tampered);
  assert.match(await page.getByRole('alert').textContent(), /^tampered\.json: proof 1: the signature does not match: .*; nothing was changed$/);
  await page.locator('a.saved-audit', { hasText: 'Acme Textiles' }).click();
  await statusOf(page, 'Fatima Zahra').filter({ hasText: 'Signed' }).waitFor();
  assert.equal(await answerButton(page, 'E1', 'no').getAttribute('aria-pressed'), 'true');

  // The Verify screen shows the same.
  await page.goto(`${server.url}#/verify`);
  await page.setInputFiles('#verify-file', tampered);
  await page.locator('.verdict').waitFor();
  assert.match(await page.locator('.verdict').textContent(), /^Not valid: proof 1: the signature does not match/);
  assert.equal(await page.locator('.proof.invalid').count(), 2);

  assert.deepEqual([...auditor.problems, ...union.problems], []);
  await Promise.all([auditor.context.close(), union.context.close()]);
});

test('a trust list names known signers, and deleting an identity asks first', async () => {
  const { context, page, problems } = await device();
  await createIdentity(page, 'Jean Martin', 'Labour Inspectorate', 'Witness');
  const did = await page.locator('.identity-card code.did').textContent();

  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  assert.equal(await page.locator('.identity-card').count(), 1);
  await page.getByRole('button', { name: 'Delete…' }).click();
  assert.match(await page.getByRole('alertdialog').textContent(), /cannot be recovered/);
  await page.getByRole('button', { name: 'Delete for good' }).click();
  await page.locator('.identity-card').waitFor({ state: 'detached' });

  const list = join(scratch, 'trust.json');
  await writeFile(list, JSON.stringify({ format: 'supplier-audit-trust-list/1', publisher: 'Ministry of Labour',
    entries: [{ did, name: 'Jean Martin', organisation: 'Labour Inspectorate' }] }));
  await page.goto(`${server.url}#/verify`);
  await page.setInputFiles('#trust-list-file', list);
  await page.setInputFiles('#verify-file', resolve('crates/audit-core/tests/vectors/w3c-eddsa-jcs-2022/signedJCS.json'));
  await page.locator('.proof').waitFor();
  assert.match(await page.locator('.proof').textContent(), /Signature valid.*NOT on the trust list/);
  assert.match(await page.locator('.meta', { hasText: 'Trust list' }).textContent(), /Ministry of Labour: 1 key/);

  // A list that holds the vector's signer names it.
  const known = join(scratch, 'trust-known.json');
  await writeFile(known, JSON.stringify({ format: 'supplier-audit-trust-list/1', publisher: 'W3C',
    entries: [{ did: 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2', name: 'W3C test key', organisation: 'W3C' }] }));
  await page.setInputFiles('#trust-list-file', known);
  await page.locator('.proof', { hasText: 'On the trust list' }).waitFor();
  assert.match(await page.locator('.proof').textContent(), /Signature valid.*On the trust list as W3C test key \(W3C\)/);
  assert.deepEqual(problems, []);
  await context.close();
});
