// An independent verifier for signed results, with nothing but Node's standard library:
// it shares no code with the app or audit-cli, so agreement between them means something.
// Usage: node scripts/verify-di.mjs FILE   prints a JSON report; exit 0 only when VALID.
// It follows W3C Data Integrity eddsa-jcs-2022 plus the project's rules (README, issue 8):
// strict I-JSON, the signatory list, RFC 3339 `created`, and lengths checked before decoding.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const MAX_BYTES = 16 * 1024 * 1024;
// The core's reader (serde_json) refuses a 128th level of arrays or objects: so does this one.
const MAX_DEPTH = 127;
const ROLES = ['auditor', 'supplier_representative', 'union_representative', 'witness'];
const DAY_MS = 24 * 60 * 60 * 1000;
const refused = (reason) => ({ valid: false, reason, errors: [reason], proofs: [], missing: [], repeated: [], unlisted: [] });
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Strict JSON (RFC 8259 + I-JSON, RFC 7493): refuses duplicate member names, lone surrogates,
 * integers JCS would round (beyond ±(2^53−1)), non-finite numbers and nesting deeper than 127 levels.
 * JSON.parse alone keeps the last duplicate and rounds big integers silently.
 */
export function parseStrict(text) {
  let at = 0;
  const fail = (why) => { throw new Error(`not strict JSON: ${why} at offset ${at}`); };
  const space = () => { while (at < text.length && ' \t\n\r'.includes(text[at])) at += 1; };
  const string = () => {
    const start = at++;
    for (;;) {
      const c = text.charCodeAt(at);
      if (at >= text.length) fail('unterminated string');
      if (c === 0x22) break;
      if (c < 0x20) fail('control character in a string');
      if (c === 0x5c) {
        if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(at + 1, at + 6))) fail('bad escape');
        at += text[at + 1] === 'u' ? 6 : 2;
      } else at += 1;
    }
    const value = JSON.parse(text.slice(start, ++at));
    if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)) fail('lone surrogate in a string');
    return value;
  };
  const value = (depth) => {
    space();
    const c = text[at];
    if (c === '{' || c === '[') {
      if (depth >= MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH}`);
      at += 1;
      const object = c === '{';
      const out = object ? {} : [];
      space();
      if (text[at] === (object ? '}' : ']')) { at += 1; return out; }
      for (;;) {
        if (object) {
          space();
          if (text[at] !== '"') fail('expected a member name');
          const name = string();
          if (Object.hasOwn(out, name)) fail(`duplicate member name ${JSON.stringify(name)}`);
          space();
          if (text[at++] !== ':') fail('expected ":"');
          // defineProperty: a member named "__proto__" stays a plain member.
          Object.defineProperty(out, name, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
        } else out.push(value(depth + 1));
        space();
        const next = text[at++];
        if (next === (object ? '}' : ']')) return out;
        if (next !== ',') fail(`expected "," or "${object ? '}' : ']'}"`);
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null)/.exec(text.slice(at, at + 5));
    if (literal) { at += literal[0].length; return JSON.parse(literal[0]); }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!number) fail(at >= text.length ? 'unexpected end of input' : 'unexpected character');
    const n = Number(number[0]);
    if (!Number.isFinite(n)) fail(`number ${number[0]} is not finite`);
    if (!number[2] && !number[3] && !Number.isSafeInteger(n)) fail(`integer ${number[0]} is outside ±(2^53−1)`);
    at += number[0].length;
    return n;
  };
  const result = value(0);
  space();
  if (at < text.length) fail('text after the JSON value');
  return result;
}

// RFC 8785; the strict reader guarantees numbers that JSON.stringify prints canonically.
const jcs = (v) => v === null || typeof v !== 'object' ? JSON.stringify(v)
  : Array.isArray(v) ? `[${v.map(jcs).join(',')}]`
  : `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${jcs(v[k])}`).join(',')}}`;
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(text) {
  let n = 0n;
  for (const c of text) {
    const digit = B58.indexOf(c);
    if (digit < 0) throw new Error('not base58btc');
    n = n * 58n + BigInt(digit);
  }
  let hex = n ? n.toString(16) : '';
  if (hex.length % 2) hex = `0${hex}`;
  const zeros = text.length - text.replace(/^1+/, '').length;
  return Buffer.concat([Buffer.alloc(zeros), Buffer.from(hex, 'hex')]);
}

/** The 32-byte public key of a `did:key:z…` (checked for length before decoding). */
function didKey(did) {
  if (typeof did !== 'string' || !did.startsWith('did:key:z')) throw new Error('not a did:key (did:key:z…)');
  if (did.length > 128) throw new Error(`the did:key is ${did.length} characters long, more than 128`);
  const raw = base58(did.slice('did:key:z'.length));
  if (raw[0] !== 0xed || raw[1] !== 0x01) throw new Error('not an Ed25519 did:key (multicodec 0xed01)');
  if (raw.length !== 34) throw new Error(`the Ed25519 did:key holds ${raw.length - 2} bytes, not 32`);
  return raw.subarray(2);
}

/** RFC 3339 date-time with real ranges (month 13, 30 February refused; a leap second kept); ms. */
function rfc3339(text) {
  const m = typeof text === 'string'
    && /^(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(\.\d+)?(?:[Zz]|([+-])(\d\d):(\d\d))$/.exec(text);
  if (!m) throw new Error(`"created" is not an RFC 3339 date-time: ${JSON.stringify(text)}`);
  const [year, month, day, hour, minute, second, , , oh = 0, om = 0] = m.slice(1).map((x) => Number(x ?? 0));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 60 || oh > 23 || om > 59) {
    throw new Error(`"created" is not a possible date-time: ${text}`);
  }
  const offset = (m[8] === '-' ? -1 : 1) * (oh * 60 + om) * 60000;
  return Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offset;
}

function checkSignatories(list) {
  if (!Array.isArray(list)) return ['signatories: must be an array of signatories'];
  const seen = new Set();
  return list.flatMap((s, i) => {
    const at = `signatories[${i}]`;
    if (!isObject(s)) return [`${at}: not an object`];
    const keys = Object.keys(s).sort().join();
    if (keys !== 'did,name,organisation,role') return [`${at}: must have exactly role, name, organisation and did (has ${keys})`];
    if (!ROLES.includes(s.role)) return [`${at}: unknown role ${JSON.stringify(s.role)}`];
    if (typeof s.name !== 'string' || typeof s.organisation !== 'string') return [`${at}: name and organisation must be text`];
    try { didKey(s.did); } catch (e) { return [`${at}: ${e.message}`]; }
    if (seen.has(s.did)) return [`${at}: ${s.did} is listed twice`];
    seen.add(s.did);
    return [];
  });
}

function checkProof(p, unsecured, now) {
  if (!isObject(p)) throw new Error('the proof is not an object');
  const { proofValue, ...options } = p;
  for (const [field, expected] of [['type', 'DataIntegrityProof'], ['cryptosuite', 'eddsa-jcs-2022'], ['proofPurpose', 'assertionMethod']]) {
    if (options[field] !== expected) throw new Error(`"${field}" must be "${expected}", not ${JSON.stringify(options[field])}`);
  }
  if (options.created !== undefined && rfc3339(options.created) > now + DAY_MS) {
    throw new Error(`"created" ${options.created} is more than 24 hours in the future`);
  }
  const method = options.verificationMethod;
  if (typeof method !== 'string' || method.length > 128 || !/^did:key:z[^#]*#z[^#]*$/.test(method)) {
    throw new Error('"verificationMethod" must be did:key:z…#z… of at most 128 characters');
  }
  const [did, fragment] = method.split('#');
  const key = didKey(did);
  if (fragment !== did.slice('did:key:'.length)) throw new Error('"verificationMethod" must end with #<the same key>');
  if (typeof proofValue !== 'string' || !proofValue.startsWith('z') || proofValue.length > 100) {
    throw new Error('"proofValue" must be "z…" (base58btc) of at most 100 characters');
  }
  const signature = base58(proofValue.slice(1));
  if (signature.length !== 64) throw new Error(`"proofValue" holds ${signature.length} bytes, not 64`);
  let document = unsecured;
  if (options['@context'] !== undefined) {
    const mine = [].concat(options['@context']);
    const theirs = [].concat(unsecured['@context'] ?? []);
    if (!mine.every((c, i) => jcs(c) === jcs(theirs[i]))) throw new Error("the proof's @context does not start the document's");
    document = { ...unsecured, '@context': options['@context'] };
  }
  const data = Buffer.concat([sha256(jcs(options)), sha256(jcs(document))]);
  const publicKey = createPublicKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', x: key.toString('base64url') } });
  if (!verify(null, data, publicKey, signature)) throw new Error('the signature does not match: the document or this proof was changed');
  return did;
}

/**
 * Verifies a parsed document at time `now` (ms). Returns { valid, reason, errors, proofs:
 * [{ index, signer, valid, reason }], missing, repeated, unlisted }.
 */
export function verifyDocument(doc, now = Date.now()) {
  if (!isObject(doc)) return refused('a signed document must be a JSON object');
  const { proof, ...unsecured } = doc;
  const errors = doc.signatories === undefined ? [] : checkSignatories(doc.signatories);
  const raw = proof === undefined ? [] : Array.isArray(proof) ? proof : [proof];
  if (raw.length === 0) errors.push('no proof: the document is not signed');
  const ids = raw.map((p) => p?.id).filter((id) => id !== undefined);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) errors.push(`proof id ${JSON.stringify(twice[0])} is used more than once: a duplicate proof`);
  const proofs = raw.map((p, index) => {
    try {
      return { index: index + 1, signer: checkProof(p, unsecured, now), valid: true };
    } catch (e) {
      return { index: index + 1, signer: typeof p?.verificationMethod === 'string' ? p.verificationMethod.slice(0, 140) : null, valid: false, reason: e.message };
    }
  });
  const listed = errors.some((e) => e.startsWith('signatories')) || !Array.isArray(doc.signatories) ? [] : doc.signatories.map((s) => s.did);
  const by = (did) => proofs.filter((p) => p.valid && p.signer === did);
  const missing = doc.signatories === undefined ? [] : listed.filter((did) => by(did).length === 0);
  const repeated = listed.filter((did) => by(did).length > 1);
  const unlisted = doc.signatories === undefined ? []
    : proofs.filter((p) => p.valid && !listed.includes(p.signer)).map((p) => `proof ${p.index} by ${p.signer}`);
  const reasons = [...errors, ...proofs.filter((p) => !p.valid).map((p) => `proof ${p.index}: ${p.reason}`),
    ...missing.map((did) => `missing signature: ${did}`), ...repeated.map((did) => `signed more than once: ${did}`),
    ...unlisted.map((u) => `not on the signatory list: ${u}`)];
  return { valid: reasons.length === 0, reason: reasons[0] ?? null, errors, proofs, missing, repeated, unlisted };
}

/** Verifies a file's bytes: the size limit, then UTF-8 and strict JSON, then the document. */
export function verifyBytes(bytes, now = Date.now()) {
  if (bytes.length > MAX_BYTES) return refused(`the file is ${bytes.length} bytes: the limit is 16 MiB`);
  let doc;
  try {
    doc = parseStrict(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch (e) {
    return refused(e instanceof TypeError ? 'not UTF-8 text' : e.message);
  }
  return verifyDocument(doc, now);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = verifyBytes(readFileSync(process.argv[2]));
  console.log(JSON.stringify(report, null, 2));
  process.exit(report.valid ? 0 : 1);
}
