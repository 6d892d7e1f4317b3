mod common_signing;

use audit_core::signing::{
    DocumentError, IdentityCard, ProofFailure, ProofOptions, Role, SignedDocument, TrustEntry,
    TrustList,
};
use audit_core::{Compliance, Edit, Uuid};
use common_signing::*;
use serde_json::Value;

#[test]
fn three_parties_sign_and_the_document_verifies() {
    let document = signed_by(&[0, 1, 2]);
    let report = document.verify(None, &now());
    assert!(report.is_valid(), "{report:?}");
    let roles: Vec<Role> = report
        .proofs
        .iter()
        .map(|p| p.signatory.as_ref().unwrap().role)
        .collect();
    assert_eq!(
        roles,
        [
            Role::Auditor,
            Role::SupplierRepresentative,
            Role::UnionRepresentative
        ]
    );
    assert_eq!(
        report.proofs[0].created.as_deref(),
        Some("2026-11-28T11:00:00Z")
    );
    assert!(
        report.proofs[0]
            .id
            .as_deref()
            .unwrap()
            .starts_with("urn:uuid:")
    );
    assert!(report.missing.is_empty() && report.unlisted.is_empty());
}

#[test]
fn the_export_round_trips_and_still_verifies() {
    let text = signed_by(&[0, 1, 2]).to_json_pretty();
    let value: Value = serde_json::from_str(&text).unwrap();
    assert!(value["proof"].is_array());
    assert_eq!(value["proof"][0]["cryptosuite"], "eddsa-jcs-2022");
    let reread = SignedDocument::parse(&text).unwrap();
    assert!(reread.verify(None, &now()).is_valid());
    assert_eq!(reread.record().unwrap(), finalized_record());
}

#[test]
fn a_partly_signed_document_names_who_is_missing() {
    let report = signed_by(&[0]).verify(None, &now());
    assert!(!report.is_valid());
    let missing: Vec<&str> = report.missing.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(missing, ["Carlos Ruiz", "Fatima Zahra"]);
    assert!(report.proofs.iter().all(|p| p.outcome.is_ok()));
}

#[test]
fn a_removed_signature_is_detected() {
    let document = signed_by(&[0, 1, 2]);
    let mut value: Value = serde_json::from_str(&document.to_json_pretty()).unwrap();
    value["proof"].as_array_mut().unwrap().remove(0);
    let report = SignedDocument::parse(&value.to_string())
        .unwrap()
        .verify(None, &now());
    assert!(!report.is_valid());
    assert_eq!(report.missing, [party(0)]);
}

#[test]
fn a_changed_answer_breaks_every_proof() {
    let text = signed_by(&[0, 1, 2])
        .to_json_pretty()
        .replace("\"no\"", "\"yes\"");
    let report = SignedDocument::parse(&text).unwrap().verify(None, &now());
    assert!(!report.is_valid());
    assert_eq!(report.failures().count(), 3);
    assert!(
        report
            .failures()
            .all(|(_, e)| *e == ProofFailure::SignatureMismatch)
    );
}

#[test]
fn a_second_proof_by_the_same_signatory_is_flagged() {
    let again = ProofOptions {
        id: Uuid::from_u128(99),
        ..proof_options(1, "2026-11-28T12:00:00Z")
    };
    let document = signed_by(&[0, 1, 2])
        .sign_with(&again, |data| key(1).sign(data))
        .unwrap();
    let report = document.verify(None, &now());
    assert_eq!(report.repeated, [party(1)]);
    assert!(!report.is_valid());
}

#[test]
fn a_proof_by_someone_not_listed_makes_the_document_invalid() {
    let mut document = signed_by(&[0, 1, 2]);
    sign(&mut document, 3);
    let report = document.verify(None, &now());
    assert_eq!(report.unlisted, [3]);
    assert!(!report.is_valid());
    assert_eq!(
        report.problems().next().unwrap().to_string(),
        format!(
            "proof 4 is by {}, who is not on the signatory list",
            key(3).did_key()
        )
    );
}

#[test]
fn copies_signed_in_parallel_merge_into_one_set() {
    let mut auditor_copy = signed_by(&[0]);
    let union_copy = signed_by(&[2]);
    let supplier_copy = signed_by(&[1, 0]);
    assert_eq!(auditor_copy.merge(&union_copy, &now()), Ok(1));
    assert_eq!(
        auditor_copy.merge(&supplier_copy, &now()),
        Ok(1),
        "the auditor's proof is not added twice"
    );
    assert_eq!(auditor_copy.proofs().len(), 3);
    assert!(auditor_copy.verify(None, &now()).is_valid());
}

#[test]
fn a_different_document_is_refused_for_merging() {
    let mut ours = signed_by(&[0]);
    let mut other_record = finalized_record();
    other_record.id = Uuid::from_u128(7);
    let theirs = SignedDocument::from_record(&other_record).unwrap();
    let err = ours.merge(&theirs, &now()).unwrap_err().to_string();
    assert!(
        err.starts_with("these are two different documents"),
        "{err}"
    );
    assert_eq!(ours.proofs().len(), 1);
}

#[test]
fn only_a_finalized_audit_with_signatories_can_be_signed() {
    let mut record = finalized_record();
    record.finalized = None;
    assert!(matches!(
        SignedDocument::from_record(&record),
        Err(DocumentError::NotFinalized)
    ));
    let mut record = finalized_record();
    record.signatories.clear();
    assert!(matches!(
        SignedDocument::from_record(&record),
        Err(DocumentError::NoSignatories)
    ));
}

#[test]
fn a_finalized_audit_is_read_only_and_a_new_version_links_back() {
    let mut record = finalized_record();
    let before = record.clone();
    record.apply(
        Edit::Answer {
            question: "E1".into(),
            value: Some(Compliance::Yes.into()),
        },
        at("2026-11-29T00:00:00Z"),
    );
    assert_eq!(record, before);

    let next = record.new_version(Uuid::from_u128(42), at("2026-11-29T00:00:00Z"));
    assert_eq!(next.previous_version, Some(record.id));
    assert_eq!(next.answers, record.answers);
    assert!(!next.is_finalized() && next.signatories.is_empty());
}

#[test]
fn a_key_is_listed_once() {
    let mut record = finalized_record();
    let err = record.add_signatory(party(0)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Amina Diallo is already listed with this key"
    );
    record.remove_signatory(&party(0).did);
    assert_eq!(record.signatories.len(), 2);
}

#[test]
fn a_trust_list_says_who_is_known() {
    let list = TrustList {
        format: Default::default(),
        publisher: "Ministry of Labour".into(),
        entries: vec![TrustEntry {
            did: key(0).did_key(),
            name: "Amina Diallo".into(),
            organisation: "Audit Partners (accredited)".into(),
            role: Some(Role::Auditor),
        }],
    };
    let text = serde_json::to_string(&list).unwrap();
    assert!(text.contains("\"format\":\"supplier-audit-trust-list/1\""));
    let list = TrustList::parse(&text).unwrap();
    let report = signed_by(&[0, 1, 2]).verify(Some(&list), &now());
    assert_eq!(
        report.proofs[0].trusted.as_ref().unwrap().organisation,
        "Audit Partners (accredited)"
    );
    let untrusted: Vec<usize> = report
        .proofs
        .iter()
        .filter(|p| p.trusted.is_none())
        .map(|p| p.index)
        .collect();
    assert_eq!(untrusted, [1, 2]);
}

#[test]
fn identity_cards_round_trip_and_never_carry_a_secret() {
    let card = IdentityCard::new(
        "Fatima Zahra".into(),
        "Textile Workers' Union".into(),
        Role::UnionRepresentative,
        key(2).did_key(),
    );
    let text = serde_json::to_string_pretty(&card).unwrap();
    assert!(!text.contains(&key(2).to_multibase()));
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value.as_object().unwrap().len(), 5);
    assert_eq!(IdentityCard::parse(&text).unwrap().signatory(), party(2));
    let bad = text.replace("did:key:z6Mk", "did:key:z6Mx");
    assert!(
        IdentityCard::parse(&bad)
            .unwrap_err()
            .to_string()
            .starts_with("did: ")
    );
}
