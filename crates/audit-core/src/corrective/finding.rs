use crate::scoring::outcome;
use crate::{AuditRecord, Checklist, Outcome, Severity, Visibility};

/// An answer that meets its question's finding rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub section: String,
    pub question: String,
    pub severity: Severity,
    /// The auditor's note on the question.
    pub note: String,
    /// How many corrective actions the record has for it.
    pub actions: usize,
}

/// Every finding of `record`, in checklist order.
pub fn findings(checklist: &Checklist, record: &AuditRecord) -> Vec<Finding> {
    let visibility = Visibility::of(checklist, record);
    checklist
        .sections
        .iter()
        .flat_map(|section| section.questions.iter().map(move |q| (section, q)))
        .filter_map(
            |(section, question)| match outcome(question, record, &visibility) {
                Some(Outcome::Finding(severity)) => Some(Finding {
                    section: section.id.clone(),
                    question: question.id.clone(),
                    severity,
                    note: record
                        .answer(&question.id)
                        .map(|a| a.note.clone())
                        .unwrap_or_default(),
                    actions: record
                        .actions
                        .iter()
                        .filter(|a| a.question == question.id)
                        .count(),
                }),
                _ => None,
            },
        )
        .collect()
}
