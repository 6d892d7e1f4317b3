// The hostile-input corpus (tests/fixtures/hostile/corpus.json) against everything that reads
// a signed file: the independent Node verifier and audit-cli must agree on every file (no
// browser needed), and in Chromium the home screen's take-in, the Verify screen and the
// ministry checklist loader must refuse each hostile file in under 2 s, in one line that
// names the problem, without a page error, and leave every stored byte as it was.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { answerButton, eventually, storedAudit, useBrowserAndServer, watchForProblems } from './harness.mjs';
import { fixtureFiles, generatedFiles, HOSTILE } from '../../scripts/hostile-corpus.mjs';
import { parseStrict, verifyDocument } from '../../scripts/verify-di.mjs';

const CORPUS = JSON.parse(readFileSync(join(HOSTILE, 'corpus.json'), 'utf8'));
const LIMIT_MS = 2000;
/** True when `text` contains one of the `|`-separated keywords, ignoring case. */
const names = (text, keywords) => keywords.split('|').some((k) => text.toLowerCase().includes(k.toLowerCase()));

let generated;
before(() => {
  generated = mkdtempSync(join(tmpdir(), 'hostile-corpus-'));
  execFileSync(process.execPath, ['scripts/hostile-corpus.mjs', generated]);
});
after(() => rmSync(generated, { recursive: true, force: true }));
const pathOf = (entry) => resolve(entry.generated ? generated : HOSTILE, entry.file);

describe('the independent verifier and audit-cli agree on every hostile file', () => {
  let auditCli = process.env.AUDIT_CLI;
  before(() => {
    if (!auditCli) {
      execFileSync('cargo', ['build', '-q', '-p', 'audit-cli'], { stdio: 'inherit' });
      auditCli = resolve(process.env.CARGO_TARGET_DIR ?? 'target', 'debug', 'audit-cli');
    }
  });

  test('the committed corpus is what scripts/hostile-corpus.mjs writes, and the README lists it', () => {
    for (const [name, content] of Object.entries(fixtureFiles())) {
      assert.equal(readFileSync(join(HOSTILE, name), 'utf8'), content, `${name}: run node scripts/hostile-corpus.mjs --fixtures`);
    }
    const readme = readFileSync(join(HOSTILE, 'README.md'), 'utf8');
    for (const entry of CORPUS) assert.ok(readme.includes(`\`${entry.file}\``), entry.file);
  });

  test('same verdict, and each names the problem', () => {
    const disagreements = [];
    for (const entry of CORPUS.filter((e) => e.kind === 'signed')) {
      const path = pathOf(entry);
      const started = Date.now();
      const di = spawnSync(process.execPath, ['scripts/verify-di.mjs', path], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const took = Date.now() - started;
      const cli = spawnSync(auditCli, ['verify', path], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const report = JSON.parse(di.stdout);
      const expected = entry.valid ? 0 : 1;
      const line = cli.stdout.split('\n')[0];
      if (di.status !== expected || cli.status !== expected || report.valid !== entry.valid) {
        disagreements.push(`${entry.file}: expected ${entry.valid ? 'VALID' : 'INVALID'}; verify-di exit ${di.status} (${report.reason}), audit-cli exit ${cli.status} (${line.slice(0, 200)})`);
      } else if (!entry.valid && !names(report.reason, entry.keyword)) {
        disagreements.push(`${entry.file}: verify-di's reason does not name ${entry.keyword}: ${report.reason.slice(0, 200)}`);
      }
      if (took > LIMIT_MS) disagreements.push(`${entry.file}: verify-di took ${took} ms`);
    }
    assert.deepEqual(disagreements, []);
  });

  test('the strict reader refuses what I-JSON refuses and keeps the rest', () => {
    assert.deepEqual(parseStrict('{"__proto__": {"a": [1, -0.5e3, "\\ud83d\\ude00"]}, "b": null}'),
      JSON.parse('{"__proto__": {"a": [1, -500, "😀"]}, "b": null}'));
    assert.equal(Object.getPrototypeOf(parseStrict('{"__proto__": 1}')), Object.prototype);
    assert.equal(parseStrict('-9007199254740991'), -9007199254740991);
    assert.equal(parseStrict('1e300'), 1e300);
    for (const [text, why] of [['{"a":1,"a":1}', 'duplicate'], ['"\\udc00x"', 'surrogate'], ['-9007199254740992', 'integer'],
      ['-1e999', 'finite'], [`${'['.repeat(128)}${']'.repeat(128)}`, 'nesting'], ['[1,]', 'unexpected'], ['{"a":1} x', 'after'],
      ['"\t"', 'control'], ['01', 'after'], ['tru', 'unexpected']]) {
      assert.throws(() => parseStrict(text), (e) => e.message.includes(why), text);
    }
    // The core's reader (serde_json) keeps 127 levels and refuses the 128th: so does verify-di.
    assert.doesNotThrow(() => parseStrict(`${'['.repeat(127)}${']'.repeat(127)}`));
  });

  test('created: RFC 3339 with real ranges, and at most a day ahead of the verifier', () => {
    const doc = JSON.parse(readFileSync(resolve(HOSTILE, '../signed-1.0/co-signed-audit.json'), 'utf8'));
    const reasonWith = (created, now = Date.now()) => {
      const copy = structuredClone(doc);
      copy.proof[0].created = created;
      return verifyDocument(copy, now).proofs[0].reason ?? '';
    };
    for (const created of ['2026-02-29T10:00:00Z', '2026-04-31T10:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T10:00:00+24:00',
      '2026-01-01 10:00:00Z', '2026-1-01T10:00:00Z', '2026-00-10T10:00:00Z']) {
      assert.match(reasonWith(created), /"created" is not/, created);
    }
    // A well-formed date only breaks the signature (it was signed with another one).
    for (const created of ['2024-02-29T10:00:00Z', '2026-01-01T10:00:00.123+05:30', '2025-12-31t23:59:59z', '2016-12-31T23:59:60Z']) {
      assert.match(reasonWith(created), /signature does not match/, created);
    }
    const now = Date.parse('2026-11-30T12:00:00Z');
    assert.match(reasonWith('2026-12-01T12:00:01Z', now), /more than 24 hours in the future/);
    assert.match(reasonWith('2026-12-01T12:00:00Z', now), /signature does not match/);
    assert.match(reasonWith('2026-12-01T17:30:01+05:30', now), /more than 24 hours in the future/);
    assert.match(reasonWith('2026-12-01T06:00:00-06:00', now), /signature does not match/);
  });
});

/** Every object store of the app's database as JSON text: [store, [[key, value]…]]. */
function dumpDatabase(page) {
  return page.evaluate(() => new Promise((done, fail) => {
    const open = indexedDB.open('supplier-audit');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = [...db.objectStoreNames].sort();
      const out = [];
      const tx = db.transaction(names, 'readonly');
      for (const name of names) {
        const entries = [];
        out.push([name, entries]);
        const cursor = tx.objectStore(name).openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return;
          entries.push([at.key, typeof at.value === 'string' ? at.value : JSON.stringify(at.value) ?? String(at.value)]);
          at.continue();
        };
      }
      tx.oncomplete = () => { db.close(); done(JSON.stringify(out)); };
      tx.onerror = () => fail(tx.error);
    };
  }));
}

/** What differs between two dumps, store by store and key by key. */
function changes(before, after) {
  const entries = (dump) => new Map(JSON.parse(dump).flatMap(([store, rows]) => rows.map(([k, v]) => [`${store}/${k}`, v])));
  const [was, is] = [entries(before), entries(after)];
  return [...new Set([...was.keys(), ...is.keys()])].filter((k) => was.get(k) !== is.get(k))
    .map((k) => `${k} ${!was.has(k) ? 'added' : !is.has(k) ? 'removed' : 'changed'}`);
}

/** Picks `path` in the file input `selector` and returns how long `settled` took to say something. */
async function pick(page, selector, path, settled) {
  await page.setInputFiles(selector, path);
  const started = Date.now();
  const said = await eventually(settled, 5000, 'a message').catch(() => page.evaluate(() =>
    `nothing within 5 s; at ${location.hash}, notices: ${[...document.querySelectorAll('.notice')].map((n) => n.textContent).join(' / ')}`));
  return { said, took: Date.now() - started };
}

describe('in the browser, no hostile file is taken in, crashes the app or changes what is stored', () => {
  const live = useBrowserAndServer();

  test('take-in, Verify and the checklist loader refuse each file in one line, and IndexedDB is unchanged', async (t) => {
    const context = await live.browser.newContext();
    const page = await context.newPage();
    const problems = await watchForProblems(page, live.server.url);
    await page.goto(live.server.url);

    // A real audit on this device: started from the home screen, answered, saved.
    await page.locator('[data-checklist="supplier-due-diligence"]').getByRole('button', { name: 'Start a new audit' }).click();
    await page.waitForURL(/#\/audit\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop();
    await answerButton(page, 'A1', 'yes').click();
    await eventually(async () => (await storedAudit(page, id))?.answers?.A1, 5000, 'the answer to be saved');
    await page.goto(live.server.url);
    await page.locator('#import-signed').waitFor();
    await page.locator('.checklist-card').first().waitFor();
    const before = await dumpDatabase(page);
    assert.match(before, new RegExp(id));

    const wrong = [];
    let stored = before;
    const check = async (what, entry, { said, took }, keyword) => {
      t.diagnostic(`${what} ${entry.file} (${took} ms): ${said.slice(0, 300)}`);
      if (!names(said, keyword)) wrong.push(`${what} ${entry.file}: "${said.slice(0, 200)}" does not name ${keyword}`);
      if (took > LIMIT_MS) wrong.push(`${what} ${entry.file}: took ${took} ms`);
      if (problems.length) wrong.push(`${what} ${entry.file}: ${problems.splice(0).join('; ')}`);
      const now = await dumpDatabase(page);
      if (now !== stored) wrong.push(`${what} ${entry.file} changed IndexedDB: ${changes(stored, now).join('; ')}`);
      stored = now;
    };
    const hostile = CORPUS.filter((e) => e.kind === 'signed' && e.takeIn === 'refuse');

    // Take-in on the home screen: a notice "<file name>: <reason>", nothing stored, no navigation.
    for (const entry of hostile) {
      const name = basename(entry.file);
      const outcome = await pick(page, '#import-signed', pathOf(entry), () => page.evaluate((prefix) =>
        [...document.querySelectorAll('p.notice[role=alert]')].map((p) => p.textContent).find((t) => t.startsWith(prefix)), `${name}: `));
      await check('take-in', entry, outcome, entry.takeInKeyword);
      if (!/#\/?$|\/$/.test(page.url()) && page.url() !== live.server.url) {
        wrong.push(`take-in ${entry.file}: the app went to ${page.url()}`);
        await page.goto(live.server.url);
      }
    }

    // The ministry checklist loader on the home screen.
    for (const entry of CORPUS.filter((e) => e.kind === 'checklist')) {
      const outcome = await pick(page, '#checklist-file', pathOf(entry), () => page.evaluate(() =>
        document.querySelector('.checklist-loader .notice')?.textContent));
      await check('checklist loader', entry, outcome, entry.keyword);
    }

    // The Verify screen: a verdict with the file's name above it, or a notice naming the file.
    await page.goto(`${live.server.url}#/verify`);
    await page.locator('#verify-file').waitFor();
    for (const entry of CORPUS.filter((e) => e.kind === 'signed')) {
      const name = basename(entry.file);
      const outcome = await pick(page, '#verify-file', pathOf(entry), () => page.evaluate((name) => {
        const notice = [...document.querySelectorAll('.verify > .notice')].map((p) => p.textContent).find((t) => t.startsWith(`${name}: `));
        if (notice) return `notice: ${notice}`;
        const verdict = document.querySelector('.verify h2')?.textContent === name && document.querySelector('.verdict');
        return verdict ? `verdict: ${verdict.textContent}` : null;
      }, name));
      if (entry.valid) {
        if (!/^verdict: valid/i.test(outcome.said)) wrong.push(`verify ${entry.file}: expected a valid verdict, got "${outcome.said.slice(0, 200)}"`);
        await check('verify', entry, outcome, 'valid');
      } else {
        if (/^verdict: valid/i.test(outcome.said)) wrong.push(`verify ${entry.file}: said valid`);
        await check('verify', entry, outcome, entry.keyword);
      }
    }

    await page.goto(live.server.url);
    await page.locator('.checklist-card').first().waitFor();
    const now = await dumpDatabase(page);
    if (now !== before) wrong.push(`IndexedDB changed: ${changes(before, now).join('; ')}`);

    // The controls are taken in: the finalized audit, then its co-signed 1.0 copy, open.
    for (const control of CORPUS.filter((e) => e.takeIn === 'accept').sort((a, b) => a.valid - b.valid)) {
      await page.goto(live.server.url);
      await page.setInputFiles('#import-signed', pathOf(control));
      await page.waitForURL(/#\/audit\/4f6c2a9e-8d1b-4e37-9a52-0c7b3e1d5f80$/, { timeout: LIMIT_MS }).catch(async () =>
        wrong.push(`take-in ${control.file}: not taken in; ${await page.evaluate(() => document.querySelector('.notice')?.textContent)}`));
    }
    const verdict = await page.locator('.verdict').textContent({ timeout: LIMIT_MS }).catch(() => 'no verdict');
    if (!/^Valid/.test(verdict)) wrong.push(`the co-signed control shows "${verdict}"`);
    assert.deepEqual([...wrong, ...problems], []);
    await context.close();
  });
});
