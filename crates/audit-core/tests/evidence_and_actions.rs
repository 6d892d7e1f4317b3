//! Photos and corrective actions in the workflow: limits, slots, findings, follow-ups.

mod common;

use audit_core::workflow::{Action, Audit, Effect, Refusal};
use audit_core::{
    ActionChange, ActionStatus, Compliance, Day, DueDays, Edit, Photo, Severity, Uuid, findings,
    proposed_actions,
};
use common::*;

fn started() -> (Audit, audit_core::Checklist) {
    let loaded = all_types();
    let (audit, _) = Audit::start(
        Uuid::from_u128(5),
        loaded.reference(),
        at("2026-11-28T08:00:00Z"),
    );
    (audit, loaded.checklist)
}

fn edit(audit: &mut Audit, checklist: &audit_core::Checklist, edit: Edit) -> Result<(), Refusal> {
    audit
        .update(
            Action::Edit(edit, at("2026-11-28T08:01:00Z")),
            Some(checklist),
        )
        .map(|_| ())
}

fn photo(bytes: &[u8]) -> Photo {
    Photo::of(bytes, "image/jpeg").unwrap()
}

#[test]
fn photos_are_checked_limited_and_removed_with_their_slot() {
    let (mut audit, checklist) = started();
    let attach = |question: &str, photo: Photo| Edit::AttachPhoto {
        question: question.into(),
        photo,
    };
    edit(&mut audit, &checklist, attach("C1", photo(b"one"))).unwrap();
    let again = edit(&mut audit, &checklist, attach("C1", photo(b"one")));
    assert!(matches!(again, Err(Refusal::DuplicatePhoto(q)) if q == "C1"));

    // P3 is an evidence question with max_photos 3; a photo names an existing slot.
    let in_slot = |bytes: &[u8], slot| Photo {
        slot: Some(slot),
        ..photo(bytes)
    };
    let missing = edit(&mut audit, &checklist, attach("P3", in_slot(b"a", 0)));
    assert!(matches!(missing, Err(Refusal::NoSuchSlot { slot: 0, .. })));
    for _ in 0..3 {
        let add = Edit::AddRow {
            question: "P3".into(),
        };
        edit(&mut audit, &checklist, add).unwrap();
    }
    for (i, bytes) in [b"a", b"b", b"c"].into_iter().enumerate() {
        edit(&mut audit, &checklist, attach("P3", in_slot(bytes, i))).unwrap();
    }
    let fourth = edit(&mut audit, &checklist, attach("P3", photo(b"d")));
    assert!(matches!(fourth, Err(Refusal::TooManyPhotos { max: 3, .. })));

    let remove = Edit::RemoveRow {
        question: "P3".into(),
        row: 1,
    };
    edit(&mut audit, &checklist, remove).unwrap();
    let slots: Vec<_> = audit
        .record()
        .answer("P3")
        .unwrap()
        .photos
        .iter()
        .map(|p| p.slot)
        .collect();
    assert_eq!(
        slots,
        [Some(0), Some(1)],
        "the photo of slot 1 went with it"
    );

    audit
        .update(
            Action::Finalize(at("2026-11-28T09:00:00Z")),
            Some(&checklist),
        )
        .unwrap();
    let hash = photo(b"one").sha256;
    let late = edit(
        &mut audit,
        &checklist,
        Edit::RemovePhoto {
            question: "C1".into(),
            sha256: hash,
        },
    );
    assert!(matches!(late, Err(Refusal::Finalized)));
}

#[test]
fn a_photo_in_a_file_must_be_well_formed() {
    let (mut audit, checklist) = started();
    edit(
        &mut audit,
        &checklist,
        Edit::AttachPhoto {
            question: "C1".into(),
            photo: photo(b"one"),
        },
    )
    .unwrap();
    let text = audit.stored().text;
    assert!(Audit::from_stored(&text).is_ok());
    let svg = text.replace("image/jpeg", "image/svg+xml");
    assert!(Audit::from_stored(&svg).is_err());
}

#[test]
fn actions_belong_to_findings_and_a_follow_up_copies_the_open_ones() {
    let (mut audit, checklist) = started();
    let mut n = 100;
    let ids = || {
        n += 1;
        Uuid::from_u128(n)
    };
    let day = Day::parse("2026-11-28").unwrap();
    let proposed = proposed_actions("C1", Severity::Critical, &[], day, DueDays::default(), ids);
    let early = edit(&mut audit, &checklist, Edit::AddActions(proposed.clone()));
    assert!(matches!(early, Err(Refusal::NotAFinding(q)) if q == "C1"));

    let no = Edit::Answer {
        question: "C1".into(),
        value: Some(Compliance::No.into()),
    };
    edit(&mut audit, &checklist, no).unwrap();
    assert_eq!(findings(&checklist, audit.record())[0].question, "C1");
    edit(&mut audit, &checklist, Edit::AddActions(proposed.clone())).unwrap();
    assert_eq!(findings(&checklist, audit.record())[0].actions, 2);
    let done = Edit::ChangeAction {
        id: proposed[0].id,
        change: ActionChange::Status(ActionStatus::Verified),
    };
    edit(&mut audit, &checklist, done).unwrap();
    assert!(audit.record().actions[1].is_overdue(Day::parse("2026-12-06").unwrap()));
    assert!(!audit.record().actions[1].is_overdue(Day::parse("2026-12-05").unwrap()));

    let follow = Action::FollowUp {
        id: Uuid::from_u128(9),
        now: at("2027-01-10T08:00:00Z"),
    };
    assert!(matches!(
        audit.clone().update(follow.clone(), Some(&checklist)),
        Err(Refusal::NotFinalized)
    ));
    audit
        .update(
            Action::Finalize(at("2026-11-28T09:00:00Z")),
            Some(&checklist),
        )
        .unwrap();
    let effects = audit.update(follow, Some(&checklist)).unwrap();
    let [Effect::Save { stored, .. }, Effect::Open(id)] = effects.as_slice() else {
        panic!("expected a save and an open, got {effects:?}");
    };
    assert_eq!(*id, Uuid::from_u128(9));
    let next = Audit::from_stored(&stored.text).unwrap();
    let link = next.record().follow_up_of.as_ref().unwrap();
    assert_eq!(
        (link.id, link.sha256.as_str()),
        (audit.id(), audit.document_sha256().as_str())
    );
    let copied: Vec<_> = next
        .record()
        .actions
        .iter()
        .map(|a| (a.id, a.follows))
        .collect();
    assert_eq!(
        copied,
        [(proposed[1].id, Some(proposed[1].id))],
        "the verified step stays behind"
    );
    assert!(next.record().answers.is_empty());
    assert_eq!(
        next.record().header.supplier,
        audit.record().header.supplier
    );
}

#[test]
fn two_proposals_made_against_the_same_record_add_one_containment_step() {
    // A fast double tap on "Add an action": both taps propose against the record as shown,
    // before the screen has drawn the first.
    let (mut audit, checklist) = started();
    let no = Edit::Answer {
        question: "C1".into(),
        value: Some(Compliance::No.into()),
    };
    edit(&mut audit, &checklist, no).unwrap();
    let mut n = 100;
    let mut ids = || {
        n += 1;
        Uuid::from_u128(n)
    };
    let day = Day::parse("2026-11-28").unwrap();
    let shown = audit.record().actions.clone();
    let mut propose = || {
        proposed_actions(
            "C1",
            Severity::Critical,
            &shown,
            day,
            DueDays::default(),
            &mut ids,
        )
    };
    let (first, second) = (propose(), propose());
    edit(&mut audit, &checklist, Edit::AddActions(first)).unwrap();
    edit(&mut audit, &checklist, Edit::AddActions(second)).unwrap();
    let actions = &audit.record().actions;
    assert_eq!(
        actions.iter().filter(|a| a.containment).count(),
        1,
        "one containment step"
    );
    assert_eq!(
        actions.iter().filter(|a| !a.containment).count(),
        2,
        "each tap adds its action"
    );
}
