//! Drafts started on the 1.0.0 checklists keep working after 1.1.0 replaced them.
//!
//! The 1.0.0 files were moved, byte for byte, to `static/checklists/archive/`. An audit
//! record pins its checklist by id, version and hash, so the archived copies must keep
//! exactly the hash the current files had when 1.0.0 was the current version, the app must
//! list them as archived, and a record made on them must still load, score and export.

use std::path::Path;

use audit_core::{
    AnswerValue, AuditRecord, Compliance, Document, Edit, LoadedChecklist, Severity, Summary,
    Timestamp, Uuid, parse_checklist, parse_document,
};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/checklists");
const CATALOGUE: &str = include_str!("../../../src/catalogue.rs");

/// The hashes of the three files as they were shipped at 1.0.0 (commit 02da9cf), which
/// every draft started on them has pinned.
const PINNED: [(&str, &str); 3] = [
    (
        "supplier-due-diligence",
        "e624621d01ed07e5087272493d831362325ae8b1109a0e8233a2afe9dfbbbbce",
    ),
    (
        "prevention-plan",
        "df7a928a77cb7bdac6915fe5ac2289442e33d435b0788f70681b44a0f125ebd7",
    ),
    (
        "monitoring-visit",
        "02adc31db4eb456ccee509f2d64c8f50d2d4ea73c5065761392f48aff38bfa09",
    ),
];

/// Per checklist: a question answered Yes and one answered No in the draft.
const DRAFT_ANSWERS: [(&str, &str, &str); 3] = [
    ("supplier-due-diligence", "A1", "E1"),
    ("prevention-plan", "PS2", "JC2"),
    ("monitoring-visit", "V1", "V7"),
];

fn load(relative: &str) -> LoadedChecklist {
    let path = Path::new(DIR).join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{relative}: {e}"));
    parse_checklist(&text).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

fn answer(record: &mut AuditRecord, question: &str, value: AnswerValue) {
    record.apply(
        Edit::Answer {
            question: question.into(),
            value: Some(value),
        },
        at("2026-11-20T09:00:00Z"),
    );
}

#[test]
fn the_archived_1_0_0_files_keep_the_hash_drafts_pinned() {
    for (id, sha256) in PINNED {
        let archived = load(&format!("archive/{id}-1.0.0.json"));
        assert_eq!(archived.checklist.id, id);
        assert_eq!(archived.checklist.version.to_string(), "1.0.0");
        assert_eq!(archived.sha256, sha256, "archive/{id}-1.0.0.json changed");

        let current = load(&format!("{id}.json"));
        assert_eq!(current.checklist.version.to_string(), "1.1.0", "{id}");
        assert_ne!(current.sha256, sha256, "{id}: 1.1.0 must differ from 1.0.0");
    }
}

#[test]
fn the_app_lists_every_archived_file() {
    let archive = std::fs::read_dir(Path::new(DIR).join("archive")).unwrap();
    for entry in archive {
        let path = entry.unwrap().path();
        let loaded = load(&format!(
            "archive/{}",
            path.file_name().unwrap().to_string_lossy()
        ));
        let (id, version) = (&loaded.checklist.id, loaded.checklist.version.to_string());
        let listed = format!("(\"{id}\", \"{version}\")");
        assert!(
            CATALOGUE.contains(&listed),
            "src/catalogue.rs ARCHIVED lacks {listed}, so drafts on it could not be opened"
        );
    }
}

#[test]
fn a_draft_on_1_0_0_still_scores_exports_and_imports() {
    for (id, _) in PINNED {
        let archived = load(&format!("archive/{id}-1.0.0.json"));
        let checklist = &archived.checklist;
        let mut record = AuditRecord::new(
            Uuid::parse_str("5d1b7c2a-0e4f-4a6b-8c9d-1e2f3a4b5c6d").unwrap(),
            archived.reference(),
            at("2026-11-20T08:00:00Z"),
        );
        // One question conforms, one is a finding of its severity.
        let (yes, no) = DRAFT_ANSWERS
            .iter()
            .find(|(c, ..)| *c == id)
            .map(|(_, y, n)| (*y, *n))
            .unwrap();
        answer(&mut record, yes, Compliance::Yes.into());
        answer(&mut record, no, Compliance::No.into());

        let summary = Summary::of(checklist, &record);
        assert_eq!(summary.score.conforming, 1, "{id}");
        assert_eq!(summary.score.applicable, 2, "{id}");
        assert_eq!(summary.findings.total(), 1, "{id}");
        let critical = checklist.question(no).unwrap().severity == Severity::Critical;
        assert_eq!(summary.zero_tolerance_alert, critical, "{id}");

        // Export, then import as the app and audit-cli do: still pinned to 1.0.0, and
        // the summary recomputed from the archived definition is the same.
        let exported = serde_json::to_string(&record.exported(Some(checklist))).unwrap();
        let Document::Record(imported) = parse_document(&exported).unwrap() else {
            panic!("{id}: the export is not read back as a record");
        };
        assert_eq!(imported.checklist, archived.reference());
        assert_eq!(imported.checklist.version.to_string(), "1.0.0");
        assert_eq!(imported.answers, record.answers);
        assert_eq!(Summary::of(checklist, &imported), summary);

        // Against the current 1.1.0 file the reference does not match: the draft must
        // be resolved to the archived copy.
        let current = load(&format!("{id}.json"));
        assert_ne!(current.reference(), imported.checklist);
    }
}
