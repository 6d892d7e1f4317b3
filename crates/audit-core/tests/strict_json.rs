use audit_core::signing::parse_strict;
use serde_json::json;

#[test]
fn accepts_ordinary_json() {
    let value = parse_strict(r#"{"a": [1, 2.5, "x", null, true], "b": {"c": -3}}"#).unwrap();
    assert_eq!(
        value,
        json!({"a": [1, 2.5, "x", null, true], "b": {"c": -3}})
    );
}

#[test]
fn refuses_duplicate_member_names_with_their_position() {
    let err = parse_strict("{\n  \"a\": 1,\n  \"a\": 2\n}").unwrap_err();
    assert_eq!(
        err.to_string(),
        "not strict JSON: duplicate member name \"a\" at line 3 column 5"
    );
    assert_eq!((err.line, err.column), (3, 5));
    // Nested objects too.
    assert!(parse_strict(r#"{"x": [{"k": 1, "k": 1}]}"#).is_err());
}

#[test]
fn refuses_lone_surrogates() {
    let err = parse_strict(r#"{"a": "\ud800"}"#).unwrap_err().to_string();
    assert!(
        err.contains("(lone surrogates are not allowed) at line 1"),
        "{err}"
    );
    let err = parse_strict(r#"["\udc00x"]"#).unwrap_err().to_string();
    assert!(err.contains("lone surrogates are not allowed"), "{err}");
    // A proper pair is fine.
    assert_eq!(parse_strict(r#""\ud83d\ude00""#).unwrap(), json!("😀"));
}

#[test]
fn refuses_non_finite_numbers() {
    for bad in ["NaN", "Infinity", "-Infinity", "1e400", "[1, -1e999]"] {
        assert!(parse_strict(bad).is_err(), "{bad}");
    }
}

#[test]
fn refuses_trailing_garbage() {
    assert!(parse_strict(r#"{"a": 1} x"#).is_err());
}
