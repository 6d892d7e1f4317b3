use crate::checklist::{AnswerType, ChoiceOption, Column};
use crate::scoring::outcome;
use crate::{
    AnswerValue, AuditRecord, Cell, Checklist, Compliance, Language, Outcome, Question, Visibility,
};

use super::Heading;
use super::Words;
use super::cell::write_csv;

const HEADINGS: [Heading; 9] = [
    Heading::Section,
    Heading::QuestionId,
    Heading::Question,
    Heading::Answer,
    Heading::Note,
    Heading::Severity,
    Heading::Finding,
    Heading::PhotoCount,
    Heading::PhotoHashes,
];

/// One row per question of the checklist, in its order: section, question id and text,
/// the answer in words, the note, the severity, whether it is a finding, and the photos
/// (how many, and their SHA-256 separated by spaces). Hidden and unanswered questions have
/// empty answers.
pub fn answers_csv(
    checklist: &Checklist,
    record: &AuditRecord,
    language: Language,
    words: &dyn Words,
) -> Vec<u8> {
    let visibility = Visibility::of(checklist, record);
    let heading = HEADINGS.map(|h| words.heading(h).to_owned()).to_vec();
    let rows = checklist.sections.iter().flat_map(|section| {
        let visibility = &visibility;
        section.questions.iter().map(move |question| {
            let answer = record.answer(&question.id);
            let value = visibility.answer(record, &question.id);
            let finding = matches!(
                outcome(question, record, visibility),
                Some(Outcome::Finding(_))
            );
            let photos: Vec<&str> = answer
                .map(|a| a.photos.iter().map(|p| p.sha256.as_str()).collect())
                .unwrap_or_default();
            vec![
                section.title.get(language).to_owned(),
                question.id.clone(),
                question.text.get(language).to_owned(),
                value.map_or_else(String::new, |v| in_words(question, v, language, words)),
                answer.map(|a| a.note.clone()).unwrap_or_default(),
                words.severity(question.severity).to_owned(),
                words.yes_no(finding).to_owned(),
                photos.len().to_string(),
                photos.join(" "),
            ]
        })
    });
    write_csv(std::iter::once(heading).chain(rows))
}

/// An answer as a reader says it: option labels rather than ids, "Yes" rather than `yes`.
fn in_words(
    question: &Question,
    value: &AnswerValue,
    language: Language,
    words: &dyn Words,
) -> String {
    match (question.answer_type, value) {
        (AnswerType::Compliance, AnswerValue::Text(text)) => {
            Compliance::parse(text).map_or_else(|| text.clone(), |c| words.compliance(c).to_owned())
        }
        (_, AnswerValue::Rows(rows)) => rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|(id, cell)| {
                        let column = question.columns.iter().find(|c| &c.id == id);
                        let label = column.map_or(id.as_str(), |c| c.label.get(language));
                        format!("{label}: {}", cell_words(column, cell, language))
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect::<Vec<_>>()
            .join(" | "),
        (_, value) => scalar_words(&question.options, value, language),
    }
}

fn cell_words(column: Option<&Column>, cell: &Cell, language: Language) -> String {
    let options = column.map_or(&[][..], |c| &c.options[..]);
    scalar_words(options, &AnswerValue::from(cell.clone()), language)
}

fn scalar_words(options: &[ChoiceOption], value: &AnswerValue, language: Language) -> String {
    let label = |id: &String| {
        options
            .iter()
            .find(|o| &o.id == id)
            .map_or_else(|| id.clone(), |o| o.label.get(language).to_owned())
    };
    match value {
        AnswerValue::Text(text) if !options.is_empty() => label(text),
        AnswerValue::Text(text) => text.clone(),
        AnswerValue::Number(n) => n.to_string(),
        AnswerValue::Choices(ids) => ids.iter().map(label).collect::<Vec<_>>().join("; "),
        AnswerValue::Rows(rows) => rows.len().to_string(),
    }
}
