// After an unclean exit (a renderer crash), the next start offers to continue the audit that
// was open, at the question where work stopped; after a clean exit it offers nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  answerButton, eventually, seriousAxeViolations, showQuestion, storedAudit, useBrowserAndServer,
  watchForProblems,
} from './harness.mjs';
import { launchKillable } from './killable-browser.mjs';

const live = useBrowserAndServer();

/**
 * How long after the last change the browser is killed. Chromium writes localStorage to disk
 * about 5 s after a change: measured on this build, a kill 0, 1 or 3 s after it loses the
 * marker, a kill 6 or 11 s after it keeps it. (IndexedDB kept the audit even at 0 s.)
 */
const FLUSH_MS = 6000;

/** Starts an audit, names the supplier and answers E1: work stops at question E1. */
async function workUntilE1(page) {
  await page.goto(live.server.url);
  await page.locator('[data-checklist="supplier-due-diligence"] button.start').click();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  await page.fill('#header-supplier', 'Acme Textiles');
  await answerButton(page, 'E1', 'no').click();
  const saved = await eventually(async () => {
    const record = await storedAudit(page, id);
    return record?.answers?.E1?.value === 'no' && record;
  }, 5000, 'E1 saved');
  return { id, saved };
}

test('a crashed tab: the next start offers to continue at E1 and says when it was last saved', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  const { id, saved } = await workUntilE1(page);
  await crash(page);

  const next = await context.newPage();
  const problems = await watchForProblems(next, live.server.url);
  await next.goto(live.server.url);
  const prompt = next.locator('.recovery');
  await prompt.waitFor();
  const lastSaved = await next.evaluate((updated) => new Date(updated).toLocaleString('en'), saved.updated);
  assert.equal(
    await prompt.locator('p').textContent(),
    `You were working on Acme Textiles (${await checklistTitle(next)}); last saved ${lastSaved}. Continue where you stopped?`,
  );
  assert.deepEqual(await seriousAxeViolations(next), [], 'the recovery prompt');

  await prompt.getByRole('button', { name: 'Continue' }).click();
  await next.waitForURL(new RegExp(`#/audit/${id}/question/E1$`));
  await eventually(async () => (await next.evaluate(() => document.activeElement?.id)) === 'q-E1', 5000, 'focus on E1');
  assert.equal(await answerButton(next, 'E1', 'no').getAttribute('aria-pressed'), 'true');
  // Answered: going home again offers nothing.
  await next.getByRole('link', { name: 'Supplier Audit' }).click();
  await next.locator('.saved-audits').waitFor();
  assert.equal(await next.locator('.recovery').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

/** A real renderer crash: no pagehide, no unload, nothing the app can run. */
async function crash(page) {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // Page.crash never answers: the renderer is gone.
  cdp.send('Page.crash').catch(() => {});
  await crashed;
  await page.close();
}

/** The title the app shows for the supplier due-diligence checklist. */
async function checklistTitle(page) {
  return page.evaluate(async () => {
    const response = await fetch('checklists/supplier-due-diligence.json');
    return (await response.json()).title.en;
  });
}

test('dismissing the offer forgets it', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  await workUntilE1(page);
  await crash(page);
  const next = await context.newPage();
  await next.goto(live.server.url);
  await next.locator('.recovery').waitFor();
  await next.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await next.locator('.recovery').count(), 0);
  await next.reload();
  await next.locator('.saved-audits').waitFor();
  assert.equal(await next.locator('.recovery').count(), 0, 'not offered again');
  await context.close();
});

test('a clean exit (closing the tab, or going to another site) offers nothing', async () => {
  const context = await live.browser.newContext();
  const page = await context.newPage();
  await workUntilE1(page);
  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await next.goto(live.server.url);
  await next.locator('.saved-audits').waitFor();
  // The list is shown whole at once; the offer would come with it or right after.
  await next.waitForTimeout(500);
  assert.equal(await next.locator('.recovery').count(), 0, 'closing the tab');

  await next.locator('a.saved-audit').click();
  await showQuestion(next, 'E1');
  await answerButton(next, 'E1', 'yes').click();
  await next.goto('about:blank');
  await next.goto(live.server.url);
  await next.locator('.saved-audits').waitFor();
  await next.waitForTimeout(500);
  assert.equal(await next.locator('.recovery').count(), 0, 'navigating away');
  await context.close();
});

test('a killed browser (SIGKILL, as a dead battery): the restarted browser offers to continue', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'recovery-'));
  const running = [];
  try {
    running.push(await launchKillable(profile));
    const page = await running[0].browser.contexts()[0].newPage();
    const { id } = await workUntilE1(page);
    const marker = await page.evaluate(() => localStorage.getItem('supplier-audit.open-audit'));
    assert.deepEqual(JSON.parse(marker), { audit: id, question: 'E1' });
    await page.waitForTimeout(FLUSH_MS);
    await running.shift().kill();

    running.push(await launchKillable(profile));
    const next = await running[0].browser.contexts()[0].newPage();
    await next.goto(live.server.url);
    await next.locator('.saved-audits').waitFor();
    const left = await next.evaluate(() => localStorage.getItem('supplier-audit.open-audit'));
    assert.ok(left, 'the marker survived the kill');
    await next.locator('.recovery').waitFor();
    await next.getByRole('button', { name: 'Continue' }).click();
    await next.waitForURL(new RegExp(`#/audit/${id}/question/E1$`));
    assert.equal(await answerButton(next, 'E1', 'no').getAttribute('aria-pressed'), 'true', 'the answer survived too');
  } finally {
    for (const browser of running) await browser.kill();
    await rm(profile, { recursive: true, force: true });
  }
});
