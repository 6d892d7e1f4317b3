//! The signing code's own RFC 8785 writer (`signing::canonical_bytes`, which writes the bytes
//! that are hashed and signed) gives exactly the bytes of the reference canonicaliser
//! (`canonical::canonical_json`), for any JSON value: names of every kind of character,
//! escapes, numbers, nesting.

use audit_core::canonical::canonical_json;
use audit_core::signing::canonical_bytes;
use proptest::prelude::*;
use serde_json::{Map, Number, Value, json};

fn same(value: &Value) {
    let reference = canonical_json(value).unwrap();
    let ours = String::from_utf8(canonical_bytes(value).unwrap()).unwrap();
    assert_eq!(ours, reference, "for {value:?}");
}

#[test]
fn known_cases() {
    same(&json!({
        "numbers": [333333333.3333333, 1E30, 4.50, 2e-3, 0.000001, 1e-7, -0.0, 9007199254740991_i64,
                    -9007199254740991_i64, 18446744073709551615_u64, 1e21, 1e20, 5e-324],
        "string": "\u{20ac}$\u{000F}\u{000a}A'\u{0042}\u{0022}\u{005c}\\\"/\u{7f}\u{8}\u{c}\r\t\u{1f}",
        "literals": [null, true, false],
        "\u{20ac}": "Euro Sign", "\r": "Carriage Return", "\u{fb33}": "Hebrew Letter Dalet With Dagesh",
        "1": "One", "\u{1f600}": "Emoji: Grinning Face", "\u{0080}": "Control", "\u{00f6}": "Latin Small Letter O With Diaeresis",
        "\u{e000}": "private use", "\u{ffff}": "last BMP", "\u{10000}": "first astral", "": "empty",
        "nested": {"b": [], "a": {}, "c": [{"z": 1, "y": [2, {"x": "\u{0}"}]}]}
    }));
    same(&json!([]));
    same(&json!("plain"));
    same(&json!(0));
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{0,4}",
        "[\\x00-\\x7f]{0,4}",
        "[\u{7f}-\u{800}\u{d7ff}\u{e000}-\u{ffff}\u{10000}-\u{10ffff}a]{0,3}",
        any::<String>(),
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| Number::from_f64(f).map(Value::Number)),
        (-1_000_000i64..1_000_000, -12i32..12)
            .prop_map(|(m, e)| Value::from(m as f64 * 10f64.powi(e))),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number(),
        name().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((name(), inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn the_signing_writer_matches_the_reference(value in value()) {
        same(&value);
    }
}
