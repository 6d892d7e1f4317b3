//! One `Verifier` checking many documents gives each exactly the report that
//! `SignedDocument::verify` gives it alone, whatever sits before or after it; and why it
//! checks signatures one by one rather than in a batch (see `src/signing/keys.rs`).

mod common_signing;

use audit_core::signing::forgery::forged;
use audit_core::signing::{DidKey, ProofFailure, SignedDocument, Verifier};
use common_signing::*;
use curve25519_dalek::EdwardsPoint;
use curve25519_dalek::edwards::CompressedEdwardsY;
use curve25519_dalek::traits::Identity;
use ed25519_dalek::{Signature, VerifyingKey};
use serde_json::Value;

/// The signer's secret scalar.
const A: u64 = 0x5eed;

/// `(0, −1)`, the point of order 2.
fn order_2() -> EdwardsPoint {
    let mut bytes = [0xff; 32];
    bytes[0] = 0xec;
    bytes[31] = 0x7f;
    CompressedEdwardsY(bytes).decompress().unwrap()
}

/// A signature of `message` by the key `[A]B` whose nonce point is `[r]B + (0, −1)`: made as
/// the scheme says otherwise, so it holds with the cofactor and fails without it.
fn with_torsion(r: u64, message: &[u8]) -> ([u8; 32], [u8; 64]) {
    forged(A, &EdwardsPoint::identity(), r, &order_2(), message)
}

#[test]
fn a_batch_accepts_what_verify_strict_refuses() {
    // The batch's coefficients derive from the signatures: a signer tries until one fits,
    // about one try in two.
    let accepted_by_batch = (1u64..64).find(|r| {
        let message = [7u8; 64];
        let (public_key, signature) = with_torsion(*r, &message);
        let key = VerifyingKey::from_bytes(&public_key).unwrap();
        let signature = Signature::from_bytes(&signature);
        assert!(key.verify_strict(&message, &signature).is_err());
        ed25519_dalek::verify_batch(&[&message[..]], &[signature], &[key]).is_ok()
    });
    assert!(accepted_by_batch.is_some());
}

#[test]
fn such_a_signature_in_a_document_is_refused() {
    // The signer's key is [a]B, written as a did:key, and listed as the auditor.
    let public_key = with_torsion(1, &[]).0;
    let mut record = finalized_record();
    record.signatories.clear();
    let mut auditor = party(0);
    auditor.did = DidKey::from_public_key(public_key);
    record.add_signatory(auditor.clone()).unwrap();
    let document = SignedDocument::from_record(&record).unwrap();
    let mut options = proof_options(0, "2026-11-28T11:00:00Z");
    options.signer = auditor.did.clone();
    let refused = (1u64..64).find_map(|r| {
        let request = document.prepare(&options).unwrap();
        let (_, signature) = with_torsion(r, request.data());
        let key = VerifyingKey::from_bytes(&public_key).unwrap();
        let batch = ed25519_dalek::verify_batch(
            &[&request.data()[..]],
            &[Signature::from_bytes(&signature)],
            &[key],
        );
        // Only a signature that the batch accepts makes the point.
        batch.is_ok().then(|| request.complete(&signature))
    });
    assert_eq!(refused, Some(Err(ProofFailure::SignatureMismatch)));
}

/// Documents by the same three keys, every third with its second proof broken in a
/// different way, verified by one `Verifier` in turn: each report is the one-off report.
#[test]
fn one_verifier_gives_each_document_its_own_report() {
    let good = signed_by(&[0, 1, 2]);
    let mut documents = Vec::new();
    for n in 0..30 {
        let mut value: Value = serde_json::from_str(&good.to_json_pretty()).unwrap();
        value["header"]["site"] = Value::from(format!("Plant {n}"));
        // Changing the content after signing breaks all three proofs; re-sign all but a few.
        let text = serde_json::to_string(&value).unwrap();
        let mut document = SignedDocument::parse(&text).unwrap();
        let unsigned: Value = {
            let mut v = value.clone();
            v.as_object_mut().unwrap().remove("proof");
            v
        };
        let mut fresh = SignedDocument::parse(&unsigned.to_string()).unwrap();
        for index in 0..3 {
            sign(&mut fresh, index);
        }
        if n % 3 != 1 {
            document = fresh;
        }
        if n % 3 == 2 {
            let mut value: Value = serde_json::from_str(&document.to_json_pretty()).unwrap();
            let proof = &mut value["proof"][1];
            match n % 4 {
                0 => proof["proofValue"] = Value::from("z3yes"),
                1 => {
                    // Another valid signature's value: the wrong bytes, well formed.
                    let other = value["proof"][0]["proofValue"].clone();
                    value["proof"][1]["proofValue"] = other;
                }
                2 => proof["verificationMethod"] = Value::from("did:key:z6Mk#x"),
                _ => proof["created"] = Value::from("2099-01-01T00:00:00Z"),
            }
            document = SignedDocument::parse(&value.to_string()).unwrap();
        }
        documents.push(document);
    }
    let now = now();
    let mut verifier = Verifier::new();
    let mut verdicts = Vec::new();
    for document in &documents {
        let report = verifier.verify(document, None, &now);
        assert_eq!(report, document.verify(None, &now));
        verdicts.push(report.is_valid());
    }
    let expected: Vec<bool> = (0..30).map(|n| n % 3 == 0).collect();
    assert_eq!(verdicts, expected);
    // In reverse, so that every document meets the keys in a different state.
    for document in documents.iter().rev() {
        assert_eq!(
            verifier.verify(document, None, &now),
            document.verify(None, &now)
        );
    }
}
