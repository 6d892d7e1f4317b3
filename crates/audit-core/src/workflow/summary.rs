use std::fmt;

use serde_json::Value;

use crate::signing::SignedDocument;
use crate::{AuditRecord, Checklist, Summary};

/// A `summary` in a file that the answers do not bear out: signing it would make signatories
/// vouch for scores and alerts that are false.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error(
    "the summary in the file ({claimed}) does not match the one recomputed from its answers \
     ({recomputed}); the file was changed"
)]
pub struct SummaryMismatch {
    pub claimed: SummaryGist,
    pub recomputed: SummaryGist,
}

/// The figures of a summary a reader checks first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SummaryGist {
    pub percent: Option<u64>,
    pub critical: u64,
    pub major: u64,
    pub minor: u64,
    pub zero_tolerance_alert: bool,
}

impl SummaryGist {
    fn of(value: &Value) -> SummaryGist {
        let number = |path: &str| value.pointer(path).and_then(Value::as_u64);
        SummaryGist {
            percent: number("/score/percent"),
            critical: number("/findings/critical").unwrap_or_default(),
            major: number("/findings/major").unwrap_or_default(),
            minor: number("/findings/minor").unwrap_or_default(),
            zero_tolerance_alert: value
                .get("zero_tolerance_alert")
                .and_then(Value::as_bool)
                .unwrap_or_default(),
        }
    }
}

impl fmt::Display for SummaryGist {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.percent {
            Some(percent) => write!(f, "score {percent} %")?,
            None => f.write_str("no score")?,
        }
        write!(
            f,
            ", {} critical, {} major, {} minor findings, zero-tolerance alert {}",
            self.critical,
            self.major,
            self.minor,
            if self.zero_tolerance_alert {
                "on"
            } else {
                "off"
            }
        )
    }
}

/// Checks the `summary` a document carries against the one recomputed from `record`'s answers
/// with `checklist`. A document without a summary claims nothing and passes.
pub fn check_summary(
    document: &SignedDocument,
    record: &AuditRecord,
    checklist: &Checklist,
) -> Result<(), SummaryMismatch> {
    let Some(claimed) = document.member("summary") else {
        return Ok(());
    };
    let recomputed = serde_json::to_value(Summary::of(checklist, record)).unwrap_or(Value::Null);
    if *claimed == recomputed {
        Ok(())
    } else {
        Err(SummaryMismatch {
            claimed: SummaryGist::of(claimed),
            recomputed: SummaryGist::of(&recomputed),
        })
    }
}
