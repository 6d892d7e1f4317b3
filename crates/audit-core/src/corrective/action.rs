use serde::{Deserialize, Serialize};

use crate::Uuid;
use crate::day::Day;

/// One step to fix a finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectiveAction {
    pub id: Uuid,
    /// The question whose answer is the finding.
    pub question: String,
    pub what: String,
    /// Who will do it: a person, a role or an organisation, as written.
    pub owner: String,
    pub due: Day,
    pub status: ActionStatus,
    pub verification: VerificationMethod,
    /// What shows that it was done.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// The same-day step that stops the harm while the fix is made (critical findings).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub containment: bool,
    /// The action of the earlier audit this one follows up, in a follow-up audit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<Uuid>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Open,
    InProgress,
    Done,
    Verified,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Verified,
    ];

    /// Not yet done: it can be overdue, and a follow-up visit copies it.
    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Open | ActionStatus::InProgress)
    }
}

/// How the fix will be checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerificationMethod {
    /// From documents sent in.
    Desk,
    /// At a visit.
    OnSite,
}

/// One change to an action's fields.
#[derive(Clone, Debug, PartialEq)]
pub enum ActionChange {
    What(String),
    Owner(String),
    Due(Day),
    Status(ActionStatus),
    Verification(VerificationMethod),
    Evidence(String),
}

impl CorrectiveAction {
    pub fn apply(&mut self, change: ActionChange) {
        match change {
            ActionChange::What(what) => self.what = what,
            ActionChange::Owner(owner) => self.owner = owner,
            ActionChange::Due(due) => self.due = due,
            ActionChange::Status(status) => self.status = status,
            ActionChange::Verification(method) => self.verification = method,
            ActionChange::Evidence(evidence) => self.evidence = evidence,
        }
    }

    /// Open and past its due day on `today`.
    pub fn is_overdue(&self, today: Day) -> bool {
        self.status.is_open() && self.due < today
    }
}
