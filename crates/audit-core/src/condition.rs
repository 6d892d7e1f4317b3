//! `show_if`: a small declarative expression over earlier answers. It is data, never code.

use serde::{Deserialize, Serialize};

use crate::{AnswerValue, Scalar};

/// When a question is shown. In a file:
/// `{"question": "D4", "equals": "no"}`, `{"question": "D4", "in": ["no", "partial"]}`,
/// `{"question": "B2", "includes": "agents"}`, `{"question": "B2", "answered": true}`,
/// `{"all": [..]}`, `{"any": [..]}`, `{"not": {..}}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawCondition", into = "RawCondition")]
pub enum Condition {
    Equals {
        question: String,
        value: Scalar,
    },
    In {
        question: String,
        values: Vec<Scalar>,
    },
    Includes {
        question: String,
        option: String,
    },
    Answered {
        question: String,
        answered: bool,
    },
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

impl Condition {
    /// Whether the condition holds, given how to read an answer that is in effect
    /// (a hidden question's answer must read as none).
    pub fn holds<'a>(&self, answer: &impl Fn(&str) -> Option<&'a AnswerValue>) -> bool {
        match self {
            Condition::Equals { question, value } => {
                answer(question).is_some_and(|a| a.matches(value))
            }
            Condition::In { question, values } => {
                answer(question).is_some_and(|a| values.iter().any(|v| a.matches(v)))
            }
            Condition::Includes { question, option } => {
                answer(question).is_some_and(|a| a.includes(option))
            }
            Condition::Answered { question, answered } => answer(question).is_some() == *answered,
            Condition::All(all) => all.iter().all(|c| c.holds(answer)),
            Condition::Any(any) => any.iter().any(|c| c.holds(answer)),
            Condition::Not(inner) => !inner.holds(answer),
        }
    }

    /// Every (question, compared values) this condition reads, for validation.
    pub fn references(&self) -> Vec<Reference<'_>> {
        match self {
            Condition::Equals { question, value } => vec![Reference {
                question,
                values: vec![value],
                includes: None,
            }],
            Condition::In { question, values } => vec![Reference {
                question,
                values: values.iter().collect(),
                includes: None,
            }],
            Condition::Includes { question, option } => vec![Reference {
                question,
                values: Vec::new(),
                includes: Some(option),
            }],
            Condition::Answered { question, .. } => vec![Reference {
                question,
                values: Vec::new(),
                includes: None,
            }],
            Condition::All(list) | Condition::Any(list) => {
                list.iter().flat_map(Condition::references).collect()
            }
            Condition::Not(inner) => inner.references(),
        }
    }

    /// `all`/`any` lists that are empty, which are almost surely mistakes.
    pub fn has_empty_list(&self) -> bool {
        match self {
            Condition::All(list) | Condition::Any(list) => {
                list.is_empty() || list.iter().any(Condition::has_empty_list)
            }
            Condition::Not(inner) => inner.has_empty_list(),
            _ => false,
        }
    }
}

/// One place a condition reads an answer.
#[derive(Debug)]
pub struct Reference<'a> {
    pub question: &'a str,
    pub values: Vec<&'a Scalar>,
    pub includes: Option<&'a str>,
}

/// The file form: one object with optional keys, checked into exactly one shape.
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    question: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    equals: Option<Scalar>,
    #[serde(default, rename = "in", skip_serializing_if = "Option::is_none")]
    in_: Option<Vec<Scalar>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    includes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    answered: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    all: Option<Vec<Condition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    any: Option<Vec<Condition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    not: Option<Box<Condition>>,
}

const SHAPES: &str = "a condition needs \"question\" with exactly one of \"equals\", \"in\", \
                      \"includes\", \"answered\"; or exactly one of \"all\", \"any\", \"not\"";

impl TryFrom<RawCondition> for Condition {
    type Error = String;

    fn try_from(raw: RawCondition) -> Result<Self, Self::Error> {
        let condition = match raw {
            RawCondition {
                question: Some(question),
                equals: Some(value),
                in_: None,
                includes: None,
                answered: None,
                all: None,
                any: None,
                not: None,
            } => Condition::Equals { question, value },
            RawCondition {
                question: Some(question),
                equals: None,
                in_: Some(values),
                includes: None,
                answered: None,
                all: None,
                any: None,
                not: None,
            } => Condition::In { question, values },
            RawCondition {
                question: Some(question),
                equals: None,
                in_: None,
                includes: Some(option),
                answered: None,
                all: None,
                any: None,
                not: None,
            } => Condition::Includes { question, option },
            RawCondition {
                question: Some(question),
                equals: None,
                in_: None,
                includes: None,
                answered: Some(answered),
                all: None,
                any: None,
                not: None,
            } => Condition::Answered { question, answered },
            RawCondition {
                question: None,
                equals: None,
                in_: None,
                includes: None,
                answered: None,
                all: Some(all),
                any: None,
                not: None,
            } => Condition::All(all),
            RawCondition {
                question: None,
                equals: None,
                in_: None,
                includes: None,
                answered: None,
                all: None,
                any: Some(any),
                not: None,
            } => Condition::Any(any),
            RawCondition {
                question: None,
                equals: None,
                in_: None,
                includes: None,
                answered: None,
                all: None,
                any: None,
                not: Some(not),
            } => Condition::Not(not),
            _ => return Err(SHAPES.to_owned()),
        };
        Ok(condition)
    }
}

impl From<Condition> for RawCondition {
    fn from(condition: Condition) -> RawCondition {
        let about = |question: String| RawCondition {
            question: Some(question),
            ..RawCondition::default()
        };
        match condition {
            Condition::Equals { question, value } => RawCondition {
                equals: Some(value),
                ..about(question)
            },
            Condition::In { question, values } => RawCondition {
                in_: Some(values),
                ..about(question)
            },
            Condition::Includes { question, option } => RawCondition {
                includes: Some(option),
                ..about(question)
            },
            Condition::Answered { question, answered } => RawCondition {
                answered: Some(answered),
                ..about(question)
            },
            Condition::All(all) => RawCondition {
                all: Some(all),
                ..RawCondition::default()
            },
            Condition::Any(any) => RawCondition {
                any: Some(any),
                ..RawCondition::default()
            },
            Condition::Not(not) => RawCondition {
                not: Some(not),
                ..RawCondition::default()
            },
        }
    }
}
