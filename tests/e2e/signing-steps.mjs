// Shared steps for tests that need a signed audit: an identity on this device, then an audit
// finalized, listing that identity and signed by it.
import { answerButton } from './harness.mjs';

/** Creates a signing identity on the device of `page` (it must show #/identities). */
export async function createIdentity(page, name, organisation, role) {
  await page.fill('#identity-name', name);
  await page.fill('#identity-organisation', organisation);
  await page.selectOption('#identity-role', role);
  await page.getByRole('button', { name: 'Create identity' }).click();
  await page.locator('.identity-card', { hasText: name }).waitFor();
}

/**
 * Finalizes the audit open on `page` (a page or a frame) through the review page, and waits
 * for the audit page's signing panel. By class, so that it works in every language.
 */
export async function finalizeThroughReview(page) {
  await page.locator('button.finalize').click();
  await page.locator('button.finalize-now').click();
  await page.locator('.signing-panel').waitFor();
}

/** Finalizes the open audit, lists `signatory` (its label in the list) and signs as `name`. */
export async function finalizeAndSign(page, { name, label }) {
  await finalizeThroughReview(page);
  await page.selectOption('#signatory-choice', { label });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.locator('.signatory', { hasText: name }).waitFor();
  await page.getByRole('button', { name: `Sign as ${name}` }).click();
  await page.locator('.signatory', { hasText: name }).locator('.status').filter({ hasText: 'Signed' }).waitFor();
}

/** Starts an audit of the default checklist on `page` and returns its id. */
export async function startAudit(page, url) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start a new audit' }).first().click();
  await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop();
  await answerButton(page, 'A1', 'yes').click();
  return id;
}
