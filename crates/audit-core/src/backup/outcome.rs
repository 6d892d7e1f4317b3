use crate::Timestamp;
use crate::signing::VerificationReport;

/// What kind of saved thing a backup entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    Audit,
    /// The checklist an audit was started on.
    Definition,
    /// A checklist loaded from a URL or a file.
    Checklist,
    /// One of the backed-up device's own identities: restored as a contact, without its key.
    Identity,
    Contact,
}

/// One entry of a backup and what restoring does with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub kind: EntryKind,
    /// The audit id, the checklist's SHA-256 or the identity's did:key.
    pub key: String,
    /// A name a person recognises (supplier, checklist title, person), when one can be read.
    pub label: Option<String>,
    pub outcome: Outcome,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Not on this device: written.
    Added,
    /// On this device, and the backup's copy holds everything it holds and more: written.
    Updated(Update),
    /// Left as it is on this device.
    Skipped(Skip),
    /// Not written, for this reason.
    Refused(EntryRefusal),
}

/// Why replacing what is here cannot drop anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Update {
    /// Here the finalized audit is not signed yet; the backup has the same record signed.
    Signed { proofs: usize },
    /// The same signed content, with every proof that is here and more.
    MoreSignatures { here: usize, backup: usize },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Skip {
    /// The same content is here already.
    Identical,
    /// What is here holds everything the backup's copy holds (e.g. more signatures).
    NothingNewer,
    /// Both copies have changes the other lacks: replacing either could lose work, so the
    /// copy here stays. Export the backup's copy from the other device to compare them.
    DifferentHere {
        here_updated: Timestamp,
        backup_updated: Timestamp,
    },
    /// What is here cannot be read, so it cannot be compared; it is not overwritten.
    UnreadableHere,
    /// This device holds the identity itself, with its private key.
    OwnIdentityHere,
    /// Another card for the same did:key is here (a contact card holds no date to compare):
    /// the one chosen on this device is kept.
    OtherCardHere,
}

#[derive(Clone, Debug, PartialEq)]
pub enum EntryRefusal {
    /// The entry cannot be read; the reason is the core's.
    Unreadable(String),
    /// A signed document whose proofs do not verify.
    NotVerified(Box<VerificationReport>),
    /// A checklist whose key is not the SHA-256 of its content.
    HashMismatch { actual: String },
    /// An identity card carrying a private-key field: never written anywhere.
    PrivateKey { field: String },
    /// The same audit id or did:key appears twice in the backup.
    Duplicate,
}

impl Outcome {
    /// Whether the shell writes the entry.
    pub fn writes(&self) -> bool {
        matches!(self, Outcome::Added | Outcome::Updated(_))
    }
}
