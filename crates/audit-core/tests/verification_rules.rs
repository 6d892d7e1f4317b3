//! What VALID means, against the attacks found on the signed results of issue #4.

mod common_signing;

use audit_core::signing::{Invalidity, ProofFailure, SignedDocument, parse_strict};
use common_signing::*;
use serde_json::{Value, json};

fn document(value: &Value) -> SignedDocument {
    SignedDocument::parse(&value.to_string()).unwrap()
}

fn value_of(document: &SignedDocument) -> Value {
    serde_json::from_str(&document.to_json_pretty()).unwrap()
}

fn first_problem(document: &SignedDocument) -> String {
    let report = document.verify(None, &now());
    report
        .problems()
        .next()
        .map(|p| p.to_string())
        .unwrap_or_default()
}

/// The issue's second attack: an unparseable signatory list, signed by a stranger.
#[test]
fn an_unreadable_signatory_list_is_an_error_that_names_the_entry() {
    let mut value = value_of(&SignedDocument::from_record(&finalized_record()).unwrap());
    value["signatories"].as_array_mut().unwrap().push(
        json!({"role": "union_representative", "name": "X", "organisation": "Y",
                     "did": key(3).did_key(), "extra": 1}),
    );
    let forged = document(&value)
        .sign_with(&proof_options(3, "2026-11-28T11:00:00Z"), |d| {
            key(3).sign(d)
        })
        .unwrap();
    let report = forged.verify(None, &now());
    assert!(!report.is_valid());
    let problem = first_problem(&forged);
    assert!(
        problem.starts_with("signatories[3]: unknown field `extra`"),
        "{problem}"
    );
    assert_eq!(report.unlisted, [0], "nobody readable listed the stranger");
}

#[test]
fn duplicate_dids_and_unknown_roles_are_errors() {
    let mut value = value_of(&signed_by(&[0, 1, 2]));
    value["signatories"][1]["did"] = value["signatories"][0]["did"].clone();
    assert!(first_problem(&document(&value)).starts_with("signatories[1]: did:key:z6Mk"));
    assert!(first_problem(&document(&value)).ends_with("is listed twice"));

    let mut value = value_of(&signed_by(&[0, 1, 2]));
    value["signatories"][2]["role"] = "boss".into();
    let problem = first_problem(&document(&value));
    assert!(
        problem.starts_with("signatories[2]: unknown variant `boss`"),
        "{problem}"
    );

    let mut value = value_of(&signed_by(&[0]));
    value["signatories"] = json!({"auditor": "me"});
    assert_eq!(
        first_problem(&document(&value)),
        "\"signatories\" must be a list of signatories"
    );
}

#[test]
fn a_document_without_signatories_is_valid_when_all_its_proofs_are() {
    let mut value = value_of(&SignedDocument::from_record(&finalized_record()).unwrap());
    value.as_object_mut().unwrap().remove("signatories");
    let signed = document(&value)
        .sign_with(&proof_options(3, "2026-11-28T11:00:00Z"), |d| {
            key(3).sign(d)
        })
        .unwrap();
    assert!(signed.verify(None, &now()).is_valid());
}

fn with_proof_field(field: &str, new: Value) -> SignedDocument {
    let mut value = value_of(&signed_by(&[0, 1, 2]));
    value["proof"][0][field] = new;
    document(&value)
}

#[test]
fn created_goes_through_one_rfc_3339_parser_and_may_not_lie_about_the_future() {
    for bad in [
        "2020-01-01T+a",
        "2026-13-01T00:00:00Z",
        "2026-02-30T00:00:00Z",
        "2026-11-28",
        "",
    ] {
        let report = with_proof_field("created", bad.into()).verify(None, &now());
        assert_eq!(
            report.proofs[0].outcome,
            Err(ProofFailure::BadCreated(bad.into())),
            "{bad}"
        );
    }
    let report = with_proof_field("created", 7.into()).verify(None, &now());
    assert!(matches!(
        report.proofs[0].outcome,
        Err(ProofFailure::BadCreated(_))
    ));

    // Signed honestly, but dated two days after the verifier's clock.
    let future = SignedDocument::from_record(&finalized_record())
        .unwrap()
        .sign_with(&proof_options(0, "2026-12-02T12:00:01Z"), |d| {
            key(0).sign(d)
        })
        .unwrap();
    let report = future.verify(None, &now());
    assert_eq!(
        report.proofs[0].outcome,
        Err(ProofFailure::CreatedInFuture("2026-12-02T12:00:01Z".into()))
    );
    // Within a day of clock skew, with an offset: accepted.
    let near = SignedDocument::from_record(&finalized_record())
        .unwrap()
        .sign_with(&proof_options(0, "2026-12-01T11:00:00Z"), |d| {
            key(0).sign(d)
        })
        .unwrap();
    assert!(near.verify(None, &now()).proofs[0].outcome.is_ok());
}

#[test]
fn proof_ids_are_unique_within_a_document() {
    let mut value = value_of(&signed_by(&[0, 1, 2]));
    let first = value["proof"][0].clone();
    value["proof"].as_array_mut().unwrap().push(first);
    let report = document(&value).verify(None, &now());
    assert!(!report.is_valid());
    assert!(matches!(
        report.proofs[3].outcome,
        Err(ProofFailure::DuplicateId(_))
    ));
}

#[test]
fn lengths_are_checked_before_decoding() {
    let huge = format!("z{}", "5".repeat(1_000_000));
    let started = std::time::Instant::now();
    let report = with_proof_field("proofValue", huge.clone().into()).verify(None, &now());
    assert!(matches!(
        report.proofs[0].outcome,
        Err(ProofFailure::TooLong {
            field: "proofValue",
            ..
        })
    ));
    let method = format!("did:key:{huge}#{huge}");
    let report = with_proof_field("verificationMethod", method.into()).verify(None, &now());
    assert!(matches!(
        report.proofs[0].outcome,
        Err(ProofFailure::TooLong {
            field: "verificationMethod",
            ..
        })
    ));
    assert!(audit_core::signing::DidKey::parse(&format!("did:key:{huge}")).is_err());
    assert!(
        started.elapsed().as_millis() < 500,
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn integers_beyond_double_precision_are_refused_and_doubles_are_not() {
    let err = parse_strict(r#"{"a": [1, 9007199254740993]}"#).unwrap_err();
    assert_eq!((err.line, err.column), (1, 11));
    assert!(
        err.reason
            .contains("9007199254740993 is outside ±(2^53 − 1)")
    );
    assert!(parse_strict("-9007199254740992").is_err());
    assert!(parse_strict("123456789012345678901234567890").is_err());
    for fine in [
        "9007199254740991",
        "-9007199254740991",
        "1E30",
        "4.50",
        r#""9007199254740993""#,
        r#"{"9007199254740993": 1}"#,
    ] {
        assert!(parse_strict(fine).is_ok(), "{fine}");
    }
}

#[test]
fn a_valid_document_has_no_problem_and_the_first_one_names_what_is_wrong() {
    let document = signed_by(&[0, 1, 2]);
    assert_eq!(first_problem(&document), "");
    let partly = signed_by(&[0]);
    let report = partly.verify(None, &now());
    assert!(matches!(
        report.problems().next(),
        Some(Invalidity::Missing(_))
    ));
    assert_eq!(
        first_problem(&partly),
        format!(
            "missing signature: Supplier representative Carlos Ruiz (Acme Textiles), {}",
            key(1).did_key()
        )
    );
}
