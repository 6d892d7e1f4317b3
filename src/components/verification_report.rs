use audit_core::signing::{Invalidity, ProofReport, VerificationReport};
use audit_core::{Language, Timestamp};
use yew::prelude::*;

use crate::effects::clock;
use crate::hooks::use_language;
use crate::i18n::errors::who;
use crate::i18n::{Text, errors};

#[derive(Properties, PartialEq)]
pub struct VerificationReportProps {
    pub report: VerificationReport,
}

/// Each signature, valid or not and why, then who is missing: what a ministry checks.
#[component]
pub fn VerificationReportView(props: &VerificationReportProps) -> Html {
    let language = use_language();
    let report = &props.report;
    // One line that names the first problem, as `audit-cli verify` prints it.
    let (verdict, class) = match report.problems().next() {
        None => (Text::VerdictValid.get(language).to_owned(), "verdict valid"),
        Some(problem) => (
            Text::VerdictInvalid.fill(
                language,
                &[("reason", &errors::invalidity(&problem, language))],
            ),
            "verdict invalid",
        ),
    };
    // Failed proofs are told on their own lines; the document's other problems are listed.
    let others: Vec<String> = report
        .problems()
        .filter(|p| !matches!(p, Invalidity::Proof(..) | Invalidity::Missing(_)))
        .map(|p| errors::invalidity(&p, language))
        .collect();
    html! {
        <section class="verification-report" aria-live="polite">
            <p class={class}>{ verdict }</p>
            for problem in others {
                <p class="notice">{ problem }</p>
            }
            <ul class="proofs">
                for proof in &report.proofs {
                    <li key={proof.index} class={classes!("proof", if proof.outcome.is_ok() { "valid" } else { "invalid" })}>
                        { proof_line(report, proof, language) }
                    </li>
                }
            </ul>
            if !report.missing.is_empty() {
                <h3>{ Text::MissingSignatures.get(language) }</h3>
                <ul class="missing">
                    for signatory in &report.missing {
                        <li key={signatory.did.to_string()}>{ who(signatory, language) }</li>
                    }
                </ul>
            }
        </section>
    }
}

/// The proof's own claim of when it was made, in local time when it is a UTC time.
fn signed_at(created: Option<&str>, language: Language) -> String {
    let time = match created {
        None => Text::UnstatedTime.get(language).to_owned(),
        Some(text) => {
            Timestamp::parse(text).map_or_else(|_| text.to_owned(), |t| clock::local(&t, language))
        }
    };
    Text::SignedAt.fill(language, &[("time", &time)])
}

fn proof_line(report: &VerificationReport, proof: &ProofReport, language: Language) -> Html {
    let signer = proof.signatory.as_ref().map_or_else(
        || Text::NotOnSignatoryList.get(language).to_owned(),
        |s| who(s, language),
    );
    let outcome = match &proof.outcome {
        Ok(()) => Text::SignatureValid.get(language).to_owned(),
        Err(failure) => Text::SignatureNotValid.fill(
            language,
            &[("reason", &errors::proof_failure(failure, language))],
        ),
    };
    let trust = match (&proof.trusted, report.trust_list_used) {
        (Some(entry), _) => Some(Text::OnTrustListAs.fill(
            language,
            &[("name", &entry.name), ("organisation", &entry.organisation)],
        )),
        (None, true) => Some(Text::NotOnTrustList.get(language).to_owned()),
        (None, false) => None,
    };
    html! {
        <>
            <strong>{ signer }</strong>
            <span class="outcome">{ outcome }</span>
            <span class="meta">{ signed_at(proof.created.as_deref(), language) }</span>
            <code class="did">{ proof.signer.as_ref().map_or_else(|| Text::UnreadableKey.get(language).to_owned(), ToString::to_string) }</code>
            if let Some(trust) = trust {
                <span class="trust">{ trust }</span>
            }
        </>
    }
}
