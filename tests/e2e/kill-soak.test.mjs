// Kill soak: an auditor types into a note and the browser dies (SIGKILL, as when a tablet's
// battery gives out or the system kills the app) a random moment later. Thirty rounds on one
// persistent profile: whatever was typed more than 100 ms before the kill must be there when
// the browser starts again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, storedAudit } from './harness.mjs';
import { launchKillable } from './killable-browser.mjs';

const ROUNDS = 30;
const BUCKETS = [[0, 100], [100, 300], [300, 700], [700, 1500]];
const QUESTION = 'A1';

let server;
let profile;
before(async () => {
  [server, profile] = await Promise.all([serve(), mkdtemp(join(tmpdir(), 'kill-soak-'))]);
});
after(async () => {
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

/** The note field of the open audit, once this tab may write it. */
async function note(page, id) {
  await page.goto(`${server.url}#/audit/${id}/question/${QUESTION}`);
  const field = page.locator(`#q-${QUESTION}-note`);
  await field.waitFor();
  for (let i = 0; await field.isDisabled(); i += 1) {
    if (i > 100) throw new Error('the note never became writable');
    await page.waitForTimeout(50);
  }
  return field;
}

const commonPrefix = (a, b) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
};

test(`${ROUNDS} kills while typing: nothing typed 100 ms before a kill is lost`, { timeout: 240_000 }, async () => {
  const started = Date.now();
  // A failed round must still end the browser it launched, or the test file never exits.
  let tablet = await launchKillable(profile);
  const rounds = [];
  try {
    await tablet.page.goto(server.url);
    await tablet.page.getByRole('button', { name: 'Start a new audit' }).first().click();
    await tablet.page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
    const id = tablet.page.url().split('/').pop();

    let kept = '';
    for (let round = 0; round < ROUNDS; round += 1) {
      const field = await note(tablet.page, id);
      assert.equal(await field.inputValue(), kept, `round ${round}: the page shows what was stored`);
      const word = ` word${round}-${Math.random().toString(36).slice(2, 8)}`;
      await field.focus();
      await field.press('End');
      // When each character was typed, to tell what was typed more than 100 ms before the kill.
      const times = [];
      for (const character of word) {
        await tablet.page.keyboard.type(character);
        times.push(Date.now());
      }
      const typed = times.at(-1);
      // Each bucket gets its share of rounds; the delay within it is random.
      const [low, high] = BUCKETS[round % BUCKETS.length];
      const wait = low + Math.random() * (high - low);
      await new Promise((r) => setTimeout(r, Math.max(0, wait - (Date.now() - typed))));
      const killed = Date.now();
      await tablet.kill();
      const delay = killed - typed;

      tablet = await launchKillable(profile);
      await tablet.page.goto(server.url);
      const stored = (await storedAudit(tablet.page, id))?.answers?.[QUESTION]?.note ?? '';
      assert.ok(stored.startsWith(kept), `round ${round}: text saved in earlier rounds is still there`);
      const present = commonPrefix(stored.slice(kept.length), word);
      assert.equal(stored, kept + word.slice(0, present), `round ${round}: only a prefix of what was typed is stored`);
      const due = times.filter((t) => killed - t > 100).length;
      assert.ok(present >= due, `round ${round}: ${due} characters typed over 100 ms before the kill, ${present} stored`);
      rounds.push({ delay, lost: word.length - present });
      kept = stored;
    }
  } finally {
    await tablet.kill();
  }

  const table = BUCKETS.map(([low, high]) => {
    const inBucket = rounds.filter((r) => r.delay >= low && (r.delay < high || high === 1500));
    return {
      'delay (ms)': `${low}–${high}`,
      rounds: inBucket.length,
      'rounds with loss': inBucket.filter((r) => r.lost > 0).length,
      'characters lost': inBucket.reduce((sum, r) => sum + r.lost, 0),
    };
  });
  console.log(`kill soak: ${ROUNDS} rounds in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.table(table);
});
