mod common;

use audit_core::validation::validate;
use audit_core::{ImportError, Problem, parse_checklist};
use serde_json::{Value, json};

fn minimal_value() -> Value {
    serde_json::from_str(common::MINIMAL).unwrap()
}

fn errors_of(value: &Value) -> Vec<String> {
    match parse_checklist(&value.to_string()) {
        Err(ImportError::Invalid(errors)) => errors.iter().map(ToString::to_string).collect(),
        other => panic!("expected validation errors, got {other:?}"),
    }
}

#[test]
fn the_minimal_fixture_is_valid() {
    assert!(validate(&common::minimal().checklist).is_empty());
}

#[test]
fn a_duplicate_question_id_is_named_with_its_path() {
    let mut v = minimal_value();
    v["sections"][0]["questions"][1]["id"] = json!("Q1");
    assert_eq!(
        errors_of(&v),
        ["sections[0].questions[1].id: duplicate id \"Q1\""]
    );
}

#[test]
fn duplicates_are_found_across_sections() {
    let mut v = minimal_value();
    let copy = v["sections"][0].clone();
    v["sections"].as_array_mut().unwrap().push(copy);
    assert_eq!(
        errors_of(&v),
        [
            "sections[1].id: duplicate id \"S1\"",
            "sections[1].questions[0].id: duplicate id \"Q1\"",
            "sections[1].questions[1].id: duplicate id \"Q2\"",
        ]
    );
}

#[test]
fn blank_and_malformed_ids_are_refused() {
    let mut v = minimal_value();
    v["id"] = json!("");
    v["sections"][0]["questions"][0]["id"] = json!("Q 1");
    assert_eq!(
        errors_of(&v),
        [
            "id: must not be blank",
            "sections[0].questions[0].id: id \"Q 1\" may contain only letters, digits, '-', '_' and '.'",
        ]
    );
}

#[test]
fn texts_need_english() {
    let mut v = minimal_value();
    v["title"] = json!({"fr": "Liste"});
    v["sections"][0]["questions"][1]["text"] = json!({"en": "   "});
    assert_eq!(
        errors_of(&v),
        [
            "title: needs an English text (key \"en\")",
            "sections[0].questions[1].text: needs an English text (key \"en\")",
        ]
    );
}

#[test]
fn empty_lists_are_refused() {
    let mut v = minimal_value();
    v["sections"][0]["questions"] = json!([]);
    assert_eq!(
        errors_of(&v),
        ["sections[0].questions: must contain at least one entry"]
    );
    v["sections"] = json!([]);
    assert_eq!(errors_of(&v), ["sections: must contain at least one entry"]);
}

#[test]
fn a_wrong_type_names_the_path() {
    let mut v = minimal_value();
    v["sections"][0]["questions"][1]["severity"] = json!("huge");
    let err = parse_checklist(&v.to_string()).unwrap_err();
    assert!(
        matches!(err, ImportError::Shape { ref path, .. } if path == "sections[0].questions[1].severity")
    );
    assert!(
        err.to_string()
            .starts_with("sections[0].questions[1].severity: unknown variant `huge`")
    );
}

#[test]
fn unknown_fields_are_refused_so_typos_show() {
    let mut v = minimal_value();
    v["sections"][0]["questions"][0]["requird"] = json!(true);
    let err = parse_checklist(&v.to_string()).unwrap_err().to_string();
    assert!(
        err.starts_with("sections[0].questions[0].requird: unknown field `requird`"),
        "{err}"
    );
}

#[test]
fn a_bad_version_or_format_is_refused() {
    let mut v = minimal_value();
    v["version"] = json!("1.2");
    let err = parse_checklist(&v.to_string()).unwrap_err().to_string();
    assert!(err.starts_with("version: "), "{err}");
    let mut v = minimal_value();
    v["format"] = json!("something-else/9");
    let err = parse_checklist(&v.to_string()).unwrap_err().to_string();
    assert!(err.starts_with("format: unknown variant"), "{err}");
}

#[test]
fn broken_json_reports_line_and_column() {
    let err = parse_checklist("{\n  \"id\": \"x\",\n  oops\n}").unwrap_err();
    match err {
        ImportError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 3)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn problems_are_typed() {
    let mut v = minimal_value();
    v["sections"][0]["questions"][1]["id"] = json!("Q1");
    let checklist = serde_json::from_value(v).unwrap();
    let errors = validate(&checklist);
    assert_eq!(errors[0].problem, Problem::DuplicateId("Q1".into()));
    assert_eq!(errors[0].path, "sections[0].questions[1].id");
}
