//! The checklists shipped in `static/checklists/` must always load, and be complete:
//! grounded in sources, with guidance, in all four languages.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use audit_core::{Language, LoadedChecklist, missing_translations, parse_checklist};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/checklists");

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn load(path: &Path) -> LoadedChecklist {
    let text = std::fs::read_to_string(path).unwrap();
    parse_checklist(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

fn current() -> Vec<(String, LoadedChecklist)> {
    json_files(Path::new(DIR))
        .iter()
        .map(|p| (file_name(p), load(p)))
        .collect()
}

#[test]
fn the_three_checklists_are_bundled_and_named_after_their_id() {
    let bundled = current();
    let names: Vec<&str> = bundled.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "monitoring-visit.json",
        "prevention-plan.json",
        "supplier-due-diligence.json",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} is missing: {names:?}"
        );
    }
    for (file, loaded) in &bundled {
        assert_eq!(format!("{}.json", loaded.checklist.id), *file);
    }
}

#[test]
fn every_question_has_severity_guidance_evidence_and_a_source() {
    for (file, loaded) in current() {
        let checklist = &loaded.checklist;
        // Severity is required by the type itself; ids are unique by validation.
        let ids: HashSet<&str> = checklist.questions().map(|q| q.id.as_str()).collect();
        assert_eq!(ids.len(), checklist.questions().count(), "{file}");
        for q in checklist.questions() {
            assert!(
                q.guidance.has(Language::En),
                "{file}: {} lacks guidance",
                q.id
            );
            assert!(
                !q.tags.sources.is_empty(),
                "{file}: {} cites no source",
                q.id
            );
        }
        for source in &checklist.sources {
            assert!(
                checklist
                    .questions()
                    .any(|q| q.tags.sources.contains(&source.key)),
                "{file}: source {} is cited by no question",
                source.key
            );
        }
    }
}

#[test]
fn all_four_languages_are_complete() {
    for (file, loaded) in current() {
        let missing = missing_translations(&loaded.checklist);
        assert!(
            missing.is_empty(),
            "{file}: {} texts lack a translation, first: {}",
            missing.len(),
            missing[0]
        );
    }
}

#[test]
fn the_supplier_checklist_covers_the_fifteen_sections() {
    let (_, loaded) = current()
        .into_iter()
        .find(|(f, _)| f == "supplier-due-diligence.json")
        .unwrap();
    let checklist = loaded.checklist;
    assert_eq!(checklist.version.major, 1);
    let sections: Vec<&str> = checklist.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        sections,
        [
            "policy-governance",
            "risk-assessment",
            "recruitment-fees",
            "identity-movement",
            "contracts",
            "wages-debt",
            "hours-living",
            "coercion-violence",
            "child-young-workers",
            "worker-voice",
            "training",
            "monitoring",
            "remediation",
            "reporting",
            "audit-integrity",
        ]
    );
    let count = checklist.questions().count();
    assert!(count >= 60, "{count} questions");
    assert!(checklist.questions().any(|q| q.show_if.is_some()));
}

#[test]
fn the_monitoring_visit_has_about_twenty_questions() {
    let (_, loaded) = current()
        .into_iter()
        .find(|(f, _)| f == "monitoring-visit.json")
        .unwrap();
    let count = loaded.checklist.questions().count();
    assert!((15..=30).contains(&count), "{count} questions");
}

#[test]
fn archived_versions_stay_valid_and_unchanged() {
    let archive = json_files(&Path::new(DIR).join("archive"));
    assert!(!archive.is_empty());
    for path in &archive {
        let loaded = load(path);
        let c = &loaded.checklist;
        assert_eq!(file_name(path), format!("{}-{}.json", c.id, c.version));
    }
    // Drafts made on 0.1.0 pin this hash: the archived copy must never change.
    let first = load(&Path::new(DIR).join("archive/supplier-due-diligence-0.1.0.json"));
    assert_eq!(
        first.sha256,
        "40867ba68b12c9d585f882cc4cb3a073c3b336b4e09b5c0c71767ea46a032801"
    );
}
