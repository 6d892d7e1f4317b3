use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use audit_core::signing::{ProofReport, Signatory, SignedDocument, TrustList, VerificationReport};
use serde_json::{Value, json};

use super::read;

pub fn verify(
    files: &[PathBuf],
    trust_list: Option<&Path>,
    as_json: bool,
) -> Result<ExitCode, String> {
    let trust_list = trust_list
        .map(|path| TrustList::parse(&read(path)?).map_err(|e| format!("{}: {e}", path.display())))
        .transpose()?;
    let mut all_valid = true;
    let mut reports = Vec::new();
    for file in files {
        let outcome = read(file).and_then(|text| {
            SignedDocument::parse(&text)
                .map(|d| d.verify(trust_list.as_ref()))
                .map_err(|e| format!("{}: {e}", file.display()))
        });
        all_valid &= outcome.as_ref().is_ok_and(VerificationReport::is_valid);
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

fn who(signatory: Option<&Signatory>) -> String {
    signatory.map_or("not on the signatory list".into(), |s| {
        format!("{} {} ({})", s.role.label(), s.name, s.organisation)
    })
}

fn text_report(file: &Path, outcome: &Result<VerificationReport, String>) -> String {
    let report = match outcome {
        Ok(report) => report,
        Err(reason) => return format!("{}: INVALID: {reason}\n", file.display()),
    };
    let mut out = String::new();
    let verdict = if report.is_valid() {
        "VALID"
    } else {
        "INVALID"
    };
    let _ = writeln!(
        out,
        "{}: {verdict} ({} proof(s))",
        file.display(),
        report.proofs.len()
    );
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
    for signatory in &report.missing {
        let _ = writeln!(
            out,
            "  missing signature: {}, {}",
            who(Some(signatory)),
            signatory.did
        );
    }
    for signatory in &report.repeated {
        let _ = writeln!(out, "  signed more than once: {}", who(Some(signatory)));
    }
    if report.proofs.is_empty() {
        let _ = writeln!(out, "  no proof: the document is not signed");
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

fn json_report(file: &Path, outcome: &Result<VerificationReport, String>) -> Value {
    let report = match outcome {
        Ok(report) => report,
        Err(reason) => {
            return json!({"file": file.display().to_string(), "valid": false, "error": reason});
        }
    };
    let signatory = |s: &Signatory| json!({"role": s.role, "name": s.name, "organisation": s.organisation, "did": s.did});
    json!({
        "file": file.display().to_string(),
        "valid": report.is_valid(),
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
