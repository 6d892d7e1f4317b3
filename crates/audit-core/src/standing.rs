//! Where an audit stands, as its screen shows it: which questions show, each one's outcome,
//! each section's progress, and the scores. All of it is read from the answers' values alone,
//! never from notes, photos, the header or corrective actions, so a screen computes it once
//! per change of a value ([`AuditRecord::same_values`]) rather than once per keystroke in a note.

use std::collections::HashMap;

use crate::scoring::outcome;
use crate::{AuditRecord, Checklist, Outcome, Progress, Summary, Visibility};

#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub visibility: Visibility,
    pub summary: Summary,
    /// The progress of each section, in checklist order.
    pub sections: Vec<Progress>,
    outcomes: HashMap<String, Outcome>,
}

impl Standing {
    pub fn of(checklist: &Checklist, record: &AuditRecord) -> Standing {
        let visibility = Visibility::of(checklist, record);
        let sections = checklist
            .sections
            .iter()
            .map(|section| Progress::of_section(section, record, &visibility))
            .collect();
        let outcomes = checklist
            .questions()
            .filter_map(|q| Some((q.id.clone(), outcome(q, record, &visibility)?)))
            .collect();
        Standing {
            summary: Summary::with(checklist, record, &visibility),
            visibility,
            sections,
            outcomes,
        }
    }

    /// The outcome of `question`: `None` when it is unanswered, hidden or not scored.
    pub fn outcome(&self, question: &str) -> Option<Outcome> {
        self.outcomes.get(question).copied()
    }

    /// The whole checklist's progress: the sum of its sections'.
    pub fn overall(&self) -> Progress {
        self.sections.iter().copied().sum()
    }
}
