//! The strict JSON reader and everything that reads a signed file: documents, proofs,
//! did:keys, trust lists and identity cards. Any input must give a value or an error.
#![no_main]

use audit_core::Timestamp;
use audit_core::canonical::{canonical_json, canonical_sha256};
use audit_core::signing::{
    DidKey, IdentityCard, SignedDocument, TrustList, Verifier, parse_strict,
};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

/// A trust list naming the key of the signed seed, so that the "known signer" branch runs.
const TRUST_LIST: &str = include_str!("../seeds/strict_json_verify/trust-list.json");

/// Valid documents that edit inputs (see `audit_fuzz::edited_seed`) start from.
const SEEDS: [&str; 5] = [
    include_str!("../seeds/strict_json_verify/signed-all.json"),
    include_str!("../seeds/strict_json_verify/signed-v1-format.json"),
    include_str!("../seeds/strict_json_verify/w3c-signed.json"),
    TRUST_LIST,
    include_str!("../seeds/strict_json_verify/identity-card.json"),
];

fuzz_target!(|data: &[u8]| {
    if let Some(text) = audit_fuzz::edited_seed(data, &SEEDS) {
        return check(&text);
    }
    match std::str::from_utf8(data) {
        Ok(text) => check(text),
        // Bytes that are not UTF-8 reach the app as text decoded with replacement characters.
        Err(_) => check(&String::from_utf8_lossy(data)),
    }
});

fn check(text: &str) {
    let _ = Timestamp::parse(text);
    let _ = DidKey::parse(text);
    let _ = DidKey::from_verification_method(text);
    let _ = TrustList::parse(text);
    let _ = IdentityCard::parse(text).map(|card| card.signatory());

    if let Ok(value) = parse_strict(text) {
        let canonical = canonical_json(&value);
        let _ = canonical_sha256(&value);
        // What the strict reader accepts must survive a round trip through its own output.
        if let Ok(canonical) = canonical {
            let _ = parse_strict(&canonical);
        }
        for proof in proofs(&value) {
            for field in ["verificationMethod", "created", "proofValue", "id"] {
                if let Some(text) = proof.get(field).and_then(Value::as_str) {
                    let _ = DidKey::from_verification_method(text);
                    let _ = DidKey::parse(text);
                    let _ = Timestamp::parse(text);
                }
            }
        }
    }

    // The one-pass reader that audit-cli verifies with must give what parse + verify give.
    let trust_list = TrustList::parse(TRUST_LIST).expect("the seed trust list parses");
    let now = Timestamp::parse(NOW).expect("a valid time");
    let one_pass = Verifier::new()
        .verify_text(text, Some(&trust_list), &now)
        .map_err(|e| e.to_string());
    let parsed = SignedDocument::parse(text)
        .map(|document| document.verify(Some(&trust_list), &now))
        .map_err(|e| e.to_string());
    assert_eq!(one_pass, parsed);

    let Ok(document) = SignedDocument::parse(text) else {
        return;
    };
    let _ = document.content_sha256();
    let _ = document.sha256();
    let _ = document.signatories().map_err(|e| e.to_string());
    let _ = document.record();
    let _ = document.to_json_pretty();
    // Once, with the trust list: signature checks dominate the time of each run, and the
    // trust list changes only a lookup. Merging is fuzzed by record_import's take-in.
    verify(&document, Some(&trust_list), &now);
}

/// The verifier's clock: proofs dated more than a day after it are refused.
const NOW: &str = "2026-11-30T12:00:00Z";

/// The one place that calls the verifier, so that its signature changes in one place.
fn verify(document: &SignedDocument, trust_list: Option<&TrustList>, now: &Timestamp) {
    let report = document.verify(trust_list, now);
    let _ = report.is_valid();
    let _ = format!("{:?}", report.problems().collect::<Vec<_>>());
    for (proof, failure) in report.failures() {
        let _ = (proof.index, failure.to_string());
    }
}

fn proofs(value: &Value) -> Vec<&Value> {
    match value.get("proof") {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(single) => vec![single],
        None => Vec::new(),
    }
}
