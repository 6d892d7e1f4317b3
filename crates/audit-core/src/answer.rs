//! What an auditor enters for one question. The JSON shape depends only on the answer
//! type, so a record parses without its checklist; the checklist says how to read it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::evidence::Photo;

/// An answer with its note and photos; a question with none of them has no entry in the record.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<AnswerValue>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Photos taken for this question (or its evidence slots), in the order added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<Photo>,
}

/// An answer value, by JSON shape:
/// - a string: a compliance value (`"yes"`, `"partial"`, `"no"`, `"not_applicable"`),
///   a single-choice option id, free text, or a date `YYYY-MM-DD`;
/// - a number;
/// - an array of strings: the option ids of a multiple choice;
/// - an array of objects: table rows keyed by column id, or evidence slots.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum AnswerValue {
    Text(String),
    Number(f64),
    Choices(Vec<String>),
    Rows(Vec<Row>),
}

/// One table row (or evidence slot): cell values keyed by column id.
pub type Row = BTreeMap<String, Cell>;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Cell {
    Text(String),
    Number(f64),
    Choices(Vec<String>),
}

/// A value a condition compares an answer with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Scalar {
    Text(String),
    Number(f64),
}

/// The answer to a compliance question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Compliance {
    Yes,
    Partial,
    No,
    NotApplicable,
}

impl Compliance {
    pub const ALL: [Compliance; 4] = [
        Compliance::Yes,
        Compliance::Partial,
        Compliance::No,
        Compliance::NotApplicable,
    ];

    /// The value as written in records and in `finding_if`.
    pub fn as_str(self) -> &'static str {
        match self {
            Compliance::Yes => "yes",
            Compliance::Partial => "partial",
            Compliance::No => "no",
            Compliance::NotApplicable => "not_applicable",
        }
    }

    pub fn parse(text: &str) -> Option<Compliance> {
        Compliance::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

impl From<Compliance> for AnswerValue {
    fn from(c: Compliance) -> AnswerValue {
        AnswerValue::Text(c.as_str().to_owned())
    }
}

impl AnswerValue {
    pub fn compliance(&self) -> Option<Compliance> {
        self.text().and_then(Compliance::parse)
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            AnswerValue::Text(text) => Some(text),
            _ => None,
        }
    }

    pub fn number(&self) -> Option<f64> {
        match self {
            AnswerValue::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The chosen options of a multiple choice; empty for any other shape.
    pub fn choices(&self) -> &[String] {
        match self {
            AnswerValue::Choices(ids) => ids,
            _ => &[],
        }
    }

    /// The rows of a table or the evidence slots; empty for any other shape.
    pub fn rows(&self) -> &[Row] {
        match self {
            AnswerValue::Rows(rows) => rows,
            _ => &[],
        }
    }

    /// Whether this is no answer at all: blank text or an empty list.
    pub fn is_blank(&self) -> bool {
        match self {
            AnswerValue::Text(text) => text.trim().is_empty(),
            AnswerValue::Number(n) => !n.is_finite(),
            AnswerValue::Choices(ids) => ids.is_empty(),
            AnswerValue::Rows(rows) => rows.is_empty(),
        }
    }

    /// Equality with a value from a condition or a `finding_if` list.
    pub fn matches(&self, scalar: &Scalar) -> bool {
        match (self, scalar) {
            (AnswerValue::Text(a), Scalar::Text(b)) => a == b,
            (AnswerValue::Number(a), Scalar::Number(b)) => a == b,
            _ => false,
        }
    }

    pub fn includes(&self, option: &str) -> bool {
        self.choices().iter().any(|id| id == option)
    }
}

impl From<Cell> for AnswerValue {
    fn from(cell: Cell) -> AnswerValue {
        match cell {
            Cell::Text(text) => AnswerValue::Text(text),
            Cell::Number(n) => AnswerValue::Number(n),
            Cell::Choices(ids) => AnswerValue::Choices(ids),
        }
    }
}

impl AnswerValue {
    /// The value as a table cell would hold it; `None` for rows.
    pub fn as_cell(&self) -> Option<Cell> {
        match self {
            AnswerValue::Text(text) => Some(Cell::Text(text.clone())),
            AnswerValue::Number(n) => Some(Cell::Number(*n)),
            AnswerValue::Choices(ids) => Some(Cell::Choices(ids.clone())),
            AnswerValue::Rows(_) => None,
        }
    }
}

impl Cell {
    /// A choice as stored: a single choice is the option id, a multiple one the list.
    pub fn from_choice(multiple: bool, ids: Vec<String>) -> Option<Cell> {
        if multiple {
            Some(Cell::Choices(ids))
        } else {
            ids.into_iter().next().map(Cell::Text)
        }
    }

    /// The chosen option ids, whether stored as one id or as a list.
    pub fn chosen(&self) -> Vec<String> {
        match self {
            Cell::Text(id) => vec![id.clone()],
            Cell::Number(_) => Vec::new(),
            Cell::Choices(ids) => ids.clone(),
        }
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            Cell::Text(text) => Some(text),
            _ => None,
        }
    }

    pub fn number(&self) -> Option<f64> {
        match self {
            Cell::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn choices(&self) -> &[String] {
        match self {
            Cell::Choices(ids) => ids,
            _ => &[],
        }
    }

    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Text(text) => text.trim().is_empty(),
            Cell::Number(n) => !n.is_finite(),
            Cell::Choices(ids) => ids.is_empty(),
        }
    }
}
