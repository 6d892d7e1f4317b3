use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Month};

/// A calendar day, `YYYY-MM-DD`, checked by the `time` crate (no 30 February).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Day(Date);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a day like 2026-11-28")]
pub struct DayError(String);

impl Day {
    pub fn parse(text: &str) -> Result<Day, DayError> {
        let error = || DayError(text.chars().take(40).collect());
        let bytes = text.as_bytes();
        let shape = bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            });
        if !shape {
            return Err(error());
        }
        let number = |range: std::ops::Range<usize>| text.get(range).and_then(|s| s.parse().ok());
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10))
        else {
            return Err(error());
        };
        let month = u8::try_from(month)
            .ok()
            .and_then(|m| Month::try_from(m).ok())
            .ok_or_else(error)?;
        let day = u8::try_from(day).map_err(|_| error())?;
        Date::from_calendar_date(year, month, day)
            .map(Day)
            .map_err(|_| error())
    }

    /// The day of a timestamp (UTC).
    pub fn of(timestamp: &crate::Timestamp) -> Day {
        Day(timestamp.instant().date())
    }

    /// `days` later, or the same day when that would leave the calendar.
    pub fn plus_days(self, days: u32) -> Day {
        self.0
            .checked_add(Duration::days(i64::from(days)))
            .map_or(self, Day)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0;
        write!(
            f,
            "{:04}-{:02}-{:02}",
            d.year(),
            u8::from(d.month()),
            d.day()
        )
    }
}

impl TryFrom<String> for Day {
    type Error = DayError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Day::parse(&text)
    }
}

impl From<Day> for String {
    fn from(day: Day) -> String {
        day.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_parse_print_and_add() {
        let day = Day::parse("2026-11-28").unwrap();
        assert_eq!(day.to_string(), "2026-11-28");
        assert_eq!(day.plus_days(7).to_string(), "2026-12-05");
        assert_eq!(day.plus_days(120).to_string(), "2027-03-28");
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "26-11-28",
            "2026-11-28T00",
            "",
            "２０２６-11-28",
        ] {
            assert!(Day::parse(bad).is_err(), "{bad}");
        }
    }
}
