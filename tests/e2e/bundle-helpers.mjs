// Helpers for the bundle tests: photos made and stored in Chromium (the photo UI is built
// elsewhere), a photo list written into a stored draft, and raw snapshots of what a device
// holds, compared byte for byte.
import { rawEntry } from './harness.mjs';
import { putRaw, storeKeys } from './audit-list-helpers.mjs';
import { storedTexts } from './backup-helpers.mjs';

/**
 * Makes `count` JPEGs of random noise (`width`×`height`, `quality`) in the page's canvas, stores
 * each as a Blob in the `photos` store under its SHA-256, and returns their record entries.
 */
export function storeNoiseJpegs(page, { count, width, height, quality }) {
  return page.evaluate(async ({ count, width, height, quality }) => {
    const database = await new Promise((done, fail) => {
      const open = indexedDB.open('supplier-audit');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const photos = [];
    for (let i = 0; i < count; i += 1) {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      const image = context.createImageData(width, height);
      for (let at = 0; at < image.data.length; at += 65536) {
        crypto.getRandomValues(image.data.subarray(at, at + 65536));
      }
      for (let at = 3; at < image.data.length; at += 4) image.data[at] = 255;
      context.putImageData(image, 0, 0);
      const blob = await new Promise((done) => canvas.toBlob(done, 'image/jpeg', quality));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
      await new Promise((done, fail) => {
        const put = database.transaction('photos', 'readwrite').objectStore('photos')
          .put(new Blob([bytes], { type: 'image/jpeg' }), sha256);
        put.onsuccess = done;
        put.onerror = () => fail(put.error);
      });
      photos.push({ sha256, media_type: 'image/jpeg', size: bytes.length });
    }
    database.close();
    return photos;
  }, { count, width, height, quality });
}

/** Adds `photos` (`{ question: [entries] }`) to the stored draft `id`, as the photo UI would. */
export async function attachPhotos(page, id, photos) {
  const record = JSON.parse(await rawEntry(page, 'audits', id));
  for (const [question, entries] of Object.entries(photos)) {
    record.answers[question] = { ...record.answers[question], photos: entries };
  }
  await putRaw(page, 'audits', id, JSON.stringify(record));
}

/** The bytes of every stored photo, base64 by hash. */
export function storedPhotos(page) {
  return page.evaluate(() => new Promise((done, fail) => {
    const open = indexedDB.open('supplier-audit');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const all = {};
      const cursor = open.result.transaction('photos').objectStore('photos').openCursor();
      const pending = [];
      cursor.onerror = () => fail(cursor.error);
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) {
          open.result.close();
          Promise.all(pending).then(() => done(all), fail);
          return;
        }
        const key = at.key;
        pending.push(at.value.arrayBuffer().then((buffer) => {
          let text = '';
          for (const byte of new Uint8Array(buffer)) text += String.fromCharCode(byte);
          all[key] = btoa(text);
        }));
        at.continue();
      };
    };
  }));
}

/** Everything a bundle could change on a device: audits, definitions, photo keys. */
export async function deviceSnapshot(page) {
  return {
    audits: await storedTexts(page, 'audits'),
    definitions: await storedTexts(page, 'definitions'),
    photos: await storeKeys(page, 'photos'),
  };
}
