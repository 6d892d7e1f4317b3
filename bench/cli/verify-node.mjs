// Reference verifier for the bench, on Node: node:crypto (SHA-256, Ed25519) and the
// `canonicalize` package (RFC 8785). It shares no code with audit-cli.
// Usage: node bench/cli/verify-node.mjs FILE…   prints "FILE: VALID" or "FILE: INVALID: why"
// per file, in order; exit 0 only when every file is valid.
// Rules, as audit-cli's: every proof is an eddsa-jcs-2022 DataIntegrityProof that verifies
// over the document without `proof`, `created` is not more than a day ahead, proof ids are
// unique, and every listed signatory has exactly one valid proof. JSON.parse does not refuse
// duplicate member names: the bench files have none.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import canonicalize from 'canonicalize';
import { base58Decode } from './common.mjs';

const DAY_MS = 24 * 60 * 60 * 1000;
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest();
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function publicKey(did) {
  if (typeof did !== 'string' || !did.startsWith('did:key:z') || did.length > 128) throw new Error('not a did:key');
  const raw = base58Decode(did.slice('did:key:z'.length));
  if (!raw || raw.length !== 34 || raw[0] !== 0xed || raw[1] !== 0x01) throw new Error('not an Ed25519 did:key');
  return createPublicKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', x: raw.subarray(2).toString('base64url') } });
}

function checkProof(proof, unsecured, documentHash, now) {
  if (!isObject(proof)) throw new Error('the proof is not an object');
  const { proofValue, ...config } = proof;
  for (const [field, expected] of [['type', 'DataIntegrityProof'], ['cryptosuite', 'eddsa-jcs-2022'], ['proofPurpose', 'assertionMethod']]) {
    if (config[field] !== expected) throw new Error(`"${field}" must be "${expected}"`);
  }
  if (config.created !== undefined) {
    const created = typeof config.created === 'string' ? Date.parse(config.created) : NaN;
    if (Number.isNaN(created)) throw new Error('"created" is not a date-time');
    if (created > now + DAY_MS) throw new Error('"created" is in the future');
  }
  const method = config.verificationMethod;
  if (typeof method !== 'string' || method.length > 128) throw new Error('bad "verificationMethod"');
  const [did, fragment, ...rest] = method.split('#');
  if (rest.length || fragment !== did.slice('did:key:'.length)) throw new Error('bad "verificationMethod"');
  const key = publicKey(did);
  if (typeof proofValue !== 'string' || !proofValue.startsWith('z') || proofValue.length > 100) throw new Error('bad "proofValue"');
  const signature = base58Decode(proofValue.slice(1));
  if (!signature || signature.length !== 64) throw new Error('bad "proofValue"');
  let hash = documentHash;
  if (config['@context'] !== undefined) {
    const mine = [].concat(config['@context']);
    const theirs = [].concat(unsecured['@context'] ?? []);
    if (!mine.every((c, i) => canonicalize(c) === canonicalize(theirs[i]))) throw new Error('@context mismatch');
    hash = sha256(canonicalize({ ...unsecured, '@context': config['@context'] }));
  }
  const data = Buffer.concat([sha256(canonicalize(config)), hash]);
  if (!verify(null, data, key, signature)) throw new Error('the signature does not match');
  return did;
}

export function verifyText(text, now = Date.now()) {
  const document = JSON.parse(text);
  if (!isObject(document)) throw new Error('not a JSON object');
  const { proof, ...unsecured } = document;
  const proofs = proof === undefined ? [] : Array.isArray(proof) ? proof : [proof];
  if (proofs.length === 0) throw new Error('no proof');
  const documentHash = sha256(canonicalize(unsecured));
  const ids = new Set();
  const signers = proofs.map((p, i) => {
    try {
      const signer = checkProof(p, unsecured, documentHash, now);
      if (p.id !== undefined) {
        const id = JSON.stringify(p.id);
        if (ids.has(id)) throw new Error('duplicate proof id');
        ids.add(id);
      }
      return signer;
    } catch (e) {
      throw new Error(`proof ${i + 1}: ${e.message}`);
    }
  });
  if (document.signatories !== undefined) {
    if (!Array.isArray(document.signatories)) throw new Error('signatories is not a list');
    const listed = document.signatories.map((s) => s?.did);
    if (new Set(listed).size !== listed.length) throw new Error('a signatory is listed twice');
    for (const did of listed) {
      const count = signers.filter((s) => s === did).length;
      if (count !== 1) throw new Error(`${did} has ${count} valid proofs, not one`);
    }
    const unlisted = signers.find((s) => !listed.includes(s));
    if (unlisted) throw new Error(`${unlisted} signed but is not on the signatory list`);
  }
}

let allValid = true;
const lines = [];
for (const file of process.argv.slice(2)) {
  try {
    verifyText(readFileSync(file, 'utf8'));
    lines.push(`${file}: VALID`);
  } catch (e) {
    allValid = false;
    lines.push(`${file}: INVALID: ${e.message}`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = allValid ? 0 : 1;
