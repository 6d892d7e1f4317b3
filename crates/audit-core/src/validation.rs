use std::collections::HashSet;
use std::fmt;

use crate::{Checklist, Language, LocalizedText};

/// One problem in a checklist definition, located by its JSON path,
/// e.g. `sections[2].questions[5].id: duplicate id "D4"`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {problem}")]
pub struct ValidationError {
    pub path: String,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Blank,
    NoItems,
    DuplicateId(String),
    MalformedId(String),
    MissingEnglish,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Blank => write!(f, "must not be blank"),
            Problem::NoItems => write!(f, "must contain at least one entry"),
            Problem::DuplicateId(id) => write!(f, "duplicate id \"{id}\""),
            Problem::MalformedId(id) => write!(
                f,
                "id \"{id}\" may contain only letters, digits, '-', '_' and '.'"
            ),
            Problem::MissingEnglish => write!(f, "needs an English text (key \"en\")"),
        }
    }
}

/// Every problem in `checklist`; empty when it is valid.
pub fn validate(checklist: &Checklist) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let mut report = |path: String, problem| errors.push(ValidationError { path, problem });

    check_id(&checklist.id, "id".into(), &mut report);
    check_text(&checklist.title, "title".into(), &mut report);
    if checklist.sections.is_empty() {
        report("sections".into(), Problem::NoItems);
    }
    let mut section_ids = HashSet::new();
    let mut question_ids = HashSet::new();
    for (s, section) in checklist.sections.iter().enumerate() {
        let at = format!("sections[{s}]");
        check_id(&section.id, format!("{at}.id"), &mut report);
        if !section_ids.insert(section.id.as_str()) {
            report(format!("{at}.id"), Problem::DuplicateId(section.id.clone()));
        }
        check_text(&section.title, format!("{at}.title"), &mut report);
        if section.questions.is_empty() {
            report(format!("{at}.questions"), Problem::NoItems);
        }
        for (q, question) in section.questions.iter().enumerate() {
            let at = format!("{at}.questions[{q}]");
            check_id(&question.id, format!("{at}.id"), &mut report);
            if !question_ids.insert(question.id.as_str()) {
                report(
                    format!("{at}.id"),
                    Problem::DuplicateId(question.id.clone()),
                );
            }
            check_text(&question.text, format!("{at}.text"), &mut report);
            if !question.guidance.is_empty() {
                check_text(&question.guidance, format!("{at}.guidance"), &mut report);
            }
        }
    }
    errors
}

fn check_id(id: &str, path: String, report: &mut impl FnMut(String, Problem)) {
    if id.is_empty() {
        report(path, Problem::Blank);
    } else if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        report(path, Problem::MalformedId(id.to_owned()));
    }
}

fn check_text(text: &LocalizedText, path: String, report: &mut impl FnMut(String, Problem)) {
    if !text.has(Language::En) {
        report(path, Problem::MissingEnglish);
    }
}
