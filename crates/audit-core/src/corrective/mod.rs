//! Findings and the corrective action plan (CAP): what must be fixed, by whom, by when, and
//! how the fix is checked. Actions are part of the record, so the signatures cover them.

mod action;
mod due;
mod finding;
mod follow_up;
mod overdue;

pub use action::{ActionChange, ActionStatus, CorrectiveAction, VerificationMethod};
pub use due::{DueDays, proposed_actions};
pub use finding::{Finding, findings};
pub use follow_up::FollowUpOf;
pub use overdue::{overdue, overdue_since};
