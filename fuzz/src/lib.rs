//! Structure-aware inputs for the fuzz targets. Byte mutations of a large JSON seed mostly
//! break its syntax, so the code behind the parser (proof fields, signatory lists, checklist
//! rules) is reached rarely. An input that starts with 0xFF (never a UTF-8 byte) is instead
//! read as edits to one of the target's valid seed documents:
//!
//! `0xFF, seed, then edits separated by 0x00: [node hi, node lo, kind, payload...]`
//!
//! `node` picks a node of the seed in pre-order (modulo their number); `kind` replaces it
//! with the payload as a string (0), with the payload as JSON if it parses (1), removes it
//! from its object or list (2), or appends a copy of it to its list (3).

use serde_json::Value;

/// The marker byte of an edit input.
pub const EDIT: u8 = 0xFF;
const MAX_EDITS: usize = 16;

/// The edited seed as JSON text, or `None` when `data` is not an edit input.
pub fn edited_seed(data: &[u8], seeds: &[&str]) -> Option<String> {
    let (&EDIT, rest) = data.split_first()? else {
        return None;
    };
    let (&choice, edits) = rest.split_first()?;
    let seed = seeds.get(usize::from(choice) % seeds.len().max(1))?;
    let mut value: Value = serde_json::from_str(seed).expect("seeds are JSON");
    for edit in edits.split(|&b| b == 0).take(MAX_EDITS) {
        let [hi, lo, kind, payload @ ..] = edit else {
            continue;
        };
        let nodes = count(&value);
        let mut target = usize::from(u16::from_be_bytes([*hi, *lo])) % nodes;
        let text = String::from_utf8_lossy(payload);
        let action = match kind % 4 {
            0 => Action::Replace(Value::String(text.into_owned())),
            1 => Action::Replace(
                serde_json::from_str(&text).unwrap_or_else(|_| Value::String(text.into_owned())),
            ),
            2 => Action::Remove,
            _ => Action::Repeat,
        };
        apply(&mut value, &mut target, &action);
    }
    Some(serde_json::to_string(&value).expect("a JSON value serialises"))
}

enum Action {
    Replace(Value),
    Remove,
    Repeat,
}

fn count(value: &Value) -> usize {
    1 + match value {
        Value::Object(map) => map.values().map(count).sum(),
        Value::Array(items) => items.iter().map(count).sum(),
        _ => 0,
    }
}

/// Applies `action` to node number `target` below `value` (the root itself is node 0, and
/// can only be replaced). Returns whether it was found.
fn apply(value: &mut Value, target: &mut usize, action: &Action) -> bool {
    if *target == 0 {
        if let Action::Replace(new) = action {
            *value = new.clone();
        }
        return true;
    }
    *target -= 1;
    match value {
        Value::Object(map) => {
            let keys: Vec<String> = map.keys().cloned().collect();
            for key in keys {
                if *target == 0 && matches!(action, Action::Remove) {
                    map.remove(&key);
                    return true;
                }
                if apply(map.get_mut(&key).expect("listed"), target, action) {
                    return true;
                }
            }
        }
        Value::Array(items) => {
            for index in 0..items.len() {
                if *target == 0 && !matches!(action, Action::Replace(_)) {
                    match action {
                        Action::Remove => drop(items.remove(index)),
                        _ => items.push(items[index].clone()),
                    }
                    return true;
                }
                if apply(&mut items[index], target, action) {
                    return true;
                }
            }
        }
        _ => {}
    }
    false
}
