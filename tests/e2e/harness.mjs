// Shared set-up for end-to-end tests: the release build served on 127.0.0.1 and
// Debian's Chromium driven by playwright-core (which never downloads a browser).
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../../scripts/static-server.mjs';

export const DIST = resolve(process.env.DIST ?? 'dist');

/** The audit-cli binary: `AUDIT_CLI`, else the debug build under `CARGO_TARGET_DIR` (or `target`). */
export const AUDIT_CLI = process.env.AUDIT_CLI
  ?? resolve(process.env.CARGO_TARGET_DIR ?? 'target', 'debug', 'audit-cli');

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: LAUNCH_ARGS,
  });
}

export async function serve() {
  return startServer({ root: DIST, host: '127.0.0.1', port: 0 });
}

/** Starts Chromium and the server before a file's tests and stops them after: `{ browser, server }`. */
export function useBrowserAndServer() {
  const live = {};
  before(async () => {
    [live.browser, live.server] = await Promise.all([launch(), serve()]);
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}

/**
 * Waits for the app's own home screen, with its storage open. A visit first shows the first
 * screen (src/first_screen.rs): the same checklists, but no storage and no list of audits.
 */
export async function appHome(page) {
  await page.locator('#import-signed').waitFor({ state: 'attached' });
}

/**
 * Shows the section that holds `question` (audits show one section at a time), through the
 * app's own question route, unless the question is already on screen. Works on a page or a frame.
 */
export async function showQuestion(page, question) {
  const card = page.locator(`[data-question="${question}"]`);
  if (await card.count() > 0) return card;
  await page.evaluate((q) => {
    const audit = location.hash.match(/^#\/audit\/([0-9a-f-]{36})/);
    location.hash = `#/audit/${audit[1]}/question/${q}`;
  }, question);
  await card.waitFor();
  return card;
}

/** One of the four compliance buttons of a question, shown first if it is in another section. */
export function answerButton(page, question, answer) {
  const locate = async () => (await showQuestion(page, question)).locator(`button[data-answer="${answer}"]`);
  return {
    click: async (options) => (await locate()).click(options),
    getAttribute: async (name) => (await locate()).getAttribute(name),
    textContent: async () => (await locate()).textContent(),
    isDisabled: async () => (await locate()).isDisabled(),
  };
}

/**
 * Collects what must stay empty in a healthy session: page errors, console errors,
 * CSP violations and any request that leaves `origin`.
 */
export async function watchForProblems(page, origin) {
  const problems = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !/^(blob|data):/.test(url)) problems.push(`foreign request: ${url}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  await page.exposeFunction('reportCspViolation', (text) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

/** The value under `key` in `store` of the app's database, as stored (undefined when none). */
export async function rawEntry(page, store, key) {
  return page.evaluate(({ store, key }) => new Promise((done, fail) => {
    const open = indexedDB.open('supplier-audit');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction(store).objectStore(store).get(key);
      get.onerror = () => fail(get.error);
      get.onsuccess = () => { open.result.close(); done(get.result); };
    };
  }), { store, key });
}

/** One audit exactly as stored in IndexedDB: its text, not parsed, so that any changed byte shows. */
export function storedAuditText(page, id) {
  return rawEntry(page, 'audits', id);
}

/** Reads one audit straight from the browser's IndexedDB, as the app stored it, parsed. */
export async function storedAudit(page, id) {
  const text = await storedAuditText(page, id);
  return text ? JSON.parse(text) : null;
}

/** Polls `probe` until it returns a truthy value, or fails after `ms`. */
export async function eventually(probe, ms = 5000, what = 'condition') {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Writes `value` under `key` in an object store of the app's database, creating the
 * database at `version` with `stores` if it does not exist yet (as an older app would have).
 */
export async function putInDatabase(page, { version, stores, store, key, value }) {
  return page.evaluate(({ version, stores, store, key, value }) => new Promise((done, fail) => {
    const open = indexedDB.open('supplier-audit', version);
    open.onerror = () => fail(open.error);
    open.onupgradeneeded = () => {
      for (const name of stores) {
        if (!open.result.objectStoreNames.contains(name)) open.result.createObjectStore(name);
      }
    };
    open.onsuccess = () => {
      const tx = open.result.transaction(store, 'readwrite');
      tx.objectStore(store).put(value, key);
      tx.oncomplete = () => { open.result.close(); done(); };
      tx.onerror = () => fail(tx.error);
    };
  }), { version, stores, store, key, value });
}

/** The object store names and version of the app's database. */
export async function databaseShape(page) {
  return page.evaluate(() => new Promise((done, fail) => {
    const open = indexedDB.open('supplier-audit');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const shape = { version: open.result.version, stores: [...open.result.objectStoreNames].sort() };
      open.result.close();
      done(shape);
    };
  }));
}

/** RFC 8785 canonical JSON (numbers as ECMAScript prints them, which JCS prescribes). */
export function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('JSON has no such number');
    return JSON.stringify(value);
  }
  return JSON.stringify(value);
}

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * The serious and critical accessibility violations axe-core finds on the page as it is now,
 * as `rule: target, …` lines (empty when there are none). axe is evaluated through the
 * driver, which a strict Content-Security-Policy does not block.
 */
export async function seriousAxeViolations(page) {
  await page.evaluate(`${AXE_SOURCE};0`);
  const violations = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)));
  return violations;
}

/**
 * What `smallTargets` exempts on a screen that has them: elements that take focus only from the
 * app's script (tabindex="-1": headings, cards and summary boxes it moves focus to). Nobody taps them.
 */
export const SCRIPT_FOCUSED = '[tabindex="-1"]';

/**
 * Every interactive element on screen smaller than 44 × 44 CSS px, as `tag.class "text" w×h`
 * lines (empty when all are large enough). Throws when it measures nothing, so that a wrong
 * `within` or a screen not yet drawn cannot pass.
 *
 * - Targets: `a, button, input, select, textarea, summary, [tabindex]`.
 * - On screen: the element has a layout box (`getClientRects()`). Nothing else is excused:
 *   a control of 0 × 0, hidden by `visibility` or inside a closed `<details>` still counts.
 * - `within`: a selector; only targets inside an element it matches (or matching it) count.
 * - `exempt`: selectors of targets not measured, which the caller names explicitly:
 *   `SCRIPT_FOCUSED`, inline text links inside sentences (WCAG 2.5.8), controls of another feature.
 */
export async function smallTargets(page, { within = null, exempt = [] } = {}) {
  const { measured, small } = await page.evaluate(({ within, exempt }) => {
    const targets = [...document.querySelectorAll('a, button, input, select, textarea, summary, [tabindex]')]
      .filter((e) => (within === null || e.closest(within) !== null) && !exempt.some((s) => e.matches(s)))
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => ({ e, r: e.getBoundingClientRect() }));
    const size = (n) => String(Math.round(n * 10) / 10);
    return {
      measured: targets.length,
      small: targets
        .filter(({ r }) => r.width < 44 || r.height < 44)
        .map(({ e, r }) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.trim().slice(0, 30)}" ${size(r.width)}×${size(r.height)}`),
    };
  }, { within, exempt });
  if (measured === 0) throw new Error(`no target on screen${within === null ? '' : ` in ${within}`}`);
  return small;
}
