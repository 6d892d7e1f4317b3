use crate::{AuditRecord, Checklist, Day, Language, Question};

use super::Heading;
use super::Words;
use super::cell::write_csv;

const HEADINGS: [Heading; 12] = [
    Heading::ActionId,
    Heading::QuestionId,
    Heading::Question,
    Heading::Severity,
    Heading::What,
    Heading::Owner,
    Heading::Due,
    Heading::Status,
    Heading::Verification,
    Heading::Evidence,
    Heading::Containment,
    Heading::Overdue,
];

/// One row per corrective action, in the record's order, with whether it is overdue on
/// `today` (the shell's clock: the core reads none).
pub fn actions_csv(
    checklist: &Checklist,
    record: &AuditRecord,
    today: Day,
    language: Language,
    words: &dyn Words,
) -> Vec<u8> {
    let heading = HEADINGS.map(|h| words.heading(h).to_owned()).to_vec();
    let rows = record.actions.iter().map(|action| {
        let question = find(checklist, &action.question);
        vec![
            action.id.to_string(),
            action.question.clone(),
            question.map_or_else(String::new, |q| q.text.get(language).to_owned()),
            question.map_or_else(String::new, |q| words.severity(q.severity).to_owned()),
            action.what.clone(),
            action.owner.clone(),
            action.due.to_string(),
            words.status(action.status).to_owned(),
            words.verification(action.verification).to_owned(),
            action.evidence.clone(),
            words.yes_no(action.containment).to_owned(),
            words.yes_no(action.is_overdue(today)).to_owned(),
        ]
    });
    write_csv(std::iter::once(heading).chain(rows))
}

fn find<'a>(checklist: &'a Checklist, id: &str) -> Option<&'a Question> {
    checklist
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .find(|q| q.id == id)
}
