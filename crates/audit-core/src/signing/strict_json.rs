//! A JSON reader for verification that refuses what RFC 8785 (I-JSON) refuses:
//! duplicate member names, lone surrogates, numbers that are not finite doubles, and integers
//! beyond ±(2^53 − 1) (RFC 7493), which JCS would round, so that two different documents
//! would share one signature. `serde_json::Value` alone would silently keep the last of two
//! duplicate names, so a document could show one value and have been signed with another.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("not strict JSON: {reason} at line {line} column {column}")]
pub struct StrictJsonError {
    pub reason: String,
    pub line: usize,
    pub column: usize,
}

impl From<serde_json::Error> for StrictJsonError {
    fn from(e: serde_json::Error) -> Self {
        let message = e.to_string();
        let reason = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(reason, _)| reason);
        // serde_json reports a lone surrogate as a broken escape; say what RFC 8785 forbids.
        let reason = if reason.contains("hex escape") || reason.contains("surrogate") {
            format!("{reason} (lone surrogates are not allowed)")
        } else {
            reason.to_owned()
        };
        StrictJsonError {
            reason,
            line: e.line(),
            column: e.column(),
        }
    }
}

/// Parses `text`, refusing duplicate member names, lone surrogates, non-finite numbers and
/// integers outside ±(2^53 − 1).
/// The error names the position, e.g. `duplicate member name "a" at line 3 column 9`.
pub fn parse_strict(text: &str) -> Result<Value, StrictJsonError> {
    let value = serde_json::from_str::<StrictValue>(text)?.0;
    match unsafe_integer(text) {
        Some(error) => Err(error),
        None => Ok(value),
    }
}

/// 2^53 − 1, the largest integer every JSON reader holds exactly (RFC 7493, I-JSON).
pub(super) const MAX_SAFE_INTEGER: u128 = (1 << 53) - 1;

/// The first integer literal (no fraction, no exponent) of well-formed JSON `text` outside
/// ±(2^53 − 1). It is found in the text, because once parsed, `1E30` (a double, fine) and
/// `1000000000000000000000000000001` (an integer that would be rounded) look alike.
pub(super) fn unsafe_integer(text: &str) -> Option<StrictJsonError> {
    // Every byte that matters here is ASCII, and no byte of a multi-byte UTF-8 character is:
    // scanning bytes finds exactly what scanning characters would.
    let bytes = text.as_bytes();
    let (mut in_string, mut escaped) = (false, false);
    let mut at = 0;
    while at < bytes.len() {
        let (start, c) = (at, bytes[at]);
        at += 1;
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        if c == b'"' {
            in_string = true;
        } else if c == b'-' || c.is_ascii_digit() {
            while at < bytes.len()
                && (bytes[at].is_ascii_digit()
                    || matches!(bytes[at], b'.' | b'e' | b'E' | b'+' | b'-'))
            {
                at += 1;
            }
            let literal = text.get(start..at).unwrap_or_default();
            let integral = !literal.contains(['.', 'e', 'E']);
            let magnitude = literal.trim_start_matches('-').parse::<u128>();
            if integral && magnitude.map_or(true, |m| m > MAX_SAFE_INTEGER) {
                let before = text.get(..start).unwrap_or_default();
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                let shown: String = literal.chars().take(40).collect();
                return Some(StrictJsonError {
                    reason: format!(
                        "the integer {shown} is outside ±(2^53 − 1), where JSON readers round it"
                    ),
                    line,
                    column,
                });
            }
        }
    }
    None
}

pub(super) struct StrictValue(pub(super) Value);

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = StrictValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Null))
    }

    fn visit_bool<E>(self, v: bool) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Bool(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Number(v.into())))
    }

    fn visit_u64<E>(self, v: u64) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Number(v.into())))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<StrictValue, E> {
        Number::from_f64(v)
            .map(|n| StrictValue(Value::Number(n)))
            .ok_or_else(|| E::custom("number is not finite"))
    }

    fn visit_str<E>(self, v: &str) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::String(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::String(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StrictValue, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(StrictValue(Value::Array(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StrictValue, A::Error> {
        let mut members = Map::new();
        while let Some(name) = map.next_key::<String>()? {
            if members.contains_key(&name) {
                return Err(de::Error::custom(format!(
                    "duplicate member name \"{name}\""
                )));
            }
            let StrictValue(value) = map.next_value()?;
            members.insert(name, value);
        }
        Ok(StrictValue(Value::Object(members)))
    }
}
