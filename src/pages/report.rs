//! An audit's printable report. It reads the audit once and never writes it, so it takes no
//! lock: a report open in one tab leaves the audit writable in another.

use std::rc::Rc;

use audit_core::workflow::Audit;
use audit_core::{LoadedChecklist, Uuid};
use yew::prelude::*;

use crate::catalogue;
use crate::components::Notice;
use crate::components::report::{ReportAnswers, ReportFirstPage, ReportSignatures};
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::route::Route;
use crate::storage::{Storage, StorageError};

#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    pub storage: Storage,
    pub id: Uuid,
}

#[derive(Clone, PartialEq)]
enum Loaded {
    Loading,
    Missing,
    Failed(StorageError),
    /// The audit, and its checklist when this device has it.
    Ready(Rc<Audit>, Option<Rc<LoadedChecklist>>),
}

#[component]
pub fn ReportPage(props: &ReportPageProps) -> Html {
    let language = use_language();
    let loaded = use_state(|| Loaded::Loading);
    {
        let (loaded, audits) = (loaded.clone(), props.storage.audits.clone());
        use_effect_with(props.id, move |id| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                let state = match audits.get(id).await {
                    Ok(Some(audit)) => {
                        // `find` writes nothing, not even the fetched copy of the checklist.
                        let checklist = catalogue::find(&audits, &audit.record().checklist)
                            .await
                            .map(|available| available.loaded);
                        Loaded::Ready(Rc::new(audit), checklist)
                    }
                    Ok(None) => Loaded::Missing,
                    Err(error) => Loaded::Failed(error),
                };
                loaded.set(state);
            });
        });
    }
    let (audit, checklist) = match &*loaded {
        Loaded::Loading => {
            return html! { <p class="loading">{ Text::OpeningAudit.get(language) }</p> };
        }
        Loaded::Missing => return html! { <Notice message={Text::AuditMissing.get(language)} /> },
        Loaded::Failed(error) => return html! { <Notice message={error.message(language)} /> },
        Loaded::Ready(audit, checklist) => (audit.clone(), checklist.clone()),
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            // Nothing to report when the browser refuses: the page stays as it is.
            let _ = window.print();
        }
    });
    html! {
        <article class="report">
            <nav class="report-tools" aria-label={Text::ReportTools.get(language)}>
                <a class="back-to-audit" href={Route::Audit(props.id).href()}>{ Text::ReportBack.get(language) }</a>
                <button type="button" class="print" onclick={print}>{ Text::ReportPrint.get(language) }</button>
            </nav>
            <ReportFirstPage audit={audit.clone()} checklist={checklist.clone()} />
            if let Some(checklist) = checklist {
                <ReportAnswers audit={audit.clone()} {checklist} photos={props.storage.photos.clone()} />
            }
            <ReportSignatures {audit} />
        </article>
    }
}
