//! Where an audit stands, as its screen shows it: which questions show, each one's outcome,
//! each section's progress, and the scores. All of it is read from the answers' values alone,
//! never from notes, photos, the header or corrective actions, so a screen computes it once
//! per change of a value ([`AuditRecord::same_values`]) rather than once per keystroke in a note.

use crate::scoring::{Outcomes, outcomes};
use crate::{AuditRecord, Checklist, Outcome, Progress, Summary, Visibility};

#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub visibility: Visibility,
    pub summary: Summary,
    /// The progress of each section, in checklist order.
    pub sections: Vec<Progress>,
    outcomes: Outcomes,
}

impl Standing {
    pub fn of(checklist: &Checklist, record: &AuditRecord) -> Standing {
        let visibility = Visibility::of(checklist, record);
        let sections = checklist
            .sections
            .iter()
            .map(|section| Progress::of_section(section, record, &visibility))
            .collect();
        let outcomes = outcomes(checklist, record, &visibility);
        Standing {
            summary: Summary::from_outcomes(checklist, &outcomes),
            visibility,
            sections,
            outcomes,
        }
    }

    /// The outcomes of section `index`'s questions, in its order: `None` for one that is
    /// unanswered, hidden or not scored.
    pub fn section_outcomes(&self, index: usize) -> &[Option<Outcome>] {
        self.outcomes.get(index).map_or(&[], Vec::as_slice)
    }

    /// The whole checklist's progress: the sum of its sections'.
    pub fn overall(&self) -> Progress {
        self.sections.iter().copied().sum()
    }
}
