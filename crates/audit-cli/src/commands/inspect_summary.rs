//! Plain-text summaries of checklists and audits.

use std::fmt::Write;

use audit_core::signing::SignatureState;
use audit_core::workflow::Audit;
use audit_core::{
    AuditRecord, Compliance, Document, HeaderField, Language, LoadedChecklist, Severity, Timestamp,
};

pub fn describe(document: &Document, now: &Timestamp) -> String {
    match document {
        Document::Checklist(loaded) => describe_checklist(loaded),
        Document::Record(record) => describe_audit(&Audit::draft(record.as_ref().clone()), now),
    }
}

/// The record's summary, each listed signatory with the state of their signature (verified
/// at `now`), and the document hash: the SHA-256 of the canonical stored form, which the
/// app's printed report shows and QR-encodes. An exported record's `summary` is not part of
/// it (the core discards it on reading), so a record hashes the same exported or stored.
pub fn describe_audit(audit: &Audit, now: &Timestamp) -> String {
    let record = audit.record();
    let mut out = describe_record(record);
    if let Some(finalized) = &record.finalized {
        let _ = writeln!(out, "finalized {finalized}");
    }
    let report = audit
        .signed()
        .map(|document| document.verify(None, now))
        .unwrap_or_default();
    for signatory in &record.signatories {
        let state = match report.signature_of(&signatory.did) {
            SignatureState::Signed { created } => {
                format!("signed {}", created.as_deref().unwrap_or("-"))
            }
            SignatureState::DoesNotVerify => "signature does not verify".to_owned(),
            SignatureState::NotSigned => "not signed".to_owned(),
        };
        let _ = writeln!(
            out,
            "signatory {} {} ({}) {}: {state}",
            signatory.role.label(),
            signatory.name,
            signatory.organisation,
            signatory.did.fingerprint(),
        );
    }
    let _ = writeln!(out, "document sha256: {}", audit.document_sha256());
    out
}

fn describe_checklist(loaded: &LoadedChecklist) -> String {
    let c = &loaded.checklist;
    let count = |severity| c.questions().filter(|q| q.severity == severity).count();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "checklist {} {}: {}",
        c.id,
        c.version,
        c.title.get(Language::En)
    );
    let _ = writeln!(out, "sha256 {}", loaded.sha256);
    let _ = writeln!(
        out,
        "{} sections, {} questions ({} required; {} critical, {} major, {} minor)",
        c.sections.len(),
        c.questions().count(),
        c.questions().filter(|q| q.required).count(),
        count(Severity::Critical),
        count(Severity::Major),
        count(Severity::Minor),
    );
    for section in &c.sections {
        let _ = writeln!(
            out,
            "  {}: {} ({} questions)",
            section.id,
            section.title.get(Language::En),
            section.questions.len()
        );
    }
    out
}

fn describe_record(r: &AuditRecord) -> String {
    let count = |value| {
        r.answers
            .values()
            .filter(|a| a.value.as_ref().and_then(|v| v.compliance()) == Some(value))
            .count()
    };
    let header = HeaderField::ALL
        .into_iter()
        .map(|field| format!("{:?}: {}", field, or_dash(r.header.get(field))))
        .collect::<Vec<_>>()
        .join("; ");
    let [yes, partial, no, not_applicable] = Compliance::ALL.map(count);
    let mut out = String::new();
    let _ = writeln!(out, "audit record {}", r.id);
    let _ = writeln!(
        out,
        "checklist {} {} (sha256 {})",
        r.checklist.id, r.checklist.version, r.checklist.sha256
    );
    let _ = writeln!(out, "{header}");
    let _ = writeln!(
        out,
        "{} answers (yes {yes}, partial {partial}, no {no}, not applicable {not_applicable}), {} notes",
        r.answers.values().filter(|a| a.value.is_some()).count(),
        r.answers.values().filter(|a| !a.note.is_empty()).count(),
    );
    let _ = writeln!(out, "created {}, updated {}", r.created, r.updated);
    out
}

fn or_dash(text: &str) -> &str {
    if text.is_empty() { "-" } else { text }
}
