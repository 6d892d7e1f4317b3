//! Scores, findings and the zero-tolerance alert, computed from the answers in effect.

use serde::{Deserialize, Deserializer, Serialize};

use crate::{AuditRecord, Checklist, Compliance, Question, Section, Severity, Visibility};

/// Conforming answers over applicable ones. N/A, unanswered and hidden questions are
/// left out, and so are questions that are not scored (see [`Question::is_scored`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Score {
    pub conforming: usize,
    pub applicable: usize,
    /// Rounded to a whole percent; absent while nothing is applicable.
    pub percent: Option<u32>,
}

impl Score {
    pub fn new(conforming: usize, applicable: usize) -> Score {
        let percent = (applicable > 0).then(|| {
            let exact = conforming as f64 * 100.0 / applicable as f64;
            exact.round() as u32
        });
        Score {
            conforming,
            applicable,
            percent,
        }
    }

    fn add(self, other: Score) -> Score {
        Score::new(
            self.conforming + other.conforming,
            self.applicable + other.applicable,
        )
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct FindingCounts {
    pub critical: usize,
    pub major: usize,
    pub minor: usize,
}

impl FindingCounts {
    pub fn total(&self) -> usize {
        self.critical + self.major + self.minor
    }

    fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Critical => self.critical += 1,
            Severity::Major => self.major += 1,
            Severity::Minor => self.minor += 1,
        }
    }

    fn add(self, other: FindingCounts) -> FindingCounts {
        FindingCounts {
            critical: self.critical + other.critical,
            major: self.major + other.major,
            minor: self.minor + other.minor,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SectionSummary {
    pub section: String,
    pub score: Score,
    pub findings: FindingCounts,
}

/// The state of an audit at a glance, as shown on screen and written on export.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub score: Score,
    pub findings: FindingCounts,
    /// True when any critical finding exists: it must be escalated at once.
    pub zero_tolerance_alert: bool,
    /// The questions with a critical finding, in checklist order.
    pub critical_findings: Vec<String>,
    pub sections: Vec<SectionSummary>,
}

/// How one answered, shown question counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Conforming,
    /// Not conforming, but not among the answers that make a finding (e.g. "partial").
    NotConforming,
    Finding(Severity),
    NotApplicable,
}

/// The outcome of `question` in `record`; `None` when it is unanswered, hidden or not scored.
pub fn outcome(
    question: &Question,
    record: &AuditRecord,
    visibility: &Visibility,
) -> Option<Outcome> {
    if !question.is_scored() {
        return None;
    }
    let value = visibility.answer(record, &question.id)?.text()?;
    if Compliance::parse(value) == Some(Compliance::NotApplicable) {
        return Some(Outcome::NotApplicable);
    }
    Some(if question.finding_values().contains(&value) {
        Outcome::Finding(question.severity)
    } else if question.answer_type == crate::AnswerType::Compliance && value != "yes" {
        Outcome::NotConforming
    } else {
        Outcome::Conforming
    })
}

/// The outcome of every question, section by section, in checklist order.
pub(crate) type Outcomes = Vec<Vec<Option<Outcome>>>;

/// Each question's [`outcome`] once, for a summary and a screen to share.
pub(crate) fn outcomes(
    checklist: &Checklist,
    record: &AuditRecord,
    visibility: &Visibility,
) -> Outcomes {
    checklist
        .sections
        .iter()
        .map(|s| {
            s.questions
                .iter()
                .map(|q| outcome(q, record, visibility))
                .collect()
        })
        .collect()
}

impl Summary {
    pub fn of(checklist: &Checklist, record: &AuditRecord) -> Summary {
        let visibility = Visibility::of(checklist, record);
        Summary::from_outcomes(checklist, &outcomes(checklist, record, &visibility))
    }

    /// The summary of the outcomes [`outcomes`] worked out for `checklist`.
    pub(crate) fn from_outcomes(checklist: &Checklist, outcomes: &Outcomes) -> Summary {
        let sections: Vec<SectionSummary> = checklist
            .sections
            .iter()
            .zip(outcomes)
            .map(|(s, o)| SectionSummary::of(s, o))
            .collect();
        let critical_findings = checklist
            .sections
            .iter()
            .zip(outcomes)
            .flat_map(|(s, o)| s.questions.iter().zip(o))
            .filter(|(_, o)| **o == Some(Outcome::Finding(Severity::Critical)))
            .map(|(q, _)| q.id.clone())
            .collect::<Vec<_>>();
        Summary {
            score: sections
                .iter()
                .fold(Score::default(), |a, s| a.add(s.score)),
            findings: sections
                .iter()
                .fold(FindingCounts::default(), |a, s| a.add(s.findings)),
            zero_tolerance_alert: !critical_findings.is_empty(),
            critical_findings,
            sections,
        }
    }

    pub fn section(&self, id: &str) -> Option<&SectionSummary> {
        self.sections.iter().find(|s| s.section == id)
    }
}

impl SectionSummary {
    /// `outcomes` are those of the section's questions, in its order.
    fn of(section: &Section, outcomes: &[Option<Outcome>]) -> SectionSummary {
        let mut findings = FindingCounts::default();
        let (mut conforming, mut applicable) = (0, 0);
        for outcome in outcomes {
            match outcome {
                None | Some(Outcome::NotApplicable) => {}
                Some(Outcome::Conforming) => {
                    conforming += 1;
                    applicable += 1;
                }
                Some(Outcome::NotConforming) => applicable += 1,
                Some(Outcome::Finding(severity)) => {
                    applicable += 1;
                    findings.count(*severity);
                }
            }
        }
        SectionSummary {
            section: section.id.clone(),
            score: Score::new(conforming, applicable),
            findings,
        }
    }
}

/// Reads past a `summary` in an imported record: it is recomputed, never trusted.
pub(crate) fn discard_summary<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Box<Summary>>, D::Error> {
    serde::de::IgnoredAny::deserialize(d)?;
    Ok(None)
}
