//! RFC 8785 canonical JSON of a parsed [`Value`], written straight into one buffer.
//!
//! It writes exactly the bytes of [`crate::canonical::canonical_json`] (tested against it in
//! `tests/signing_canonical.rs`), without its per-member buffers, and it can leave out one
//! member of the outer object, so that the document without `proof` (or a proof without
//! `proofValue`) is canonicalised without first being copied.

use std::cmp::Ordering;

use serde_json::{Map, Number, Value};

/// The canonical form of `value`, as bytes.
pub fn canonical_bytes(value: &Value) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = Vec::new();
    write_value(&mut out, value)?;
    Ok(out)
}

/// The canonical form of the object `members`, without the member named `without` if any.
pub(super) fn object_bytes(
    members: &Map<String, Value>,
    without: Option<&str>,
) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = Vec::with_capacity(4096);
    write_object(&mut out, members, without)?;
    Ok(out)
}

pub(super) fn write_value(out: &mut Vec<u8>, value: &Value) -> Result<(), serde_json::Error> {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(true) => out.extend_from_slice(b"true"),
        Value::Bool(false) => out.extend_from_slice(b"false"),
        Value::Number(number) => write_number(out, number)?,
        Value::String(text) => write_string(out, text),
        Value::Array(items) => {
            out.push(b'[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                write_value(out, item)?;
            }
            out.push(b']');
        }
        Value::Object(members) => write_object(out, members, None)?,
    }
    Ok(())
}

fn write_object(
    out: &mut Vec<u8>,
    members: &Map<String, Value>,
    without: Option<&str>,
) -> Result<(), serde_json::Error> {
    let mut entries: Vec<(&String, &Value)> = members
        .iter()
        .filter(|(name, _)| Some(name.as_str()) != without)
        .collect();
    // RFC 8785 orders names by their UTF-16 code units. The map's order is usually that
    // already (then this stable sort only checks it), but not for every name.
    entries.sort_by(|a, b| utf16_order(a.0, b.0));
    out.push(b'{');
    for (index, (name, value)) in entries.into_iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        write_string(out, name);
        out.push(b':');
        write_value(out, value)?;
    }
    out.push(b'}');
    Ok(())
}

/// Compares by UTF-16 code units. UTF-8 bytes order by code point, which is the same order
/// unless a character from U+E000 to U+FFFF (lead byte 0xEE or 0xEF) meets one above U+FFFF
/// (lead byte 0xF0 or more), which UTF-16 writes with surrogates (0xD800 to 0xDFFF), below
/// it. So the first byte where the two differ decides, and only those two lead bytes swap.
pub(super) fn utf16_order(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    match a.iter().zip(b).find(|(x, y)| x != y) {
        None => a.len().cmp(&b.len()),
        Some((0xEE..=0xEF, 0xF0..)) => Ordering::Greater,
        Some((0xF0.., 0xEE..=0xEF)) => Ordering::Less,
        Some((x, y)) => x.cmp(y),
    }
}

/// Numbers are rare in signed documents: each is written by the reference canonicaliser
/// itself (ECMAScript number formatting), so that no second implementation can differ.
pub(super) fn write_number(out: &mut Vec<u8>, number: &Number) -> Result<(), serde_json::Error> {
    let text = crate::canonical::canonical_json(number)?;
    out.extend_from_slice(text.as_bytes());
    Ok(())
}

/// RFC 8785 §3.2.2.2: `"` and `\` escaped, the control characters as `\b \t \n \f \r` or
/// `\u00xx` (lower-case hex), everything else as it is.
pub(super) fn write_string(out: &mut Vec<u8>, text: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut unicode = *b"\\u0000";
    for (at, &byte) in bytes.iter().enumerate() {
        let escape: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x09 => b"\\t",
            0x0A => b"\\n",
            0x0C => b"\\f",
            0x0D => b"\\r",
            0x00..=0x1F => {
                unicode[4] = HEX[usize::from(byte >> 4)];
                unicode[5] = HEX[usize::from(byte & 0xF)];
                &unicode
            }
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..at]);
        out.extend_from_slice(escape);
        start = at + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::utf16_order;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        #[test]
        fn utf16_order_is_the_order_of_utf16_code_units(
            a in "[a\u{7f}\u{80}\u{7ff}\u{800}\u{d7ff}\u{e000}\u{efff}\u{f000}\u{ffff}\u{10000}\u{3ffff}\u{40000}\u{10ffff}]{0,4}",
            b in "[a\u{7f}\u{80}\u{7ff}\u{800}\u{d7ff}\u{e000}\u{efff}\u{f000}\u{ffff}\u{10000}\u{3ffff}\u{40000}\u{10ffff}]{0,4}",
            prefix in "\\PC{0,3}",
        ) {
            for (a, b) in [(a.clone(), b.clone()), (format!("{prefix}{a}"), format!("{prefix}{b}"))] {
                prop_assert_eq!(utf16_order(&a, &b), a.encode_utf16().cmp(b.encode_utf16()));
            }
        }
    }
}
