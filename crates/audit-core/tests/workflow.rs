//! The audit workflow model: every action, every refusal, and taking files in.

mod common_signing;

use audit_core::signing::{ProofOptions, SignedDocument};
use audit_core::workflow::{Action, Audit, Effect, Incoming, Reached, Refusal};
use audit_core::{
    AuditRecord, Checklist, Compliance, Edit, HeaderField, Summary, Uuid, parse_checklist,
};
use common_signing::*;
use serde_json::Value;

/// The definition `finalized_record()` was made with.
fn checklist() -> Checklist {
    let text = include_str!("../../../static/checklists/archive/supplier-due-diligence-0.1.0.json");
    parse_checklist(text).unwrap().checklist
}

fn finalized() -> Audit {
    Audit::draft(finalized_record())
}

fn update(audit: &mut Audit, action: Action) -> Result<Vec<Effect>, Refusal> {
    audit.update(action, Some(&checklist()))
}

fn sign_as(audit: &mut Audit, index: usize) -> Vec<Effect> {
    audit
        .sign_with(
            proof_options(index, "2026-11-28T11:00:00Z"),
            Some(&checklist()),
            |data| key(index).sign(data),
        )
        .unwrap()
}

fn saved(effects: &[Effect]) -> (&str, &[Reached]) {
    match effects {
        [Effect::Save { stored, reached }] => (&stored.text, reached),
        other => panic!("expected one save, got {other:?}"),
    }
}

/// The exported file of `audit`, as another device receives it.
fn file_of(audit: &Audit) -> String {
    match update(&mut audit.clone(), Action::Export)
        .unwrap()
        .as_slice()
    {
        [Effect::Download { body, .. }] => body.clone(),
        other => panic!("expected a download, got {other:?}"),
    }
}

fn incoming(text: &str) -> Result<Incoming, Refusal> {
    Incoming::parse(text, &now())
}

#[test]
fn a_started_audit_is_saved_and_reads_back_identical() {
    let (audit, effects) = Audit::start(
        Uuid::from_u128(1),
        finalized_record().checklist,
        at("2026-11-28T08:00:00Z"),
    );
    let (text, reached) = saved(&effects);
    assert!(reached.is_empty());
    assert_eq!(Audit::from_stored(text).unwrap(), audit);
}

#[test]
fn an_edit_is_saved_at_once_and_a_finalized_audit_refuses_edits() {
    let mut draft = finalized();
    draft = Audit::draft(AuditRecord {
        finalized: None,
        ..draft.record().clone()
    });
    let effects = update(
        &mut draft,
        Action::Edit(
            Edit::Header(HeaderField::Site, "Werk Nord".into()),
            at("2026-11-28T09:30:00Z"),
        ),
    )
    .unwrap();
    let (text, _) = saved(&effects);
    assert_eq!(
        Audit::from_stored(text).unwrap().record().header.site,
        "Werk Nord"
    );

    let mut audit = finalized();
    let before = audit.clone();
    let refusal = update(
        &mut audit,
        Action::Edit(
            Edit::Answer {
                question: "E1".into(),
                value: Some(Compliance::Yes.into()),
            },
            at("2026-11-29T00:00:00Z"),
        ),
    )
    .unwrap_err();
    assert!(matches!(refusal, Refusal::Finalized));
    assert_eq!(audit, before);
}

#[test]
fn finalizing_is_reached_once() {
    let mut audit = Audit::draft(AuditRecord {
        finalized: None,
        ..finalized_record()
    });
    let effects = update(&mut audit, Action::Finalize(at("2026-11-28T10:00:00Z"))).unwrap();
    assert_eq!(saved(&effects).1, [Reached::Finalized]);
    assert!(
        update(&mut audit, Action::Finalize(at("2026-11-28T10:05:00Z")))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn signatories_are_listed_after_finalizing_and_fixed_from_the_first_signature() {
    let mut draft = Audit::draft(AuditRecord {
        finalized: None,
        signatories: Vec::new(),
        ..finalized_record()
    });
    let refusal = update(&mut draft, Action::AddSignatory(party(0))).unwrap_err();
    assert!(matches!(refusal, Refusal::NotFinalized));

    let mut audit = finalized();
    let refusal = update(&mut audit, Action::AddSignatory(party(0))).unwrap_err();
    assert_eq!(
        refusal.to_string(),
        "Amina Diallo is already listed with this key"
    );
    update(&mut audit, Action::RemoveSignatory(party(1).did)).unwrap();
    update(&mut audit, Action::AddSignatory(party(3))).unwrap();
    assert_eq!(audit.record().signatories.len(), 3);

    sign_as(&mut audit, 0);
    let before = audit.clone();
    for action in [
        Action::AddSignatory(party(1)),
        Action::RemoveSignatory(party(3).did),
    ] {
        let refusal = update(&mut audit, action).unwrap_err();
        assert!(matches!(refusal, Refusal::SignatoriesLocked));
    }
    assert_eq!(audit, before);
}

#[test]
fn only_a_listed_signatory_signs_a_finalized_audit_with_its_checklist_at_hand() {
    let mut audit = finalized();
    let stranger = proof_options(3, "2026-11-28T11:00:00Z");
    let refusal = update(&mut audit, Action::PrepareSignature(stranger)).unwrap_err();
    assert!(matches!(refusal, Refusal::NotListed(did) if did == key(3).did_key()));

    let options = proof_options(0, "2026-11-28T11:00:00Z");
    let refusal = audit
        .update(Action::PrepareSignature(options.clone()), None)
        .unwrap_err();
    assert!(matches!(refusal, Refusal::ChecklistMissing { .. }));

    let mut nobody = Audit::draft(AuditRecord {
        signatories: Vec::new(),
        ..finalized_record()
    });
    let refusal = update(&mut nobody, Action::PrepareSignature(options.clone())).unwrap_err();
    assert!(matches!(refusal, Refusal::NoSignatories));

    let mut draft = Audit::draft(AuditRecord {
        finalized: None,
        ..finalized_record()
    });
    let refusal = update(&mut draft, Action::PrepareSignature(options)).unwrap_err();
    assert!(matches!(refusal, Refusal::NotFinalized));
}

#[test]
fn signing_takes_two_steps_and_signs_the_recomputed_summary() {
    let mut audit = finalized();
    let options = proof_options(0, "2026-11-28T11:00:00Z");
    let effects = update(&mut audit, Action::PrepareSignature(options)).unwrap();
    let [Effect::Sign(request)] = effects.as_slice() else {
        panic!("expected a signing request, got {effects:?}");
    };
    assert_eq!(audit, finalized(), "preparing changes nothing");
    let signature = key(0).sign(request.data());
    let effects = update(&mut audit, Action::AddSignature(request.clone(), signature)).unwrap();
    assert_eq!(saved(&effects).1, [Reached::Signed]);

    let document = audit.signed().unwrap();
    let summary = serde_json::to_value(Summary::of(&checklist(), audit.record())).unwrap();
    assert_eq!(document.member("summary"), Some(&summary));
    assert_eq!(summary["zero_tolerance_alert"], Value::Bool(true));
    let report = document.verify(None, &now());
    assert_eq!(report.missing, [party(1), party(2)]);
    assert!(report.proofs.iter().all(|p| p.outcome.is_ok()));

    let stored = saved(&effects).0;
    assert_eq!(Audit::from_stored(stored).unwrap(), audit);
}

#[test]
fn a_wrong_signature_or_a_stale_request_adds_nothing() {
    let mut audit = finalized();
    let request = |audit: &mut Audit, index: usize| {
        let options = proof_options(index, "2026-11-28T11:00:00Z");
        match update(audit, Action::PrepareSignature(options))
            .unwrap()
            .remove(0)
        {
            Effect::Sign(request) => request,
            other => panic!("expected a signing request, got {other:?}"),
        }
    };
    let auditor = request(&mut audit, 0);
    let wrong = key(1).sign(auditor.data());
    let refusal = update(&mut audit, Action::AddSignature(auditor.clone(), wrong)).unwrap_err();
    assert!(matches!(refusal, Refusal::BadSignature(_)));
    assert_eq!(audit, finalized());

    let union = request(&mut audit, 2);
    sign_as(&mut audit, 0);
    let signature = key(2).sign(union.data());
    let refusal = update(&mut audit, Action::AddSignature(union, signature)).unwrap_err();
    assert!(matches!(refusal, Refusal::ChangedWhileSigning));
    assert_eq!(audit.signed().unwrap().proofs().len(), 1);

    let options = proof_options(0, "2026-11-28T12:00:00Z");
    let refusal = update(&mut audit, Action::PrepareSignature(options)).unwrap_err();
    assert!(matches!(refusal, Refusal::AlreadySigned(_)));
}

#[test]
fn a_false_summary_is_never_signed() {
    let mut auditor = finalized();
    sign_as(&mut auditor, 0);
    let text = file_of(&auditor).replace(
        "\"zero_tolerance_alert\": true",
        "\"zero_tolerance_alert\": false",
    );
    assert_ne!(text, file_of(&auditor));
    // A forger re-signs the changed content as the auditor, whose key they hold.
    let mut forged: Value = serde_json::from_str(&text).unwrap();
    forged.as_object_mut().unwrap().remove("proof");
    let forged = SignedDocument::parse(&forged.to_string())
        .unwrap()
        .sign_with(&proof_options(0, "2026-11-28T11:00:00Z"), |d| {
            key(0).sign(d)
        })
        .unwrap();
    let mut union = Audit::from_stored(&forged.to_json_pretty()).unwrap();
    let refusal = update(
        &mut union,
        Action::PrepareSignature(proof_options(2, "2026-11-28T12:00:00Z")),
    )
    .unwrap_err();
    assert!(matches!(refusal, Refusal::SummaryMismatch(_)), "{refusal}");
    assert!(refusal.to_string().contains("zero-tolerance alert off"));

    let refusal = incoming(&forged.to_json_pretty())
        .and_then(|file| file.into_new_audit(Some(&checklist())))
        .unwrap_err();
    assert!(matches!(refusal, Refusal::SummaryMismatch(_)), "{refusal}");
}

#[test]
fn a_new_version_is_saved_and_opened_and_the_signed_one_stays() {
    let mut draft = Audit::draft(AuditRecord {
        finalized: None,
        ..finalized_record()
    });
    let new_version = || Action::NewVersion {
        id: Uuid::from_u128(42),
        now: at("2026-11-29T00:00:00Z"),
    };
    assert!(matches!(
        update(&mut draft, new_version()).unwrap_err(),
        Refusal::NotFinalized
    ));
    let mut audit = finalized();
    sign_as(&mut audit, 0);
    let before = audit.clone();
    let effects = update(&mut audit, new_version()).unwrap();
    let [Effect::Save { stored, .. }, Effect::Open(id)] = effects.as_slice() else {
        panic!("expected a save and an open, got {effects:?}");
    };
    assert_eq!(*id, Uuid::from_u128(42));
    let next = Audit::from_stored(&stored.text).unwrap();
    assert_eq!(next.record().previous_version, Some(before.id()));
    assert!(!next.record().is_finalized() && next.signed().is_none());
    assert_eq!(audit, before);
}

#[test]
fn exports_are_named_and_carry_the_summary_or_the_proofs() {
    let mut audit = finalized();
    let effects = update(&mut audit, Action::Export).unwrap();
    let [Effect::Download { name, body }] = effects.as_slice() else {
        panic!("expected a download");
    };
    assert_eq!(name, "audit-acme-textiles-werk-süd-9b2e4c61.json");
    assert!(body.contains("\"summary\""));
    sign_as(&mut audit, 0);
    let effects = update(&mut audit, Action::Export).unwrap();
    let [Effect::Download { name, body }] = effects.as_slice() else {
        panic!("expected a download");
    };
    assert_eq!(name, "audit-acme-textiles-werk-süd-9b2e4c61-signed.json");
    assert_eq!(*body, audit.signed().unwrap().to_json_pretty());
}

#[test]
fn an_evidence_question_holds_at_most_max_photos() {
    let loaded = parse_checklist(include_str!("fixtures/all-types-checklist.json")).unwrap();
    let (mut audit, _) = Audit::start(
        Uuid::from_u128(5),
        loaded.reference(),
        at("2026-11-28T08:00:00Z"),
    );
    let add = || {
        Action::Edit(
            Edit::AddRow {
                question: "P3".into(),
            },
            at("2026-11-28T08:01:00Z"),
        )
    };
    for _ in 0..3 {
        audit.update(add(), Some(&loaded.checklist)).unwrap();
    }
    let refusal = audit.update(add(), Some(&loaded.checklist)).unwrap_err();
    assert!(matches!(refusal, Refusal::TooManyPhotos { max: 3, .. }));
    let rows = audit.record().answer("P3").unwrap().value.as_ref().unwrap();
    assert_eq!(rows.rows().len(), 3);
}

mod taking_in {
    use super::*;

    fn signed_copy(indices: &[usize]) -> Audit {
        let mut audit = finalized();
        for &index in indices {
            sign_as(&mut audit, index);
        }
        audit
    }

    #[test]
    fn a_new_audit_is_kept_as_it_came() {
        let union_copy = signed_copy(&[2]);
        let taken = incoming(&file_of(&union_copy))
            .unwrap()
            .into_new_audit(Some(&checklist()))
            .unwrap();
        assert_eq!(taken, union_copy);
    }

    #[test]
    fn the_same_result_whoever_signs_first() {
        // The union receives the finalized file, signs first and sends it back.
        let sent_for_signature = file_of(&finalized());
        let mut union = incoming(&sent_for_signature)
            .unwrap()
            .into_new_audit(Some(&checklist()))
            .unwrap();
        sign_as(&mut union, 2);
        // The auditor, whose device holds the finalized record without a summary, takes it in.
        let mut auditor = finalized();
        let file = incoming(&file_of(&union)).unwrap();
        let effects = update(&mut auditor, Action::TakeIn(Box::new(file))).unwrap();
        assert_eq!(saved(&effects).1, [Reached::Signed]);
        sign_as(&mut auditor, 0);
        sign_as(&mut auditor, 1);
        let union_last = {
            let mut other = signed_copy(&[0, 1]);
            let file = incoming(&file_of(&union)).unwrap();
            update(&mut other, Action::TakeIn(Box::new(file))).unwrap();
            other
        };
        for audit in [&auditor, &union_last] {
            let document = audit.signed().unwrap();
            assert!(document.verify(None, &now()).is_valid());
        }
        assert_eq!(
            auditor.signed().unwrap().content_sha256().unwrap(),
            union_last.signed().unwrap().content_sha256().unwrap()
        );
    }

    #[test]
    fn local_proofs_are_kept_and_only_new_signers_added() {
        let mut local = signed_copy(&[0]);
        let file = incoming(&file_of(&signed_copy(&[2]))).unwrap();
        update(&mut local, Action::TakeIn(Box::new(file.clone()))).unwrap();
        assert_eq!(local.signed().unwrap().proofs().len(), 2);
        assert!(
            update(&mut local, Action::TakeIn(Box::new(file)))
                .unwrap()
                .is_empty(),
            "the same file twice adds nothing"
        );
        // The auditor signed again on another device: that proof is not added twice.
        let mut other = finalized();
        other
            .sign_with(
                proof_options(0, "2026-11-28T15:00:00Z"),
                Some(&checklist()),
                |d| key(0).sign(d),
            )
            .unwrap();
        let file = incoming(&file_of(&other)).unwrap();
        assert!(
            update(&mut local, Action::TakeIn(Box::new(file)))
                .unwrap()
                .is_empty()
        );
        let report = local.signed().unwrap().verify(None, &now());
        assert!(report.repeated.is_empty());
    }

    #[test]
    fn a_proof_that_reuses_a_local_proof_id_is_not_added() {
        let mut local = signed_copy(&[0]);
        // The union signs with the auditor's proof id: valid alone, a duplicate id together.
        let reused = ProofOptions {
            signer: key(2).did_key(),
            ..proof_options(0, "2026-11-28T12:00:00Z")
        };
        let file = SignedDocument::from_record(&finalized().record().exported(Some(&checklist())))
            .unwrap()
            .sign_with(&reused, |d| key(2).sign(d))
            .unwrap();
        let file = incoming(&file.to_json_pretty()).unwrap();
        assert!(
            update(&mut local, Action::TakeIn(Box::new(file)))
                .unwrap()
                .is_empty()
        );
        assert!(
            local
                .signed()
                .unwrap()
                .verify(None, &now())
                .proofs
                .iter()
                .all(|p| p.outcome.is_ok())
        );
    }

    #[test]
    fn a_file_with_any_invalid_proof_is_refused_before_anything_is_kept() {
        let text = file_of(&signed_copy(&[0, 2]));
        let mut value: Value = serde_json::from_str(&text).unwrap();
        value["proof"][1]["proofValue"] = "zgarbage".into();
        let refusal = incoming(&value.to_string()).unwrap_err();
        assert!(matches!(refusal, Refusal::InvalidSignatures(_)));
        assert!(refusal.to_string().starts_with("proof 2: "), "{refusal}");

        let mut stranger = signed_copy(&[0]).signed().unwrap().clone();
        stranger = stranger
            .sign_with(&proof_options(3, "2026-11-28T11:00:00Z"), |d| {
                key(3).sign(d)
            })
            .unwrap();
        let refusal = incoming(&stranger.to_json_pretty()).unwrap_err();
        assert!(
            refusal.to_string().contains("not on the signatory list"),
            "{refusal}"
        );
    }

    #[test]
    fn a_local_draft_is_never_overwritten() {
        let mut draft = Audit::draft(AuditRecord {
            finalized: None,
            ..finalized_record()
        });
        let before = draft.clone();
        let file = incoming(&file_of(&signed_copy(&[0]))).unwrap();
        let refusal = update(&mut draft, Action::TakeIn(Box::new(file))).unwrap_err();
        assert!(matches!(refusal, Refusal::LocalDraft));
        assert!(refusal.to_string().contains("nothing was changed"));
        assert_eq!(draft, before);
    }

    #[test]
    fn a_finalized_audit_without_signatories_is_never_replaced() {
        let mut local = Audit::draft(AuditRecord {
            signatories: Vec::new(),
            ..finalized_record()
        });
        let before = local.clone();
        let file = incoming(&file_of(&signed_copy(&[0]))).unwrap();
        let refusal = update(&mut local, Action::TakeIn(Box::new(file))).unwrap_err();
        assert!(matches!(refusal, Refusal::DifferentContent(_)), "{refusal}");
        assert_eq!(local, before);
    }

    #[test]
    fn a_changed_copy_is_refused() {
        let mut local = signed_copy(&[0]);
        let mut changed = finalized_record();
        changed.header.site = "Another site".into();
        let mut other = Audit::draft(changed);
        sign_as(&mut other, 2);
        let refusal = update(
            &mut local,
            Action::TakeIn(Box::new(incoming(&file_of(&other)).unwrap())),
        )
        .unwrap_err();
        assert!(
            refusal
                .to_string()
                .starts_with("these are two different documents"),
            "{refusal}"
        );
    }

    #[test]
    fn unfinalized_and_foreign_files_are_refused() {
        let w3c = include_str!("vectors/w3c-eddsa-jcs-2022/signedJCS.json");
        let refusal = incoming(w3c).unwrap_err();
        assert!(
            refusal
                .to_string()
                .starts_with("this file is not a Supplier Audit record: "),
            "{refusal}"
        );
        let draft = Audit::draft(AuditRecord {
            finalized: None,
            ..finalized_record()
        });
        let refusal = incoming(&file_of(&draft)).unwrap_err();
        assert!(matches!(refusal, Refusal::IncomingNotFinalized));
    }

    #[test]
    fn a_summary_needs_its_checklist() {
        let file = incoming(&file_of(&signed_copy(&[0]))).unwrap();
        let refusal = file.into_new_audit(None).unwrap_err();
        assert!(matches!(refusal, Refusal::ChecklistMissing { .. }));
    }
}

#[test]
fn proof_options_are_what_the_proof_states() {
    let mut audit = finalized();
    sign_as(&mut audit, 1);
    let report = audit.signed().unwrap().verify(None, &now());
    let ProofOptions { created, .. } = proof_options(1, "2026-11-28T11:00:00Z");
    assert_eq!(report.proofs[0].created.as_deref(), Some(created.as_str()));
}
