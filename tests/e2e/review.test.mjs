// "Check your answers" before finalizing: what is left to check, links that land on the
// question, the answers with links to change them, and finalizing in one click.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIST, SCRIPT_FOCUSED, answerButton, eventually, seriousAxeViolations, showQuestion, smallTargets, storedAudit,
  useBrowserAndServer, watchForProblems,
} from './harness.mjs';
import { startAudit } from './signing-steps.mjs';

const live = useBrowserAndServer();
const TABLET = { width: 820, height: 1180 };
const OPEN_ELSEWHERE = 'This audit is open in another tab or window. It is read-only here.';

const definition = async () =>
  JSON.parse(await readFile(join(DIST, 'checklists', 'supplier-due-diligence.json'), 'utf8'));

/** The id of the element holding focus, or of the closest `[data-question]` around it. */
const focused = (page) => page.evaluate(() => ({
  id: document.activeElement?.id ?? '',
  question: document.activeElement?.closest('[data-question]')?.getAttribute('data-question') ?? null,
}));

/** Opens the review page from the audit page's own button. */
async function openReview(page, id) {
  await page.getByRole('button', { name: 'Review and finalize' }).click();
  await page.waitForURL(new RegExp(`#/audit/${id}/review$`));
  await page.locator('.review-finalize').waitFor();
}

test('the review lists what is left, leads to each question, and finalizes in one click', async () => {
  const checklist = await definition();
  const context = await live.browser.newContext({ viewport: TABLET });
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  const id = await startAudit(page, live.server.url);
  await page.fill('#header-supplier', 'Acme Textiles');
  // E1 is required and critical: "No" makes a finding with no corrective action yet.
  await answerButton(page, 'E1', 'no').click();
  await (await showQuestion(page, 'E1')).locator('#q-E1-note').fill('Passports kept in the HR safe.');
  await (await showQuestion(page, 'D10')).locator('button[data-option="no"]').click();
  await eventually(async () => (await storedAudit(page, id))?.answers?.D10?.value === 'no', 5000, 'D10 saved');

  // A tab without the audit's lock sees the review but cannot finalize, even past the
  // disabled button.
  const other = await context.newPage();
  const otherProblems = await watchForProblems(other, live.server.url);
  await other.goto(`${live.server.url}#/audit/${id}/review`);
  await other.locator('.claim-notice p', { hasText: OPEN_ELSEWHERE }).waitFor();
  const locked = other.getByRole('button', { name: 'Finalize audit', exact: true });
  assert.equal(await locked.isDisabled(), true);
  await other.evaluate(() => {
    const button = document.querySelector('button.finalize-now');
    button.disabled = false;
    button.click();
  });
  await other.waitForTimeout(500);
  assert.equal((await storedAudit(other, id)).finalized, undefined, 'the read-only tab did not finalize');

  // Going to the review keeps this tab's lock: the tab waiting for it does not get it.
  await openReview(page, id);
  assert.equal(await page.locator('.claim-notice').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Finalize audit', exact: true }).isDisabled(), false);
  // The summary box takes focus when the page opens.
  await eventually(async () => (await focused(page)).id === 'review-checks', 5000, 'focus on the summary');
  assert.equal(await page.locator('#review-checks h2').textContent(), 'Check these before you finalize');

  // Shown required questions without an answer, and the finding without an action, in order.
  const answered = new Set(['A1', 'E1', 'D10']);
  const expected = checklist.sections.flatMap((section) => section.questions
    .filter((q) => !q.show_if && ((q.required && !answered.has(q.id)) || q.id === 'E1'))
    .map((q) => (q.id === 'E1'
      ? `Question E1 (${section.title.en}): finding without a corrective action`
      : `Question ${q.id} (${section.title.en}): required, not answered`)));
  const links = page.locator('#review-checks li a');
  assert.deepEqual(await links.allTextContents(), expected);
  assert.ok(expected.some((e) => e.startsWith('Question E4 ')), 'E4 is among the unanswered');
  assert.ok(!expected.some((e) => /Question D[129] /.test(e)), 'questions hidden by show_if are not listed');
  assert.equal(await page.locator('#review-checks li[data-check="E4"] a').getAttribute('href'), `#/audit/${id}/question/E4`);

  // Each answer in the summary list, with its note, and a link to change it.
  const row = (q) => page.locator(`.summary-row[data-summary="${q}"]`);
  assert.equal(await row('A1').locator('.summary-value').textContent(), 'Yes');
  assert.equal(await row('D10').locator('.summary-value').textContent(), 'No', 'a choice shows its label');
  assert.deepEqual(await row('E1').locator('.summary-value p').allTextContents(), ['No', 'Passports kept in the HR safe.']);
  assert.equal(await row('E4').locator('.summary-value').textContent(), 'Not answered');
  assert.equal(await row('D1').count(), 0, 'a hidden question has no row');
  const change = row('A1').locator('.summary-change a');
  assert.equal(await change.textContent(), 'Change the answer to question A1');
  assert.equal(await change.getAttribute('href'), `#/audit/${id}/question/A1`);
  assert.equal(await page.locator('.review-finalize p').textContent(),
    'You can finalize with questions left open: the report will show what is unanswered. Finalizing makes the answers read-only so that the audit can be signed; later changes need a new version.');

  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(await smallTargets(page, { exempt: [SCRIPT_FOCUSED] }), [], 'touch targets of 44 × 44 px or more');

  // A link in the box opens that question's section with focus on the question.
  await page.locator('#review-checks li[data-check="E4"] a').click();
  await page.waitForURL(new RegExp(`#/audit/${id}/question/E4$`));
  await eventually(async () => (await focused(page)).question === 'E4', 5000, 'focus on question E4');
  await answerButton(page, 'E4', 'yes').click();
  await eventually(async () => (await storedAudit(page, id))?.answers?.E4?.value === 'yes', 5000, 'E4 saved');

  // Back on the review, E4 has left the list; one click finalizes, then signing is offered.
  await openReview(page, id);
  await eventually(async () => (await focused(page)).id === 'review-checks', 5000, 'focus on the summary again');
  assert.equal(await links.count(), expected.length - 1);
  assert.equal(await page.locator('#review-checks li[data-check="E4"]').count(), 0);
  await page.getByRole('button', { name: 'Finalize audit', exact: true }).click();
  await page.waitForURL(new RegExp(`#/audit/${id}$`));
  await page.locator('.signing-panel').waitFor();
  await page.locator('.finalized-banner').waitFor();
  assert.match((await storedAudit(page, id)).finalized, /^\d{4}-\d\d-\d\dT/);
  await other.locator('.claim-notice p', { hasText: OPEN_ELSEWHERE }).waitFor();
  assert.deepEqual([...problems, ...otherProblems], []);
  await context.close();
});

test('with nothing left to check the review says so, and it reads right to left in Arabic', async () => {
  const checklist = await definition();
  const context = await live.browser.newContext({ viewport: TABLET });
  const page = await context.newPage();
  const problems = await watchForProblems(page, live.server.url);
  const id = await startAudit(page, live.server.url);
  // startAudit answered A1 already (a second tap on "Yes" would clear it).
  const required = checklist.sections.flatMap((s) => s.questions).filter((q) => q.required && !q.show_if);
  for (const question of required.filter((q) => q.id !== 'A1')) {
    if (question.type === 'compliance') await answerButton(page, question.id, 'yes').click();
    else await (await showQuestion(page, question.id)).locator('button[data-option]').first().click();
  }
  await eventually(async () => {
    const answers = (await storedAudit(page, id))?.answers ?? {};
    return required.every((q) => answers[q.id]?.value !== undefined);
  }, 5000, 'every required answer saved');

  await openReview(page, id);
  assert.equal(await page.locator('#review-checks').count(), 0);
  assert.equal(await page.locator('.review-clear').textContent(),
    'Nothing is left to check: every required question is answered and every finding has a corrective action.');
  await eventually(async () => (await focused(page)).id === 'review-title', 5000, 'focus on the heading');

  await page.locator('.language-switcher select').selectOption('ar');
  await page.locator('h1', { hasText: 'راجع إجاباتك' }).waitFor();
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.locator('.review-clear').textContent(),
    'لم يبقَ شيء للمراجعة: أُجيب عن كل سؤال إلزامي، ولكل مخالفة إجراء تصحيحي.');
  assert.equal(await page.locator('button.finalize-now').textContent(), 'اعتماد التدقيق نهائيًا');
  // Right to left, the link to change an answer sits at the row's left, after the answer.
  const first = page.locator('.summary-row').first();
  const [value, change] = await Promise.all([
    first.locator('.summary-value').boundingBox(), first.locator('.summary-change a').boundingBox(),
  ]);
  assert.ok(change.x + change.width <= value.x, `Change (${change.x}) left of the answer (${value.x})`);
  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(await smallTargets(page, { exempt: [SCRIPT_FOCUSED] }), []);
  // The check links are worded in Arabic too: one unanswered question brings the box back.
  await page.locator('.back-to-audit').click();
  await page.waitForURL(new RegExp(`#/audit/${id}$`));
  await answerButton(page, 'A1', 'yes').click();
  await eventually(async () => (await storedAudit(page, id))?.answers?.A1?.value === undefined, 5000, 'A1 cleared');
  await page.locator('button.finalize').click();
  await page.locator('#review-checks').waitFor();
  assert.equal(await page.locator('#review-checks h2').textContent(), 'راجع هذه النقاط قبل الاعتماد النهائي');
  assert.match(await page.locator('#review-checks li a').first().textContent(), /^السؤال A1 \(.+\): إلزامي، بلا إجابة$/);
  assert.deepEqual(problems, []);
  await context.close();
});
