//! Which saved audits the home list shows: each audit's status, and the search and filters
//! an auditor sets to find one among many.

use std::collections::HashSet;

use crate::{Day, Timestamp, overdue};

use super::Audit;

/// Where an audit stands, as the list's badge says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AuditStatus {
    Draft,
    /// Closed for editing; nobody has a valid signature on it yet.
    Finalized,
    /// Some, not all, of the listed signatories have a valid proof.
    PartlySigned,
    /// Every listed signatory has a valid proof.
    Signed,
}

impl AuditStatus {
    pub const ALL: [AuditStatus; 4] = [
        AuditStatus::Draft,
        AuditStatus::Finalized,
        AuditStatus::PartlySigned,
        AuditStatus::Signed,
    ];

    /// Verifies the proofs at `now`: a proof that does not verify counts as no signature.
    pub fn of(audit: &Audit, now: &Timestamp) -> AuditStatus {
        let record = audit.record();
        let Some(document) = audit.signed() else {
            return if record.is_finalized() {
                AuditStatus::Finalized
            } else {
                AuditStatus::Draft
            };
        };
        let report = document.verify(None, now);
        let listed = record.signatories.len();
        let signed = listed.saturating_sub(report.missing.len());
        if listed > 0 && signed == listed {
            AuditStatus::Signed
        } else if signed > 0 {
            AuditStatus::PartlySigned
        } else {
            AuditStatus::Finalized
        }
    }
}

/// What the list says of one audit besides its record, worked out once per reading of the
/// list rather than on every keystroke in the search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Listed {
    pub status: AuditStatus,
    /// Open actions past their due day; none when a follow-up visit on this device carries
    /// them on (the follow-up's own entry counts them).
    pub overdue: usize,
}

/// Each audit with its entry, `now` to verify signatures and `today` (the device's own
/// calendar day) to flag overdue actions.
pub fn listed(audits: &[Audit], now: &Timestamp, today: Day) -> Vec<(Audit, Listed)> {
    let followed: HashSet<_> = audits
        .iter()
        .filter_map(|a| a.record().follow_up_of.as_ref().map(|f| f.id))
        .collect();
    audits
        .iter()
        .map(|audit| {
            let record = audit.record();
            let overdue = if followed.contains(&record.id) {
                0
            } else {
                overdue(record, today)
            };
            let status = AuditStatus::of(audit, now);
            (audit.clone(), Listed { status, overdue })
        })
        .collect()
}

/// What the auditor is looking for; every part left empty lets all audits through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListFilter {
    /// Found in the supplier or the site, ignoring case and accents (Latin and Arabic).
    pub text: String,
    /// A checklist id: every version of that checklist.
    pub checklist: Option<String>,
    pub status: Option<AuditStatus>,
    /// Inclusive `YYYY-MM-DD` bounds on the audit day or the day of the last change (UTC).
    pub from: Option<String>,
    pub to: Option<String>,
}

impl ListFilter {
    pub fn is_empty(&self) -> bool {
        *self == ListFilter::default()
    }
}

/// Whether `audit`, whose status is `status` (computed once, as it verifies signatures),
/// passes every part of `filter`.
pub fn matches(audit: &Audit, status: AuditStatus, filter: &ListFilter) -> bool {
    let record = audit.record();
    let wanted = fold(filter.text.trim());
    let text = wanted.is_empty()
        || fold(&record.header.supplier).contains(&wanted)
        || fold(&record.header.site).contains(&wanted);
    let checklist = filter
        .checklist
        .as_ref()
        .is_none_or(|id| *id == record.checklist.id);
    let in_range = |day: &str| {
        is_day(day)
            && filter.from.as_deref().is_none_or(|from| day >= from)
            && filter.to.as_deref().is_none_or(|to| day <= to)
    };
    let dated = (filter.from.is_none() && filter.to.is_none())
        || in_range(&record.header.date)
        || in_range(record.updated.as_str().get(..10).unwrap_or_default());
    text && checklist && filter.status.is_none_or(|s| s == status) && dated
}

/// `YYYY-MM-DD`: only such days compare correctly as text.
fn is_day(text: &str) -> bool {
    text.len() == 10
        && text.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        })
}

/// Lower case without accents: "Électricité" and "electricite" are the same search, as are
/// Arabic words with and without their short-vowel marks and tatweel.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !matches!(c, '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(base_letter)
        .collect()
}

/// The unaccented letter of the accented lower-case Latin letters of French and Spanish.
fn base_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'œ' => 'o',
        'أ' | 'إ' | 'آ' => 'ا',
        other => other,
    }
}
