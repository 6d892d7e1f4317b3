use serde::{Deserialize, Serialize};
use time::Duration;

use crate::Timestamp;

use super::{Audit, StoredError};

/// How long a deleted audit can be restored.
pub const KEPT_FOR_DAYS: i64 = 30;

/// A deleted audit in the bin: its stored text exactly as it was saved, and when it was
/// deleted. Restoring puts back that same text, byte for byte.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Binned {
    pub deleted: Timestamp,
    pub text: String,
}

impl Binned {
    /// Reads a bin entry back; `None` when it is not one.
    pub fn parse(text: &str) -> Option<Binned> {
        serde_json::from_str(text).ok()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("two strings always serialise")
    }

    /// The audit it holds, for the bin's list.
    pub fn audit(&self) -> Result<Audit, StoredError> {
        Audit::from_stored(&self.text)
    }

    /// The last moment it can be restored.
    pub fn kept_until(&self) -> Timestamp {
        let until = self.last_moment();
        let text = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            until.year(),
            u8::from(until.month()),
            until.day(),
            until.hour(),
            until.minute(),
            until.second()
        );
        Timestamp::parse(&text).unwrap_or_else(|_| self.deleted.clone())
    }

    /// Past its time in the bin at `now`: purged at the next start.
    pub fn is_expired(&self, now: &Timestamp) -> bool {
        now.instant() > self.last_moment()
    }

    fn last_moment(&self) -> time::OffsetDateTime {
        self.deleted.instant() + Duration::days(KEPT_FOR_DAYS)
    }
}
