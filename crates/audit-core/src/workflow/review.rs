//! "Check your answers" before finalizing: what is worth a second look, and what each section
//! holds. Nothing here blocks finalizing; an audit may truly leave questions unanswered, and the
//! report shows them.

use crate::{AuditRecord, Checklist, Progress, Visibility, findings};

/// The review of one audit against its checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    /// What to look at again, in checklist order.
    pub checks: Vec<Check>,
    /// Every section, in checklist order, with the questions it shows.
    pub sections: Vec<SectionReview>,
}

/// One question worth a second look.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub section: String,
    pub question: String,
    pub reason: CheckReason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckReason {
    /// A required question, shown, without an answer.
    Unanswered,
    /// A finding with no corrective action yet.
    NoCorrectiveAction,
}

/// One section as the summary shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionReview {
    pub section: String,
    /// The questions `show_if` leaves shown, in order; hidden ones are not reviewed.
    pub shown: Vec<String>,
    pub progress: Progress,
}

impl Review {
    pub fn of(checklist: &Checklist, record: &AuditRecord) -> Review {
        let visibility = Visibility::of(checklist, record);
        let without_action: Vec<_> = findings(checklist, record)
            .into_iter()
            .filter(|f| f.actions == 0)
            .collect();
        let mut checks = Vec::new();
        let mut sections = Vec::with_capacity(checklist.sections.len());
        for section in &checklist.sections {
            let shown: Vec<_> = section
                .questions
                .iter()
                .filter(|q| visibility.is_shown(&q.id))
                .collect();
            for question in &shown {
                let check = |reason| Check {
                    section: section.id.clone(),
                    question: question.id.clone(),
                    reason,
                };
                if question.required && visibility.answer(record, &question.id).is_none() {
                    checks.push(check(CheckReason::Unanswered));
                } else if without_action.iter().any(|f| f.question == question.id) {
                    checks.push(check(CheckReason::NoCorrectiveAction));
                }
            }
            sections.push(SectionReview {
                section: section.id.clone(),
                shown: shown.iter().map(|q| q.id.clone()).collect(),
                progress: Progress::of_section(section, record, &visibility),
            });
        }
        Review { checks, sections }
    }
}
