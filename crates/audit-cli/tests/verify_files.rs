//! How `verify` reports a file it cannot read as a document: the same line whether the file
//! is missing or is not text, as `std::fs::read_to_string` words it.

mod common;

use common::{run, stdout};

#[test]
fn a_file_that_is_not_utf8_is_invalid_with_the_reason() {
    let dir = std::env::temp_dir().join(format!("verify-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("latin1.json");
    std::fs::write(&file, b"{\"a\": \"\xff\"}").unwrap();
    let path = file.to_str().unwrap();
    let out = run(&["verify", path]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        format!("{path}: INVALID: {path}: stream did not contain valid UTF-8\n")
    );
    let out = run(&["verify", "--json", path]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report[0]["error"],
        format!("{path}: stream did not contain valid UTF-8")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_file_is_invalid_with_the_reason() {
    let out = run(&["verify", "/nonexistent/audit.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        "/nonexistent/audit.json: INVALID: /nonexistent/audit.json: No such file or directory (os error 2)\n"
    );
}
