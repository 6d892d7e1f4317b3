use crate::components::Same;

use audit_core::signing::{DidKey, IdentityCard, Signatory};
use audit_core::workflow::Audit;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::components::VerificationReportView;
use crate::effects::clock;
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::i18n::errors::who;

#[derive(Properties, PartialEq)]
pub struct SigningPanelProps {
    /// A finalized audit.
    pub audit: Same<Audit>,
    /// Identities whose private key is on this device.
    pub own: Vec<IdentityCard>,
    /// Cards imported from other parties.
    pub contacts: Vec<IdentityCard>,
    pub on_add: Callback<Signatory>,
    pub on_remove: Callback<DidKey>,
    pub on_sign: Callback<DidKey>,
    pub busy: bool,
}

/// Who must sign, who has, and the buttons to list signatories and to sign.
#[component]
pub fn SigningPanel(props: &SigningPanelProps) -> Html {
    let language = use_language();
    let record = props.audit.record();
    let report = use_memo(props.audit.signed().cloned(), |signed| {
        signed.as_ref().map(|d| d.verify(None, &clock::now()))
    });
    let chosen = use_node_ref();
    let listed = |did: &DidKey| record.signatories.iter().any(|s| &s.did == did);
    let candidates: Vec<IdentityCard> = props
        .own
        .iter()
        .chain(&props.contacts)
        .filter(|card| !listed(&card.did))
        .cloned()
        .collect();
    // The core decides: the list is part of what is signed, fixed from the first signature on.
    let locked = !props.audit.can_change_signatories();
    let add = {
        let (chosen, candidates, on_add) =
            (chosen.clone(), candidates.clone(), props.on_add.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(select) = chosen.cast::<HtmlSelectElement>() else {
                return;
            };
            if let Some(card) = candidates.iter().find(|c| c.did.as_str() == select.value()) {
                on_add.emit(card.signatory());
            }
        })
    };
    let has_signed = |did: &DidKey| {
        report.as_ref().as_ref().is_some_and(|r| {
            r.proofs
                .iter()
                .any(|p| p.outcome.is_ok() && p.signer.as_ref() == Some(did))
        })
    };
    html! {
        <section class="signing-panel" aria-labelledby="signing-title">
            <h2 id="signing-title">{ Text::SignaturesTitle.get(language) }</h2>
            <p class="hint">{ Text::SignaturesHint.get(language) }</p>
            <ul class="signatories">
                for signatory in &record.signatories {
                    <li key={signatory.did.to_string()} class="signatory" data-did={signatory.did.to_string()}>
                        <span class="who">{ who(signatory, language) }</span>
                        if has_signed(&signatory.did) {
                            <span class="status signed">{ Text::HasSigned.get(language) }</span>
                        } else {
                            <span class="status unsigned">{ Text::NotSignedYet.get(language) }</span>
                        }
                        if props.own.iter().any(|c| c.did == signatory.did) && !has_signed(&signatory.did) {
                            <button type="button" class="sign" disabled={props.busy}
                                onclick={props.on_sign.reform({ let did = signatory.did.clone(); move |_| did.clone() })}>
                                { Text::SignAs.fill(language, &[("name", &signatory.name)]) }
                            </button>
                        }
                        if !locked {
                            <button type="button" class="remove"
                                onclick={props.on_remove.reform({ let did = signatory.did.clone(); move |_| did.clone() })}>
                                { Text::Remove.get(language) }
                            </button>
                        }
                    </li>
                }
            </ul>
            if locked {
                <p class="hint">{ Text::SignatoriesFixed.get(language) }</p>
            } else if candidates.is_empty() {
                <p class="hint">{ Text::NoSignatoryCandidates.get(language) }</p>
            } else {
                <div class="add-signatory">
                    <label for="signatory-choice">{ Text::AddSignatory.get(language) }</label>
                    <select id="signatory-choice" ref={chosen}>
                        for card in &candidates {
                            <option key={card.did.to_string()} value={card.did.to_string()}>
                                { who(&card.signatory(), language) }
                            </option>
                        }
                    </select>
                    <button type="button" class="add" onclick={add}>{ Text::Add.get(language) }</button>
                </div>
            }
            if let Some(report) = report.as_ref() {
                <VerificationReportView report={report.clone()} />
            }
        </section>
    }
}
