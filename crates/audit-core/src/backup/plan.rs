use std::collections::BTreeMap;

use serde_json::Value;

use super::{Backup, Contents, Entry, EntryKind, EntryRefusal, Outcome, Skip, Update};
use crate::import::from_json_value;
use crate::signing::{IdentityCard, Invalidity, SignedDocument};
use crate::workflow::{Audit, Stored};
use crate::{Language, Timestamp, parse_checklist};

/// What restoring a backup does: one [`Entry`] per item of the backup, in its order, and the
/// writes that follow from them. Nothing else on the device changes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Restore {
    pub entries: Vec<Entry>,
    pub audits: Vec<Stored>,
    pub definitions: Vec<(String, String)>,
    pub checklists: Vec<(String, String)>,
    /// Contacts to write: the backup's contacts and its own identities' cards.
    pub contacts: Vec<IdentityCard>,
}

/// Names an identity card may not carry: a backup that has one was not made by this app, and
/// the entry is refused so that no key material is ever written.
const KEY_FIELDS: [&str; 9] = [
    "d",
    "privateKey",
    "privateKeyMultibase",
    "privateKeyJwk",
    "secretKey",
    "secret",
    "seed",
    "jwk",
    "key",
];

/// Decides, for each entry of `backup`, whether to add, update, skip or refuse it given what
/// this device holds (`here`); signed documents are verified at `now`.
pub fn plan(backup: &Backup, here: &Contents, now: &Timestamp) -> Restore {
    let mut restore = Restore::default();
    let mut seen = Vec::new();
    for (index, text) in backup.audits.iter().enumerate() {
        let (entry, write) = audit(index, text, here, now, &mut seen);
        restore.entries.push(entry);
        restore.audits.extend(write);
    }
    for (kind, from, existing) in [
        (
            EntryKind::Definition,
            &backup.definitions,
            &here.definitions,
        ),
        (EntryKind::Checklist, &backup.checklists, &here.checklists),
    ] {
        for (key, text) in from {
            let entry = checklist(kind, key, text, existing);
            if entry.outcome.writes() {
                let target = match kind {
                    EntryKind::Definition => &mut restore.definitions,
                    _ => &mut restore.checklists,
                };
                target.push((key.clone(), text.clone()));
            }
            restore.entries.push(entry);
        }
    }
    let mut seen = Vec::new();
    for (kind, cards) in [
        (EntryKind::Identity, &backup.identities),
        (EntryKind::Contact, &backup.contacts),
    ] {
        for (index, value) in cards.iter().enumerate() {
            let (entry, write) = card(kind, index, value, here, &mut seen);
            restore.entries.push(entry);
            restore.contacts.extend(write);
        }
    }
    restore
}

/// An entry that cannot be read is named by its position in its list, from 1.
fn position(index: usize) -> String {
    format!("#{}", index + 1)
}

fn audit(
    index: usize,
    text: &str,
    here: &Contents,
    now: &Timestamp,
    seen: &mut Vec<String>,
) -> (Entry, Option<Stored>) {
    let refused = |key: String, label, reason| Entry {
        kind: EntryKind::Audit,
        key,
        label,
        outcome: Outcome::Refused(reason),
    };
    let incoming = match Audit::from_stored(text) {
        Ok(audit) => audit,
        Err(e) => {
            let refusal = EntryRefusal::Unreadable(e.to_string());
            return (refused(position(index), None, refusal), None);
        }
    };
    let key = incoming.id().to_string();
    let supplier = &incoming.record().header.supplier;
    let label = (!supplier.is_empty()).then(|| supplier.clone());
    if seen.contains(&key) {
        return (refused(key, label, EntryRefusal::Duplicate), None);
    }
    seen.push(key.clone());
    if let Some(document) = incoming.signed() {
        let report = document.verify(None, now);
        // A document still waiting for a signatory is work in progress, not a forgery.
        let broken = report
            .problems()
            .any(|p| !matches!(p, Invalidity::Missing(_)));
        if broken {
            return (
                refused(key, label, EntryRefusal::NotVerified(Box::new(report))),
                None,
            );
        }
    }
    let outcome = match here.audits.iter().find(|s| s.id == incoming.id()) {
        None => Outcome::Added,
        Some(stored) if stored.text == text => Outcome::Skipped(Skip::Identical),
        Some(stored) => match Audit::from_stored(&stored.text) {
            Err(_) => Outcome::Skipped(Skip::UnreadableHere),
            Ok(existing) => compare(&existing, &incoming),
        },
    };
    let write = outcome.writes().then(|| Stored {
        id: incoming.id(),
        text: text.to_owned(),
    });
    let entry = Entry {
        kind: EntryKind::Audit,
        key,
        label,
        outcome,
    };
    (entry, write)
}

/// Replaces what is here only when the backup's copy holds all of it and more; any doubt
/// keeps what is here.
fn compare(here: &Audit, backup: &Audit) -> Outcome {
    let same_record = here.record() == backup.record();
    match (here.signed(), backup.signed()) {
        (None, Some(signed)) if same_record && here.record().is_finalized() => {
            Outcome::Updated(Update::Signed {
                proofs: signed.proofs().len(),
            })
        }
        (Some(ours), Some(theirs)) if same_content(ours, theirs) => {
            let (ours, theirs) = (ours.proofs(), theirs.proofs());
            let holds = |set: &[Value], other: &[Value]| other.iter().all(|p| set.contains(p));
            if holds(&ours, &theirs) {
                Outcome::Skipped(Skip::NothingNewer)
            } else if holds(&theirs, &ours) {
                Outcome::Updated(Update::MoreSignatures {
                    here: ours.len(),
                    backup: theirs.len(),
                })
            } else {
                different(here, backup)
            }
        }
        (Some(_), None) if same_record => Outcome::Skipped(Skip::NothingNewer),
        (None, None) if same_record => Outcome::Skipped(Skip::Identical),
        _ => different(here, backup),
    }
}

fn same_content(a: &SignedDocument, b: &SignedDocument) -> bool {
    matches!((a.content_sha256(), b.content_sha256()), (Ok(x), Ok(y)) if x == y)
}

fn different(here: &Audit, backup: &Audit) -> Outcome {
    Outcome::Skipped(Skip::DifferentHere {
        here_updated: here.record().updated.clone(),
        backup_updated: backup.record().updated.clone(),
    })
}

fn checklist(kind: EntryKind, key: &str, text: &str, existing: &BTreeMap<String, String>) -> Entry {
    let (label, outcome) = match parse_checklist(text) {
        Err(e) => (
            None,
            Outcome::Refused(EntryRefusal::Unreadable(e.to_string())),
        ),
        Ok(loaded) => {
            let title = format!(
                "{} {}",
                loaded.checklist.title.get(Language::En),
                loaded.checklist.version
            );
            let outcome = if loaded.sha256 != key {
                Outcome::Refused(EntryRefusal::HashMismatch {
                    actual: loaded.sha256,
                })
            } else if existing.contains_key(key) {
                // Content-addressed: the same key here is the same checklist.
                Outcome::Skipped(Skip::Identical)
            } else {
                Outcome::Added
            };
            (Some(title), outcome)
        }
    };
    Entry {
        kind,
        key: key.chars().take(64).collect(),
        label,
        outcome,
    }
}

fn card(
    kind: EntryKind,
    index: usize,
    value: &Value,
    here: &Contents,
    seen: &mut Vec<String>,
) -> (Entry, Option<IdentityCard>) {
    let entry = |key: String, label, outcome| Entry {
        kind,
        key,
        label,
        outcome,
    };
    let at = position(index);
    if let Some(field) = value
        .as_object()
        .and_then(|members| KEY_FIELDS.iter().find(|f| members.contains_key(**f)))
    {
        let refusal = EntryRefusal::PrivateKey {
            field: (*field).to_owned(),
        };
        return (entry(at.clone(), None, Outcome::Refused(refusal)), None);
    }
    let card = match from_json_value::<IdentityCard>(value).map_err(|e| e.to_string()) {
        Ok(card) => card,
        Err(reason) => {
            let refusal = EntryRefusal::Unreadable(reason);
            return (entry(at.clone(), None, Outcome::Refused(refusal)), None);
        }
    };
    let key = card.did.to_string();
    let label = Some(card.name.clone());
    if seen.contains(&key) {
        let refusal = Outcome::Refused(EntryRefusal::Duplicate);
        return (entry(key, label, refusal), None);
    }
    seen.push(key.clone());
    let outcome = if here.identities.iter().any(|own| own.did == card.did) {
        Outcome::Skipped(Skip::OwnIdentityHere)
    } else {
        match here.contacts.iter().find(|c| c.did == card.did) {
            None => Outcome::Added,
            Some(existing) if *existing == card => Outcome::Skipped(Skip::Identical),
            Some(_) => Outcome::Skipped(Skip::OtherCardHere),
        }
    };
    let write = outcome.writes().then_some(card);
    (entry(key, label, outcome), write)
}
