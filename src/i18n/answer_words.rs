//! An answer as words in the reader's language: option labels instead of ids, units after
//! numbers, one line per table row: for the review before finalizing and the report.

use audit_core::{
    Answer, AnswerType, AnswerValue, Cell, ChoiceOption, Compliance, Language, Question,
};

use super::Text;

/// The answer's lines; empty when the question has no answer.
pub fn answer_words(question: &Question, answer: &Answer, language: Language) -> Vec<String> {
    let Some(value) = &answer.value else {
        return Vec::new();
    };
    match value {
        AnswerValue::Text(text) if question.answer_type == AnswerType::Compliance => {
            vec![
                Compliance::parse(text)
                    .map_or_else(|| text.clone(), |c| compliance(c).get(language).to_owned()),
            ]
        }
        AnswerValue::Rows(rows) => rows
            .iter()
            .enumerate()
            .map(|(index, row)| {
                let cells = row
                    .iter()
                    .filter(|(_, cell)| !cell.is_blank())
                    .map(
                        |(id, cell)| match question.columns.iter().find(|c| &c.id == id) {
                            Some(column) => format!(
                                "{}: {}",
                                column.label.get(language),
                                cell_words(
                                    cell,
                                    &column.options,
                                    column.unit.get(language),
                                    language
                                )
                            ),
                            None => cell_words(cell, &[], "", language),
                        },
                    )
                    .collect::<Vec<_>>()
                    .join("; ");
                let number = Text::RowNumber.fill(language, &[("n", &(index + 1).to_string())]);
                format!("{number}: {cells}")
            })
            .collect(),
        other => other
            .as_cell()
            .map(|cell| {
                cell_words(
                    &cell,
                    &question.options,
                    question.unit.get(language),
                    language,
                )
            })
            .into_iter()
            .collect(),
    }
}

fn cell_words(cell: &Cell, options: &[ChoiceOption], unit: &str, language: Language) -> String {
    let label = |id: &String| {
        options
            .iter()
            .find(|o| &o.id == id)
            .map_or_else(|| id.clone(), |o| o.label.get(language).to_owned())
    };
    match cell {
        Cell::Text(text) if !options.is_empty() => label(text),
        Cell::Text(text) => text.clone(),
        Cell::Number(number) if unit.is_empty() => number.to_string(),
        Cell::Number(number) => format!("{number} {unit}"),
        Cell::Choices(ids) => ids.iter().map(label).collect::<Vec<_>>().join(", "),
    }
}

/// The word for a compliance answer, on its button and wherever the answer is read back.
pub fn compliance(value: Compliance) -> Text {
    match value {
        Compliance::Yes => Text::Yes,
        Compliance::Partial => Text::Partial,
        Compliance::No => Text::No,
        Compliance::NotApplicable => Text::NotApplicable,
    }
}
