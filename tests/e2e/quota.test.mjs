// Storage the browser keeps: the home screen says whether the browser will keep the audits and
// how full its storage is, and a save over a real Chromium quota (a profile on a small disk,
// filled) says what to do while the audit saved before stays intact. Needs root, for mount.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  LAUNCH_ARGS, answerButton, eventually, seriousAxeViolations, showQuestion, storedAudit, useBrowserAndServer,
} from './harness.mjs';

const live = useBrowserAndServer();

const FULL = 'Your last change could not be saved: the storage this browser gives the app is full. '
  + 'Export your audits and remove old ones, then change any answer to save again. What was saved before is safe.';
const ALMOST_FULL = 'Storage is almost full: export and remove old audits.';
const KEPT = 'This browser will keep your audits even when the device is short of space.';
const AT_RISK = 'This browser may delete your audits when the device is short of space. Back up regularly, or install the app.';
const ESTIMATE = /^Storage used: (\d+\.\d) MB of (\d+\.\d) MB available\.$/;

/** Starts an audit on the home screen of `page`, answers A1, and waits until that is stored. */
async function savedAudit(page) {
  await page.locator('[data-checklist="supplier-due-diligence"]').getByRole('button', { name: 'Start a new audit' }).click();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  await answerButton(page, 'A1', 'yes').click();
  const stored = await eventually(async () => {
    const record = await storedAudit(page, id);
    return record?.answers?.A1?.value === 'yes' && record;
  }, 5000, 'the answer to be saved');
  return { id, stored };
}

test('persistence is asked for once an audit is saved, and the home screen says what the browser decided', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  // Counts the app's calls and passes each on to the real storage manager.
  await page.addInitScript(() => {
    window.__persistCalls = 0;
    const persist = StorageManager.prototype.persist;
    StorageManager.prototype.persist = function counted() {
      window.__persistCalls += 1;
      return persist.call(this);
    };
  });
  await page.goto(live.server.url);
  const estimate = page.locator('.storage-estimate');
  await estimate.waitFor();
  assert.equal(await page.evaluate(() => window.__persistCalls), 0, 'nothing saved yet: nothing asked');

  await savedAudit(page);
  await page.getByRole('link', { name: 'Audits', exact: true }).click();
  const decided = page.locator('.storage-kept, .storage-at-risk');
  await decided.waitFor();
  assert.equal(await page.evaluate(() => window.__persistCalls), 1);
  const kept = await page.evaluate(() => navigator.storage.persisted());
  assert.equal(await decided.textContent(), kept ? KEPT : AT_RISK, 'the sentence says what the browser answered');
  const [, used, quota] = (await estimate.textContent()).match(ESTIMATE);
  const real = await page.evaluate(() => navigator.storage.estimate());
  assert.equal(quota, (real.quota / 1e6).toFixed(1));
  assert.ok(Number(used) <= Number(quota));
  assert.equal(await page.getByText(ALMOST_FULL).count(), 0, 'no warning with room to spare');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await context.close();
});

/**
 * A Chromium profile on a small file system of its own: Chromium gives an origin 60 % of the
 * disk that holds the profile, so a 20 MB tmpfs makes a real 12 MB quota to fill.
 * (`Storage.overrideQuotaForOrigin` is accepted by Chromium 156 but IndexedDB ignores it.)
 * Static quota reporting, on by default, tells pages usage + 1 GiB whatever the disk; it is
 * turned off so that estimate() reports the quota that is enforced.
 */
async function smallDiskBrowser(t) {
  const disk = await mkdtemp(join(tmpdir(), 'small-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=20m', 'tmpfs', disk]);
  const context = await chromium.launchPersistentContext(join(disk, 'profile'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...LAUNCH_ARGS, '--disable-features=StaticStorageQuota'],
  }).catch((e) => { execFileSync('umount', [disk]); throw e; });
  t.after(async () => {
    await context.close();
    execFileSync('umount', [disk]);
  });
  return context;
}

/** Fills the origin's quota with a database of random bytes, beside the app's own. */
function fillQuota(page) {
  return page.evaluate(() => new Promise((done, fail) => {
    const open = indexedDB.open('filler', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('bytes');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const database = open.result;
      const put = (size) => {
        const transaction = database.transaction('bytes', 'readwrite');
        const bytes = new Uint8Array(size);
        for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
        transaction.objectStore('bytes').put(bytes, crypto.randomUUID());
        transaction.oncomplete = () => put(size);
        transaction.onabort = () => {
          if (transaction.error?.name !== 'QuotaExceededError') fail(transaction.error);
          else if (size > 4096) put(size / 8);
          else { database.close(); done(); }
        };
      };
      put(1 << 20);
    };
  }));
}

function removeFiller(page) {
  return page.evaluate(() => new Promise((done, fail) => {
    const removal = indexedDB.deleteDatabase('filler');
    removal.onsuccess = () => done();
    removal.onerror = () => fail(removal.error);
  }));
}

test('a save over the quota says what to do, keeps the saved audit intact, and saves again once there is room', async (t) => {
  const context = await smallDiskBrowser(t);
  const page = await context.newPage();
  await page.goto(live.server.url);
  const { id, stored: before } = await savedAudit(page);

  await fillQuota(page);
  await showQuestion(page, 'E1');
  const note = `Passports kept by the employer. ${Array.from({ length: 2000 }, (_, i) => `Worker ${i} interviewed.`).join(' ')}`;
  await page.fill('#q-E1-note', note);
  await page.getByRole('alert').filter({ hasText: FULL }).waitFor();
  // The write was rolled back whole: the stored audit is what it was before the edit.
  assert.deepEqual(await storedAudit(page, id), before);

  // The home screen, in a second tab, shows the estimate over 80 % and the warning.
  const home = await context.newPage();
  await home.goto(live.server.url);
  const estimate = home.locator('.storage-estimate');
  await estimate.waitFor();
  const [, used, quota] = (await estimate.textContent()).match(ESTIMATE);
  assert.ok(Number(used) > 0.8 * Number(quota), `${used} MB used of ${quota} MB`);
  await home.getByRole('alert').filter({ hasText: ALMOST_FULL }).waitFor();
  assert.deepEqual(await seriousAxeViolations(home), []);
  await home.close();

  // Room again, as after removing old audits: the next edit saves, the long note included.
  await removeFiller(page);
  await answerButton(page, 'A1', 'no').click();
  await eventually(async () => {
    const record = await storedAudit(page, id);
    return record?.answers?.A1?.value === 'no' && record.answers.E1?.note === note;
  }, 5000, 'the edit to be saved once there is room');
  await page.getByRole('status').filter({ hasText: 'All changes saved on this device' }).waitFor();
  assert.equal(await page.getByText(FULL).count(), 0);
});
