use audit_core::signing::{SignedDocument, TrustList, VerificationReport};
use yew::prelude::*;

use crate::components::{FilePicker, Notice, PickedFile, VerificationReportView};

/// Checks any signed file, optionally against a trust list; stores nothing.
#[component]
pub fn VerifyPage() -> Html {
    let document = use_state(|| None::<Result<(String, SignedDocument), String>>);
    let trust_list = use_state(|| None::<Result<(String, TrustList), String>>);
    let pick_document = {
        let document = document.clone();
        Callback::from(move |picked: Result<PickedFile, String>| {
            document.set(Some(picked.and_then(|f| {
                SignedDocument::parse(&f.text)
                    .map(|d| (f.name.clone(), d))
                    .map_err(|e| format!("{}: {e}", f.name))
            })));
        })
    };
    let pick_trust_list = {
        let trust_list = trust_list.clone();
        Callback::from(move |picked: Result<PickedFile, String>| {
            trust_list.set(Some(picked.and_then(|f| {
                TrustList::parse(&f.text)
                    .map(|t| (f.name.clone(), t))
                    .map_err(|e| format!("{}: {e}", f.name))
            })));
        })
    };
    let trusted = match &*trust_list {
        Some(Ok((_, list))) => Some(list),
        _ => None,
    };
    let report: Option<(String, VerificationReport)> = match &*document {
        Some(Ok((name, doc))) => Some((name.clone(), doc.verify(trusted))),
        _ => None,
    };
    html! {
        <div class="verify">
            <h1>{ "Verify a signed result" }</h1>
            <p class="hint">{ "Checks every signature of a signed JSON file on this device. Nothing is uploaded or stored." }</p>
            <FilePicker id="verify-file" label="Signed file (JSON)" on_pick={pick_document} />
            <FilePicker id="trust-list-file" label="Trust list (JSON, optional)" on_pick={pick_trust_list} />
            if let Some(Ok((name, list))) = &*trust_list {
                <p class="meta">{ format!("Trust list {name} from {}: {} key(s).", list.publisher, list.entries.len()) }</p>
            }
            if let Some(Err(message)) = &*document {
                <Notice message={message.clone()} />
            }
            if let Some(Err(message)) = &*trust_list {
                <Notice message={message.clone()} />
            }
            if let Some((name, report)) = report {
                <h2>{ name }</h2>
                <VerificationReportView {report} />
            }
        </div>
    }
}
