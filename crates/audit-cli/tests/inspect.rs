//! Runs the real binary, as a user would.

mod common;

use std::process::Output;

use common::run;

fn temp_file(name: &str, content: &str) -> String {
    let dir = std::env::temp_dir().join(format!("audit-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

const CHECKLIST: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../static/checklists/archive/supplier-due-diligence-0.1.0.json"
);
const RECORD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/audit-record.json"
);

#[test]
fn inspects_the_bundled_checklist() {
    let out = run(&["inspect", CHECKLIST]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("checklist supplier-due-diligence 0.1.0: "),
        "{text}"
    );
    assert!(text.contains("5 sections, 13 questions"), "{text}");
    assert!(
        text.contains("  movement: Identity documents and freedom of movement (3 questions)"),
        "{text}"
    );
}

#[test]
fn inspects_an_exported_record() {
    let out = run(&["inspect", RECORD]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("audit record 9b2e4c61-0f3a-4d8e-a7b5-2c1d0e9f8a76"),
        "{text}"
    );
    assert!(
        text.contains("Supplier: Acme Textiles; Site: Plant 2;"),
        "{text}"
    );
    assert!(
        text.contains("3 answers (yes 1, partial 0, no 1, not applicable 1), 1 notes"),
        "{text}"
    );
}

fn assert_one_line_failure(out: &Output, expected: &str) {
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(expected), "{err}");
}

#[test]
fn malformed_json_is_one_line_and_non_zero() {
    let path = temp_file(
        "broken.json",
        "{\"format\": \"supplier-audit-checklist/1\",",
    );
    assert_one_line_failure(
        &run(&["inspect", &path]),
        "broken.json: not valid JSON: EOF while parsing a value at line 1 column 40",
    );
}

#[test]
fn an_invalid_checklist_lists_its_problems() {
    let text = std::fs::read_to_string(CHECKLIST)
        .unwrap()
        .replacen("\"A4\"", "\"A1\"", 1);
    let path = temp_file("dup.json", &text);
    assert_one_line_failure(
        &run(&["inspect", &path]),
        "sections[0].questions[1].id: duplicate id \"A1\"",
    );
}

#[test]
fn an_unknown_file_kind_and_a_missing_file_are_refused() {
    let path = temp_file("other.json", "[1, 2]");
    assert_one_line_failure(
        &run(&["inspect", &path]),
        "format: expected \"supplier-audit-checklist/1\" or \"supplier-audit-record/1\"",
    );
    assert_one_line_failure(
        &run(&["inspect", "/no/such/file.json"]),
        "/no/such/file.json: No such file or directory",
    );
}

#[test]
fn binary_garbage_does_not_panic() {
    let dir = std::env::temp_dir().join(format!("audit-cli-bin-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("garbage.json");
    std::fs::write(&path, [0xff, 0xfe, 0x00, 0x7b]).unwrap();
    assert_one_line_failure(
        &run(&["inspect", path.to_str().unwrap()]),
        "stream did not contain valid UTF-8",
    );
}
