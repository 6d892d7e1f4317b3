use audit_core::Timestamp;
use audit_core::signing::{ProofReport, Signatory, VerificationReport};
use yew::prelude::*;

use crate::effects::clock;

#[derive(Properties, PartialEq)]
pub struct VerificationReportProps {
    pub report: VerificationReport,
}

/// Each signature, valid or not and why, then who is missing: what a ministry checks.
#[component]
pub fn VerificationReportView(props: &VerificationReportProps) -> Html {
    let report = &props.report;
    let (verdict, class) = if report.is_valid() {
        (
            "Valid: every signature checks and every listed signatory has signed.",
            "verdict valid",
        )
    } else if report.failures().next().is_some() {
        (
            "Not valid: the content or a signature was changed after signing.",
            "verdict invalid",
        )
    } else if report.proofs.is_empty() {
        (
            "Not valid: this document carries no signature.",
            "verdict invalid",
        )
    } else {
        (
            "Not valid yet: some listed signatories have not signed.",
            "verdict invalid",
        )
    };
    html! {
        <section class="verification-report" aria-live="polite">
            <p class={class}>{ verdict }</p>
            <ul class="proofs">
                for proof in &report.proofs {
                    <li key={proof.index} class={classes!("proof", if proof.outcome.is_ok() { "valid" } else { "invalid" })}>
                        { proof_line(report, proof) }
                    </li>
                }
            </ul>
            if !report.missing.is_empty() {
                <h3>{ "Missing signatures" }</h3>
                <ul class="missing">
                    for signatory in &report.missing {
                        <li key={signatory.did.to_string()}>{ who(signatory) }</li>
                    }
                </ul>
            }
            for signatory in &report.repeated {
                <p class="notice">{ format!("{} signed more than once.", who(signatory)) }</p>
            }
        </section>
    }
}

fn who(signatory: &Signatory) -> String {
    format!(
        "{}: {} ({})",
        signatory.role.label(),
        signatory.name,
        signatory.organisation
    )
}

/// The proof's own claim of when it was made, in local time when it is a UTC time.
fn signed_at(created: Option<&str>) -> String {
    match created {
        None => "at an unstated time".into(),
        Some(text) => Timestamp::parse(text).map_or_else(|_| text.to_owned(), |t| clock::local(&t)),
    }
}

fn proof_line(report: &VerificationReport, proof: &ProofReport) -> Html {
    let signer = proof
        .signatory
        .as_ref()
        .map_or_else(|| "Not on the signatory list".to_owned(), who);
    let outcome = match &proof.outcome {
        Ok(()) => "Signature valid".to_owned(),
        Err(reason) => format!("Signature NOT valid: {reason}"),
    };
    let trust = match (&proof.trusted, report.trust_list_used) {
        (Some(entry), _) => Some(format!(
            "On the trust list as {} ({})",
            entry.name, entry.organisation
        )),
        (None, true) => Some("NOT on the trust list".to_owned()),
        (None, false) => None,
    };
    html! {
        <>
            <strong>{ signer }</strong>
            <span class="outcome">{ outcome }</span>
            <span class="meta">{ format!("Signed {}", signed_at(proof.created.as_deref())) }</span>
            <code class="did">{ proof.signer.as_ref().map_or("unreadable key".to_owned(), ToString::to_string) }</code>
            if let Some(trust) = trust {
                <span class="trust">{ trust }</span>
            }
        </>
    }
}
