//! What a printed report says of each listed signatory: only a valid proof counts as signed.

mod common_signing;

use audit_core::signing::{SignatureState, SignedDocument};
use common_signing::*;

#[test]
fn a_valid_proof_is_signed_at_its_time_and_a_missing_one_is_not_signed() {
    let report = signed_by(&[0]).verify(None, &now());
    assert_eq!(
        report.signature_of(&party(0).did),
        SignatureState::Signed {
            created: Some("2026-11-28T11:00:00Z".into())
        }
    );
    assert_eq!(
        report.signature_of(&party(1).did),
        SignatureState::NotSigned
    );
}

#[test]
fn a_proof_over_changed_content_does_not_verify_and_is_not_signed() {
    let text = signed_by(&[0, 1])
        .to_json_pretty()
        .replace("\"no\"", "\"yes\"");
    let report = SignedDocument::parse(&text).unwrap().verify(None, &now());
    assert_eq!(
        report.signature_of(&party(0).did),
        SignatureState::DoesNotVerify
    );
    assert_eq!(
        report.signature_of(&party(2).did),
        SignatureState::NotSigned
    );
}
