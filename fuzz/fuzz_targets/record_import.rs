//! Audit records and signed audits received from other parties: parsing, the recomputed
//! summary, reading a stored audit back, and taking a file in (`workflow::Incoming`) against
//! each state this device can hold the same audit in.
#![no_main]

use std::sync::OnceLock;

use audit_core::workflow::{Action, Audit, Incoming};
use audit_core::{
    AuditRecord, Checklist, Document, Progress, Summary, Timestamp, Uuid, parse_checklist,
    parse_document, parse_record,
};
use libfuzzer_sys::fuzz_target;

/// The bundled checklist the seeds answer, as the app ships it.
const CHECKLIST: &str = include_str!("../../static/checklists/supplier-due-diligence.json");
/// The seed audit as this device may hold it: finalized with its signatories, then signed by
/// its auditor. Other seeds are copies of it signed by the union, or by both.
const LOCAL_FINALIZED: &str = include_str!("../seeds/record_import/finalized-record.json");
const LOCAL_SIGNED: &str = include_str!("../seeds/record_import/signed-auditor.json");
/// The clock of the device taking the file in.
const NOW: &str = "2026-11-30T12:00:00Z";

struct Local {
    checklist: Checklist,
    /// No audit with that id, a draft, finalized and unsigned, signed by the auditor.
    states: [Option<Audit>; 4],
    now: Timestamp,
}

fn local() -> &'static Local {
    static LOCAL: OnceLock<Local> = OnceLock::new();
    LOCAL.get_or_init(|| {
        let finalized = Audit::from_stored(LOCAL_FINALIZED).expect("the finalized seed reads");
        let signed = Audit::from_stored(LOCAL_SIGNED).expect("the signed seed reads");
        assert!(signed.signed().is_some(), "the signed seed has a proof");
        let draft = Audit::draft(AuditRecord {
            finalized: None,
            signatories: Vec::new(),
            ..finalized.record().clone()
        });
        Local {
            checklist: parse_checklist(CHECKLIST).expect("bundled").checklist,
            states: [None, Some(draft), Some(finalized), Some(signed)],
            now: Timestamp::parse(NOW).expect("a valid time"),
        }
    })
}

/// Valid files that edit inputs (see `audit_fuzz::edited_seed`) start from.
const SEEDS: [&str; 4] = [
    LOCAL_FINALIZED,
    LOCAL_SIGNED,
    include_str!("../seeds/record_import/signed-union.json"),
    include_str!("../seeds/record_import/signed-all.json"),
];

fuzz_target!(|data: &[u8]| {
    let edited = audit_fuzz::edited_seed(data, &SEEDS);
    let Ok(text) = edited.as_deref().map_or(std::str::from_utf8(data), Ok) else {
        return;
    };
    let local = local();

    match parse_record(text) {
        Ok(record) => read(local, &record),
        Err(e) => {
            let _ = e.to_string();
        }
    }
    if let Ok(Document::Record(record)) = parse_document(text) {
        read(local, &record);
    }
    // What IndexedDB gives back is trusted no more than a file.
    if let Ok(mut audit) = Audit::from_stored(text) {
        let _ = audit.stored();
        let _ = audit.update(Action::Export, Some(&local.checklist));
        let _ = audit.update(Action::Export, None);
    }

    match Incoming::parse(text, &local.now) {
        Ok(incoming) => take_in(local, incoming),
        Err(refusal) => {
            let _ = refusal.to_string();
        }
    }
});

/// What the app does with a record it reads: scores it against its checklist, shows it,
/// exports it again, starts a new version of it.
fn read(local: &Local, record: &AuditRecord) {
    let _ = Summary::of(&local.checklist, record);
    let _ = Progress::of_checklist(&local.checklist, record);
    let _ = record.export_file_name();
    let _ = record.exported(Some(&local.checklist)).to_json();
    let _ = record.new_version(Uuid::nil(), local.now.clone());
}

/// Takes `incoming` in beside each state of the device, with and without the checklist; what
/// is kept must read back as it was stored.
fn take_in(local: &Local, incoming: Incoming) {
    let _ = (incoming.id(), incoming.checklist());
    for checklist in [Some(&local.checklist), None] {
        for state in &local.states {
            let outcome = match state {
                None => incoming.clone().into_new_audit(checklist).map(|audit| {
                    round_trip(&audit);
                    Vec::new()
                }),
                Some(audit) => {
                    let mut audit = audit.clone();
                    let outcome =
                        audit.update(Action::TakeIn(Box::new(incoming.clone())), checklist);
                    round_trip(&audit);
                    outcome
                }
            };
            if let Err(refusal) = outcome {
                let _ = refusal.to_string();
            }
        }
    }
}

/// A device that cannot read back what it stored has lost the audit.
fn round_trip(audit: &Audit) {
    let stored = audit.stored();
    let back = Audit::from_stored(&stored.text).expect("a stored audit reads back");
    assert_eq!(back.stored(), stored, "a stored audit reads back unchanged");
}
