use std::rc::Rc;

use audit_core::Timestamp;
use audit_core::signing::SignatureState;
use audit_core::workflow::Audit;
use yew::prelude::*;

use crate::effects::clock;
use crate::hooks::use_language;
use crate::i18n::{Text, errors};

#[derive(Properties, PartialEq)]
pub struct ReportSignaturesProps {
    pub audit: Rc<Audit>,
}

/// Each listed signatory with a short key fingerprint and whether they signed: only a proof
/// that verifies counts, checked here rather than trusted from the file.
#[component]
pub fn ReportSignatures(props: &ReportSignaturesProps) -> Html {
    let language = use_language();
    let record = props.audit.record();
    let report = use_memo(props.audit.clone(), |audit| {
        audit
            .signed()
            .map(|document| document.verify(None, &clock::now()))
            .unwrap_or_default()
    });
    html! {
        <section class="report-signatures" aria-labelledby="report-signatures-title">
            <h2 id="report-signatures-title">{ Text::ReportSignatures.get(language) }</h2>
            if record.signatories.is_empty() {
                <p>{ Text::ReportNoSignatories.get(language) }</p>
            }
            <ul>
                for signatory in &record.signatories {
                    {{
                        let (state, class) = match report.signature_of(&signatory.did) {
                            SignatureState::Signed { created } => (
                                Text::ReportSignedAt.fill(language, &[("time", &signed_time(created.as_deref(), language))]),
                                "signed",
                            ),
                            SignatureState::DoesNotVerify => (Text::ReportSignatureInvalid.get(language).to_owned(), "invalid"),
                            SignatureState::NotSigned => (Text::ReportNotSigned.get(language).to_owned(), "unsigned"),
                        };
                        html! {
                            <li class={classes!("report-signatory", class)} data-did={signatory.did.to_string()}>
                                <p class="who">{ errors::who(signatory, language) }</p>
                                <p class="key">
                                    { Text::ReportKey.get(language) }
                                    { " " }
                                    <code class="fingerprint" dir="ltr">{ signatory.did.fingerprint() }</code>
                                </p>
                                <p class="status">{ state }</p>
                            </li>
                        }
                    }}
                }
            </ul>
        </section>
    }
}

/// A proof's `created`, in local time when it reads as one, else as written.
fn signed_time(created: Option<&str>, language: audit_core::Language) -> String {
    match created.map(Timestamp::parse) {
        Some(Ok(time)) => clock::local(&time, language),
        _ => created.unwrap_or("-").to_owned(),
    }
}
