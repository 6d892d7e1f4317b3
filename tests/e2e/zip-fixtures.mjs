// A tiny zip writer for hostile bundles: it writes what it is told, including what no app
// should ever write (names that climb out of a folder, sizes that lie, zip bombs), so that the
// tests can hand such files to the app. Only "stored" (0) and "deflate" (8) entries.
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 a zip entry declares for `bytes`. */
export function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The fields the local header and the central directory share, from the flags (UTF-8 names)
 * to the name length, written at `at`: method, DOS time 0 and date 1980-01-01, CRC, sizes.
 */
function writeEntryFields(buffer, at, { method, crc, compressed, size }, nameLength) {
  buffer.writeUInt16LE(0x0800, at);
  buffer.writeUInt16LE(method, at + 2);
  buffer.writeUInt16LE(0, at + 4);
  buffer.writeUInt16LE(0x21, at + 6);
  buffer.writeUInt32LE(crc, at + 8);
  buffer.writeUInt32LE(compressed, at + 12);
  buffer.writeUInt32LE(size, at + 16);
  buffer.writeUInt16LE(nameLength, at + 20);
}

/**
 * A zip of `entries`: `{ name, data, deflate = false, declaredSize }`. `declaredSize` makes the
 * headers lie about the inflated size. Dated 1980-01-01, UTF-8 names.
 */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data, deflate = false, declaredSize } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const body = deflate ? deflateRawSync(data) : Buffer.from(data);
    const fields = {
      method: deflate ? 8 : 0,
      crc: crc32(data),
      compressed: body.length,
      size: declaredSize ?? data.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    writeEntryFields(local, 6, fields, nameBytes.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    writeEntryFields(central, 8, fields, nameBytes.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
