// Shared by the audit-list, bin and recovery tests: saved audits of every status, seeded as
// the exact stored texts the app keeps, and raw reads of the app's object stores.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CO_SIGNED, KEYS, proofBy } from '../../scripts/hostile-corpus.mjs';
import { DIST, canonical, putInDatabase } from './harness.mjs';

/** The database version the app opens (5 added the `bin` store, 6 the `photos` store). */
export const DATABASE_VERSION = 6;

export const SIGNED_ID = '4f6c2a9e-8d1b-4e37-9a52-0c7b3e1d5f80';
export const PARTLY_SIGNED_ID = 'a1b2c3d4-0000-4000-8000-000000000001';
export const FINALIZED_ID = 'a1b2c3d4-0000-4000-8000-000000000002';

/** The co-signed 1.0 fixture, byte for byte: Acme Textiles, every signatory signed. */
export const signedText = () => readFile(CO_SIGNED, 'utf8');

/** The fixture's record (no proofs) with `changes` applied. */
async function recordLike(changes) {
  const { proof, ...record } = JSON.parse(await signedText());
  return { ...record, ...changes, header: { ...record.header, ...changes.header } };
}

/** A French supplier audited in June, signed by the auditor but not yet by the union. */
export async function partlySignedText() {
  const record = await recordLike({
    id: PARTLY_SIGNED_ID,
    header: { supplier: 'Électricité du Nord', site: 'Usine de Lille', date: '2026-06-15' },
    created: '2026-06-15T08:00:00.000Z',
    updated: '2026-06-15T09:00:00.000Z',
    finalized: '2026-06-15T10:00:00.000Z',
  });
  const proof = proofBy(KEYS.auditor, record, { id: 'urn:uuid:00000000-0000-4000-8000-0000000000a1' });
  return JSON.stringify({ ...record, proof: [proof] }, null, 2);
}

/** An Arabic-named supplier on another checklist, finalized in September, nobody signed. */
export async function finalizedText() {
  const definition = JSON.parse(await readFile(join(DIST, 'checklists/archive/monitoring-visit-1.0.0.json'), 'utf8'));
  const { summary, ...record } = await recordLike({
    id: FINALIZED_ID,
    checklist: {
      id: 'monitoring-visit',
      version: definition.version,
      sha256: createHash('sha256').update(canonical(definition)).digest('hex'),
    },
    answers: {},
    header: { supplier: 'مَصْنَعُ النسيج', site: 'الدار البيضاء', date: '2026-09-01' },
    created: '2026-09-01T08:00:00.000Z',
    updated: '2026-09-01T09:00:00.000Z',
    finalized: '2026-09-01T10:00:00.000Z',
  });
  return JSON.stringify(record);
}

/** Writes `value` as it is under `key` in `store` of the app's current database. */
export function putRaw(page, store, key, value) {
  return putInDatabase(page, { version: DATABASE_VERSION, stores: [], store, key, value });
}

/** Every key of `store`, sorted. */
export function storeKeys(page, store) {
  return page.evaluate((store) => new Promise((done, fail) => {
    const open = indexedDB.open('supplier-audit');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const keys = open.result.transaction(store).objectStore(store).getAllKeys();
      keys.onerror = () => fail(keys.error);
      keys.onsuccess = () => { open.result.close(); done([...keys.result].sort()); };
    };
  }), store);
}

/** Opens the home screen and waits until the saved audits and the bin are read. */
export async function openHome(page, url) {
  await page.goto(url);
  await page.locator('.bin').waitFor();
}

/** The list entry of one audit on the home screen. */
export const listEntry = (page, id) => page.locator(`.saved-audits li[data-audit="${id}"]`);

/** The ids the home list shows now, in order. */
export const shownIds = (page) =>
  page.locator('.saved-audits li[data-audit]').evaluateAll((items) => items.map((li) => li.dataset.audit));
