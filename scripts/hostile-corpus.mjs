// The hostile-input corpus of issue 8 (tests/fixtures/hostile/README.md lists every file).
//   node scripts/hostile-corpus.mjs DIR        writes the generated files (too large to commit,
//                                              or dated relative to today) into DIR
//   node scripts/hostile-corpus.mjs --fixtures rewrites the committed derived files in
//                                              tests/fixtures/hostile/ (byte-for-byte stable)
// Every file is derived from two committed bases made with audit-cli: the co-signed audit in
// tests/fixtures/signed-1.0/ and its unsigned form tests/fixtures/hostile/finalized-record.json.
// Where an attack needs a fresh signature, this script signs with the committed test keys, so
// that each file has exactly one fault. Node's standard library only.
import { createHash, createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const HOSTILE = join(ROOT, 'tests/fixtures/hostile');
export const CO_SIGNED = join(ROOT, 'tests/fixtures/signed-1.0/co-signed-audit.json');
const read = (path) => readFileSync(path, 'utf8');
const clone = (value) => structuredClone(value);
const pretty = (value) => `${JSON.stringify(value, null, 2)}\n`;

// --- Signing, independent of the app: JCS, base58btc, Ed25519 from a key file's seed. ---
const jcs = (v) => v === null || typeof v !== 'object' ? JSON.stringify(v)
  : Array.isArray(v) ? `[${v.map(jcs).join(',')}]`
  : `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${jcs(v[k])}`).join(',')}}`;
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function encode58(bytes) {
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) { out = B58[Number(n % 58n)] + out; n /= 58n; }
  for (const b of bytes) { if (b) break; out = `1${out}`; }
  return out;
}
function decode58(text) {
  let n = 0n;
  for (const c of text) n = n * 58n + BigInt(B58.indexOf(c));
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

function loadKey(name) {
  const file = JSON.parse(read(join(HOSTILE, 'keys', `${name}.key.json`)));
  const seed = decode58(file.privateKeyMultibase.slice(1)).subarray(2); // 0x8026 ed25519-priv
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const raw = Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x, 'base64url');
  const did = `did:key:z${encode58(Buffer.concat([Buffer.from([0xed, 0x01]), raw]))}`;
  if (did !== file.did) throw new Error(`${name}: the key file's did does not match its key`);
  return { did, privateKey, raw };
}
export const KEYS = Object.fromEntries(['auditor', 'union', 'stranger'].map((n) => [n, loadKey(n)]));

/** A proof by `key` over `doc` (its existing proofs left out), with `options` overriding fields. */
export function proofBy(key, doc, { created = '2026-11-30T12:00:00Z', id, ...overrides } = {}) {
  const { proof, ...unsecured } = doc;
  const options = {
    type: 'DataIntegrityProof', cryptosuite: 'eddsa-jcs-2022', created,
    verificationMethod: `${key.did}#${key.did.slice('did:key:'.length)}`, proofPurpose: 'assertionMethod',
    ...(id === undefined ? {} : { id }), ...overrides,
  };
  const data = Buffer.concat([sha256(jcs(options)), sha256(jcs(unsecured))]);
  return { ...options, proofValue: `z${encode58(sign(null, data, key.privateKey))}` };
}
/** `doc` signed by each of `keys` in turn, every proof with a fixed id and date. */
function signedBy(doc, keys) {
  const { proof, ...unsecured } = doc;
  return { ...unsecured, proof: keys.map((k, i) => proofBy(KEYS[k], unsecured, { id: `urn:uuid:00000000-0000-4000-8000-00000000000${i + 1}` })) };
}

// --- The corpus. ---
const base = () => JSON.parse(read(CO_SIGNED));
const record = () => JSON.parse(read(join(HOSTILE, 'finalized-record.json')));
const text = () => read(CO_SIGNED);
/** The co-signed audit with the auditor's proof replaced by `proof`. */
const withAuditorProof = (proof) => { const d = base(); d.proof[0] = proof; return d; };
const didWith = (bytes) => `did:key:z${encode58(bytes)}`;
const methodOf = (did) => `${did}#${did.slice('did:key:'.length)}`;

/** Small files, committed: name → content. Deterministic: re-running gives the same bytes. */
export function fixtureFiles() {
  const files = {};
  const co = text();
  files['truncated.json'] = co.slice(0, Math.floor(co.length / 2));
  files['not-an-object.json'] = `[${co}]\n`;
  files['proof-is-a-string.json'] = pretty({ ...base(), proof: base().proof[0].proofValue });
  const byObject = record();
  byObject.signatories = Object.fromEntries(byObject.signatories.map((s) => [s.role, s]));
  files['signatories-is-an-object.json'] = pretty(signedBy(byObject, ['auditor', 'union']));
  // The signatures cover "Acme Textiles"; a reader that keeps the first name shows another supplier.
  files['duplicate-keys.json'] = co.replace('"supplier": "Acme Textiles"', '"supplier": "Sweatshop Ltd",\n    "supplier": "Acme Textiles"');
  files['number-1e400.json'] = co.replace('"percent": 50', '"percent": 1e400');
  // Signed with 9007199254740992; the text says ...993, which JSON.parse and JCS round back.
  const big = record();
  big.summary.score.percent = 9007199254740992;
  files['big-integer.json'] = pretty(signedBy(big, ['auditor', 'union'])).replace('9007199254740992', '9007199254740993');
  files['lone-surrogate.json'] = co.replace('Three passports', 'Three \\ud800 passports');
  files['deep-nesting.json'] = `{"format": "supplier-audit-record/1", "answers": ${'['.repeat(10000)}${']'.repeat(10000)}}\n`;
  const other = record();
  other.header.supplier = 'Another Supplier';
  files['wrong-signature.json'] = pretty(withAuditorProof({ ...base().proof[0], proofValue: proofBy(KEYS.auditor, other).proofValue }));
  const secp = didWith(Buffer.concat([Buffer.from([0xe7, 0x01, 0x02]), KEYS.auditor.raw]));
  files['did-key-wrong-multicodec.json'] = pretty(withAuditorProof({ ...base().proof[0], verificationMethod: methodOf(secp) }));
  const short = didWith(Buffer.concat([Buffer.from([0xed, 0x01]), KEYS.auditor.raw.subarray(0, 31)]));
  files['did-key-wrong-length.json'] = pretty(withAuditorProof({ ...base().proof[0], verificationMethod: methodOf(short) }));
  files['proofvalue-without-z.json'] = pretty(withAuditorProof({ ...base().proof[0], proofValue: base().proof[0].proofValue.slice(1) }));
  files['unknown-cryptosuite.json'] = pretty(withAuditorProof(proofBy(KEYS.auditor, record(), { cryptosuite: 'eddsa-rdfc-2022' })));
  files['created-not-a-date.json'] = pretty(withAuditorProof(proofBy(KEYS.auditor, record(), { created: '2020-01-01T+a' })));
  files['created-month-13.json'] = pretty(withAuditorProof(proofBy(KEYS.auditor, record(), { created: '2026-13-01T10:00:00Z' })));
  files['unlisted-proof.json'] = pretty({ ...base(), proof: [...base().proof, proofBy(KEYS.stranger, record(), { id: 'urn:uuid:00000000-0000-4000-8000-0000000000ff' })] });
  files['duplicate-proof.json'] = pretty({ ...base(), proof: [...base().proof, base().proof[0]] });
  files['signed-twice.json'] = pretty({ ...base(), proof: [...base().proof, proofBy(KEYS.auditor, record(), { id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa' })] });
  files['duplicate-proof-ids.json'] = pretty({ ...base(), proof: [base().proof[0], proofBy(KEYS.union, record(), { id: base().proof[0].id })] });
  // Scores and the zero-tolerance alert lie; every listed signatory signed the lie.
  const lie = record();
  Object.assign(lie.summary, { zero_tolerance_alert: false, critical_findings: [] });
  Object.assign(lie.summary.score, { conforming: 2, percent: 100 });
  lie.summary.findings.critical = 0;
  files['false-summary.json'] = pretty(signedBy(lie, ['auditor', 'union']));
  const draft = record();
  delete draft.finalized;
  files['not-finalized.json'] = pretty(signedBy(draft, ['auditor', 'union']));
  const role = record();
  role.signatories[1].role = 'owner';
  files['signatory-unknown-role.json'] = pretty(signedBy(role, ['auditor', 'union']));
  const twice = record();
  twice.signatories[1].did = twice.signatories[0].did;
  files['signatory-listed-twice.json'] = pretty(signedBy(twice, ['auditor']));
  files['megabyte-proofvalue.json'] = pretty(withAuditorProof({ ...base().proof[0], proofValue: `z${'2'.repeat(1 << 20)}` }));
  const huge = `did:key:z6Mk${'A'.repeat(1 << 20)}`;
  files['megabyte-did.json'] = pretty(withAuditorProof({ ...base().proof[0], verificationMethod: methodOf(huge) }));
  const hugeListed = record();
  hugeListed.signatories[1].did = huge;
  files['megabyte-signatory-did.json'] = pretty(signedBy(hugeListed, ['auditor']));
  return files;
}

/** Files made at test time: `now` (ms) dates the future proof. */
export function generatedFiles(now = Date.now()) {
  const future = new Date(now + 10 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  const padded = record();
  padded.answers.E1.note = 'x'.repeat(50 * 1000 * 1000);
  const questions = Array.from({ length: 100000 }, (_, i) => ({
    id: `Q${i + 1}`, type: 'compliance', text: { en: '?' }, severity: 'minor',
  }));
  return {
    'created-future.json': pretty(withAuditorProof(proofBy(KEYS.auditor, record(), { created: future }))),
    'fifty-megabytes.json': JSON.stringify(padded),
    'checklist-100k-questions.json': JSON.stringify({
      format: 'supplier-audit-checklist/1', id: 'hostile-100k', version: '1.0.0',
      title: { en: '100,000 questions' }, sections: [{ id: 'S1', title: { en: 'All' }, questions }],
    }),
  };
}

function writeAll(dir, files) {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = process.argv[2];
  if (!target) {
    console.error('usage: node scripts/hostile-corpus.mjs DIR | --fixtures');
    process.exit(2);
  }
  if (target === '--fixtures') writeAll(HOSTILE, fixtureFiles());
  else writeAll(target, generatedFiles());
}
