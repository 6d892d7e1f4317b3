//! Reading a signed document for verification in one pass: the text is parsed, and the
//! canonical form (RFC 8785) of each member but `proof` is written as it is read, without a
//! tree of values and the allocations one takes (about 1,500 for a bench audit of 300
//! answers). Only `proof`, `signatories` and `@context` become values, as verification reads
//! them.
//!
//! It accepts only what [`parse_strict`](super::parse_strict) accepts: JSON (RFC 8259) as
//! serde_json reads it, without duplicate member names, lone surrogates, non-finite numbers
//! or integers beyond ±(2^53 − 1). It may refuse more: it gives up on nesting deeper than
//! 64 levels. For what it accepts, it writes exactly the bytes that `jcs::object_bytes`
//! writes for the parsed document: a string without escapes is its own canonical form, and
//! everything else is decoded (numbers by serde_json itself) and written by the same `jcs`
//! functions. The tests below compare the two on arbitrary and edited JSON.
//!
//! It says nothing about what it refuses: the caller reads the text again with
//! `parse_strict`, which accepts it or says why not, naming the position.

use std::cmp::Ordering;
use std::ops::Range;

use serde_json::{Number, Value};
use sha2::{Digest, Sha256};

use super::jcs::{utf16_order, write_number, write_string, write_value};
use super::strict_json::{MAX_SAFE_INTEGER, StrictValue};

/// Deeper documents are left to `parse_strict` (serde_json stops at 128).
const MAX_DEPTH: usize = 64;

/// Buffers kept from one document to the next.
#[derive(Default)]
pub(super) struct Scratch {
    /// The canonical bytes written so far.
    out: Vec<u8>,
    /// The names of the members of the objects being read, one after another.
    names: String,
    /// The members of the objects being read, innermost last.
    members: Vec<Member>,
    /// The top-level members; `proof` and `@context` without bytes.
    top: Vec<Member>,
    /// For putting the members of one object in order.
    order: Vec<usize>,
    moved: Vec<u8>,
    /// The last string read that had escapes, decoded.
    decoded: String,
}

/// One member of an object: its name in `names`, and `"name":value` in `out`.
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
/// does not accept (and for a text that is not an object).
pub(super) fn read(text: &str, scratch: &mut Scratch) -> Option<ReadDocument> {
    scratch.out.clear();
    scratch.names.clear();
    scratch.members.clear();
    scratch.top.clear();
    scratch.out.reserve(text.len());
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
        scratch,
    };
    let document = reader.document()?;
    reader.whitespace();
    (reader.at == text.len()).then_some(document)
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

/// The bytes a JSON string holds as they are: all but `"`, `\` and control characters.
const PLAIN: [bool; 256] = {
    let mut plain = [true; 256];
    let mut byte = 0;
    while byte < 0x20 {
        plain[byte] = false;
        byte += 1;
    }
    plain[b'"' as usize] = false;
    plain[b'\\' as usize] = false;
    plain
};

/// A string just read: its own text when it had no escapes, or decoded into
/// `Scratch::decoded`.
enum Text {
    Plain(Range<usize>),
    Decoded,
}

struct Reader<'t, 's> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    depth: usize,
    scratch: &'s mut Scratch,
}

impl Reader<'_, '_> {
    fn whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// The next byte after whitespace, not taken.
    fn peek(&mut self) -> Option<u8> {
        self.whitespace();
        self.bytes.get(self.at).copied()
    }

    /// Takes `byte`, after whitespace, or gives up.
    fn take(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// Takes `,` and says true, or `close` and says false, or gives up.
    fn next_or_close(&mut self, close: u8) -> Option<bool> {
        let byte = self.peek()?;
        self.at += 1;
        match byte {
            b',' => Some(true),
            _ if byte == close => Some(false),
            _ => None,
        }
    }

    /// The document: an object whose members are written to `out`, but `proof` and
    /// `@context`, which are kept as values, as `signatories` is too.
    fn document(&mut self) -> Option<ReadDocument> {
        let mut document = ReadDocument {
            proof: None,
            signatories: None,
            context: None,
        };
        self.take(b'{')?;
        self.depth = 1;
        if self.peek()? == b'}' {
            self.at += 1;
            return Some(document);
        }
        loop {
            let name = self.name()?;
            self.take(b':')?;
            let start = self.scratch.out.len();
            let kept = match &self.scratch.names[name.0.clone()] {
                "proof" => Some(&mut document.proof),
                "@context" => Some(&mut document.context),
                "signatories" => Some(&mut document.signatories),
                _ => None,
            };
            let bytes = match kept {
                None => {
                    self.write_name(&name);
                    self.value()?;
                    Some(start..self.scratch.out.len())
                }
                Some(kept) => {
                    // Read (and so checked) like any other value, then parsed as
                    // parse_strict parses it: the same value, whatever its text.
                    self.whitespace();
                    let from = self.at;
                    self.value()?;
                    self.scratch.out.truncate(start);
                    let value = serde_json::from_str::<StrictValue>(&self.text[from..self.at]);
                    let value = &*kept.insert(value.ok()?.0);
                    if self.scratch.names[name.0.clone()] == *"signatories" {
                        let out = &mut self.scratch.out;
                        write_string(out, "signatories");
                        out.push(b':');
                        write_value(out, value).ok()?;
                        Some(start..out.len())
                    } else {
                        None
                    }
                }
            };
            self.scratch.top.push(Member {
                name: name.0,
                bytes,
            });
            if !self.next_or_close(b'}')? {
                break;
            }
        }
        let Scratch {
            names, top, order, ..
        } = &mut *self.scratch;
        (!has_duplicate(names, top, order)).then_some(document)
    }

    /// Any value, written in canonical form to `out`.
    fn value(&mut self) -> Option<()> {
        match self.peek()? {
            b'{' => self.object(),
            b'[' => self.array(),
            b'"' => {
                self.at += 1;
                match self.string()? {
                    Text::Plain(range) => {
                        let out = &mut self.scratch.out;
                        out.push(b'"');
                        out.extend_from_slice(&self.bytes[range]);
                        out.push(b'"');
                    }
                    Text::Decoded => write_string(&mut self.scratch.out, &self.scratch.decoded),
                }
                Some(())
            }
            b't' => self.literal("true"),
            b'f' => self.literal("false"),
            b'n' => self.literal("null"),
            _ => self.number(),
        }
    }

    fn literal(&mut self, word: &str) -> Option<()> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word.as_bytes()).then_some(())?;
        self.at = end;
        self.scratch.out.extend_from_slice(word.as_bytes());
        Some(())
    }

    /// A number: its text must follow RFC 8259's grammar; serde_json reads it, so that it
    /// is the very number parse_strict makes (and refuses what it refuses: `1e400`), and
    /// `jcs` writes it. An integer beyond ±(2^53 − 1) is refused, as parse_strict does.
    fn number(&mut self) -> Option<()> {
        let start = self.at;
        let digits = |reader: &mut Self| {
            let from = reader.at;
            while reader.bytes.get(reader.at).is_some_and(u8::is_ascii_digit) {
                reader.at += 1;
            }
            (reader.at > from).then_some(())
        };
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        match self.bytes.get(self.at)? {
            b'0' => self.at += 1,
            b'1'..=b'9' => digits(self)?,
            _ => return None,
        }
        let mut integer = true;
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            digits(self)?;
            integer = false;
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            digits(self)?;
            integer = false;
        }
        let literal = &self.text[start..self.at];
        if integer {
            let magnitude = literal.trim_start_matches('-').parse::<u128>().ok()?;
            (magnitude <= MAX_SAFE_INTEGER).then_some(())?;
        }
        let number = serde_json::from_str::<Number>(literal).ok()?;
        write_number(&mut self.scratch.out, &number).ok()
    }

    fn array(&mut self) -> Option<()> {
        self.at += 1;
        self.deeper()?;
        self.scratch.out.push(b'[');
        if self.peek()? == b']' {
            self.at += 1;
        } else {
            loop {
                self.value()?;
                if !self.next_or_close(b']')? {
                    break;
                }
                self.scratch.out.push(b',');
            }
        }
        self.scratch.out.push(b']');
        self.depth -= 1;
        Some(())
    }

    fn object(&mut self) -> Option<()> {
        self.at += 1;
        self.deeper()?;
        self.scratch.out.push(b'{');
        let body = self.scratch.out.len();
        let frame = self.scratch.members.len();
        let names_before = self.scratch.names.len();
        if self.peek()? == b'}' {
            self.at += 1;
        } else {
            loop {
                let name = self.name()?;
                self.take(b':')?;
                let start = self.scratch.out.len();
                self.write_name(&name);
                self.value()?;
                let bytes = Some(start..self.scratch.out.len());
                self.scratch.members.push(Member {
                    name: name.0,
                    bytes,
                });
                if !self.next_or_close(b'}')? {
                    break;
                }
                self.scratch.out.push(b',');
            }
        }
        in_canonical_order(self.scratch, frame, body).then_some(())?;
        self.scratch.out.push(b'}');
        self.scratch.members.truncate(frame);
        self.scratch.names.truncate(names_before);
        self.depth -= 1;
        Some(())
    }

    fn deeper(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    /// A member name, appended to `names`: where it is there, and whether it was written
    /// without escapes (and so is its own canonical form).
    fn name(&mut self) -> Option<(Range<usize>, bool)> {
        self.take(b'"')?;
        let start = self.scratch.names.len();
        let plain = match self.string()? {
            Text::Plain(range) => {
                self.scratch.names.push_str(&self.text[range]);
                true
            }
            Text::Decoded => {
                let Scratch { names, decoded, .. } = &mut *self.scratch;
                names.push_str(decoded);
                false
            }
        };
        Some((start..self.scratch.names.len(), plain))
    }

    /// Writes `"name":` for the member name at `name` in `names`.
    fn write_name(&mut self, (name, plain): &(Range<usize>, bool)) {
        let Scratch { out, names, .. } = &mut *self.scratch;
        if *plain {
            out.push(b'"');
            out.extend_from_slice(names[name.clone()].as_bytes());
            out.push(b'"');
        } else {
            write_string(out, &names[name.clone()]);
        }
        out.push(b':');
    }

    /// The rest of a string whose `"` was taken. Escapes are decoded as serde_json decodes
    /// them; a control character, an unknown escape or a lone surrogate gives up.
    fn string(&mut self) -> Option<Text> {
        let start = self.at;
        let mut at = plain_run(self.bytes, start);
        if *self.bytes.get(at)? == b'"' {
            self.at = at + 1;
            return Some(Text::Plain(start..at));
        }
        let decoded = &mut self.scratch.decoded;
        decoded.clear();
        let mut plain = start;
        loop {
            decoded.push_str(&self.text[plain..at]);
            match self.bytes[at] {
                b'"' => break,
                b'\\' => {}
                _ => return None,
            }
            let escape = *self.bytes.get(at + 1)?;
            at += 2;
            decoded.push(match escape {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let unit = hex4(self.bytes.get(at..at + 4)?)?;
                    at += 4;
                    let code = match unit {
                        0xD800..=0xDBFF => {
                            if self.bytes.get(at..at + 2)? != b"\\u" {
                                return None;
                            }
                            let low = hex4(self.bytes.get(at + 2..at + 6)?)?;
                            at += 6;
                            if !(0xDC00..=0xDFFF).contains(&low) {
                                return None;
                            }
                            0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        }
                        // A lone trailing surrogate: char::from_u32 refuses it.
                        _ => unit,
                    };
                    char::from_u32(code)?
                }
                _ => return None,
            });
            plain = at;
            at = plain_run(self.bytes, at);
            self.bytes.get(at)?;
        }
        self.at = at + 1;
        Some(Text::Decoded)
    }
}

/// Where the run of bytes a string holds as they are, from `at`, ends: at `"`, `\`, a
/// control character, or the end. Eight bytes at a time: a byte below 0x20 or equal to `"`
/// or `\` sets the top bit of its lane in `special` (borrows only reach lanes above a
/// lane that is set, so the lowest set lane is the first such byte).
fn plain_run(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const TOPS: u64 = u64::from_ne_bytes([0x80; 8]);
    let zero_lane = |word: u64| word.wrapping_sub(ONES) & !word & TOPS;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let special = (word.wrapping_sub(ONES * 0x20) & !word & TOPS)
            | zero_lane(word ^ (ONES * u64::from(b'"')))
            | zero_lane(word ^ (ONES * u64::from(b'\\')));
        if special != 0 {
            return at + special.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(|&byte| PLAIN[usize::from(byte)]) {
        at += 1;
    }
    at
}

/// Four hexadecimal digits, either case.
fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0, |value, &digit| {
        Some(value * 16 + char::from(digit).to_digit(16)?)
    })
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

    use super::{MAX_DEPTH, PLAIN, Scratch, plain_run, read};
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
                // Refused: not an object, or nested deeper than read() goes.
                (None, Ok(value)) => assert!(!value.is_object() || depth(&value) > MAX_DEPTH),
                (Some(_), theirs) => panic!("accepted {text}, parse_strict: {theirs:?}"),
            }
        }
    }

    fn depth(value: &Value) -> usize {
        match value {
            Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
            Value::Object(members) => 1 + members.values().map(depth).max().unwrap_or(0),
            _ => 0,
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
            " \r\n{ \"a\" :\t[ 1 , { } , [ ] , \"\" ] }",
            r#"{"n": [1.5E+3, -0.0, 0e0, 1E-0, 2.50, 1e-7, 5e-324, 1.7976931348623157e308]}"#,
            r#"{"s": ["\u00E9\u00e9", "\uD83D\uDE00", "\udbff\udfff", "\u0000", "\u007f", "a\"b"]}"#,
            "{\"s\": \"\u{7f} DEL and \u{2028}\"}",
            r#"{"\u0061": 1, "b": 2}"#,
            r#"{"\u0061": 1, "a": 2}"#,
            r#"{"": {"": [""]}}"#,
            // Refused by both.
            r#"{"n": .5}"#,
            r#"{"n": 1.}"#,
            r#"{"n": +1}"#,
            r#"{"n": -}"#,
            r#"{"n": 00}"#,
            r#"{"n": 1e}"#,
            r#"{"n": 1e+}"#,
            r#"{"n": -01}"#,
            r#"{"n": 1.5e999}"#,
            r#"{"n": tru}"#,
            r#"{"n": nul}"#,
            r#"{"n": True}"#,
            r#"{"s": "\uD800\u0041"}"#,
            r#"{"s": "\uD800\"}"#,
            r#"{"s": "\uDFFF"}"#,
            r#"{"s": "\u12"}"#,
            r#"{"s": "\u12G4"}"#,
            r#"{"s": "\x41"}"#,
            r#"{"s": "\'"}"#,
            "{\"s\": \"tab\tinside\"}",
            r#"{"s": "unterminated}"#,
            r#"{"a" 1}"#,
            r#"{"a": 1 "b": 2}"#,
            r#"{a: 1}"#,
            r#"{"a": [1 2]}"#,
            "\u{feff}{\"a\": 1}",
            r#"{"a": 1}}"#,
            r#"{"a": 1"#,
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
        for levels in [62, 63, 64, 100, 200] {
            let deep = format!("{{\"a\":{}{}}}", "[".repeat(levels), "]".repeat(levels));
            same_as_parse_strict(&deep);
        }
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
        fn plain_run_stops_where_a_byte_must_be_escaped(
            bytes in prop::collection::vec(prop_oneof![
                4 => 0x20u8..0x80,
                1 => any::<u8>(),
                1 => prop::sample::select(vec![b'"', b'\\', 0, 0x1f, 0x20, 0x21, 0x7f, 0x80, 0xff]),
            ], 0..40),
            from in 0usize..40,
        ) {
            let from = from.min(bytes.len());
            let expected = (from..bytes.len())
                .find(|&at| !PLAIN[usize::from(bytes[at])])
                .unwrap_or(bytes.len());
            prop_assert_eq!(plain_run(&bytes, from), expected);
        }

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
