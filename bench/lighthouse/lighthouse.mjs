// Lighthouse 12 (npm `lighthouse`, pinned in package-lock.json) against the release build as
// `scripts/serve` serves it (scripts/static-server.mjs on 127.0.0.1), with Debian's Chromium and
// Lighthouse's default mobile preset (simulated slow 4G, 4× CPU slowdown, Moto G Power screen).
//
// Two pages:
//   - the home screen, a first visit (Lighthouse clears the cache and the origin's storage);
//   - an open audit: the audit is first started in the same browser profile (as a user would,
//     from the home screen); Lighthouse's own reset then clears the HTTP cache but not IndexedDB
//     (its default `clearStorageTypes`), so the page loads every file from the network and finds
//     its audit on the device.
// Chromium is launched with puppeteer-core, the copy Lighthouse itself depends on, because
// Lighthouse's node API drives a puppeteer page.
//
// Writes $BENCH_OUT/lighthouse.json (bench/report.mjs); BENCH_MODE=smoke runs the home screen
// once and reports its figures without judging them. LIGHTHOUSE_JSON_DIR, when set, keeps the
// full reports there.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { startServer } from '../../scripts/static-server.mjs';

const mode = process.env.BENCH_MODE ?? 'full';
const out = process.env.BENCH_OUT ?? resolve('bench/parts', mode);
const dist = resolve(process.env.DIST ?? 'dist');
const keep = process.env.LIGHTHOUSE_JSON_DIR;
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM ?? '/usr/bin/chromium';

const BUDGETS = { performance: 90, accessibility: 100, 'best-practices': 100 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await startServer({ root: dist, host: '127.0.0.1', port: 0 });
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync',
    '--disable-background-networking', '--disable-component-update'],
});

/** One Lighthouse navigation on a fresh tab; resolves to its result (the LHR). */
async function audit(url) {
  const page = await browser.newPage();
  try {
    const flags = { output: 'json', logLevel: 'error' };
    const result = await lighthouse(url, flags, undefined, page);
    if (!result?.lhr) throw new Error(`Lighthouse gave no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    await page.close();
  }
}

/** Starts an audit from the home screen in this profile; resolves to the audit page's URL. */
async function startAnAudit() {
  const page = await browser.newPage();
  await page.goto(server.url, { waitUntil: 'load' });
  // The first screen's button is replaced by the app's own once the app has loaded: click
  // the app's, so that the element cannot be swapped out under the click.
  await page.waitForFunction(() => document.querySelector('#import-signed') && !document.getElementById('first-screen'));
  const start = await page.waitForSelector('[data-checklist="supplier-due-diligence"] button.start');
  await start.click();
  await page.waitForFunction(() => /#\/audit\/[0-9a-f-]{36}$/.test(location.href));
  await page.waitForSelector('[data-question]');
  const url = page.url();
  await page.close();
  return url;
}

function figures(name, lhr, judged) {
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const metric = (id) => lhr.audits[id].numericValue;
  const rows = CATEGORIES.map((id) => ({
    name: `${name}: ${lhr.categories[id].title}`,
    value: score(id),
    unit: '/ 100',
    budget: BUDGETS[id] === undefined ? '' : BUDGETS[id] === 100 ? '= 100' : `≥ ${BUDGETS[id]}`,
    pass: !judged || BUDGETS[id] === undefined ? null : score(id) >= BUDGETS[id],
  }));
  rows.push(
    { name: `${name}: Largest Contentful Paint`, value: Math.round(metric('largest-contentful-paint')), unit: 'ms', budget: '', pass: null },
    { name: `${name}: Total Blocking Time`, value: Math.round(metric('total-blocking-time')), unit: 'ms', budget: '', pass: null },
    { name: `${name}: bytes transferred`, value: Math.round(metric('total-byte-weight') / 1024), unit: 'KiB', budget: '', pass: null,
      note: 'every response of the first visit, as sent (compressed where the server compresses)' },
  );
  const failing = Object.entries(lhr.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map(([id]) => id);
  if (failing.length) rows[0].note = `audits below 0.9: ${failing.join(', ')}`;
  return rows;
}

let part;
try {
  const pages = [['home screen', server.url]];
  if (mode !== 'smoke') pages.push(['audit page', await startAnAudit()]);
  const all = [];
  let version;
  for (const [name, url] of pages) {
    const lhr = await audit(url);
    version = lhr.lighthouseVersion;
    if (keep) {
      await mkdir(keep, { recursive: true });
      await writeFile(join(keep, `${name.replaceAll(' ', '-')}.json`), JSON.stringify(lhr, null, 1));
    }
    all.push(...figures(name, lhr, mode !== 'smoke'));
    console.log(`${name}: ${CATEGORIES.map((id) => `${id} ${Math.round(lhr.categories[id].score * 100)}`).join(', ')}`);
  }
  part = {
    part: 'lighthouse',
    environment: `Lighthouse ${version}, mobile preset (simulated slow 4G, 4× CPU slowdown), ${(await browser.version())}, `
      + 'scripts/static-server.mjs on 127.0.0.1 serving dist/'
      + (mode === 'smoke' ? '; smoke run: the home screen once, figures reported only' : ''),
    figures: all,
  };
} finally {
  await browser.close();
  await server.close();
}
await mkdir(out, { recursive: true });
await writeFile(join(out, 'lighthouse.json'), `${JSON.stringify(part, null, 2)}\n`);
