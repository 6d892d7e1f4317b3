"""Reference verifier for the bench, in Python: `cryptography` (Ed25519) and `rfc8785` from
PyPI, hashlib for SHA-256. It shares no code with audit-cli.

Usage: python bench/cli/verify.py FILE...   prints "FILE: VALID" or "FILE: INVALID: why" per
file, in order; exit 0 only when every file is valid. The rules are audit-cli's: every proof
is an eddsa-jcs-2022 DataIntegrityProof that verifies over the document without `proof`,
`created` is not more than a day ahead, proof ids are unique, duplicate member names are
refused, and every listed signatory has exactly one valid proof.
"""

import datetime
import hashlib
import json
import sys

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B58_INDEX = {c: i for i, c in enumerate(B58)}
DAY = datetime.timedelta(days=1)


class Invalid(Exception):
    pass


def base58(text):
    n = 0
    for c in text:
        if c not in B58_INDEX:
            raise Invalid("not base58btc")
        n = n * 58 + B58_INDEX[c]
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def no_duplicates(pairs):
    members = {}
    for name, value in pairs:
        if name in members:
            raise Invalid(f"duplicate member name {name!r}")
        members[name] = value
    return members


def sha256(value):
    return hashlib.sha256(rfc8785.dumps(value)).digest()


def public_key(did):
    if not isinstance(did, str) or not did.startswith("did:key:z") or len(did) > 128:
        raise Invalid("not a did:key")
    raw = base58(did[len("did:key:z"):])
    if len(raw) != 34 or raw[:2] != b"\xed\x01":
        raise Invalid("not an Ed25519 did:key")
    return Ed25519PublicKey.from_public_bytes(raw[2:])


def check_proof(proof, unsecured, document_hash, now):
    if not isinstance(proof, dict):
        raise Invalid("the proof is not an object")
    config = {k: v for k, v in proof.items() if k != "proofValue"}
    for field, expected in (("type", "DataIntegrityProof"), ("cryptosuite", "eddsa-jcs-2022"),
                            ("proofPurpose", "assertionMethod")):
        if config.get(field) != expected:
            raise Invalid(f'"{field}" must be "{expected}"')
    if "created" in config:
        try:
            created = datetime.datetime.fromisoformat(config["created"])
        except (TypeError, ValueError):
            raise Invalid('"created" is not a date-time') from None
        if created.tzinfo is None or created > now + DAY:
            raise Invalid('"created" is in the future or has no offset')
    method = config.get("verificationMethod")
    if not isinstance(method, str) or len(method) > 128 or method.count("#") != 1:
        raise Invalid('bad "verificationMethod"')
    did, fragment = method.split("#")
    if fragment != did[len("did:key:"):]:
        raise Invalid('bad "verificationMethod"')
    key = public_key(did)
    value = proof.get("proofValue")
    if not isinstance(value, str) or not value.startswith("z") or len(value) > 100:
        raise Invalid('bad "proofValue"')
    signature = base58(value[1:])
    if len(signature) != 64:
        raise Invalid('bad "proofValue"')
    if "@context" in config:
        mine, theirs = config["@context"], unsecured.get("@context", [])
        mine = mine if isinstance(mine, list) else [mine]
        theirs = theirs if isinstance(theirs, list) else [theirs]
        if theirs[: len(mine)] != mine:
            raise Invalid("@context mismatch")
        document_hash = sha256({**unsecured, "@context": config["@context"]})
    try:
        key.verify(signature, sha256(config) + document_hash)
    except InvalidSignature:
        raise Invalid("the signature does not match") from None
    return did


def verify_text(text, now):
    document = json.loads(text, object_pairs_hook=no_duplicates)
    if not isinstance(document, dict):
        raise Invalid("not a JSON object")
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    proofs = document.get("proof", [])
    proofs = proofs if isinstance(proofs, list) else [proofs]
    if not proofs:
        raise Invalid("no proof")
    document_hash = sha256(unsecured)
    signers, ids = [], set()
    for index, proof in enumerate(proofs, 1):
        try:
            signers.append(check_proof(proof, unsecured, document_hash, now))
            if "id" in proof:
                proof_id = json.dumps(proof["id"])
                if proof_id in ids:
                    raise Invalid("duplicate proof id")
                ids.add(proof_id)
        except Invalid as e:
            raise Invalid(f"proof {index}: {e}") from None
    if "signatories" in document:
        listed = document["signatories"]
        if not isinstance(listed, list) or not all(isinstance(s, dict) for s in listed):
            raise Invalid("signatories is not a list of objects")
        dids = [s.get("did") for s in listed]
        if len(set(map(str, dids))) != len(dids):
            raise Invalid("a signatory is listed twice")
        for did in dids:
            if signers.count(did) != 1:
                raise Invalid(f"{did} has {signers.count(did)} valid proofs, not one")
        for signer in signers:
            if signer not in dids:
                raise Invalid(f"{signer} signed but is not on the signatory list")


def main(files):
    now = datetime.datetime.now(datetime.timezone.utc)
    all_valid, lines = True, []
    for file in files:
        try:
            with open(file, encoding="utf-8") as f:
                verify_text(f.read(), now)
            lines.append(f"{file}: VALID")
        except (Invalid, ValueError, rfc8785.CanonicalizationError) as e:
            all_valid = False
            lines.append(f"{file}: INVALID: {e}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0 if all_valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
