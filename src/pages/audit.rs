use audit_core::{AuditRecord, Edit, Language, LoadedChecklist, Progress, Uuid};
use yew::prelude::*;

use super::audit_state::{AuditAction, AuditState};
use crate::bundled;
use crate::components::{HeaderForm, Notice, ProgressSummary, QuestionCard, SaveState, SaveStatus};
use crate::effects::{clock, download};
use crate::storage::AuditStore;

#[derive(Properties, PartialEq)]
pub struct AuditPageProps {
    pub store: AuditStore,
    pub id: Uuid,
}

/// One audit: loads it, applies every edit, and saves each change at once.
#[component]
pub fn AuditPage(props: &AuditPageProps) -> Html {
    let state = use_reducer(|| AuditState::Loading);
    let save_state = use_state(|| SaveState::Saved);
    {
        let (state, store) = (state.dispatcher(), props.store.clone());
        use_effect_with(props.id, move |id| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                state.dispatch(AuditAction::Loaded(store.get(id).await));
            });
        });
    }
    {
        // Runs after every edit; the whole record is written, so the last write holds everything.
        let (save_state, store) = (save_state.clone(), props.store.clone());
        let edited = match &*state {
            AuditState::Ready { record, revision } if *revision > 0 => Some(record.clone()),
            _ => None,
        };
        use_effect_with(edited, move |edited| {
            if let Some(record) = edited.clone() {
                save_state.set(SaveState::Saving);
                wasm_bindgen_futures::spawn_local(async move {
                    save_state.set(match store.put(&record).await {
                        Ok(()) => SaveState::Saved,
                        Err(error) => SaveState::Failed(error),
                    });
                });
            }
        });
    }
    let on_edit = {
        let state = state.dispatcher();
        Callback::from(move |edit| state.dispatch(AuditAction::Edit(edit, clock::now())))
    };
    match &*state {
        AuditState::Loading => html! { <p class="loading">{ "Opening the audit…" }</p> },
        AuditState::Missing => html! {
            <Notice message="This audit is not saved on this device. It may have been made in another browser or on another device." />
        },
        AuditState::Failed(error) => html! { <Notice message={error.to_string()} /> },
        AuditState::Ready { record, .. } => html! {
            <AuditForm record={record.clone()} save_state={(*save_state).clone()} {on_edit} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct AuditFormProps {
    record: AuditRecord,
    save_state: SaveState,
    on_edit: Callback<Edit>,
}

#[component]
fn AuditForm(props: &AuditFormProps) -> Html {
    let record = &props.record;
    let export_error = use_state(|| None::<String>);
    let export = {
        let (record, export_error) = (record.clone(), export_error.clone());
        Callback::from(move |_: MouseEvent| {
            let json = serde_json::to_string_pretty(&record)
                .expect("an audit record always serialises to JSON");
            let outcome = download::download_json(&record.export_file_name(), &json);
            export_error.set(outcome.err().map(|e| {
                format!(
                    "The export file could not be created ({}). Your answers are still saved here; try again.",
                    e.as_string().unwrap_or_else(|| format!("{e:?}"))
                )
            }));
        })
    };
    let checklist = bundled::find(&record.checklist);
    html! {
        <div class="audit">
            <h1>{ checklist.map_or(record.checklist.id.as_str(), |c| c.checklist.title.get(Language::En)) }</h1>
            <SaveStatus state={props.save_state.clone()} />
            <HeaderForm header={record.header.clone()} on_edit={props.on_edit.clone()} />
            {
                match checklist {
                    Some(checklist) => sections(checklist, record, &props.on_edit),
                    None => html! {
                        <Notice message={format!(
                            "This audit was made with checklist \"{}\" version {}, which this app does not include. \
                             Its answers are kept unchanged; export them to keep a copy.",
                            record.checklist.id, record.checklist.version
                        )} />
                    },
                }
            }
            <div class="actions">
                <button type="button" class="export" onclick={export}>{ "Export audit (JSON)" }</button>
            </div>
            if let Some(message) = (*export_error).clone() {
                <Notice {message} />
            }
        </div>
    }
}

fn sections(loaded: &LoadedChecklist, record: &AuditRecord, on_edit: &Callback<Edit>) -> Html {
    let checklist = &loaded.checklist;
    html! {
        <>
            <ProgressSummary progress={Progress::of_checklist(checklist, record)} />
            for section in &checklist.sections {
                <section class="checklist-section" id={format!("section-{}", section.id)}>
                    <h2>{ section.title.get(Language::En) }</h2>
                    <ProgressSummary progress={Progress::of_section(section, record)} />
                    for question in &section.questions {
                        <QuestionCard
                            key={question.id.clone()}
                            question={question.clone()}
                            answer={record.answer(&question.id).cloned().unwrap_or_default()}
                            on_edit={on_edit.clone()}
                        />
                    }
                </section>
            }
        </>
    }
}
