//! `audit-cli check`, run as the real binary.

mod common;

use common::{run, stdout};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../audit-core/tests/fixtures/all-types-checklist.json"
);

fn temp_file(name: &str, content: &str) -> String {
    let dir = std::env::temp_dir().join(format!("audit-cli-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_valid_checklist_is_ok_with_its_question_count() {
    let out = run(&["check", FIXTURE]);
    assert!(out.status.success());
    assert_eq!(stdout(&out), "OK all-types 2.0.0: 10 questions\n");
}

#[test]
fn every_bundled_checklist_passes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../static/checklists");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    let args: Vec<&str> = ["check", "--all-languages"]
        .into_iter()
        .chain(files.iter().map(String::as_str))
        .collect();
    let out = run(&args);
    assert!(out.status.success(), "{}", stdout(&out));
    assert_eq!(
        stdout(&out)
            .lines()
            .filter(|l| l.starts_with("OK "))
            .count(),
        files.len()
    );
}

#[test]
fn each_problem_is_one_line_with_file_path_and_reason() {
    let text = std::fs::read_to_string(FIXTURE)
        .unwrap()
        .replace("\"sources\": [\"S2\"]", "\"sources\": [\"S7\"]")
        .replace("\"max\": 500", "\"max\": -1");
    let path = temp_file("broken-rules.json", &text);
    let out = run(&["check", &path]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() >= 3, "{text}");
    for line in &lines {
        assert!(line.starts_with(&format!("{path}: sections[")), "{line}");
    }
    assert!(text.contains(&format!(
        "{path}: sections[0].questions[1].tags.sources[0]: source \"S7\" is not in the checklist's \"sources\""
    )));
    assert!(text.contains(&format!(
        "{path}: sections[1].questions[2].min: \"min\" is greater than \"max\""
    )));
}

#[test]
fn shape_and_syntax_errors_are_one_line_too() {
    let text = std::fs::read_to_string(FIXTURE).unwrap().replacen(
        "\"type\": \"date\"",
        "\"type\": \"calendar\"",
        1,
    );
    let path = temp_file("bad-type.json", &text);
    let out = run(&["check", &path]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.starts_with(&format!(
            "{path}: sections[2].questions[1].type: unknown variant `calendar`"
        )),
        "{text}"
    );

    let path = temp_file("cut.json", "{\"format\": ");
    let out = run(&["check", &path]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).starts_with(&format!("{path}: line 1 column 11: not valid JSON")),
        "{}",
        stdout(&out)
    );
}

#[test]
fn all_languages_makes_a_missing_translation_a_problem() {
    let archived = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../static/checklists/archive/supplier-due-diligence-0.1.0.json"
    );
    // Valid as it is: other languages fall back to English.
    assert!(run(&["check", archived]).status.success());
    let out = run(&["check", "--all-languages", archived]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!(
            "{archived}: title: lacks a text in language \"fr\"\n"
        )),
        "{text}"
    );
    assert!(text.lines().all(|l| l.contains("lacks a text in language")));
}

#[test]
fn a_source_nothing_cites_is_a_warning_not_a_failure() {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["sources"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"key": "S99", "citation": {"en": "Nobody cites this"}}));
    let path = temp_file("uncited.json", &value.to_string());
    let out = run(&["check", &path]);
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains(&format!("warning: {path}: sources["))
            && stderr.contains("source \"S99\" is cited by no question"),
        "{stderr}"
    );
}

#[test]
fn the_bundled_checklists_pass_with_all_languages_and_no_warning() {
    for id in [
        "supplier-due-diligence",
        "prevention-plan",
        "monitoring-visit",
    ] {
        let path = format!(
            "{}/../../static/checklists/{id}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let out = run(&["check", "--all-languages", &path]);
        assert!(out.status.success(), "{}", stdout(&out));
        assert!(stdout(&out).starts_with(&format!("OK {id} 1.1.0: ")));
        assert_eq!(String::from_utf8(out.stderr).unwrap(), "", "{id}");
    }
}
