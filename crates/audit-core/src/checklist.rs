use semver::Version;
use serde::{Deserialize, Serialize};

use crate::{Condition, LocalizedText};

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
    /// The works the questions cite, by key (`tags.sources`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Days from the audit to a corrective action's default due day, by severity; when
    /// absent, [`crate::DueDays::default`] (critical 7, major 60, minor 120).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_due_days: Option<crate::DueDays>,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub key: String,
    pub citation: LocalizedText,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: LocalizedText,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub description: LocalizedText,
    pub questions: Vec<Question>,
}

/// One question. The type-specific fields (`options`, `unit`, `min`, `max`, `max_photos`,
/// `columns`) sit beside the common ones, as in the file; validation refuses the ones that
/// do not belong to the question's type.
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceKind>,
    pub severity: Severity,
    /// Answers that make this question a finding; see [`Question::finding_values`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finding_if: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
    #[serde(default, skip_serializing_if = "Tags::is_empty")]
    pub tags: Tags,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ChoiceOption>,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub unit: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_photos: Option<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<Column>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerType {
    /// Yes / Partial / No / Not applicable.
    Compliance,
    SingleChoice,
    MultipleChoice,
    Text,
    Number,
    /// A calendar day, `YYYY-MM-DD`.
    Date,
    /// Photo slots, each with a caption.
    Evidence,
    /// Repeatable rows of typed fields (risk register, measures, KPIs).
    Table,
}

/// The type of one table column: the scalar answer types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnType {
    Text,
    Number,
    Date,
    SingleChoice,
    MultipleChoice,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub id: String,
    pub label: LocalizedText,
    #[serde(rename = "type")]
    pub column_type: ColumnType,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ChoiceOption>,
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub unit: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: String,
    pub label: LocalizedText,
}

/// Where an auditor finds the evidence for a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Document,
    Observation,
    WorkerInterview,
    ManagementInterview,
    RecruiterInterview,
    External,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 6] = [
        EvidenceKind::Document,
        EvidenceKind::Observation,
        EvidenceKind::WorkerInterview,
        EvidenceKind::ManagementInterview,
        EvidenceKind::RecruiterInterview,
        EvidenceKind::External,
    ];
}

/// How serious a finding on this question is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Minor,
    Major,
    Critical,
}

/// What a question is grounded in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tags {
    /// ILO forced-labour indicator numbers, 1 to 11.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ilo: Vec<u8>,
    /// OECD due-diligence step, 1 to 6.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oecd_step: Option<u8>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rec: Vec<Recommendation>,
    /// Keys into the checklist's `sources`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

impl Tags {
    pub fn is_empty(&self) -> bool {
        *self == Tags::default()
    }
}

/// The seed recommendations of the UN Working Group on Trafficking in Persons (2021).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Recommendation {
    #[serde(rename = "1(b)")]
    R1b,
    #[serde(rename = "1(c)")]
    R1c,
    #[serde(rename = "2")]
    R2,
    #[serde(rename = "3")]
    R3,
    #[serde(rename = "4")]
    R4,
}

impl Recommendation {
    pub fn label(self) -> &'static str {
        match self {
            Recommendation::R1b => "1(b)",
            Recommendation::R1c => "1(c)",
            Recommendation::R2 => "2",
            Recommendation::R3 => "3",
            Recommendation::R4 => "4",
        }
    }
}

impl Question {
    /// Whether answers to this question can be findings and count in the score:
    /// compliance questions, and choice questions that name their finding options.
    pub fn is_scored(&self) -> bool {
        match self.answer_type {
            AnswerType::Compliance => true,
            AnswerType::SingleChoice => self.finding_if.is_some(),
            _ => false,
        }
    }

    /// The answer values that make a finding: `finding_if`, else `["no"]` for compliance.
    pub fn finding_values(&self) -> Vec<&str> {
        match (&self.finding_if, self.answer_type) {
            (Some(values), _) => values.iter().map(String::as_str).collect(),
            (None, AnswerType::Compliance) => vec!["no"],
            (None, _) => Vec::new(),
        }
    }

    pub fn option(&self, id: &str) -> Option<&ChoiceOption> {
        self.options.iter().find(|o| o.id == id)
    }
}

impl Checklist {
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    pub fn source(&self, key: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.key == key)
    }
}
