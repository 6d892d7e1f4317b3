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

fn all_types_value() -> Value {
    serde_json::from_str(common::ALL_TYPES).unwrap()
}

/// Path of question `q` of section `s` in the all-types fixture.
fn question(v: &mut Value, s: usize, q: usize) -> &mut Value {
    &mut v["sections"][s]["questions"][q]
}

#[test]
fn the_all_types_fixture_is_valid_and_complete() {
    let loaded = common::all_types();
    assert!(validate(&loaded.checklist).is_empty());
    assert!(audit_core::missing_translations(&loaded.checklist).is_empty());
}

#[test]
fn unknown_source_keys_are_refused() {
    let mut v = all_types_value();
    question(&mut v, 0, 1)["tags"]["sources"] = json!(["S2", "S9"]);
    assert_eq!(
        errors_of(&v),
        [
            "sections[0].questions[1].tags.sources[1]: source \"S9\" is not in the checklist's \"sources\""
        ]
    );
}

#[test]
fn show_if_must_look_back_at_an_existing_question() {
    let mut v = all_types_value();
    question(&mut v, 0, 0)["show_if"] = json!({"question": "R1", "answered": true});
    question(&mut v, 0, 1)["show_if"] = json!({"question": "C2", "answered": true});
    question(&mut v, 0, 2)["show_if"] = json!({"any": [{"question": "ZZ", "equals": "yes"}]});
    assert_eq!(
        errors_of(&v),
        [
            "sections[0].questions[0].show_if: refers to question \"R1\", which does not come before this question",
            "sections[0].questions[1].show_if: refers to question \"C2\", which does not come before this question",
            "sections[0].questions[2].show_if: refers to question \"ZZ\", which does not exist",
        ]
    );
}

#[test]
fn show_if_values_must_be_possible_answers() {
    let mut v = all_types_value();
    question(&mut v, 1, 1)["show_if"] = json!({"question": "R1", "includes": "ship"});
    question(&mut v, 1, 2)["show_if"] = json!({"all": [{"question": "C1", "in": ["no", "nope"]}, {"question": "C3", "includes": "bank"}]});
    assert_eq!(
        errors_of(&v),
        [
            "sections[1].questions[1].show_if: question \"R1\" can never have the answer \"ship\"",
            "sections[1].questions[2].show_if: question \"C1\" can never have the answer \"nope\"",
            "sections[1].questions[2].show_if: \"includes\" needs a multiple_choice question, and \"C3\" is not one",
        ]
    );
}

#[test]
fn a_show_if_of_mixed_shapes_names_the_rule() {
    let mut v = all_types_value();
    question(&mut v, 1, 1)["show_if"] = json!({"question": "R1", "equals": "x", "in": ["y"]});
    let err = parse_checklist(&v.to_string()).unwrap_err().to_string();
    assert!(
        err.starts_with(
            "sections[1].questions[1].show_if: a condition needs \"question\" with exactly one of"
        ),
        "{err}"
    );
    question(&mut v, 1, 1)["show_if"] = json!({"all": []});
    assert_eq!(
        errors_of(&v),
        ["sections[1].questions[1].show_if: must contain at least one entry"]
    );
}

#[test]
fn type_specific_fields_are_checked() {
    let mut v = all_types_value();
    question(&mut v, 0, 2)["options"] = json!([]);
    question(&mut v, 0, 2)["finding_if"] = json!(["no"]);
    question(&mut v, 1, 2)["min"] = json!(10);
    question(&mut v, 1, 2)["max"] = json!(1);
    question(&mut v, 2, 0)["unit"] = json!({"en": "words"});
    question(&mut v, 2, 0)["finding_if"] = json!(["x"]);
    question(&mut v, 2, 2)["max_photos"] = json!(0);
    question(&mut v, 2, 3)["columns"][2]["options"] = json!([]);
    question(&mut v, 2, 3)["columns"][4]["options"] = json!([]);
    question(&mut v, 2, 3)["columns"][3]["id"] = json!("risk");
    assert_eq!(
        errors_of(&v),
        [
            "sections[0].questions[2].options: this type needs \"options\"",
            "sections[0].questions[2].finding_if[0]: \"no\" is not an answer this question can have",
            "sections[1].questions[2].min: \"min\" is greater than \"max\"",
            "sections[2].questions[0].unit: \"unit\" does not apply to type \"text\"",
            "sections[2].questions[0].finding_if: \"finding_if\" does not apply to type \"text\"",
            "sections[2].questions[2].max_photos: 0 is outside 1..4294967295",
            "sections[2].questions[3].columns[3].id: duplicate id \"risk\"",
            "sections[2].questions[3].columns[4].options: this type needs \"options\"",
        ]
    );
}

#[test]
fn tags_are_range_checked() {
    let mut v = all_types_value();
    question(&mut v, 0, 0)["tags"]["ilo"] = json!([0, 11, 12]);
    question(&mut v, 0, 0)["tags"]["oecd_step"] = json!(7);
    assert_eq!(
        errors_of(&v),
        [
            "sections[0].questions[0].tags.ilo[0]: 0 is outside 1..11",
            "sections[0].questions[0].tags.ilo[2]: 12 is outside 1..11",
            "sections[0].questions[0].tags.oecd_step: 7 is outside 1..6",
        ]
    );
    question(&mut v, 0, 0)["tags"] = json!({"rec": ["5"]});
    let err = parse_checklist(&v.to_string()).unwrap_err().to_string();
    assert!(
        err.starts_with("sections[0].questions[0].tags.rec[0]: unknown variant `5`"),
        "{err}"
    );
}

#[test]
fn missing_translations_are_listed_by_path_and_language() {
    let mut v = all_types_value();
    question(&mut v, 2, 3)["columns"][0]["label"] = json!({"en": "Risk", "fr": "Risque", "es": ""});
    let checklist = serde_json::from_value(v).unwrap();
    let missing: Vec<String> = audit_core::missing_translations(&checklist)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        missing,
        [
            "sections[2].questions[3].columns[0].label: lacks a text in language \"es\"",
            "sections[2].questions[3].columns[0].label: lacks a text in language \"ar\"",
        ]
    );
}
