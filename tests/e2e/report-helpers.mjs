// Shared by the printed-report tests (and reusable by others): an audit seeded with a
// critical finding, its corrective actions and a photo; the report as PDF text; its QR code
// decoded; the app's export run through audit-cli inspect.
import { createHash, randomUUID } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { AUDIT_CLI, DIST, canonical } from './harness.mjs';
import { putRaw } from './audit-list-helpers.mjs';

/** SHA-256 (hex) of the RFC 8785 canonical form of a JSON text, computed in Node. */
export const canonicalSha256 = (text) =>
  createHash('sha256').update(canonical(JSON.parse(text))).digest('hex');

/** The short key form the report and audit-cli print: first and last 8 of the multibase key. */
export function fingerprint(did) {
  const key = did.replace(/^did:key:/, '');
  return `${key.slice(0, 8)}…${key.slice(-8)}`;
}

/** A small real JPEG made by the page's canvas, its bytes stored in `photos` under their SHA-256. */
export async function storeJpeg(page, { store = true } = {}) {
  const { hash, size } = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const context = canvas.getContext('2d');
    context.fillStyle = '#b3261e';
    context.fillRect(0, 0, 64, 48);
    context.fillStyle = '#ffffff';
    context.fillRect(16, 12, 32, 24);
    const blob = await new Promise((done) => canvas.toBlob(done, 'image/jpeg', 0.9));
    const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
    const hash = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    window.seededJpeg = blob;
    return { hash, size: blob.size };
  });
  if (store) {
    await page.evaluate(({ hash }) => new Promise((done, fail) => {
      const open = indexedDB.open('supplier-audit');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('photos', 'readwrite');
        tx.objectStore('photos').put(window.seededJpeg, hash);
        tx.oncomplete = () => { open.result.close(); done(); };
        tx.onerror = () => fail(tx.error);
      };
    }), { hash });
  }
  return { sha256: hash, media_type: 'image/jpeg', size };
}

/**
 * Seeds a draft of the shipped supplier-due-diligence checklist straight into `audits`, in the
 * core's record shape: A1 yes, E1 no (a critical finding) with a note, a photo and two
 * corrective actions (the first a containment step). The app must have opened its database
 * on `page` first. Returns `{ id, record, photo }`.
 */
export async function seedAuditWithFindingAndPhoto(page, { supplier = 'Acme Textiles', storePhoto = true } = {}) {
  const definition = JSON.parse(await readFile(join(DIST, 'checklists/supplier-due-diligence.json'), 'utf8'));
  const photo = { ...(await storeJpeg(page, { store: storePhoto })), caption: 'HR safe holding passports' };
  const id = randomUUID();
  const record = {
    format: 'supplier-audit-record/1',
    id,
    checklist: {
      id: definition.id,
      version: definition.version,
      sha256: createHash('sha256').update(canonical(definition)).digest('hex'),
    },
    header: { supplier, site: 'Plant 2', address: '12 Mill Road', auditor: 'Amina Diallo', date: '2026-11-28' },
    answers: {
      A1: { value: 'yes' },
      E1: { value: 'no', note: 'Three passports found in the HR safe.', photos: [photo] },
    },
    created: '2026-11-28T08:00:00.000Z',
    updated: '2026-11-28T09:00:00.000Z',
    actions: [
      {
        id: randomUUID(), question: 'E1', what: 'Return every passport to its holder', owner: 'HR manager',
        due: '2026-11-28', status: 'open', verification: 'on_site', containment: true,
      },
      {
        id: randomUUID(), question: 'E1', what: 'Install lockable lockers for documents', owner: 'Site director',
        due: '2026-12-05', status: 'in_progress', verification: 'desk',
      },
    ],
  };
  await putRaw(page, 'audits', id, JSON.stringify(record));
  return { id, record, photo };
}

/**
 * The report printed to PDF at `format` (`A4`, `Letter`), as `pdftotext` reads it: the text
 * and each page's text with every run of white space made one space (table cells wrap), and
 * the page size `pdfinfo` reports, and the raster images it holds (`pdfimages`).
 */
export async function pdfText(page, format, dir) {
  const file = join(dir, `report-${format}.pdf`);
  await writeFile(file, await page.pdf({ format }));
  const raw = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const flat = (text) => text.replace(/\s+/g, ' ');
  // `pdfimages -list`: two header lines, then one line per image: page, num, type, width, height…
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2)
    .map((line) => line.trim().split(/\s+/)).filter((cells) => cells[2] === 'image')
    .map(([page, , , width, height]) => ({ page: Number(page), width: Number(width), height: Number(height) }));
  return {
    images,
    text: flat(raw),
    pages: raw.split('\f').filter((p) => p.trim()).map(flat),
    size: /Page size:\s*(.*)/.exec(info)?.[1] ?? '',
  };
}

/** The text of the QR code image `selector`, drawn at 2× on a canvas in the page and decoded in Node. */
export async function decodeQr(page, selector) {
  const { width, height, data } = await page.locator(selector).evaluate(async (img) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * 2;
    canvas.height = img.naturalHeight * 2;
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
  });
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? null;
}

/** Clicks the export button `name` and saves the file as `file` in `dir`. */
export async function exportAudit(page, name, dir, file) {
  const [item] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = join(dir, file);
  await item.saveAs(path);
  return path;
}

/** The hash `audit-cli inspect` prints for `file` on its `document sha256:` line. */
export function inspectedHash(file) {
  const out = spawnSync(AUDIT_CLI, ['inspect', file], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`audit-cli inspect ${file}: ${out.error ?? out.stderr}`);
  return { hash: /^document sha256: ([0-9a-f]{64})$/m.exec(out.stdout)?.[1], stdout: out.stdout };
}
