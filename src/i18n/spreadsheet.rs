//! The words of the answers and actions spreadsheets, in the user's language.

use audit_core::export::{Heading, Words};
use audit_core::{ActionStatus, Compliance, Language, Severity, VerificationMethod};

use super::Text;

/// [`Words`] for the core's CSV writers, from the UI's translations.
pub struct SpreadsheetWords(pub Language);

impl SpreadsheetWords {
    fn text(&self, text: Text) -> &'static str {
        text.get(self.0)
    }
}

impl Words for SpreadsheetWords {
    fn heading(&self, heading: Heading) -> &str {
        self.text(match heading {
            Heading::Section => Text::CsvSection,
            Heading::QuestionId => Text::CsvQuestionId,
            Heading::Question => Text::CsvQuestion,
            Heading::Answer => Text::CsvAnswer,
            Heading::Note => Text::CsvNote,
            Heading::Severity => Text::CsvSeverity,
            Heading::Finding => Text::CsvFinding,
            Heading::PhotoCount => Text::CsvPhotoCount,
            Heading::PhotoHashes => Text::CsvPhotoHashes,
            Heading::ActionId => Text::CsvActionId,
            Heading::What => Text::CsvWhat,
            Heading::Owner => Text::CsvOwner,
            Heading::Due => Text::CsvDue,
            Heading::Status => Text::CsvStatus,
            Heading::Verification => Text::CsvVerification,
            Heading::Evidence => Text::CsvEvidence,
            Heading::Containment => Text::CsvContainment,
            Heading::Overdue => Text::CsvOverdue,
        })
    }

    fn compliance(&self, compliance: Compliance) -> &str {
        self.text(super::answer_words::compliance(compliance))
    }

    fn severity(&self, severity: Severity) -> &str {
        self.text(match severity {
            Severity::Minor => Text::Minor,
            Severity::Major => Text::Major,
            Severity::Critical => Text::Critical,
        })
    }

    fn status(&self, status: ActionStatus) -> &str {
        self.text(super::actions::status(status))
    }

    fn verification(&self, method: VerificationMethod) -> &str {
        self.text(super::actions::verification(method))
    }

    fn yes_no(&self, yes: bool) -> &str {
        self.text(if yes { Text::Yes } else { Text::No })
    }
}
