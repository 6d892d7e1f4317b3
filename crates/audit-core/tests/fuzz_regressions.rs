//! Inputs that once made the core panic, found by the cargo-fuzz targets in fuzz/ (or known
//! before them). Release builds abort on panic, so each of these lost a session; each must now
//! come back as an error. Run the fuzzers themselves with `cargo +nightly fuzz run` (README).

use audit_core::Timestamp;
use audit_core::signing::{Invalidity, ProofFailure, SignedDocument};
use audit_core::workflow::{Incoming, Refusal};

/// The fuzz targets' clock.
const NOW: &str = "2026-11-30T12:00:00Z";

/// The fuzz seed audit, finalized and signed by its auditor.
const SIGNED: &str = include_str!("../../../fuzz/seeds/record_import/signed-auditor.json");

fn now() -> Timestamp {
    Timestamp::parse(NOW).unwrap()
}

/// A proof that is well formed except for `created`.
fn proof_created(created: &str) -> String {
    format!(
        r#"{{"proof": {{
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-jcs-2022",
            "proofPurpose": "assertionMethod",
            "created": "{created}",
            "verificationMethod": "did:key:z6MktgKTsu1QhX6QPbyqG6geXdw6FQCZBPq7uQpieWbiQiG7#z6MktgKTsu1QhX6QPbyqG6geXdw6FQCZBPq7uQpieWbiQiG7",
            "proofValue": "z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme"
        }}}}"#
    )
}

/// Before the RFC 3339 parser, a `created` whose time part was `+` or `-` and at most three
/// characters indexed past its end: `index out of bounds` in `signing/proof.rs`
/// (`is_date_time_stamp`), from `SignedDocument::verify`. It killed `audit-cli verify`, the
/// Verify screen and, once taken in, the audit page on every open (issue 8).
#[test]
fn created_with_a_bare_offset_is_a_bad_created_not_a_panic() {
    for created in [
        "2020-01-01T+a",
        "2020-01-01T-",
        "2020-01-01T+ab",
        "T+",
        "2020-01-01T+é",
    ] {
        let document = SignedDocument::parse(&proof_created(created)).unwrap();
        let report = document.verify(None, &now());
        assert!(!report.is_valid(), "{created}");
        let failures: Vec<_> = report.failures().map(|(_, f)| f).collect();
        assert!(
            matches!(failures[..], [ProofFailure::BadCreated(_)]),
            "{created}: {failures:?}"
        );
        assert!(Timestamp::parse(created).is_err(), "{created}");
    }
}

/// The same proof in a signed audit taken in from a file is refused, and names the proof.
#[test]
fn taking_in_a_proof_with_a_bare_offset_is_refused() {
    let text = replace_created(SIGNED, "2020-01-01T+a");
    match Incoming::parse(&text, &now()) {
        Err(Refusal::InvalidSignatures(report)) => {
            let first = Refusal::first_invalidity(&report);
            assert!(
                matches!(
                    first,
                    Some(Invalidity::Proof(_, ProofFailure::BadCreated(_)))
                ),
                "{first:?}"
            );
        }
        other => panic!("expected a refusal for the bad created, got {other:?}"),
    }
}

/// `text` with the `created` of its (single) proof replaced.
fn replace_created(text: &str, created: &str) -> String {
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    let proofs = value["proof"].as_array_mut().unwrap();
    assert_eq!(proofs.len(), 1);
    proofs[0]["created"] = created.into();
    serde_json::to_string_pretty(&value).unwrap()
}
