use yew::prelude::*;

use crate::catalogue;
use crate::effects::clock;
use crate::effects::session::{self, OpenAudit};
use crate::hooks::{navigate, use_language};
use crate::i18n::Text;
use crate::route::{Place, Route};
use crate::storage::Storage;

#[derive(Properties, PartialEq)]
pub struct RecoveryPromptProps {
    pub storage: Storage,
    /// The audit that was open when the app last ended without a clean exit.
    pub left_open: OpenAudit,
    /// Called once the offer is answered.
    pub on_done: Callback<()>,
}

/// What is said about the audit left open: read from storage, so that the time is that of
/// the last change actually saved.
#[derive(Clone, PartialEq)]
struct LeftOpen {
    supplier: String,
    checklist: String,
    saved: String,
}

/// After a crash, a killed tab or a dead battery: offers to continue the audit that was open,
/// at the question where work stopped. Nothing shows when that audit is no longer saved.
#[component]
pub fn RecoveryPrompt(props: &RecoveryPromptProps) -> Html {
    let language = use_language();
    let found = use_state(|| None::<LeftOpen>);
    {
        let (found, audits, id) = (
            found.clone(),
            props.storage.audits.clone(),
            props.left_open.audit,
        );
        use_effect_with((id, language), move |&(id, language)| {
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(Some(audit)) = audits.get(id).await else {
                    return;
                };
                let record = audit.record();
                let checklist = match catalogue::stored(&audits, &record.checklist.sha256).await {
                    Some(available) => available.loaded.checklist.title.get(language).to_owned(),
                    None => record.checklist.id.clone(),
                };
                found.set(Some(LeftOpen {
                    supplier: super::audit_list::supplier_name(&audit, language).to_owned(),
                    checklist,
                    saved: clock::local(&record.updated, language),
                }));
            });
        });
    }
    {
        // Leaving the home screen answers the offer too: it is not made again this visit.
        let on_done = props.on_done.clone();
        use_effect_with((), move |_| move || on_done.emit(()));
    }
    let Some(left) = &*found else {
        return html! {};
    };
    let resume = {
        let (left_open, on_done) = (props.left_open.clone(), props.on_done.clone());
        Callback::from(move |_: MouseEvent| {
            let route = match &left_open.question {
                Some(question) => {
                    Route::AuditAt(left_open.audit, Place::Question(question.clone()))
                }
                None => Route::Audit(left_open.audit),
            };
            on_done.emit(());
            navigate(&route);
        })
    };
    let dismiss = {
        let on_done = props.on_done.clone();
        Callback::from(move |_: MouseEvent| {
            session::forget();
            on_done.emit(());
        })
    };
    html! {
        <section class="recovery" role="region" aria-labelledby="recovery-question">
            <p id="recovery-question">{ Text::RecoveryQuestion.fill(language, &[
                ("supplier", &left.supplier),
                ("checklist", &left.checklist),
                ("time", &left.saved),
            ]) }</p>
            <button type="button" class="recovery-continue" onclick={resume}>{ Text::RecoveryContinue.get(language) }</button>
            <button type="button" class="recovery-dismiss" onclick={dismiss}>{ Text::RecoveryDismiss.get(language) }</button>
        </section>
    }
}
