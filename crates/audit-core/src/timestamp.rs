use std::fmt;

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A UTC instant in RFC 3339 form, `YYYY-MM-DDTHH:MM:SS[.fff]Z`, as produced
/// by JavaScript's `Date.prototype.toISOString`. The shell supplies it.
///
/// The text is kept exactly as written, because it is part of signed content; the instant
/// is checked (no month 13, no 30 February) by the `time` crate's RFC 3339 parser.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Timestamp(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a UTC time like 2026-11-28T13:10:00Z")]
pub struct TimestampError(String);

/// Parses any RFC 3339 date-time, with `Z` or an offset, as Data Integrity's `created` allows.
pub fn parse_date_time(text: &str) -> Option<OffsetDateTime> {
    // Longer than any real date-time: refused before the parser looks at it.
    if text.len() > 64 {
        return None;
    }
    OffsetDateTime::parse(text, &Rfc3339).ok()
}

impl Timestamp {
    pub fn parse(text: &str) -> Result<Timestamp, TimestampError> {
        // Only UTC with `Z`, so that timestamps sort as text; the parser checks the rest.
        let utc = text.ends_with('Z') && !text.contains(['z', 't', ' ']);
        match parse_date_time(text) {
            Some(_) if utc => Ok(Timestamp(text.to_owned())),
            _ => Err(TimestampError(text.to_owned())),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The instant this timestamp names.
    pub fn instant(&self) -> OffsetDateTime {
        parse_date_time(&self.0).unwrap_or(OffsetDateTime::UNIX_EPOCH)
    }
}

impl TryFrom<String> for Timestamp {
    type Error = TimestampError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Timestamp::parse(&text)
    }
}

impl From<Timestamp> for String {
    fn from(t: Timestamp) -> String {
        t.0
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
