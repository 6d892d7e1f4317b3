//! The words for a corrective action's status and verification method, shared by the
//! action form and the printed report.

use audit_core::{ActionStatus, VerificationMethod};

use super::Text;

pub fn status(status: ActionStatus) -> Text {
    match status {
        ActionStatus::Open => Text::StatusOpen,
        ActionStatus::InProgress => Text::StatusInProgress,
        ActionStatus::Done => Text::StatusDone,
        ActionStatus::Verified => Text::StatusVerified,
    }
}

pub fn verification(method: VerificationMethod) -> Text {
    match method {
        VerificationMethod::Desk => Text::VerificationDesk,
        VerificationMethod::OnSite => Text::VerificationOnSite,
    }
}
