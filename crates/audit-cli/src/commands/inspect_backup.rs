//! A backup's summary: what it holds, each audit in one line, and what restoring it on an
//! empty device would refuse.

use std::fmt::Write;

use audit_core::Timestamp;
use audit_core::backup::{Backup, Contents, EntryKind, EntryRefusal, Outcome, plan};
use audit_core::workflow::Audit;

/// The summary, and how many problems it lists.
pub fn describe(backup: &Backup, now: &Timestamp) -> (String, usize) {
    let mut out = String::new();
    let _ = writeln!(out, "backup made {}", backup.created);
    let _ = writeln!(
        out,
        "{} audits, {} checklist definitions, {} loaded checklists, {} identities, {} contacts",
        backup.audits.len(),
        backup.definitions.len(),
        backup.checklists.len(),
        backup.identities.len(),
        backup.contacts.len(),
    );
    for audit in backup
        .audits
        .iter()
        .filter_map(|t| Audit::from_stored(t).ok())
    {
        let record = audit.record();
        let proofs = audit.signed().map_or(0, |d| d.proofs().len());
        let status = match (proofs, record.is_finalized()) {
            (0, false) => "draft",
            (0, true) => "finalized",
            _ => "signed",
        };
        let supplier = match record.header.supplier.as_str() {
            "" => "-",
            name => name,
        };
        let _ = writeln!(
            out,
            "  audit {}: {supplier}; {status}; {proofs} proofs",
            record.id
        );
    }
    // What an empty device would refuse is exactly what is wrong with the file.
    let restore = plan(backup, &Contents::default(), now);
    let problems: Vec<String> = restore
        .entries
        .iter()
        .filter_map(|entry| match &entry.outcome {
            Outcome::Refused(refusal) => Some(format!(
                "  {} {}: {}",
                kind(entry.kind),
                entry.key,
                reason(refusal)
            )),
            _ => None,
        })
        .collect();
    if problems.is_empty() {
        let _ = writeln!(out, "no problems found");
    } else {
        let _ = writeln!(out, "{} problems:", problems.len());
        for problem in &problems {
            let _ = writeln!(out, "{problem}");
        }
    }
    (out, problems.len())
}

fn kind(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Audit => "audit",
        EntryKind::Definition => "definition",
        EntryKind::Checklist => "checklist",
        EntryKind::Identity => "identity",
        EntryKind::Contact => "contact",
    }
}

fn reason(refusal: &EntryRefusal) -> String {
    match refusal {
        EntryRefusal::Unreadable(why) => format!("unreadable: {why}"),
        EntryRefusal::NotVerified(report) => {
            let failures: Vec<String> = report
                .failures()
                .map(|(proof, failure)| format!("proof {}: {failure}", proof.index + 1))
                .collect();
            if failures.is_empty() {
                "the signatures do not match the signatory list".to_owned()
            } else {
                format!("signatures do not verify ({})", failures.join("; "))
            }
        }
        EntryRefusal::HashMismatch { actual } => {
            format!("the key is not the checklist's SHA-256 ({actual})")
        }
        EntryRefusal::PrivateKey { field } => {
            format!("carries a private-key field \"{field}\"; it would never be restored")
        }
        EntryRefusal::Duplicate => "appears twice in the backup".to_owned(),
    }
}
