//! `static/checklist.schema.json` is hand-written for ministries; these tests keep it in
//! step with the Rust types (a full validator would pull ~45 crates into the build).

use std::collections::BTreeSet;

use audit_core::{AnswerType, ColumnType, DueDays, EvidenceKind, Recommendation, Severity};
use serde::Serialize;
use serde_json::Value;

const SCHEMA: &str = include_str!("../../../static/checklist.schema.json");
mod common;

fn schema() -> Value {
    serde_json::from_str(SCHEMA).unwrap()
}

fn keys(value: &Value) -> BTreeSet<String> {
    value.as_object().unwrap().keys().cloned().collect()
}

fn names<T: Serialize>(all: &[T]) -> BTreeSet<String> {
    all.iter()
        .map(|v| {
            serde_json::to_value(v)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn enum_of(value: &Value) -> BTreeSet<String> {
    value["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_enums_match_the_rust_types() {
    let s = schema();
    let defs = &s["$defs"];
    use AnswerType as A;
    assert_eq!(
        enum_of(&defs["answerType"]),
        names(&[
            A::Compliance,
            A::SingleChoice,
            A::MultipleChoice,
            A::Text,
            A::Number,
            A::Date,
            A::Evidence,
            A::Table
        ])
    );
    use ColumnType as C;
    assert_eq!(
        enum_of(&defs["columnType"]),
        names(&[
            C::Text,
            C::Number,
            C::Date,
            C::SingleChoice,
            C::MultipleChoice
        ])
    );
    let question = &defs["question"]["properties"];
    assert_eq!(
        enum_of(&question["evidence"]["items"]),
        names(&EvidenceKind::ALL)
    );
    assert_eq!(
        enum_of(&question["severity"]),
        names(&[Severity::Critical, Severity::Major, Severity::Minor])
    );
    use Recommendation as R;
    assert_eq!(
        enum_of(&question["tags"]["properties"]["rec"]["items"]),
        names(&[R::R1b, R::R1c, R::R2, R::R3, R::R4])
    );
}

/// Every field of every object in `value`, by object kind, from a checklist that uses them all.
#[test]
fn the_properties_match_the_fields_the_core_reads() {
    let s = schema();
    let defs = &s["$defs"];
    let fixture: Value = serde_json::from_str(common::ALL_TYPES).unwrap();
    let questions: Vec<&Value> = fixture["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["questions"].as_array().unwrap())
        .collect();
    let used =
        |objects: Vec<&Value>| -> BTreeSet<String> { objects.into_iter().flat_map(keys).collect() };

    // The fixture uses every question field.
    let question_fields = used(questions.clone());
    let declared = keys(&defs["question"]["properties"]);
    assert_eq!(question_fields, declared, "question fields");

    let columns: Vec<&Value> = questions
        .iter()
        .filter_map(|q| q.get("columns"))
        .flat_map(|c| c.as_array().unwrap())
        .collect();
    let mut column_fields = used(columns);
    column_fields.insert("unit".into()); // optional, not used by the fixture's columns
    assert_eq!(
        column_fields,
        keys(&defs["column"]["properties"]),
        "column fields"
    );

    assert_eq!(keys(&fixture), keys(&s["properties"]), "top-level fields");
    assert_eq!(
        keys(&fixture["sections"][0])
            .union(&BTreeSet::from(["description".to_owned()]))
            .cloned()
            .collect::<BTreeSet<_>>(),
        keys(&defs["section"]["properties"]),
        "section fields"
    );
    assert_eq!(
        used(questions.iter().filter_map(|q| q.get("tags")).collect()),
        keys(&defs["question"]["properties"]["tags"]["properties"]),
        "tag fields"
    );
}

#[test]
fn every_condition_shape_is_declared() {
    let s = schema();
    let shapes: BTreeSet<BTreeSet<String>> = s["$defs"]["condition"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|shape| keys(&shape["properties"]))
        .collect();
    let expected: BTreeSet<BTreeSet<String>> = [
        vec!["question", "equals"],
        vec!["question", "in"],
        vec!["question", "includes"],
        vec!["question", "answered"],
        vec!["all"],
        vec!["any"],
        vec!["not"],
    ]
    .into_iter()
    .map(|k| k.into_iter().map(str::to_owned).collect())
    .collect();
    assert_eq!(shapes, expected);
    // And each of them parses in the core.
    for condition in [
        r#"{"question": "C1", "equals": "no"}"#,
        r#"{"question": "R3", "equals": 4}"#,
        r#"{"question": "C1", "in": ["no", "partial"]}"#,
        r#"{"question": "R1", "includes": "agents"}"#,
        r#"{"question": "R1", "answered": false}"#,
        r#"{"all": [{"any": [{"not": {"question": "C1", "answered": true}}]}]}"#,
    ] {
        serde_json::from_str::<audit_core::Condition>(condition)
            .unwrap_or_else(|e| panic!("{condition}: {e}"));
    }
}

#[test]
fn action_due_days_names_each_severity_within_the_cores_bounds() {
    let s = schema();
    let due = &s["properties"]["action_due_days"];
    let fields = serde_json::to_value(DueDays::default()).unwrap();
    assert_eq!(keys(&due["properties"]), keys(&fields));
    for (field, rule) in due["properties"].as_object().unwrap() {
        assert_eq!(rule["minimum"], 0, "{field}");
        assert_eq!(rule["maximum"], DueDays::MAX, "{field}");
    }
    let required: BTreeSet<String> = due["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(required, keys(&fields));
}
