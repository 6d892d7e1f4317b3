// An independent verifier for signed results, with nothing but Node's standard library:
// it shares no code with the app or audit-cli, so agreement between them means something.
// Usage: node scripts/verify-di.mjs FILE   (exit 0 when every proof verifies and every
// listed signatory has signed). It follows W3C Data Integrity eddsa-jcs-2022.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// RFC 8785 for documents whose numbers JSON.stringify already prints canonically (all of ours).
const jcs = (v) => v === null || typeof v !== 'object' ? JSON.stringify(v)
  : Array.isArray(v) ? `[${v.map(jcs).join(',')}]`
  : `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${jcs(v[k])}`).join(',')}}`;
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest();
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(text) {
  let n = 0n;
  for (const c of text) {
    const digit = B58.indexOf(c);
    if (digit < 0) throw new Error('not base58');
    n = n * 58n + BigInt(digit);
  }
  let hex = n ? n.toString(16) : '';
  if (hex.length % 2) hex = `0${hex}`;
  const zeros = text.length - text.replace(/^1+/, '').length;
  return Buffer.concat([Buffer.alloc(zeros), Buffer.from(hex, 'hex')]);
}
function publicKey(method) {
  const [did, fragment] = method.split('#');
  const raw = base58(did.slice('did:key:z'.length));
  if (!did.startsWith('did:key:z') || fragment !== did.slice('did:key:'.length)
      || raw.length !== 34 || raw[0] !== 0xed || raw[1] !== 0x01) throw new Error('not an Ed25519 did:key');
  return createPublicKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', x: raw.subarray(2).toString('base64url') } });
}

/** Returns { valid, proofs: [{ signer, valid }], missing: [did] }. */
export function verifyDocument(doc) {
  const { proof, ...unsecured } = doc;
  const proofs = proof === undefined ? [] : [].concat(proof);
  const results = proofs.map((p) => {
    try {
      const { proofValue, ...options } = p;
      if (options.type !== 'DataIntegrityProof' || options.cryptosuite !== 'eddsa-jcs-2022'
          || options.proofPurpose !== 'assertionMethod' || !proofValue.startsWith('z')) throw new Error('not eddsa-jcs-2022');
      const document = options['@context'] === undefined ? unsecured : { ...unsecured, '@context': options['@context'] };
      const data = Buffer.concat([sha256(jcs(options)), sha256(jcs(document))]);
      const valid = verify(null, data, publicKey(options.verificationMethod), base58(proofValue.slice(1)));
      return { signer: options.verificationMethod.split('#')[0], valid };
    } catch (e) {
      return { signer: p?.verificationMethod, valid: false, reason: e.message };
    }
  });
  const signed = new Set(results.filter((r) => r.valid).map((r) => r.signer));
  const missing = (doc.signatories ?? []).map((s) => s.did).filter((did) => !signed.has(did));
  return { valid: results.length > 0 && results.every((r) => r.valid) && missing.length === 0, proofs: results, missing };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = verifyDocument(JSON.parse(readFileSync(process.argv[2], 'utf8')));
  console.log(JSON.stringify(report, null, 2));
  process.exit(report.valid ? 0 : 1);
}
