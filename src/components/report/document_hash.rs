use std::rc::Rc;

use audit_core::workflow::Audit;
use yew::prelude::*;

use crate::components::QrCode;
use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct DocumentHashProps {
    pub audit: Rc<Audit>,
}

/// The SHA-256 of the audit as stored (the signed document once anyone signed), as a QR code
/// and in full: `audit-cli inspect` on the exported file prints the same, so a reader can tell
/// that a paper copy and a file are the same audit.
#[component]
pub fn DocumentHash(props: &DocumentHashProps) -> Html {
    let language = use_language();
    let hash = props.audit.document_sha256();
    let data = format!("sha256:{hash}\naudit:{}", props.audit.id());
    html! {
        <figure class="report-hash">
            <QrCode data={data} label={Text::ReportQrLabel.get(language)} />
            <figcaption>
                <strong>{ Text::ReportHashTitle.get(language) }</strong>
                <code class="hash" data-sha256={hash.clone()}>{ format!("sha256:{hash}") }</code>
                <span class="hint">{ Text::ReportHashHow.get(language) }</span>
            </figcaption>
        </figure>
    }
}
