//! Reading a signed document for verification in one pass: the text is parsed, and the
//! canonical form (RFC 8785) of each member but `proof` is written as it is read, without a
//! tree of values and the allocations one takes (about 1,500 for a bench audit of 300
//! answers). Only `proof`, `signatories` and `@context` are kept as values, as verification
//! reads them.
//!
//! It accepts exactly what [`parse_strict`](super::parse_strict) accepts: it reads with the
//! same serde_json parser, and refuses the same duplicate names, non-finite numbers and
//! integers beyond ±(2^53 − 1) (the text is scanned for those only when a number that large
//! was read). For what it accepts, it writes exactly the bytes that `jcs::object_bytes`
//! writes for the parsed document (the tests below compare the two on arbitrary and edited
//! JSON). It says nothing about what it refuses: the caller reads the text again with
//! `parse_strict` for the message, which names the position of the first problem.

use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};
use sha2::{Digest, Sha256};

use super::jcs::{utf16_order, write_number, write_string, write_value};
use super::strict_json::{MAX_SAFE_INTEGER, StrictValue, unsafe_integer};

/// Buffers kept from one document to the next.
#[derive(Default)]
pub(super) struct Scratch {
    /// The canonical bytes written so far.
    out: Vec<u8>,
    /// The names of the members of the objects being read, one after another.
    names: String,
    /// The members of the objects being read, innermost last.
    members: Vec<Member>,
    /// The top-level members, `proof` and `@context` without bytes.
    top: Vec<Member>,
    /// For putting the members of one object in order.
    order: Vec<usize>,
    moved: Vec<u8>,
    /// A number was read that may be an integer beyond ±(2^53 − 1).
    large_number: bool,
}

/// One member of an object: its name in `names`, and `"name":value` in `out`.
#[derive(Clone)]
struct Member {
    name: Range<usize>,
    bytes: Option<Range<usize>>,
}

/// What verification reads of a document, besides its canonical form in the scratch buffers.
pub(super) struct ReadDocument {
    pub proof: Option<Value>,
    pub signatories: Option<Value>,
    pub context: Option<Value>,
}

/// Reads `text` as [`parse_strict`](super::parse_strict) would, or `None` for anything it
/// refuses (and for a text that is not an object).
pub(super) fn read(text: &str, scratch: &mut Scratch) -> Option<ReadDocument> {
    scratch.out.clear();
    scratch.names.clear();
    scratch.members.clear();
    scratch.top.clear();
    scratch.large_number = false;
    let mut parser = serde_json::Deserializer::from_str(text);
    let document = Top(scratch).deserialize(&mut parser).ok()?;
    parser.end().ok()?;
    let kept = [&document.proof, &document.signatories, &document.context];
    if (scratch.large_number || kept.into_iter().flatten().any(large_number))
        && unsafe_integer(text).is_some()
    {
        return None;
    }
    Some(document)
}

impl Scratch {
    /// SHA-256 of the canonical document without `proof`, and with `context` as its
    /// `@context` (none: without one).
    pub(super) fn digest(&self, context: Option<&Value>) -> Result<[u8; 32], serde_json::Error> {
        let mut context_bytes = Vec::new();
        let mut pieces: Vec<(&str, &[u8])> = Vec::with_capacity(self.top.len() + 1);
        for member in &self.top {
            if let Some(bytes) = &member.bytes {
                pieces.push((&self.names[member.name.clone()], &self.out[bytes.clone()]));
            }
        }
        if let Some(context) = context {
            write_string(&mut context_bytes, "@context");
            context_bytes.push(b':');
            write_value(&mut context_bytes, context)?;
            pieces.push(("@context", &context_bytes));
        }
        pieces.sort_by(|a, b| utf16_order(a.0, b.0));
        let mut hash = Sha256::new();
        hash.update(b"{");
        for (index, (_, bytes)) in pieces.iter().enumerate() {
            if index > 0 {
                hash.update(b",");
            }
            hash.update(bytes);
        }
        hash.update(b"}");
        Ok(hash.finalize().into())
    }
}

/// A number that may be an integer beyond ±(2^53 − 1) once read: serde_json gives such
/// integers as u64 or i64 when they fit, and as f64 (at least 2^63 in size) otherwise.
fn large_integer_u64(n: u64) -> bool {
    u128::from(n) > MAX_SAFE_INTEGER
}

fn large_float(n: f64) -> bool {
    n.abs() >= 9_007_199_254_740_992.0
}

fn large_number(value: &Value) -> bool {
    match value {
        Value::Number(n) => {
            n.as_u64().is_some_and(large_integer_u64)
                || n.as_i64()
                    .is_some_and(|n| large_integer_u64(n.unsigned_abs()))
                || n.as_f64().is_some_and(large_float)
        }
        Value::Array(items) => items.iter().any(large_number),
        Value::Object(members) => members.values().any(large_number),
        _ => false,
    }
}

/// The document: an object whose members are written to `out`, except the three kept.
struct Top<'s>(&'s mut Scratch);

impl<'de> DeserializeSeed<'de> for Top<'_> {
    type Value = ReadDocument;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<ReadDocument, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Top<'_> {
    type Value = ReadDocument;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ReadDocument, A::Error> {
        let scratch = self.0;
        let mut document = ReadDocument {
            proof: None,
            signatories: None,
            context: None,
        };
        while let Some(name) = map.next_key_seed(Name(&mut scratch.names))? {
            let kept = match &scratch.names[name.clone()] {
                "proof" => Some(&mut document.proof),
                "@context" => Some(&mut document.context),
                _ => None,
            };
            if let Some(kept) = kept {
                *kept = Some(map.next_value::<StrictValue>()?.0);
                scratch.top.push(Member { name, bytes: None });
                continue;
            }
            let start = scratch.out.len();
            write_string(&mut scratch.out, &scratch.names[name.clone()]);
            scratch.out.push(b':');
            if &scratch.names[name.clone()] == "signatories" {
                let value = map.next_value::<StrictValue>()?.0;
                write_value(&mut scratch.out, &value).map_err(de::Error::custom)?;
                document.signatories = Some(value);
            } else {
                map.next_value_seed(Canonical(&mut *scratch))?;
            }
            let bytes = Some(start..scratch.out.len());
            scratch.top.push(Member { name, bytes });
        }
        let Scratch {
            names, top, order, ..
        } = scratch;
        if has_duplicate(names, top, order) {
            return Err(de::Error::custom("duplicate member name"));
        }
        Ok(document)
    }
}

/// Puts the indices of `members` in canonical order into `order`, and says whether two
/// members share a name.
fn has_duplicate(names: &str, members: &[Member], order: &mut Vec<usize>) -> bool {
    let name = |index: usize| &names[members[index].name.clone()];
    order.clear();
    order.extend(0..members.len());
    order.sort_by(|&a, &b| utf16_order(name(a), name(b)));
    order
        .windows(2)
        .any(|pair| utf16_order(name(pair[0]), name(pair[1])) == Ordering::Equal)
}

/// A member name, appended to the names being read; its place there.
struct Name<'s>(&'s mut String);

impl<'de> DeserializeSeed<'de> for Name<'_> {
    type Value = Range<usize>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Range<usize>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Name<'_> {
    type Value = Range<usize>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Range<usize>, E> {
        let start = self.0.len();
        self.0.push_str(name);
        Ok(start..self.0.len())
    }
}

/// Any value, written in canonical form to `out` as it is read.
struct Canonical<'s>(&'s mut Scratch);

impl<'de> DeserializeSeed<'de> for Canonical<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Canonical<'_> {
    /// Numbers are made as `parse_strict` makes them, and written as `jcs` writes them.
    fn number<E: de::Error>(self, number: Number) -> Result<(), E> {
        write_number(&mut self.0.out, &number).map_err(E::custom)
    }
}

impl<'de> Visitor<'de> for Canonical<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        self.0.out.extend_from_slice(b"null");
        Ok(())
    }

    fn visit_bool<E>(self, v: bool) -> Result<(), E> {
        self.0
            .out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<(), E> {
        self.0.large_number |= large_integer_u64(v.unsigned_abs());
        self.number(v.into())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<(), E> {
        self.0.large_number |= large_integer_u64(v);
        self.number(v.into())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<(), E> {
        let number = Number::from_f64(v).ok_or_else(|| E::custom("number is not finite"))?;
        self.0.large_number |= large_float(v);
        self.number(number)
    }

    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        write_string(&mut self.0.out, v);
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let scratch = self.0;
        scratch.out.push(b'[');
        let mut first = true;
        loop {
            let mark = scratch.out.len();
            if !first {
                scratch.out.push(b',');
            }
            if seq.next_element_seed(Canonical(&mut *scratch))?.is_none() {
                scratch.out.truncate(mark);
                break;
            }
            first = false;
        }
        scratch.out.push(b']');
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let scratch = self.0;
        scratch.out.push(b'{');
        let body = scratch.out.len();
        let frame = scratch.members.len();
        let names_before = scratch.names.len();
        while let Some(name) = map.next_key_seed(Name(&mut scratch.names))? {
            if scratch.members.len() > frame {
                scratch.out.push(b',');
            }
            let start = scratch.out.len();
            write_string(&mut scratch.out, &scratch.names[name.clone()]);
            scratch.out.push(b':');
            map.next_value_seed(Canonical(&mut *scratch))?;
            let bytes = Some(start..scratch.out.len());
            scratch.members.push(Member { name, bytes });
        }
        if !in_canonical_order(scratch, frame, body) {
            return Err(de::Error::custom("duplicate member name"));
        }
        scratch.out.push(b'}');
        scratch.members.truncate(frame);
        scratch.names.truncate(names_before);
        Ok(())
    }
}

/// Puts the members of the object from `members[frame..]`, written in `out` from `body`
/// on with commas between them, in canonical order; false when two share a name.
fn in_canonical_order(scratch: &mut Scratch, frame: usize, body: usize) -> bool {
    let Scratch {
        out,
        names,
        members,
        order,
        moved,
        ..
    } = scratch;
    let members = &members[frame..];
    let name = |member: &Member| &names[member.name.clone()];
    // Usually each name already comes before the next: then nothing moves.
    let mut sorted = true;
    for pair in members.windows(2) {
        match utf16_order(name(&pair[0]), name(&pair[1])) {
            Ordering::Less => {}
            Ordering::Equal => return false,
            Ordering::Greater => sorted = false,
        }
    }
    if sorted {
        return true;
    }
    if has_duplicate(names, members, order) {
        return false;
    }
    moved.clear();
    moved.extend_from_slice(&out[body..]);
    out.truncate(body);
    for (index, &member) in order.iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        let bytes = members[member].bytes.clone().unwrap_or_default();
        out.extend_from_slice(&moved[bytes.start - body..bytes.end - body]);
    }
    true
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::{Map, Value, json};
    use sha2::{Digest, Sha256};

    use super::{Scratch, read};
    use crate::signing::jcs::object_bytes;
    use crate::signing::parse_strict;

    /// `read` accepts `text` exactly when `parse_strict` reads an object from it, and then
    /// keeps the same values and hashes the same canonical bytes, with the document's
    /// `@context` and with another.
    fn same_as_parse_strict(text: &str) {
        let mut scratch = Scratch::default();
        // Twice with the same scratch, as a verifier reuses it.
        for _ in 0..2 {
            let ours = read(text, &mut scratch);
            match (ours, parse_strict(text)) {
                (Some(document), Ok(Value::Object(members))) => {
                    assert_eq!(document.proof.as_ref(), members.get("proof"), "{text}");
                    let signatories = members.get("signatories");
                    assert_eq!(document.signatories.as_ref(), signatories, "{text}");
                    let context = members.get("@context");
                    assert_eq!(document.context.as_ref(), context, "{text}");
                    let expected = Sha256::digest(object_bytes(&members, Some("proof")).unwrap());
                    assert_eq!(scratch.digest(context).unwrap(), <[u8; 32]>::from(expected));
                    let other = json!(["https://example.org/other", {"n": 1.5}]);
                    let mut replaced = members.clone();
                    replaced.remove("proof");
                    replaced.insert("@context".into(), other.clone());
                    let expected = Sha256::digest(object_bytes(&replaced, None).unwrap());
                    let ours = scratch.digest(Some(&other)).unwrap();
                    assert_eq!(ours, <[u8; 32]>::from(expected), "{text}");
                }
                (None, Err(_)) => {}
                (None, Ok(value)) => assert!(!value.is_object(), "refused {text}"),
                (Some(_), theirs) => panic!("accepted {text}, parse_strict: {theirs:?}"),
            }
        }
    }

    #[test]
    fn known_cases() {
        for text in [
            r#"{}"#,
            r#"{"proof": 1}"#,
            r#"{"b": 1, "a": {"d": [1, 2, {"z": null, "y": true}], "c": "x"}, "proof": [{"a": 1}]}"#,
            r#"{"\u00e9": 1, "e": 2, "\ud83d\ude00": 3, "\uffff": 4, "": 5, "\"": 6, "\\": 7}"#,
            r#"{"n": [0, -0, 1.0, 1e2, 1E-7, 123456789012, -9007199254740991, 9007199254740991, 1e30, 0.1]}"#,
            r#"{"s": "a\/b\u0000\u001f\b\f\n\r\t\"\\ é 😀 \u2028"}"#,
            r#"{"signatories": [{"did": "x", "n": 1.50}], "@context": ["a", {"b": "c"}]}"#,
            "{\"a\":1}\n\t ",
            // Refused, as parse_strict refuses them.
            r#"{"a": 1, "a": 2}"#,
            r#"{"x": {"b": 1, "a": 2, "b": 3}}"#,
            r#"{"proof": 1, "proof": 2}"#,
            r#"{"@context": 1, "x": 2, "@context": 3}"#,
            r#"{"a": 9007199254740992}"#,
            r#"{"a": -9007199254740992}"#,
            r#"{"a": 123456789012345678901234567890}"#,
            r#"{"proof": [{"n": 18446744073709551616}]}"#,
            r#"{"signatories": [9007199254740993]}"#,
            r#"{"a": 1e400}"#,
            r#"{"a": "\ud800"}"#,
            r#"{"a": "\udc00\ud800"}"#,
            r#"{"a": 1,}"#,
            r#"{"a": 1} {}"#,
            r#"{"a": [1, 2,]}"#,
            r#"{"a": 01}"#,
            "{\"a\": \"\u{1}\"}",
            r#"[1, 2]"#,
            r#""text""#,
            r#"{"a": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
            "",
        ] {
            same_as_parse_strict(text);
        }
        let mut deep = String::from("{\"a\":");
        deep.push_str(&"[".repeat(200));
        deep.push_str(&"]".repeat(200));
        deep.push('}');
        same_as_parse_strict(&deep);
    }

    fn name() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec!["proof", "signatories", "@context", "id", "a", "b"])
                .prop_map(String::from),
            "[a-z]{0,3}",
            "[\\x00-\\x7f]{0,3}",
            "[\u{7f}-\u{800}\u{d7ff}\u{e000}-\u{ffff}\u{10000}-\u{10ffff}a]{0,3}",
        ]
    }

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            (-9_007_199_254_740_991i64..=9_007_199_254_740_991).prop_map(Value::from),
            any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
                .map(Value::Number)),
            (-1_000_000i64..1_000_000, -12i32..12)
                .prop_map(|(m, e)| Value::from(m as f64 * 10f64.powi(e))),
            any::<String>().prop_map(Value::String),
            "[a-z\"\\\\/\u{0}-\u{1f}\u{e000}\u{10000}]{0,6}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 40, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
                prop::collection::vec((name(), inner), 0..5)
                    .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>())),
            ]
        })
    }

    /// JSON text for `value` written in one of several ways: members in reverse order,
    /// characters escaped as `\uXXXX` (surrogate pairs above U+FFFF), `/` as `\/`, spaces.
    fn write(value: &Value, style: u32, out: &mut String) {
        let escape_all = style & 1 != 0;
        let spaced = style & 2 != 0;
        let reversed = style & 4 != 0;
        match value {
            Value::String(text) => write_text(text, escape_all, out),
            Value::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push_str(if spaced { ", " } else { "," });
                    }
                    write(item, style, out);
                }
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                let mut members: Vec<_> = members.iter().collect();
                if reversed {
                    members.reverse();
                }
                for (index, (name, item)) in members.into_iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    if spaced {
                        out.push_str("\n  ");
                    }
                    write_text(name, escape_all, out);
                    out.push_str(if spaced { ": " } else { ":" });
                    write(item, style, out);
                }
                out.push('}');
            }
            other => out.push_str(&other.to_string()),
        }
    }

    fn write_text(text: &str, escape_all: bool, out: &mut String) {
        if !escape_all {
            out.push_str(&Value::from(text).to_string());
            return;
        }
        out.push('"');
        for c in text.chars() {
            if c == '/' {
                out.push_str("\\/");
                continue;
            }
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04X}"));
            }
        }
        out.push('"');
    }

    /// What an edit can put in: JSON's own characters, a lone surrogate, a large integer,
    /// a repeated name.
    fn insertion() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            "\"",
            "\\",
            "{",
            "}",
            "[",
            "]",
            ",",
            ":",
            "0",
            "9",
            "e",
            "-",
            ".",
            " ",
            "\u{1}",
            "\\ud800",
            "\\udc00",
            "9007199254740993",
            "18446744073709551616",
            "1e999",
            "\"a\":1,",
            ",\"a\":1",
            "\"proof\":[],",
            "\"@context\":\"x\",",
            "é",
            "😀",
        ])
        .prop_map(String::from)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1500))]

        #[test]
        fn reads_documents_as_parse_strict_does(
            members in prop::collection::vec((name(), value()), 0..6),
            style in 0u32..8,
        ) {
            let document = Value::Object(members.into_iter().collect());
            let mut text = String::new();
            write(&document, style, &mut text);
            same_as_parse_strict(&text);
        }

        #[test]
        fn accepts_and_refuses_edited_documents_as_parse_strict_does(
            members in prop::collection::vec((name(), value()), 1..5),
            style in 0u32..8,
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, insertion()), 1..3),
        ) {
            let document = Value::Object(members.into_iter().collect());
            let mut text = String::new();
            write(&document, style, &mut text);
            for (at, kind, insert) in edits {
                let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
                let at = boundaries[at.index(boundaries.len())];
                let next = boundaries.iter().copied().find(|&i| i > at).unwrap_or(at);
                match kind {
                    0 => text.insert_str(at, &insert),
                    1 => text.replace_range(at..next, ""),
                    _ => text.replace_range(at..next, &insert),
                }
            }
            same_as_parse_strict(&text);
        }
    }
}
