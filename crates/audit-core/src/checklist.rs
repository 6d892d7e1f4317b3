use semver::Version;
use serde::{Deserialize, Serialize};

use crate::LocalizedText;

/// Marks a JSON file as a checklist definition of this format version.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChecklistFormat {
    #[default]
    #[serde(rename = "supplier-audit-checklist/1")]
    V1,
}

/// A checklist definition, as bundled with the app or published by a ministry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub format: ChecklistFormat,
    pub id: String,
    pub version: Version,
    pub title: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub description: LocalizedText,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: LocalizedText,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    #[serde(rename = "type")]
    pub answer_type: AnswerType,
    pub text: LocalizedText,
    /// What evidence to look for and how to ask.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub guidance: LocalizedText,
    pub severity: Severity,
    #[serde(default)]
    pub required: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerType {
    /// Yes / Partial / No / Not applicable.
    Compliance,
}

/// How serious a non-conforming answer is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Minor,
    Major,
    Critical,
}

impl Checklist {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }
}
