// Small helpers shared by the bench generator and the Node reference verifier.
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B58_INDEX = new Map([...B58].map((c, i) => [c, BigInt(i)]));

export function base58Encode(bytes) {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** Decodes base58btc text, or returns null when it holds a character outside the alphabet. */
export function base58Decode(text) {
  let n = 0n;
  for (const c of text) {
    const digit = B58_INDEX.get(c);
    if (digit === undefined) return null;
    n = n * 58n + digit;
  }
  let hex = n ? n.toString(16) : '';
  if (hex.length % 2) hex = `0${hex}`;
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros += 1;
  return Buffer.concat([Buffer.alloc(zeros), Buffer.from(hex, 'hex')]);
}
