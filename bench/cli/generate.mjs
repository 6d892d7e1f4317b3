// Generates the bench corpus: COUNT signed audit records of 300 answers, each signed by its
// three signatories (three eddsa-jcs-2022 proofs), with node:crypto Ed25519 and the
// `canonicalize` package (RFC 8785). Every tenth file (the 10th, 20th, …) is tampered: one
// answer is changed after signing, so every proof of it must fail.
// Usage: node bench/cli/generate.mjs OUT_DIR COUNT   writes OUT_DIR/audit-NNNN.json and
// OUT_DIR/expected.json ({"audit-0001.json": true, …}: true when the file must verify).
import { createHash, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import canonicalize from 'canonicalize';
import { base58Encode } from './common.mjs';

const [outDir, countText] = process.argv.slice(2);
const count = Number(countText);
if (!outDir || !Number.isInteger(count) || count < 1) {
  console.error('usage: node bench/cli/generate.mjs OUT_DIR COUNT');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const ANSWERS = 300;
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest();

function identity(role, name, organisation) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
  const did = `did:key:z${base58Encode(Buffer.concat([Buffer.from([0xed, 0x01]), raw]))}`;
  return { privateKey, signatory: { role, name, organisation, did } };
}
const parties = [
  identity('auditor', 'Amina Diallo', 'Audit Partners'),
  identity('supplier_representative', 'Chen Wei', 'Acme Textiles'),
  identity('union_representative', 'Fatima Zahra', "Textile Workers' Union"),
];

// A small deterministic generator, so that two runs make the same content (keys differ).
let seed = 0x2545f491;
const random = () => {
  seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};
const VALUES = ['yes', 'yes', 'yes', 'partial', 'no', 'not_applicable'];
const NOTES = [
  'Checked the payroll records for the last three months with the HR manager.',
  'Workers interviewed without management present; no fees reported.',
  'Passports kept by workers themselves; lockers seen in the dormitory.',
  'Contract in the workers\' language, signed before departure — vérifié.',
  'Overtime above the legal limit in two weeks of March; remediation agreed.',
];

function record(n) {
  const answers = {};
  for (let q = 1; q <= ANSWERS; q += 1) {
    const answer = { value: VALUES[Math.floor(random() * VALUES.length)] };
    if (random() < 0.35) answer.note = NOTES[Math.floor(random() * NOTES.length)];
    answers[`Q${String(q).padStart(3, '0')}`] = answer;
  }
  return {
    format: 'supplier-audit-record/1',
    id: randomUUID(),
    checklist: { id: 'bench-300', version: '1.0.0', sha256: sha256(`bench-300 ${n % 3}`).toString('hex') },
    header: {
      supplier: `Supplier ${n}`, site: `Plant ${1 + (n % 7)}`, address: `${n} Mill Road`,
      auditor: 'Amina Diallo', date: '2026-11-28',
    },
    answers,
    created: '2026-11-28T08:00:00.000Z',
    updated: '2026-11-28T09:12:44.512Z',
    finalized: '2026-11-28T10:00:00Z',
    signatories: parties.map((p) => p.signatory),
  };
}

function signed(document) {
  const documentHash = sha256(canonicalize(document));
  const proof = parties.map(({ privateKey, signatory }, i) => {
    const config = {
      id: `urn:uuid:${randomUUID()}`,
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-jcs-2022',
      created: `2026-11-28T1${i}:30:00Z`,
      verificationMethod: `${signatory.did}#${signatory.did.slice('did:key:'.length)}`,
      proofPurpose: 'assertionMethod',
    };
    const data = Buffer.concat([sha256(canonicalize(config)), documentHash]);
    return { ...config, proofValue: `z${base58Encode(sign(null, data, privateKey))}` };
  });
  return { ...document, proof };
}

const expected = {};
for (let n = 1; n <= count; n += 1) {
  const document = signed(record(n));
  const tampered = n % 10 === 0;
  if (tampered) {
    const answer = document.answers.Q150;
    answer.value = answer.value === 'yes' ? 'no' : 'yes';
  }
  const name = `audit-${String(n).padStart(4, '0')}.json`;
  writeFileSync(join(outDir, name), `${JSON.stringify(document, null, 2)}\n`);
  expected[name] = !tampered;
}
writeFileSync(join(outDir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
