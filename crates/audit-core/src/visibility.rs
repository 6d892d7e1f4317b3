use std::collections::HashSet;

use crate::{AnswerValue, AuditRecord, Checklist};

/// Which questions `show_if` hides, given the answers so far. A hidden question's answer
/// is kept in the record but has no effect: it reads as no answer in later conditions,
/// and is neither required, scored nor counted in progress.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visibility {
    hidden: HashSet<String>,
}

impl Visibility {
    pub fn of(checklist: &Checklist, record: &AuditRecord) -> Visibility {
        let mut visibility = Visibility::default();
        // Conditions refer only to earlier questions (validation checks it), so one pass
        // in order settles every question.
        for question in checklist.questions() {
            if let Some(condition) = &question.show_if
                && !condition.holds(&|id: &str| visibility.answer(record, id))
            {
                visibility.hidden.insert(question.id.clone());
            }
        }
        visibility
    }

    pub fn is_shown(&self, question: &str) -> bool {
        !self.hidden.contains(question)
    }

    /// The answer of `question` in effect: none when the question is hidden.
    pub fn answer<'a>(&self, record: &'a AuditRecord, question: &str) -> Option<&'a AnswerValue> {
        if self.is_shown(question) {
            record.answer(question).and_then(|a| a.value.as_ref())
        } else {
            None
        }
    }
}
