use audit_core::signing::{SignedDocument, TrustList, VerificationReport};
use yew::prelude::*;

use crate::components::{FilePicker, Notice, PickedFile, VerificationReportView};

/// Checks any signed file, optionally against a trust list; stores nothing.
#[component]
pub fn VerifyPage() -> Html {
    let document = use_state(|| None::<Result<(String, SignedDocument), String>>);
    let trust_list = use_state(|| None::<Result<(String, TrustList), String>>);
    let pick_document = read_into(document.setter(), SignedDocument::parse);
    let pick_trust_list = read_into(trust_list.setter(), TrustList::parse);
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

/// A file-picker callback that parses the file with `parse` and keeps it with its name,
/// or the reason it was refused, naming the file.
fn read_into<T: 'static, E: std::fmt::Display + 'static>(
    slot: UseStateSetter<Option<Result<(String, T), String>>>,
    parse: fn(&str) -> Result<T, E>,
) -> Callback<Result<PickedFile, String>> {
    Callback::from(move |picked: Result<PickedFile, String>| {
        slot.set(Some(picked.and_then(|f| {
            parse(&f.text)
                .map(|t| (f.name.clone(), t))
                .map_err(|e| format!("{}: {e}", f.name))
        })));
    })
}
