use crate::{ActionStatus, Compliance, Severity, VerificationMethod};

/// The heading of one column of the answers or actions file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heading {
    Section,
    QuestionId,
    Question,
    Answer,
    Note,
    Severity,
    Finding,
    PhotoCount,
    PhotoHashes,
    ActionId,
    What,
    Owner,
    Due,
    Status,
    Verification,
    Evidence,
    Containment,
    Overdue,
}

/// The words of a spreadsheet, in the user's language: the shell's translations.
pub trait Words {
    fn heading(&self, heading: Heading) -> &str;
    fn compliance(&self, compliance: Compliance) -> &str;
    fn severity(&self, severity: Severity) -> &str;
    fn status(&self, status: ActionStatus) -> &str;
    fn verification(&self, method: VerificationMethod) -> &str;
    fn yes_no(&self, yes: bool) -> &str;
}
