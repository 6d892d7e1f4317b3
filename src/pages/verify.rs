use audit_core::Language;
use audit_core::signing::{DocumentError, SignedDocument, TrustList, VerificationReport};
use yew::prelude::*;

use crate::components::{FilePicker, Notice, PickedFile, VerificationReportView};
use crate::effects::{clock, timing};
use crate::hooks::use_language;
use crate::i18n::{Text, errors};

/// Checks any signed file, optionally against a trust list; stores nothing.
#[component]
pub fn VerifyPage() -> Html {
    let language = use_language();
    let document = use_state(|| None::<Result<(String, SignedDocument), String>>);
    let trust_list = use_state(|| None::<Result<(String, TrustList), String>>);
    let pick_document = read_into(
        document.setter(),
        SignedDocument::parse,
        |e: &DocumentError, l| errors::document(e, l),
        language,
    );
    let pick_trust_list = read_into(
        trust_list.setter(),
        TrustList::parse,
        |e, _| e.to_string(),
        language,
    );
    let trusted = match &*trust_list {
        Some(Ok((_, list))) => Some(list),
        _ => None,
    };
    let report: Option<(String, VerificationReport)> = match &*document {
        Some(Ok((name, doc))) => {
            let span = timing::start("supplier-audit:verify");
            let report = doc.verify(trusted, &clock::now());
            span.end();
            Some((name.clone(), report))
        }
        _ => None,
    };
    html! {
        <div class="verify">
            <h1>{ Text::VerifyTitle.get(language) }</h1>
            <p class="hint">{ Text::VerifyHint.get(language) }</p>
            <FilePicker id="verify-file" label={Text::SignedFilePicker.get(language)} on_pick={pick_document} />
            <FilePicker id="trust-list-file" label={Text::TrustListPicker.get(language)} on_pick={pick_trust_list} />
            if let Some(Ok((name, list))) = &*trust_list {
                <p class="meta">{ Text::TrustListSummary.fill(language, &[
                    ("name", name),
                    ("publisher", &list.publisher),
                    ("count", &list.entries.len().to_string()),
                ]) }</p>
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
fn read_into<T: 'static, E: 'static>(
    slot: UseStateSetter<Option<Result<(String, T), String>>>,
    parse: fn(&str) -> Result<T, E>,
    describe: fn(&E, Language) -> String,
    language: Language,
) -> Callback<Result<PickedFile, String>> {
    Callback::from(move |picked: Result<PickedFile, String>| {
        slot.set(Some(picked.and_then(|f| {
            parse(&f.text).map(|t| (f.name.clone(), t)).map_err(|e| {
                Text::NamedFileProblem.fill(
                    language,
                    &[("file", &f.name), ("reason", &describe(&e, language))],
                )
            })
        })));
    })
}
