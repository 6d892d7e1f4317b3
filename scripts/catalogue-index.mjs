// Writes checklists/index.json: what the home screen shows of each shipped checklist (id, version,
// content hash, title and description in each language, question count), so that a first visit
// downloads a few kilobytes instead of every full definition. A definition is fetched when an
// audit starts on it, and checked against this entry's hash.
//
// The hash is the one the app and audit-cli compute (audit_core::parse_checklist): SHA-256 (hex)
// of the RFC 8785 canonical JSON of the file, here with the `canonicalize` package, the RFC's
// reference implementation for JavaScript. tests/e2e/catalogue-index.test.mjs checks that every
// hash equals what `audit-cli inspect` prints. Node rather than audit-cli in the build: the
// release build then needs no second cargo build (another profile, minutes on a fresh machine)
// inside a Trunk hook, and the test makes any disagreement a failure.
//
// Usage: node scripts/catalogue-index.mjs DIR   (DIR holds the checklists' *.json)
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import canonicalize from 'canonicalize';

export const INDEX_FILE = 'index.json';
export const INDEX_FORMAT = 'supplier-audit-catalogue/1';

export const sha256OfCanonical = (value) =>
  createHash('sha256').update(canonicalize(value), 'utf8').digest('hex');

/** The index entry of one definition (the parsed JSON of a checklist file named `file`). */
export function entryFor(file, definition) {
  if (definition.format !== 'supplier-audit-checklist/1') {
    throw new Error(`${file}: not a checklist definition (format ${JSON.stringify(definition.format)})`);
  }
  return {
    id: definition.id,
    version: definition.version,
    sha256: sha256OfCanonical(definition),
    file,
    title: definition.title,
    description: definition.description,
    questions: (definition.sections ?? []).reduce((n, s) => n + (s.questions?.length ?? 0), 0),
  };
}

/** The index of the current checklists in `dir` (not `archive/`), ordered by file name. */
export async function buildIndex(dir) {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json') && f !== INDEX_FILE).sort();
  const checklists = [];
  for (const file of files) {
    checklists.push(entryFor(file, JSON.parse(await readFile(join(dir, file), 'utf8'))));
  }
  return { format: INDEX_FORMAT, checklists };
}

export async function writeIndex(dir) {
  const index = await buildIndex(dir);
  await writeFile(join(dir, INDEX_FILE), `${JSON.stringify(index)}\n`);
  return index;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/catalogue-index.mjs DIR');
  const index = await writeIndex(dir);
  console.log(`${join(dir, INDEX_FILE)}: ${index.checklists.map((c) => `${c.id} ${c.version}`).join(', ')}`);
}
