//! Properties of the proof set over arbitrary audit content.

mod common_signing;

use audit_core::signing::SignedDocument;
use audit_core::{AnswerValue, Compliance, Edit, HeaderField};
use common_signing::*;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

/// Answers of every kind, numbers included, since numbers are where canonical JSON is subtle.
fn answer_value() -> impl Strategy<Value = Option<AnswerValue>> {
    prop::option::of(prop_oneof![
        prop::sample::select(Compliance::ALL.to_vec()).prop_map(AnswerValue::from),
        (-1e9f64..1e9).prop_map(AnswerValue::Number),
        any::<i32>().prop_map(|n| AnswerValue::Number(f64::from(n))),
        "\\PC{1,20}".prop_map(AnswerValue::Text),
        prop::collection::vec("[a-z]{1,8}", 1..4).prop_map(AnswerValue::Choices),
    ])
}

prop_compose! {
    /// A finalized audit with arbitrary header text, answers and notes, signed by all three parties.
    fn signed_document()(
        supplier in "\\PC{0,30}",
        answers in prop::collection::vec(("[A-O][1-9]", answer_value(), "\\PC{0,40}"), 0..12),
    ) -> SignedDocument {
        let mut record = finalized_record();
        record.finalized = None;
        let now = at("2026-11-28T09:30:00Z");
        record.apply(Edit::Header(HeaderField::Supplier, supplier), now.clone());
        for (question, value, note) in answers {
            record.apply(Edit::Answer { question: question.clone(), value }, now.clone());
            record.apply(Edit::Note { question, note }, now.clone());
        }
        record.finalize(at("2026-11-28T10:00:00Z"));
        let mut document = SignedDocument::from_record(&record).unwrap();
        for index in 0..3 {
            sign(&mut document, index);
        }
        document
    }
}

/// JSON pointers of every leaf value (string, number, boolean, null) in `value`.
fn leaves(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            for (name, child) in members {
                leaves(
                    child,
                    format!("{at}/{}", name.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                leaves(child, format!("{at}/{i}"), out);
            }
        }
        _ => out.push(at),
    }
}

fn changed(leaf: &Value) -> Value {
    match leaf {
        Value::String(s) => Value::String(format!("{s}x")),
        Value::Number(n) => Value::from(n.as_f64().unwrap() + 1.0),
        Value::Bool(b) => Value::Bool(!b),
        _ => Value::String("x".into()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn sign_then_verify_always_passes(document in signed_document()) {
        let reread = SignedDocument::parse(&document.to_json_pretty()).unwrap();
        let report = reread.verify(None, &now());
        prop_assert!(report.is_valid(), "{:?}", report);
    }

    #[test]
    fn changing_any_value_anywhere_fails(document in signed_document(), pick in any::<Index>()) {
        let mut value: Value = serde_json::from_str(&document.to_json_pretty()).unwrap();
        let mut paths = Vec::new();
        leaves(&value, String::new(), &mut paths);
        let path = pick.get(&paths);
        let leaf = value.pointer_mut(path).unwrap();
        *leaf = changed(leaf);
        let report = SignedDocument::parse(&value.to_string()).unwrap().verify(None, &now());
        prop_assert!(!report.is_valid(), "changing {} went unnoticed", path);
    }

    #[test]
    fn removing_a_listed_signatorys_proof_fails_as_missing(document in signed_document(), pick in 0usize..3) {
        let mut value: Value = serde_json::from_str(&document.to_json_pretty()).unwrap();
        value["proof"].as_array_mut().unwrap().remove(pick);
        let report = SignedDocument::parse(&value.to_string()).unwrap().verify(None, &now());
        prop_assert!(!report.is_valid());
        prop_assert_eq!(report.missing, vec![party(pick)]);
    }
}
