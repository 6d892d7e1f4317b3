use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::{
    AnswerType, Checklist, ChoiceOption, Column, ColumnType, Compliance, DueDays, Language,
    LocalizedText, Question, Scalar,
};

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
    MissingTranslation(Language),
    UnknownSource(String),
    /// A `show_if` names a question that does not exist.
    UnknownQuestion(String),
    /// A `show_if` names the question itself or one that comes later.
    NotEarlier(String),
    /// A value that the referred question can never have.
    ImpossibleValue {
        question: String,
        value: String,
    },
    /// `includes` on a question that is not a multiple choice.
    NotMultipleChoice(String),
    /// A field that the question's or column's type does not use.
    NotForType {
        field: &'static str,
        kind: String,
    },
    /// Options (choice types) or columns (tables) are needed and missing.
    Missing(&'static str),
    MinAboveMax,
    OutOfRange {
        value: u32,
        min: u32,
        max: u32,
    },
    /// A `finding_if` value that is not an answer the question can have.
    UnknownAnswer(String),
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
            Problem::MissingTranslation(language) => {
                write!(f, "lacks a text in language \"{}\"", language.code())
            }
            Problem::UnknownSource(key) => {
                write!(f, "source \"{key}\" is not in the checklist's \"sources\"")
            }
            Problem::UnknownQuestion(id) => {
                write!(f, "refers to question \"{id}\", which does not exist")
            }
            Problem::NotEarlier(id) => write!(
                f,
                "refers to question \"{id}\", which does not come before this question"
            ),
            Problem::ImpossibleValue { question, value } => {
                write!(
                    f,
                    "question \"{question}\" can never have the answer {value}"
                )
            }
            Problem::NotMultipleChoice(id) => write!(
                f,
                "\"includes\" needs a multiple_choice question, and \"{id}\" is not one"
            ),
            Problem::NotForType { field, kind } => {
                write!(f, "\"{field}\" does not apply to type \"{kind}\"")
            }
            Problem::Missing(field) => write!(f, "this type needs \"{field}\""),
            Problem::MinAboveMax => write!(f, "\"min\" is greater than \"max\""),
            Problem::OutOfRange { value, min, max } => {
                write!(f, "{value} is outside {min}..{max}")
            }
            Problem::UnknownAnswer(value) => {
                write!(f, "\"{value}\" is not an answer this question can have")
            }
        }
    }
}

type Report<'a> = dyn FnMut(String, Problem) + 'a;

/// Every problem in `checklist`; empty when it is valid.
pub fn validate(checklist: &Checklist) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    let report = &mut |path: String, problem| errors.push(ValidationError { path, problem });

    check_id(&checklist.id, "id".into(), report);
    if checklist.sections.is_empty() {
        report("sections".into(), Problem::NoItems);
    }
    if let Some(days) = checklist.action_due_days {
        check_due_days(days, report);
    }
    let mut source_keys = HashSet::new();
    for (i, source) in checklist.sources.iter().enumerate() {
        let at = format!("sources[{i}].key");
        check_id(&source.key, at.clone(), report);
        if !source_keys.insert(source.key.as_str()) {
            report(at, Problem::DuplicateId(source.key.clone()));
        }
    }
    let mut section_ids = HashSet::new();
    // Questions seen so far, for `show_if`, which may only look back.
    let mut earlier: HashMap<&str, &Question> = HashMap::new();
    let all_ids: HashSet<&str> = checklist.questions().map(|q| q.id.as_str()).collect();
    for (s, section) in checklist.sections.iter().enumerate() {
        let at = format!("sections[{s}]");
        check_id(&section.id, format!("{at}.id"), report);
        if !section_ids.insert(section.id.as_str()) {
            report(format!("{at}.id"), Problem::DuplicateId(section.id.clone()));
        }
        if section.questions.is_empty() {
            report(format!("{at}.questions"), Problem::NoItems);
        }
        for (q, question) in section.questions.iter().enumerate() {
            let at = format!("{at}.questions[{q}]");
            check_id(&question.id, format!("{at}.id"), report);
            if earlier.contains_key(question.id.as_str()) {
                report(
                    format!("{at}.id"),
                    Problem::DuplicateId(question.id.clone()),
                );
            }
            check_question(question, &at, report);
            for (i, key) in question.tags.sources.iter().enumerate() {
                if !source_keys.contains(key.as_str()) {
                    report(
                        format!("{at}.tags.sources[{i}]"),
                        Problem::UnknownSource(key.clone()),
                    );
                }
            }
            if let Some(condition) = &question.show_if {
                let path = format!("{at}.show_if");
                if condition.has_empty_list() {
                    report(path.clone(), Problem::NoItems);
                }
                for reference in condition.references() {
                    let Some(target) = earlier.get(reference.question) else {
                        let id = reference.question.to_owned();
                        let problem = if all_ids.contains(reference.question) {
                            Problem::NotEarlier(id)
                        } else {
                            Problem::UnknownQuestion(id)
                        };
                        report(path.clone(), problem);
                        continue;
                    };
                    for value in reference.values {
                        if !can_answer(target, value) {
                            report(
                                path.clone(),
                                Problem::ImpossibleValue {
                                    question: target.id.clone(),
                                    value: serde_json::to_string(value).unwrap_or_default(),
                                },
                            );
                        }
                    }
                    if let Some(option) = reference.includes {
                        if target.answer_type != AnswerType::MultipleChoice {
                            report(path.clone(), Problem::NotMultipleChoice(target.id.clone()));
                        } else if target.option(option).is_none() {
                            report(
                                path.clone(),
                                Problem::ImpossibleValue {
                                    question: target.id.clone(),
                                    value: format!("\"{option}\""),
                                },
                            );
                        }
                    }
                }
            }
            earlier.insert(&question.id, question);
        }
    }
    for (path, text, required) in localized_texts(checklist) {
        if (required || !text.is_empty()) && !text.has(Language::En) {
            report(path, Problem::MissingEnglish);
        }
    }
    errors
}

/// Every text lacking a translation in one of the product's languages. The bundled
/// checklists must have none; a ministry's own may fall back to English.
pub fn missing_translations(checklist: &Checklist) -> Vec<ValidationError> {
    localized_texts(checklist)
        .into_iter()
        .filter(|(_, text, required)| *required || !text.is_empty())
        .flat_map(|(path, text, _)| {
            Language::ALL
                .into_iter()
                .filter(|l| !text.has(*l))
                .map(move |l| ValidationError {
                    path: path.clone(),
                    problem: Problem::MissingTranslation(l),
                })
        })
        .collect()
}

fn check_question(question: &Question, at: &str, report: &mut Report) {
    let kind = question.answer_type;
    let name = type_name(&kind);
    let not_for = |field| Problem::NotForType {
        field,
        kind: name.clone(),
    };
    check_typed_fields(
        TypedFields {
            kind: name.clone(),
            is_choice: matches!(kind, AnswerType::SingleChoice | AnswerType::MultipleChoice),
            is_number: kind == AnswerType::Number,
            options: &question.options,
            unit: &question.unit,
            min: question.min,
            max: question.max,
        },
        at,
        report,
    );
    match (kind == AnswerType::Table, question.columns.is_empty()) {
        (true, true) => report(format!("{at}.columns"), Problem::Missing("columns")),
        (false, false) => report(format!("{at}.columns"), not_for("columns")),
        _ => check_columns(&question.columns, &format!("{at}.columns"), report),
    }
    match (kind, question.max_photos) {
        (AnswerType::Evidence, Some(0)) => report(
            format!("{at}.max_photos"),
            Problem::OutOfRange {
                value: 0,
                min: 1,
                max: u32::MAX,
            },
        ),
        (AnswerType::Evidence, _) | (_, None) => {}
        (_, Some(_)) => report(format!("{at}.max_photos"), not_for("max_photos")),
    }
    if let Some(values) = &question.finding_if {
        match kind {
            AnswerType::Compliance | AnswerType::SingleChoice => {
                for (i, value) in values.iter().enumerate() {
                    if !can_answer(question, &Scalar::Text(value.clone())) {
                        report(
                            format!("{at}.finding_if[{i}]"),
                            Problem::UnknownAnswer(value.clone()),
                        );
                    }
                }
            }
            _ => report(format!("{at}.finding_if"), not_for("finding_if")),
        }
    }
    for (i, ilo) in question.tags.ilo.iter().enumerate() {
        if !(1..=11).contains(ilo) {
            report(
                format!("{at}.tags.ilo[{i}]"),
                Problem::OutOfRange {
                    value: u32::from(*ilo),
                    min: 1,
                    max: 11,
                },
            );
        }
    }
    if let Some(step) = question.tags.oecd_step
        && !(1..=6).contains(&step)
    {
        report(
            format!("{at}.tags.oecd_step"),
            Problem::OutOfRange {
                value: u32::from(step),
                min: 1,
                max: 6,
            },
        );
    }
}

/// Each severity's days to a corrective action's due day: at most ten years.
fn check_due_days(days: DueDays, report: &mut Report) {
    for (field, value) in [
        ("critical", days.critical),
        ("major", days.major),
        ("minor", days.minor),
    ] {
        if value > DueDays::MAX {
            report(
                format!("action_due_days.{field}"),
                Problem::OutOfRange {
                    value,
                    min: 0,
                    max: DueDays::MAX,
                },
            );
        }
    }
}

fn check_columns(columns: &[Column], at: &str, report: &mut Report) {
    let mut ids = HashSet::new();
    for (c, column) in columns.iter().enumerate() {
        let at = format!("{at}[{c}]");
        check_id(&column.id, format!("{at}.id"), report);
        if !ids.insert(column.id.as_str()) {
            report(format!("{at}.id"), Problem::DuplicateId(column.id.clone()));
        }
        let kind = column.column_type;
        check_typed_fields(
            TypedFields {
                kind: type_name(&kind),
                is_choice: matches!(kind, ColumnType::SingleChoice | ColumnType::MultipleChoice),
                is_number: kind == ColumnType::Number,
                options: &column.options,
                unit: &column.unit,
                min: column.min,
                max: column.max,
            },
            &at,
            report,
        );
    }
}

/// The fields that questions and table columns share, and the types they belong to.
struct TypedFields<'a> {
    kind: String,
    is_choice: bool,
    is_number: bool,
    options: &'a [ChoiceOption],
    unit: &'a LocalizedText,
    min: Option<f64>,
    max: Option<f64>,
}

/// `options` only and always for choice types; `unit`, `min`, `max` only for numbers.
fn check_typed_fields(fields: TypedFields, at: &str, report: &mut Report) {
    let not_for = |field| Problem::NotForType {
        field,
        kind: fields.kind.clone(),
    };
    match (fields.is_choice, fields.options.is_empty()) {
        (true, true) => report(format!("{at}.options"), Problem::Missing("options")),
        (false, false) => report(format!("{at}.options"), not_for("options")),
        _ => check_options(fields.options, &format!("{at}.options"), report),
    }
    if !fields.is_number {
        for (field, present) in [
            ("unit", !fields.unit.is_empty()),
            ("min", fields.min.is_some()),
            ("max", fields.max.is_some()),
        ] {
            if present {
                report(format!("{at}.{field}"), not_for(field));
            }
        }
    }
    if let (Some(min), Some(max)) = (fields.min, fields.max)
        && min > max
    {
        report(format!("{at}.min"), Problem::MinAboveMax);
    }
}

fn check_options(options: &[ChoiceOption], at: &str, report: &mut Report) {
    let mut ids = HashSet::new();
    for (o, option) in options.iter().enumerate() {
        let at = format!("{at}[{o}].id");
        check_id(&option.id, at.clone(), report);
        if !ids.insert(option.id.as_str()) {
            report(at, Problem::DuplicateId(option.id.clone()));
        }
    }
}

/// Whether `question` can ever have `value` as its answer (for `show_if` and `finding_if`).
fn can_answer(question: &Question, value: &Scalar) -> bool {
    match (question.answer_type, value) {
        (AnswerType::Compliance, Scalar::Text(v)) => Compliance::parse(v).is_some(),
        (AnswerType::SingleChoice, Scalar::Text(v)) => question.option(v).is_some(),
        (AnswerType::Text | AnswerType::Date, Scalar::Text(_)) => true,
        (AnswerType::Number, Scalar::Number(n)) => {
            question.min.is_none_or(|min| *n >= min) && question.max.is_none_or(|max| *n <= max)
        }
        _ => false,
    }
}

fn type_name(kind: &impl serde::Serialize) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Every human-readable text with its path, and whether the format requires it.
fn localized_texts(checklist: &Checklist) -> Vec<(String, &LocalizedText, bool)> {
    let mut texts = vec![
        ("title".to_owned(), &checklist.title, true),
        ("description".to_owned(), &checklist.description, false),
    ];
    for (i, source) in checklist.sources.iter().enumerate() {
        texts.push((format!("sources[{i}].citation"), &source.citation, true));
    }
    for (s, section) in checklist.sections.iter().enumerate() {
        let at = format!("sections[{s}]");
        texts.push((format!("{at}.title"), &section.title, true));
        texts.push((format!("{at}.description"), &section.description, false));
        for (q, question) in section.questions.iter().enumerate() {
            let at = format!("{at}.questions[{q}]");
            texts.push((format!("{at}.text"), &question.text, true));
            texts.push((format!("{at}.guidance"), &question.guidance, false));
            texts.push((format!("{at}.unit"), &question.unit, false));
            option_labels(&mut texts, &at, &question.options);
            for (c, column) in question.columns.iter().enumerate() {
                let at = format!("{at}.columns[{c}]");
                texts.push((format!("{at}.label"), &column.label, true));
                texts.push((format!("{at}.unit"), &column.unit, false));
                option_labels(&mut texts, &at, &column.options);
            }
        }
    }
    texts
}

fn option_labels<'a>(
    texts: &mut Vec<(String, &'a LocalizedText, bool)>,
    at: &str,
    options: &'a [ChoiceOption],
) {
    for (o, option) in options.iter().enumerate() {
        texts.push((format!("{at}.options[{o}].label"), &option.label, true));
    }
}

fn check_id(id: &str, path: String, report: &mut Report) {
    if id.is_empty() {
        report(path, Problem::Blank);
    } else if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        report(path, Problem::MalformedId(id.to_owned()));
    }
}
