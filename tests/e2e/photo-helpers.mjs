// Photos for the tests: JPEGs made by Chromium, given the EXIF a phone camera writes (a GPS
// position and a camera serial), attached through the app's own file input, then read back
// from the app's IndexedDB exactly as stored.
import { showQuestion } from './harness.mjs';

/** The camera's make and serial in the spliced EXIF: no stored photo may carry it. */
export const CAMERA_SERIAL = 'AuditCam SN-0042';

/** Latitude 48° 51' 24.12" as three big-endian TIFF rationals: the GPS bytes to look for. */
export const LATITUDE_BYTES = rationals([[48, 1], [51, 1], [2412, 100]]);
const LONGITUDE_BYTES = rationals([[2, 1], [17, 1], [4020, 100]]);

export const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');

/**
 * A `width`×`height` JPEG (quality 0.92) drawn in the page: a gradient with per-pixel noise
 * (`seed` makes each one different), with an APP1 EXIF segment holding a GPS IFD after SOI.
 */
export async function makeJpegWithGps(page, width, height, seed = 1) {
  const base64 = await page.evaluate(async ({ width, height, seed }) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    const image = context.createImageData(width, height);
    let state = seed * 2654435761 >>> 0 || 1;
    for (let i = 0; i < image.data.length; i += 4) {
      state ^= state << 13; state ^= state >>> 17; state ^= state << 5; state >>>= 0;
      const x = (i / 4) % width;
      const noise = state & 31;
      image.data[i] = (x * 255) / width + noise;
      image.data[i + 1] = ((i / 4 / width) * 255) / height + noise;
      image.data[i + 2] = 128 + noise;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  }, { width, height, seed });
  return withGpsExif(Buffer.from(base64, 'base64'));
}

/** `jpeg` with an APP1 `Exif\0\0` segment (camera make and GPS IFD) right after its SOI. */
export function withGpsExif(jpeg) {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const tiff = Buffer.alloc(158);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  // IFD0: the camera (Make, ASCII at 38) and the pointer to the GPS IFD (at 56).
  tiff.writeUInt16BE(2, 8);
  entry(tiff, 10, 0x010f, 2, CAMERA_SERIAL.length + 1, 38);
  entry(tiff, 22, 0x8825, 4, 1, 56);
  tiff.writeUInt32BE(0, 34);
  tiff.write(CAMERA_SERIAL, 38, 'latin1');
  // GPS IFD: N latitude (rationals at 110), E longitude (rationals at 134).
  tiff.writeUInt16BE(4, 56);
  entry(tiff, 58, 0x0001, 2, 2, Buffer.from('N\0\0\0', 'latin1').readUInt32BE(0));
  entry(tiff, 70, 0x0002, 5, 3, 110);
  entry(tiff, 82, 0x0003, 2, 2, Buffer.from('E\0\0\0', 'latin1').readUInt32BE(0));
  entry(tiff, 94, 0x0004, 5, 3, 134);
  tiff.writeUInt32BE(0, 106);
  LATITUDE_BYTES.copy(tiff, 110);
  LONGITUDE_BYTES.copy(tiff, 134);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xffe1, 0);
  segment.writeUInt16BE(2 + EXIF_HEADER.length + tiff.length, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, EXIF_HEADER, tiff, jpeg.subarray(2)]);
}

function entry(tiff, at, tag, type, count, value) {
  tiff.writeUInt16BE(tag, at);
  tiff.writeUInt16BE(type, at + 2);
  tiff.writeUInt32BE(count, at + 4);
  tiff.writeUInt32BE(value, at + 8);
}

function rationals(pairs) {
  const bytes = Buffer.alloc(pairs.length * 8);
  pairs.forEach(([n, d], i) => { bytes.writeUInt32BE(n, i * 8); bytes.writeUInt32BE(d, i * 8 + 4); });
  return bytes;
}

/**
 * Picks `files` (a path, or `{ name, mimeType, buffer }`, or a list of them) in the "choose
 * photos" input of `question`, or of its evidence slot `slot` (from 0).
 */
export async function attachPhoto(page, question, files, slot = null) {
  const card = await showQuestion(page, question);
  const picker = slot === null ? '.photo-picker:not([data-slot])' : `.photo-picker[data-slot="${slot}"]`;
  await card.locator(`${picker} input[data-photo-input="files"]`).setInputFiles(files);
}

/** The bytes stored under `sha256` in the app's `photos` store, and their decoded size. */
export async function storedPhoto(page, sha256) {
  const found = await page.evaluate((key) => new Promise((done, fail) => {
    const open = indexedDB.open('supplier-audit');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('photos').objectStore('photos').get(key);
      get.onerror = () => fail(get.error);
      get.onsuccess = async () => {
        open.result.close();
        const blob = get.result;
        if (!(blob instanceof Blob)) return done(null);
        const bitmap = await createImageBitmap(blob);
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let text = '';
        for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        done({ base64: btoa(text), type: blob.type, width: bitmap.width, height: bitmap.height });
      };
    };
  }), sha256);
  if (!found) return null;
  return { bytes: Buffer.from(found.base64, 'base64'), type: found.type, width: found.width, height: found.height };
}
