//! Backups: the file's format, strict reading of hostile files, and what restoring decides for
//! every kind of entry.

mod common_signing;

use std::collections::BTreeMap;

use audit_core::backup::{
    Backup, BackupError, Contents, EntryKind, EntryRefusal, MAX_BACKUP_BYTES, MAX_BACKUP_ENTRIES,
    Outcome, Skip, Update, plan,
};
use audit_core::signing::{IdentityCard, Role};
use audit_core::workflow::{Audit, Stored};
use audit_core::{AuditRecord, Edit, HeaderField, parse_checklist};
use common_signing::*;
use serde_json::{Value, json};

const CHECKLIST: &str = include_str!("../../../static/checklists/monitoring-visit.json");

fn stored(audit: &Audit) -> Stored {
    audit.stored()
}

fn draft() -> AuditRecord {
    let mut record = finalized_record();
    record.id = audit_core::Uuid::from_u128(7);
    record.finalized = None;
    record.signatories.clear();
    record
}

fn card(index: usize) -> IdentityCard {
    let p = party(index);
    IdentityCard::new(p.name, p.organisation, p.role, p.did)
}

fn device() -> Contents {
    let sha = parse_checklist(CHECKLIST).unwrap().sha256;
    Contents {
        audits: vec![
            stored(&Audit::draft(draft())),
            stored(&Audit::from_stored(&signed_by(&[0]).to_json_pretty()).unwrap()),
        ],
        definitions: BTreeMap::from([(sha.clone(), CHECKLIST.to_owned())]),
        checklists: BTreeMap::from([(sha, CHECKLIST.to_owned())]),
        identities: vec![card(0)],
        contacts: vec![card(1)],
    }
}

fn backup_of(contents: &Contents) -> Backup {
    Backup::of(contents, at("2026-11-30T10:00:00Z"))
}

fn backup_with(change: impl FnOnce(&mut Backup)) -> Backup {
    let mut backup = backup_of(&Contents::default());
    change(&mut backup);
    backup
}

fn round_trip(contents: &Contents) -> Backup {
    Backup::parse(&backup_of(contents).to_json()).unwrap()
}

fn outcomes(restore: &audit_core::backup::Restore) -> Vec<(EntryKind, Outcome)> {
    restore
        .entries
        .iter()
        .map(|e| (e.kind, e.outcome.clone()))
        .collect()
}

#[test]
fn the_file_keeps_every_stored_text_byte_for_byte() {
    let contents = device();
    let backup = round_trip(&contents);
    let texts: Vec<&String> = contents.audits.iter().map(|a| &a.text).collect();
    assert_eq!(backup.audits.iter().collect::<Vec<_>>(), texts);
    assert_eq!(backup.definitions, contents.definitions);
    assert_eq!(backup.file_name(), "supplier-audit-backup-2026-11-30.json");
    let file: Value = serde_json::from_str(&backup_of(&contents).to_json()).unwrap();
    assert_eq!(file["format"], "supplier-audit-backup");
    assert_eq!(file["version"], 1);
}

#[test]
fn restoring_on_an_empty_device_adds_everything_and_identities_become_contacts() {
    let contents = device();
    let restore = plan(&round_trip(&contents), &Contents::default(), &now());
    assert!(restore.entries.iter().all(|e| e.outcome == Outcome::Added));
    assert_eq!(restore.entries.len(), 2 + 1 + 1 + 1 + 1);
    assert_eq!(restore.audits, contents.audits);
    assert_eq!(restore.contacts, vec![card(0), card(1)]);
    assert_eq!(restore.definitions.len(), 1);
    assert_eq!(restore.checklists.len(), 1);
}

#[test]
fn restoring_twice_skips_everything_and_writes_nothing() {
    let contents = device();
    let backup = round_trip(&contents);
    let first = plan(&backup, &Contents::default(), &now());
    let after = Contents {
        audits: first.audits.clone(),
        definitions: first.definitions.iter().cloned().collect(),
        checklists: first.checklists.iter().cloned().collect(),
        identities: Vec::new(),
        contacts: first.contacts.clone(),
    };
    let second = plan(&backup, &after, &now());
    assert!(
        second
            .entries
            .iter()
            .all(|e| e.outcome == Outcome::Skipped(Skip::Identical)),
        "{:?}",
        outcomes(&second)
    );
    assert!(second.audits.is_empty() && second.contacts.is_empty());
    assert!(second.definitions.is_empty() && second.checklists.is_empty());
}

#[test]
fn a_signed_copy_updates_the_same_finalized_record_here() {
    let record = finalized_record();
    let here = Contents {
        audits: vec![stored(&Audit::draft(record))],
        ..Contents::default()
    };
    let signed = signed_by(&[0]).to_json_pretty();
    let backup = backup_with(|b| {
        b.audits = vec![signed.clone()];
    });
    let restore = plan(&backup, &here, &now());
    assert_eq!(
        restore.entries[0].outcome,
        Outcome::Updated(Update::Signed { proofs: 1 })
    );
    assert_eq!(restore.audits[0].text, signed);
}

#[test]
fn more_signatures_update_fewer_and_fewer_never_replace_more() {
    let one = signed_by(&[0]).to_json_pretty();
    let two = signed_by(&[0, 1]).to_json_pretty();
    let holding = |text: &str| Contents {
        audits: vec![stored(&Audit::from_stored(text).unwrap())],
        ..Contents::default()
    };
    let with = |text: &str| {
        backup_with(|b| {
            b.audits = vec![text.to_owned()];
        })
    };
    let up = plan(&with(&two), &holding(&one), &now());
    assert_eq!(
        up.entries[0].outcome,
        Outcome::Updated(Update::MoreSignatures { here: 1, backup: 2 })
    );
    let down = plan(&with(&one), &holding(&two), &now());
    assert_eq!(
        down.entries[0].outcome,
        Outcome::Skipped(Skip::NothingNewer)
    );
    assert!(down.audits.is_empty());
    // A record without signatures never replaces the signed document.
    let record = Audit::draft(finalized_record()).stored().text;
    let unsigned = plan(&with(&record), &holding(&two), &now());
    assert_eq!(
        unsigned.entries[0].outcome,
        Outcome::Skipped(Skip::NothingNewer)
    );
}

#[test]
fn parallel_signatures_on_each_side_are_kept_apart() {
    let here = Contents {
        audits: vec![stored(
            &Audit::from_stored(&signed_by(&[0]).to_json_pretty()).unwrap(),
        )],
        ..Contents::default()
    };
    let backup = backup_with(|b| {
        b.audits = vec![signed_by(&[1]).to_json_pretty()];
    });
    let restore = plan(&backup, &here, &now());
    assert!(matches!(
        restore.entries[0].outcome,
        Outcome::Skipped(Skip::DifferentHere { .. })
    ));
    assert!(restore.audits.is_empty());
}

#[test]
fn a_different_draft_of_the_same_audit_is_never_overwritten_even_if_older() {
    let older = draft();
    let mut newer = draft();
    newer.apply(
        Edit::Header(HeaderField::Site, "Hall 2".into()),
        at("2026-11-29T09:00:00Z"),
    );
    let here = Contents {
        audits: vec![stored(&Audit::draft(older.clone()))],
        ..Contents::default()
    };
    let backup = backup_with(|b| {
        b.audits = vec![Audit::draft(newer.clone()).stored().text];
    });
    let restore = plan(&backup, &here, &now());
    assert_eq!(
        restore.entries[0].outcome,
        Outcome::Skipped(Skip::DifferentHere {
            here_updated: older.updated,
            backup_updated: newer.updated,
        })
    );
    assert!(restore.audits.is_empty());
}

#[test]
fn what_is_here_and_unreadable_is_not_overwritten() {
    let here = Contents {
        audits: vec![Stored {
            id: draft().id,
            text: "{ damaged".into(),
        }],
        ..Contents::default()
    };
    let backup = backup_with(|b| {
        b.audits = vec![Audit::draft(draft()).stored().text];
    });
    let restore = plan(&backup, &here, &now());
    assert_eq!(
        restore.entries[0].outcome,
        Outcome::Skipped(Skip::UnreadableHere)
    );
    assert!(restore.audits.is_empty());
}

#[test]
fn a_signed_document_whose_proof_fails_is_refused_with_the_report() {
    let mut value: Value = serde_json::from_str(&signed_by(&[0]).to_json_pretty()).unwrap();
    value["header"]["supplier"] = json!("Someone else");
    let backup = backup_with(|b| {
        b.audits = vec![serde_json::to_string(&value).unwrap()];
    });
    let restore = plan(&backup, &Contents::default(), &now());
    match &restore.entries[0].outcome {
        Outcome::Refused(EntryRefusal::NotVerified(report)) => {
            assert!(report.failures().next().is_some())
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert!(restore.audits.is_empty());
}

#[test]
fn unreadable_and_repeated_audits_are_refused() {
    let text = Audit::draft(draft()).stored().text;
    let backup = backup_with(|b| {
        b.audits = vec!["not json".into(), text.clone(), text];
    });
    let restore = plan(&backup, &Contents::default(), &now());
    assert!(matches!(
        restore.entries[0].outcome,
        Outcome::Refused(EntryRefusal::Unreadable(_))
    ));
    assert_eq!(restore.entries[1].outcome, Outcome::Added);
    assert_eq!(
        restore.entries[2].outcome,
        Outcome::Refused(EntryRefusal::Duplicate)
    );
    assert_eq!(restore.audits.len(), 1);
}

#[test]
fn a_checklist_under_another_hash_or_unreadable_is_refused() {
    let wrong = "0".repeat(64);
    let backup = backup_with(|b| {
        b.definitions = BTreeMap::from([(wrong, CHECKLIST.to_owned())]);
        b.checklists = BTreeMap::from([("abc".into(), "{\"format\": 1}".into())]);
    });
    let restore = plan(&backup, &Contents::default(), &now());
    let sha = parse_checklist(CHECKLIST).unwrap().sha256;
    assert_eq!(
        restore.entries[0].outcome,
        Outcome::Refused(EntryRefusal::HashMismatch { actual: sha })
    );
    assert!(matches!(
        restore.entries[1].outcome,
        Outcome::Refused(EntryRefusal::Unreadable(_))
    ));
    assert!(restore.definitions.is_empty() && restore.checklists.is_empty());
}

#[test]
fn a_card_carrying_a_private_key_is_refused_and_never_written() {
    let mut with_key = serde_json::to_value(card(2)).unwrap();
    with_key["privateKeyMultibase"] = json!("z3u2en7t5LR2WtQH5PfsRmTuxg");
    let mut with_jwk = serde_json::to_value(card(3)).unwrap();
    with_jwk["d"] = json!("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
    let backup = backup_with(|b| {
        b.identities = vec![with_key];
        b.contacts = vec![with_jwk, json!({"name": "no did"})];
    });
    let restore = plan(&backup, &Contents::default(), &now());
    assert_eq!(
        outcomes(&restore),
        vec![
            (
                EntryKind::Identity,
                Outcome::Refused(EntryRefusal::PrivateKey {
                    field: "privateKeyMultibase".into()
                })
            ),
            (
                EntryKind::Contact,
                Outcome::Refused(EntryRefusal::PrivateKey { field: "d".into() })
            ),
            (
                EntryKind::Contact,
                Outcome::Refused(EntryRefusal::Unreadable(".: missing field `format`".into()))
            ),
        ]
    );
    assert!(restore.contacts.is_empty());
}

#[test]
fn a_backup_of_this_devices_own_identity_keeps_the_identity() {
    let contents = device();
    let restore = plan(&round_trip(&contents), &contents, &now());
    let identity = restore
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Identity)
        .unwrap();
    assert_eq!(identity.outcome, Outcome::Skipped(Skip::OwnIdentityHere));
    let changed = IdentityCard::new("Renamed".into(), "X".into(), Role::Witness, card(1).did);
    let here = Contents {
        contacts: vec![changed],
        ..Contents::default()
    };
    let restore = plan(&round_trip(&contents), &here, &now());
    let contact = restore
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Contact)
        .unwrap();
    assert_eq!(contact.outcome, Outcome::Skipped(Skip::OtherCardHere));
}

#[test]
fn hostile_files_are_refused_with_typed_errors() {
    let valid: Value = serde_json::from_str(&backup_of(&device()).to_json()).unwrap();
    let with = |name: &str, v: Value| {
        let mut copy = valid.clone();
        copy[name] = v;
        serde_json::to_string(&copy).unwrap()
    };
    assert!(matches!(
        Backup::parse(&with("format", json!("supplier-audit-record/1"))),
        Err(BackupError::NotABackup)
    ));
    assert!(matches!(
        Backup::parse(&with("version", json!(2))),
        Err(BackupError::UnsupportedVersion(v)) if v == "2"
    ));
    assert!(matches!(
        Backup::parse(&with("audits", json!([{"not": "a string"}]))),
        Err(BackupError::Shape(_))
    ));
    assert!(matches!(
        Backup::parse(&with("privateKeys", json!(["z3u2"]))),
        Err(BackupError::Shape(_))
    ));
    assert!(matches!(
        Backup::parse(&with("created", json!("yesterday"))),
        Err(BackupError::Shape(_))
    ));
    let deep = format!(
        "{{\"format\":\"supplier-audit-backup\",\"version\":1,\"x\":{}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(matches!(Backup::parse(&deep), Err(BackupError::Json(_))));
    let duplicate = r#"{"format":"supplier-audit-backup","format":"supplier-audit-backup"}"#;
    assert!(matches!(
        Backup::parse(duplicate),
        Err(BackupError::Json(_))
    ));
    let huge = " ".repeat(MAX_BACKUP_BYTES + 1);
    assert!(matches!(
        Backup::parse(&huge),
        Err(BackupError::TooLarge { .. })
    ));
    let many = with("audits", json!(vec![""; MAX_BACKUP_ENTRIES]));
    assert!(matches!(
        Backup::parse(&many),
        Err(BackupError::TooManyEntries { count }) if count > MAX_BACKUP_ENTRIES
    ));
    assert!(matches!(Backup::parse("[]"), Err(BackupError::NotABackup)));
    assert!(matches!(Backup::parse(""), Err(BackupError::Json(_))));
}

#[test]
fn no_key_material_can_enter_a_backup_made_here() {
    let text = backup_of(&device()).to_json();
    for field in [
        "\"d\"",
        "privateKey",
        "secretKey",
        "\"seed\"",
        "\"jwk\"",
        "\"key\"",
    ] {
        assert!(!text.contains(field), "{field} found in the backup");
    }
    for seed in SEEDS {
        assert!(!text.contains(seed));
    }
}
