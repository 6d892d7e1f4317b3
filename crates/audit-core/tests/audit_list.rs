//! The home list: statuses, search and filters, duplicating, and the bin's 30 days.

mod common_signing;

use audit_core::workflow::{
    Audit, AuditStatus, Binned, Effect, KEPT_FOR_DAYS, ListFilter, fold, matches,
};
use audit_core::{AuditRecord, Edit, HeaderField, Uuid};
use common_signing::*;

fn draft(supplier: &str, site: &str, date: &str, updated: &str) -> Audit {
    let mut record = AuditRecord {
        finalized: None,
        signatories: Vec::new(),
        ..finalized_record()
    };
    record.apply(
        Edit::Header(HeaderField::Supplier, supplier.into()),
        at(updated),
    );
    record.apply(Edit::Header(HeaderField::Site, site.into()), at(updated));
    record.apply(Edit::Header(HeaderField::Date, date.into()), at(updated));
    Audit::draft(record)
}

fn signed(indices: &[usize]) -> Audit {
    Audit::from_stored(&signed_by(indices).to_json_pretty()).unwrap()
}

fn text(text: &str) -> ListFilter {
    ListFilter {
        text: text.into(),
        ..ListFilter::default()
    }
}

fn shown(audit: &Audit, filter: &ListFilter) -> bool {
    matches(audit, AuditStatus::of(audit, &now()), filter)
}

#[test]
fn status_counts_only_valid_proofs_of_listed_signatories() {
    let finalized = Audit::draft(finalized_record());
    let draft = draft("A", "B", "", "2026-11-28T09:00:00Z");
    assert_eq!(AuditStatus::of(&draft, &now()), AuditStatus::Draft);
    assert_eq!(AuditStatus::of(&finalized, &now()), AuditStatus::Finalized);
    assert_eq!(
        AuditStatus::of(&signed(&[0]), &now()),
        AuditStatus::PartlySigned
    );
    assert_eq!(
        AuditStatus::of(&signed(&[0, 1]), &now()),
        AuditStatus::PartlySigned
    );
    assert_eq!(
        AuditStatus::of(&signed(&[0, 1, 2]), &now()),
        AuditStatus::Signed
    );
    // A proof dated after `now` does not verify: it is no signature.
    assert_eq!(
        AuditStatus::of(&signed(&[0, 1, 2]), &at("2026-11-01T00:00:00Z")),
        AuditStatus::Finalized
    );
}

#[test]
fn a_forged_proof_is_no_signature() {
    let text = signed_by(&[0, 1, 2]).to_json_pretty();
    let proof_value = text
        .split("\"proofValue\": \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let mut forged = proof_value.clone();
    forged.replace_range(5..6, if &proof_value[5..6] == "A" { "B" } else { "A" });
    let tampered = Audit::from_stored(&text.replace(&proof_value, &forged)).unwrap();
    assert_eq!(
        AuditStatus::of(&tampered, &now()),
        AuditStatus::PartlySigned
    );
}

#[test]
fn search_finds_supplier_or_site_ignoring_case_and_accents() {
    let french = draft(
        "Électricité du Nord",
        "Usine de Lille",
        "",
        "2026-11-28T09:00:00Z",
    );
    let arabic = draft("مَصْنَعُ النسيج", "الدار البيضاء", "", "2026-11-28T09:00:00Z");
    assert!(shown(&french, &text("electricite")));
    assert!(shown(&french, &text("  LILLE ")));
    assert!(!shown(&french, &text("rabat")));
    assert!(shown(&arabic, &text("مصنع")));
    assert!(shown(&arabic, &text("البيضاء")));
    assert!(!shown(&arabic, &text("lille")));
    assert!(shown(&arabic, &text("")));
    assert_eq!(fold("ÑANDÚ"), "nandu");
    assert_eq!(fold("إدارة"), fold("ادارة"));
}

#[test]
fn filters_by_checklist_and_status() {
    let finalized = Audit::draft(finalized_record());
    let by_checklist = |id: &str| ListFilter {
        checklist: Some(id.into()),
        ..ListFilter::default()
    };
    assert!(shown(&finalized, &by_checklist("supplier-due-diligence")));
    assert!(!shown(&finalized, &by_checklist("fire-safety")));
    let by_status = |status| ListFilter {
        status: Some(status),
        ..ListFilter::default()
    };
    assert!(shown(&finalized, &by_status(AuditStatus::Finalized)));
    assert!(!shown(&finalized, &by_status(AuditStatus::Draft)));
    assert!(shown(&signed(&[1]), &by_status(AuditStatus::PartlySigned)));
    assert!(!shown(&signed(&[1]), &by_status(AuditStatus::Signed)));
}

#[test]
fn date_range_takes_the_audit_day_or_the_last_change() {
    let audit = draft("A", "B", "2026-03-10", "2026-11-28T09:00:00Z");
    let range = |from: Option<&str>, to: Option<&str>| ListFilter {
        from: from.map(Into::into),
        to: to.map(Into::into),
        ..ListFilter::default()
    };
    assert!(shown(
        &audit,
        &range(Some("2026-03-10"), Some("2026-03-10"))
    ));
    assert!(shown(&audit, &range(Some("2026-11-28"), None)));
    assert!(shown(&audit, &range(None, Some("2026-03-31"))));
    assert!(!shown(
        &audit,
        &range(Some("2026-04-01"), Some("2026-11-27"))
    ));
    assert!(!shown(&audit, &range(Some("2026-11-29"), None)));
    let undated = draft("A", "B", "someday", "2026-11-28T09:00:00Z");
    assert!(!shown(
        &undated,
        &range(Some("2026-01-01"), Some("2026-06-30"))
    ));
}

#[test]
fn a_duplicate_is_a_new_draft_with_the_answers_and_no_signatures() {
    let original = signed(&[0, 1, 2]);
    let id = Uuid::from_u128(42);
    let (copy, effects) = original.duplicate(id, at("2026-12-01T08:00:00Z"));
    let record = copy.record();
    assert_eq!(record.id, id);
    assert!(copy.signed().is_none() && !record.is_finalized());
    assert!(record.signatories.is_empty() && record.previous_version.is_none());
    assert_eq!(record.answers, original.record().answers);
    assert_eq!(record.checklist, original.record().checklist);
    assert_eq!(record.header.supplier, original.record().header.supplier);
    assert_eq!(record.header.date, "");
    assert_eq!(record.created, at("2026-12-01T08:00:00Z"));
    assert_eq!(AuditStatus::of(&copy, &now()), AuditStatus::Draft);
    match effects.as_slice() {
        [Effect::Save { stored, .. }, Effect::Open(opened)] => {
            assert_eq!(*opened, id);
            assert_eq!(Audit::from_stored(&stored.text).unwrap(), copy);
        }
        other => panic!("expected a save then an open, got {other:?}"),
    }
}

#[test]
fn the_bin_keeps_the_exact_text_for_thirty_days() {
    let text = signed_by(&[0]).to_json_pretty();
    let binned = Binned {
        deleted: at("2026-11-01T10:00:00Z"),
        text: text.clone(),
    };
    let back = Binned::parse(&binned.to_json()).unwrap();
    assert_eq!(back.text, text);
    assert_eq!(back.audit().unwrap().id(), finalized_record().id);
    assert_eq!(KEPT_FOR_DAYS, 30);
    assert_eq!(binned.kept_until(), at("2026-12-01T10:00:00Z"));
    assert!(!binned.is_expired(&at("2026-12-01T10:00:00Z")));
    assert!(binned.is_expired(&at("2026-12-01T10:00:01Z")));
    assert!(Binned::parse("{\"text\":\"x\"}").is_none());
    assert!(Binned::parse("not json").is_none());
}
