//! What a write may replace: a stale tab or a forged text never drops a proof, reopens a
//! finalized audit or changes what was signed.

mod common_signing;

use audit_core::signing::SignedDocument;
use audit_core::workflow::{Action, Audit, Effect, Overwrite, Stored, may_replace};
use audit_core::{AuditRecord, Checklist, Edit, HeaderField, parse_checklist};
use common_signing::*;
use serde_json::Value;

/// The definition `finalized_record()` was made with.
fn checklist() -> Checklist {
    let text = include_str!("../../../static/checklists/archive/supplier-due-diligence-0.1.0.json");
    parse_checklist(text).unwrap().checklist
}

fn draft_record() -> AuditRecord {
    let mut record = finalized_record();
    record.finalized = None;
    record
}

fn stored(text: String) -> Stored {
    Stored {
        id: finalized_record().id,
        text,
    }
}

fn record_text(record: &AuditRecord) -> Stored {
    stored(record.to_json())
}

fn document_text(document: &SignedDocument) -> Stored {
    stored(document.to_json_pretty())
}

fn check(now: &Stored, incoming: &Stored) -> Result<(), Overwrite> {
    may_replace(&now.text, incoming)
}

fn edited(mut record: AuditRecord) -> AuditRecord {
    record.apply(
        Edit::Header(HeaderField::Supplier, "Stale tab's supplier".into()),
        at("2026-11-28T12:00:00Z"),
    );
    record
}

fn saved(effects: Vec<Effect>) -> Stored {
    match effects.as_slice() {
        [Effect::Save { stored, .. }] => stored.clone(),
        other => panic!("expected one save, got {other:?}"),
    }
}

#[test]
fn a_draft_replaces_a_draft() {
    let now = record_text(&draft_record());
    assert_eq!(check(&now, &record_text(&edited(draft_record()))), Ok(()));
}

#[test]
fn finalizing_and_the_first_signature_replace_what_came_before() {
    assert_eq!(
        check(
            &record_text(&draft_record()),
            &record_text(&finalized_record())
        ),
        Ok(())
    );
    assert_eq!(
        check(
            &record_text(&finalized_record()),
            &document_text(&signed_by(&[0]))
        ),
        Ok(())
    );
}

#[test]
fn signatories_may_change_between_finalizing_and_the_first_signature() {
    let mut fewer = finalized_record();
    fewer.remove_signatory(&party(2).did);
    assert_eq!(
        check(&record_text(&finalized_record()), &record_text(&fewer)),
        Ok(())
    );
}

#[test]
fn more_proofs_replace_fewer_and_the_same_text_replaces_itself() {
    let one = document_text(&signed_by(&[0]));
    let two = document_text(&signed_by(&[0, 1]));
    assert_eq!(check(&one, &two), Ok(()));
    assert_eq!(check(&two, &two), Ok(()));
}

#[test]
fn a_plain_record_never_replaces_a_signed_document() {
    let now = document_text(&signed_by(&[0]));
    assert_eq!(
        check(&now, &record_text(&finalized_record())),
        Err(Overwrite::DropsProof)
    );
    assert_eq!(
        check(&now, &record_text(&draft_record())),
        Err(Overwrite::DropsProof)
    );
}

#[test]
fn fewer_proofs_never_replace_more() {
    let now = document_text(&signed_by(&[0, 1]));
    assert_eq!(
        check(&now, &document_text(&signed_by(&[0]))),
        Err(Overwrite::DropsProof)
    );
}

#[test]
fn as_many_proofs_but_another_set_never_replace_the_stored_ones() {
    let now = document_text(&signed_by(&[0, 1]));
    assert_eq!(
        check(&now, &document_text(&signed_by(&[0, 2]))),
        Err(Overwrite::DropsProof)
    );
}

#[test]
fn a_proof_with_the_same_id_and_another_value_does_not_count_as_the_stored_one() {
    let document = signed_by(&[0]);
    let mut forged: Value = serde_json::from_str(&document.to_json_pretty()).unwrap();
    forged["proof"][0]["proofValue"] = Value::String("z3FXQjecWufY46yg".into());
    let forged = stored(serde_json::to_string(&forged).unwrap());
    assert_eq!(
        check(&document_text(&document), &forged),
        Err(Overwrite::DropsProof)
    );
}

#[test]
fn the_signed_content_never_changes_under_its_proofs() {
    let document = signed_by(&[0]);
    let mut changed: Value = serde_json::from_str(&document.to_json_pretty()).unwrap();
    changed["header"]["supplier"] = Value::String("Someone else".into());
    let changed = stored(serde_json::to_string(&changed).unwrap());
    assert_eq!(
        check(&document_text(&document), &changed),
        Err(Overwrite::ChangesSigned)
    );
}

#[test]
fn a_draft_never_replaces_a_finalized_record() {
    let now = record_text(&finalized_record());
    assert_eq!(
        check(&now, &record_text(&edited(draft_record()))),
        Err(Overwrite::Reopens)
    );
}

#[test]
fn a_record_finalized_at_another_moment_never_replaces_the_stored_one() {
    let mut elsewhere = draft_record();
    elsewhere.finalize(at("2026-11-28T10:30:00Z"));
    assert_eq!(
        check(&record_text(&finalized_record()), &record_text(&elsewhere)),
        Err(Overwrite::FinalizedElsewhere)
    );
}

#[test]
fn unreadable_texts_are_refused_rather_than_trusted() {
    let garbage = stored("{\"proof\": [".into());
    assert_eq!(
        check(&garbage, &record_text(&draft_record())),
        Err(Overwrite::StoredUnreadable)
    );
    assert_eq!(
        check(&record_text(&finalized_record()), &garbage),
        Err(Overwrite::IncomingUnreadable)
    );
}

/// Two tabs hold the same draft; one finalizes and signs; the other, stale, edits or
/// finalizes its older copy: each of its writes is refused and the proof stays.
#[test]
fn a_stale_tab_cannot_drop_the_proofs_another_tab_wrote() {
    let checklist = checklist();
    let mut stale = Audit::draft(draft_record());
    let mut fresh = stale.clone();
    fresh
        .update(
            Action::Finalize(at("2026-11-28T10:00:00Z")),
            Some(&checklist),
        )
        .unwrap();
    let signed = saved(
        fresh
            .sign_with(
                proof_options(0, "2026-11-28T11:00:00Z"),
                Some(&checklist),
                |data| key(0).sign(data),
            )
            .unwrap(),
    );
    let edit = Action::Edit(
        Edit::Header(HeaderField::Supplier, "Stale".into()),
        at("2026-11-28T12:00:00Z"),
    );
    let stale_edit = saved(stale.update(edit, Some(&checklist)).unwrap());
    assert_eq!(check(&signed, &stale_edit), Err(Overwrite::DropsProof));
    let stale_finalize = saved(
        stale
            .update(
                Action::Finalize(at("2026-11-28T12:30:00Z")),
                Some(&checklist),
            )
            .unwrap(),
    );
    assert_eq!(check(&signed, &stale_finalize), Err(Overwrite::DropsProof));
    assert_eq!(
        check(&fresh.stored(), &signed),
        Ok(()),
        "the tab that signed may write again"
    );
}
