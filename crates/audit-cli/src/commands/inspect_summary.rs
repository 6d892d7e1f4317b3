//! Plain-text summaries of the two kinds of file.

use std::fmt::Write;

use audit_core::{
    AuditRecord, Compliance, Document, HeaderField, Language, LoadedChecklist, Severity,
};

pub fn describe(document: &Document) -> String {
    match document {
        Document::Checklist(loaded) => describe_checklist(loaded),
        Document::Record(record) => describe_record(record),
    }
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
