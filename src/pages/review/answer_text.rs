//! An answer as one line of text, for the summary list: the words the auditor chose, not the
//! ids the record stores.

use audit_core::{AnswerType, AnswerValue, Compliance, Language, Question};

use crate::components::answer_buttons::label_of;
use crate::i18n::Text;

pub fn answer_text(question: &Question, value: &AnswerValue, language: Language) -> String {
    // An id the checklist does not name (a damaged record) is shown as it is.
    let option = |id: &str| {
        question
            .options
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_owned(), |o| o.label.get(language).to_owned())
    };
    match value {
        AnswerValue::Text(text) => match question.answer_type {
            AnswerType::Compliance => Compliance::parse(text)
                .map_or_else(|| text.clone(), |c| label_of(c).get(language).to_owned()),
            AnswerType::SingleChoice => option(text),
            _ => text.clone(),
        },
        AnswerValue::Choices(ids) => ids
            .iter()
            .map(|id| option(id))
            .collect::<Vec<_>>()
            .join(", "),
        AnswerValue::Number(n) => match question.unit.get(language) {
            "" => n.to_string(),
            unit => format!("{n} {unit}"),
        },
        AnswerValue::Rows(rows) => {
            Text::ReviewEntries.fill(language, &[("count", &rows.len().to_string())])
        }
    }
}
