//! `audit-cli inspect` on backup files (tests/fixtures/backup), run as a user would.

use std::process::{Command, Output};

fn inspect(fixture: &str) -> (Output, String) {
    let path = format!(
        "{}/../../tests/fixtures/backup/{fixture}",
        env!("CARGO_MANIFEST_DIR")
    );
    let out = Command::new(env!("CARGO_BIN_EXE_audit-cli"))
        .args(["inspect", &path])
        .output()
        .expect("the binary runs");
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    (out, text)
}

#[test]
fn summarises_a_sound_backup() {
    let (out, text) = inspect("backup.json");
    assert!(out.status.success(), "{text}");
    assert_eq!(
        text,
        "backup made 2026-11-30T10:00:00Z\n\
         2 audits, 1 checklist definitions, 0 loaded checklists, 1 identities, 1 contacts\n  \
         audit 9b2e4c61-0f3a-4d8e-a7b5-2c1d0e9f8a76: Acme Textiles; draft; 0 proofs\n  \
         audit 4f6c2a9e-8d1b-4e37-9a52-0c7b3e1d5f80: Acme Textiles; signed; 2 proofs\n\
         no problems found\n"
    );
}

#[test]
fn names_every_problem_of_a_tampered_backup_and_fails() {
    let (out, text) = inspect("tampered.json");
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("4 problems:"), "{text}");
    for expected in [
        "audit 4f6c2a9e-8d1b-4e37-9a52-0c7b3e1d5f80: signatures do not verify (proof 1: ",
        "audit #3: unreadable: not strict JSON",
        "definition 0000000000000000000000000000000000000000000000000000000000000000: the key is \
         not the checklist's SHA-256 (40867ba68b12c9d585f882cc4cb3a073c3b336b4e09b5c0c71767ea46a032801)",
        "contact #1: carries a private-key field \"privateKeyMultibase\"",
    ] {
        assert!(text.contains(expected), "{expected} missing from:\n{text}");
    }
}

#[test]
fn refuses_a_file_that_claims_to_be_a_backup_of_another_version() {
    let dir = std::env::temp_dir().join(format!("audit-cli-backup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("v2.json");
    std::fs::write(
        &path,
        r#"{"format": "supplier-audit-backup", "version": 2}"#,
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_audit-cli"))
        .args(["inspect", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let error = String::from_utf8(out.stderr).unwrap();
    assert!(
        error.contains("backup version 2 is not one this app reads"),
        "{error}"
    );
}
