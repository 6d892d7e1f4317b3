use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use audit_core::signing::{
    Invalidity, ProofReport, Signatory, SignedDocument, TrustList, VerificationReport,
    describe_signatory,
};
use audit_core::workflow::check_summary;
use audit_core::{Timestamp, parse_record};
use serde_json::{Value, json};

use super::checklists::Checklists;
use super::{now, read};

/// What verification found for one file: the report, and a reason the file is invalid
/// beyond its proofs (unreadable, or a summary its answers do not bear out).
struct Outcome {
    report: Option<VerificationReport>,
    refused: Option<String>,
}

impl Outcome {
    fn is_valid(&self) -> bool {
        self.refused.is_none() && self.report.as_ref().is_some_and(|r| r.is_valid())
    }

    /// The one line that names the problem, or none for a valid file.
    fn first_problem(&self) -> Option<String> {
        self.refused.clone().or_else(|| {
            self.report
                .as_ref()
                .and_then(|r| r.problems().next().map(|p| p.to_string()))
        })
    }
}

pub fn verify(
    files: &[PathBuf],
    trust_list: Option<&Path>,
    checklists: Option<&Path>,
    as_json: bool,
) -> Result<ExitCode, String> {
    let trust_list = trust_list
        .map(|path| TrustList::parse(&read(path)?).map_err(|e| format!("{}: {e}", path.display())))
        .transpose()?;
    let checklists = checklists.map(Checklists::load).transpose()?;
    let now = now()?;
    let mut all_valid = true;
    let mut reports = Vec::new();
    for file in files {
        let outcome = verify_file(file, trust_list.as_ref(), checklists.as_ref(), &now);
        all_valid &= outcome.is_valid();
        if as_json {
            reports.push(json_report(file, &outcome));
        } else {
            print!("{}", text_report(file, &outcome));
        }
    }
    if as_json {
        println!(
            "{}",
            serde_json::to_string_pretty(&reports).map_err(|e| e.to_string())?
        );
    }
    Ok(if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn verify_file(
    file: &Path,
    trust_list: Option<&TrustList>,
    checklists: Option<&Checklists>,
    now: &Timestamp,
) -> Outcome {
    let document =
        match read(file).and_then(|text| SignedDocument::parse(&text).map_err(|e| e.to_string())) {
            Ok(document) => document,
            Err(reason) => {
                return Outcome {
                    report: None,
                    refused: Some(reason),
                };
            }
        };
    let report = document.verify(trust_list, now);
    let refused = checklists.and_then(|c| summary_problem(&document, c));
    Outcome {
        report: Some(report),
        refused,
    }
}

/// With `--checklists`: the audit's summary recomputed from its answers must match.
fn summary_problem(document: &SignedDocument, checklists: &Checklists) -> Option<String> {
    let record = match parse_record(&Value::Object(document.unsecured()).to_string()) {
        Ok(record) => record,
        Err(e) => return Some(format!("not an audit record, so no summary to check: {e}")),
    };
    let Some(checklist) = checklists.find(&record.checklist) else {
        return Some(format!(
            "the summary cannot be checked: checklist \"{}\" version {} ({}) is not in the checklists folder",
            record.checklist.id, record.checklist.version, record.checklist.sha256
        ));
    };
    check_summary(document, &record, checklist)
        .err()
        .map(|e| e.to_string())
}

fn who(signatory: Option<&Signatory>) -> String {
    signatory.map_or("not on the signatory list".into(), describe_signatory)
}

fn text_report(file: &Path, outcome: &Outcome) -> String {
    let mut out = String::new();
    let report = outcome.report.as_ref();
    match outcome.first_problem() {
        None => {
            let count = report.map_or(0, |r| r.proofs.len());
            let _ = writeln!(out, "{}: VALID ({count} proof(s))", file.display());
        }
        Some(problem) => {
            let _ = writeln!(out, "{}: INVALID: {problem}", file.display());
        }
    }
    let Some(report) = report else {
        return out;
    };
    for proof in &report.proofs {
        let _ = writeln!(
            out,
            "  proof {}: {}, {}, created {}: {}{}",
            proof.index + 1,
            who(proof.signatory.as_ref()),
            proof
                .signer
                .as_ref()
                .map_or("unknown key".into(), ToString::to_string),
            proof.created.as_deref().unwrap_or("-"),
            proof
                .outcome
                .as_ref()
                .map_or_else(|e| format!("INVALID: {e}"), |()| "valid".into()),
            trust_note(report, proof),
        );
    }
    // Failed proofs are named on their own lines above; the other problems follow.
    let others = report
        .problems()
        .filter(|p| !matches!(p, Invalidity::Proof(..)));
    for problem in others {
        let _ = writeln!(out, "  {problem}");
    }
    out
}

fn trust_note(report: &VerificationReport, proof: &ProofReport) -> String {
    match (&proof.trusted, report.trust_list_used) {
        (Some(entry), _) => format!(" (trust list: {}, {})", entry.name, entry.organisation),
        (None, true) => " (NOT on the trust list)".into(),
        (None, false) => String::new(),
    }
}

fn json_report(file: &Path, outcome: &Outcome) -> Value {
    let file = file.display().to_string();
    let Some(report) = &outcome.report else {
        return json!({"file": file, "valid": false, "error": outcome.first_problem()});
    };
    let signatory = |s: &Signatory| json!({"role": s.role, "name": s.name, "organisation": s.organisation, "did": s.did});
    json!({
        "file": file,
        "valid": outcome.is_valid(),
        "error": outcome.first_problem(),
        "problems": report.problems().map(|p| p.to_string()).collect::<Vec<_>>(),
        "proofs": report.proofs.iter().map(|p| json!({
            "index": p.index,
            "id": p.id,
            "created": p.created,
            "signer": p.signer,
            "signatory": p.signatory.as_ref().map(signatory),
            "trusted": p.trusted,
            "valid": p.outcome.is_ok(),
            "reason": p.outcome.as_ref().err().map(ToString::to_string),
        })).collect::<Vec<_>>(),
        "missing": report.missing.iter().map(signatory).collect::<Vec<_>>(),
        "repeated": report.repeated.iter().map(signatory).collect::<Vec<_>>(),
        "unlisted": report.unlisted,
    })
}
