//! A backup's refusal and each restored entry's outcome, as sentences in the user's language.

use audit_core::Language;
use audit_core::backup::{
    BackupError, Entry, EntryKind, EntryRefusal, MAX_BACKUP_BYTES, MAX_BACKUP_ENTRIES, Outcome,
    Skip, Update,
};

use super::{Text, errors};
use crate::effects::clock;

/// Why the file `file` cannot be restored at all; nothing was changed.
pub fn refusal(file: &str, e: &BackupError, language: Language) -> String {
    let unreadable =
        |reason: &str| Text::BackupUnreadable.fill(language, &[("file", file), ("reason", reason)]);
    match e {
        BackupError::NotABackup => Text::BackupNotABackup.fill(language, &[("file", file)]),
        BackupError::UnsupportedVersion(version) => {
            Text::BackupUnsupportedVersion.fill(language, &[("file", file), ("version", version)])
        }
        BackupError::TooLarge { bytes } => unreadable(&Text::FileTooLarge.fill(
            language,
            &[
                ("bytes", &bytes.to_string()),
                ("limit", &(MAX_BACKUP_BYTES / (1024 * 1024)).to_string()),
            ],
        )),
        BackupError::TooManyEntries { count } => unreadable(&Text::BackupTooManyEntries.fill(
            language,
            &[
                ("count", &count.to_string()),
                ("limit", &MAX_BACKUP_ENTRIES.to_string()),
            ],
        )),
        BackupError::Json(e) => unreadable(&errors::strict_json(e, language)),
        BackupError::Shape(e) => unreadable(&e.to_string()),
    }
}

/// "Audit Acme Textiles (id): added.", one line of a restore's report.
pub fn entry(entry: &Entry, language: Language) -> String {
    let name = match &entry.label {
        Some(label) => format!("{label} ({})", entry.key),
        None => entry.key.clone(),
    };
    let what = match entry.kind {
        EntryKind::Audit => Text::BackupWhatAudit,
        EntryKind::Definition => Text::BackupWhatDefinition,
        EntryKind::Checklist => Text::BackupWhatChecklist,
        EntryKind::Identity => Text::BackupWhatIdentity,
        EntryKind::Contact => Text::BackupWhatContact,
    }
    .fill(language, &[("name", &name)]);
    let outcome = outcome(entry, language);
    Text::BackupEntryLine.fill(language, &[("what", &what), ("outcome", &outcome)])
}

fn outcome(entry: &Entry, language: Language) -> String {
    let text = |t: Text| t.get(language).to_owned();
    match &entry.outcome {
        Outcome::Added if entry.kind == EntryKind::Identity => text(Text::BackupIdentityAdded),
        Outcome::Added => text(Text::BackupAdded),
        Outcome::Updated(Update::Signed { proofs }) => {
            Text::BackupUpdatedSigned.fill(language, &[("count", &proofs.to_string())])
        }
        Outcome::Updated(Update::MoreSignatures { here, backup }) => Text::BackupUpdatedMore.fill(
            language,
            &[("here", &here.to_string()), ("backup", &backup.to_string())],
        ),
        Outcome::Skipped(Skip::Identical) => text(Text::BackupSkippedIdentical),
        Outcome::Skipped(Skip::NothingNewer) => text(Text::BackupSkippedNothingNewer),
        Outcome::Skipped(Skip::DifferentHere {
            here_updated,
            backup_updated,
        }) => Text::BackupSkippedDifferent.fill(
            language,
            &[
                ("here", &clock::local(here_updated, language)),
                ("backup", &clock::local(backup_updated, language)),
            ],
        ),
        Outcome::Skipped(Skip::UnreadableHere) => text(Text::BackupSkippedUnreadableHere),
        Outcome::Skipped(Skip::OwnIdentityHere) => text(Text::BackupSkippedOwnIdentity),
        Outcome::Skipped(Skip::OtherCardHere) => text(Text::BackupSkippedOtherCard),
        Outcome::Refused(EntryRefusal::Unreadable(reason)) => {
            Text::BackupRefusedUnreadable.fill(language, &[("reason", reason)])
        }
        Outcome::Refused(EntryRefusal::NotVerified(report)) => {
            let reason = report
                .problems()
                .next()
                .map(|p| errors::invalidity(&p, language))
                .unwrap_or_default();
            Text::BackupRefusedNotVerified.fill(language, &[("reason", &reason)])
        }
        Outcome::Refused(EntryRefusal::HashMismatch { .. }) => {
            text(Text::BackupRefusedHashMismatch)
        }
        Outcome::Refused(EntryRefusal::PrivateKey { field }) => {
            Text::BackupRefusedPrivateKey.fill(language, &[("field", field)])
        }
        Outcome::Refused(EntryRefusal::Duplicate) => text(Text::BackupRefusedDuplicate),
    }
}
