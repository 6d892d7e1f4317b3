use audit_core::{AuditRecord, ChecklistRef, Edit, Language, Progress, Summary, Uuid, Visibility};
use yew::prelude::*;

use super::audit_state::{AuditAction, AuditState};
use super::definition::{Definition, resolve};
use crate::catalogue::{self, Available};
use crate::components::{
    AboutChecklist, HeaderForm, Notice, ProgressSummary, QuestionCard, SaveState, SaveStatus,
    ScoreSummary, ZeroToleranceAlert,
};
use crate::effects::{clock, download};
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::storage::AuditStore;

#[derive(Properties, PartialEq)]
pub struct AuditPageProps {
    pub store: AuditStore,
    pub id: Uuid,
}

/// One audit: loads it and its checklist, applies every edit, and saves each change at once.
#[component]
pub fn AuditPage(props: &AuditPageProps) -> Html {
    let language = use_language();
    let state = use_reducer(|| AuditState::Loading);
    let save_state = use_state(|| SaveState::Saved);
    let definition = use_state(|| Definition::Looking);
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
        let reference: Option<ChecklistRef> = match &*state {
            AuditState::Ready { record, .. } => Some(record.checklist.clone()),
            _ => None,
        };
        let (definition, store) = (definition.clone(), props.store.clone());
        use_effect_with(reference, move |reference| {
            if let Some(reference) = reference.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    definition.set(resolve(&store, &reference).await);
                });
            }
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
    let opening = html! { <p class="loading">{ Text::OpeningAudit.get(language) }</p> };
    match (&*state, &*definition) {
        (AuditState::Loading, _) | (AuditState::Ready { .. }, Definition::Looking) => opening,
        (AuditState::Missing, _) => html! { <Notice message={Text::AuditMissing.get(language)} /> },
        (AuditState::Failed(error), _) => html! { <Notice message={error.message(language)} /> },
        (AuditState::Ready { record, .. }, definition) => {
            let checklist = match definition {
                Definition::Found(checklist) => Some(checklist.clone()),
                _ => None,
            };
            html! {
                <AuditForm record={record.clone()} {checklist} save_state={(*save_state).clone()} {on_edit} />
            }
        }
    }
}

#[derive(Properties, PartialEq)]
struct AuditFormProps {
    record: AuditRecord,
    checklist: Option<Available>,
    save_state: SaveState,
    on_edit: Callback<Edit>,
}

#[component]
fn AuditForm(props: &AuditFormProps) -> Html {
    let language = use_language();
    let record = &props.record;
    let export_error = use_state(|| None::<String>);
    let export = {
        let (record, export_error) = (record.clone(), export_error.clone());
        let checklist = props.checklist.clone();
        Callback::from(move |_: MouseEvent| {
            let exported = record.exported(checklist.as_ref().map(|c| &c.loaded.checklist));
            let json = serde_json::to_string_pretty(&exported)
                .expect("an audit record always serialises to JSON");
            let outcome = download::download_json(&record.export_file_name(), &json);
            export_error.set(outcome.err().map(|e| {
                let reason = e.as_string().unwrap_or_else(|| format!("{e:?}"));
                Text::ExportFailed.fill(language, &[("reason", &reason)])
            }));
        })
    };
    let title = props
        .checklist
        .as_ref()
        .map_or(record.checklist.id.as_str(), |c| {
            c.loaded.checklist.title.get(language)
        });
    html! {
        <div class="audit">
            <h1>{ title }</h1>
            {
                match &props.checklist {
                    Some(checklist) => checklist_view(&checklist.loaded.checklist, record, &props.on_edit, &props.save_state, language),
                    None => html! {
                        <>
                            <SaveStatus state={props.save_state.clone()} />
                            <Notice message={missing_notice(record, language)} />
                            <HeaderForm header={record.header.clone()} on_edit={props.on_edit.clone()} />
                        </>
                    },
                }
            }
            <div class="actions">
                <button type="button" class="export" onclick={export}>{ Text::ExportAudit.get(language) }</button>
            </div>
            if let Some(message) = (*export_error).clone() {
                <Notice {message} />
            }
        </div>
    }
}

fn missing_notice(record: &AuditRecord, language: Language) -> String {
    let questions: Vec<&str> = record.answers.keys().map(String::as_str).collect();
    Text::ChecklistMissing.fill(
        language,
        &[
            ("id", &record.checklist.id),
            ("version", &record.checklist.version.to_string()),
            ("count", &questions.len().to_string()),
            ("questions", &questions.join(", ")),
        ],
    )
}

fn checklist_view(
    checklist: &audit_core::Checklist,
    record: &AuditRecord,
    on_edit: &Callback<Edit>,
    save_state: &SaveState,
    language: Language,
) -> Html {
    let visibility = Visibility::of(checklist, record);
    let summary = Summary::of(checklist, record);
    let older = catalogue::is_archived(&record.checklist);
    html! {
        <>
            <ZeroToleranceAlert questions={summary.critical_findings.clone()} />
            <SaveStatus state={save_state.clone()} />
            if older {
                <p class="older-version">{ Text::OlderVersion.fill(language, &[("version", &checklist.version.to_string())]) }</p>
            }
            <AboutChecklist checklist={checklist.clone()} />
            <HeaderForm header={record.header.clone()} on_edit={on_edit.clone()} />
            <section class="overall" aria-label={Text::Overall.get(language)}>
                <ProgressSummary progress={Progress::of_checklist(checklist, record)} />
                <ScoreSummary score={summary.score} findings={summary.findings} />
            </section>
            for section in &checklist.sections {
                <section class="checklist-section" id={format!("section-{}", section.id)} data-section={section.id.clone()}>
                    <h2>{ section.title.get(language) }</h2>
                    if !section.description.is_empty() {
                        <p class="section-description">{ section.description.get(language) }</p>
                    }
                    <ProgressSummary progress={Progress::of_section(section, record, &visibility)} />
                    if let Some(scores) = summary.section(&section.id) {
                        <ScoreSummary score={scores.score} findings={scores.findings} />
                    }
                    for question in section.questions.iter().filter(|q| visibility.is_shown(&q.id)) {
                        <QuestionCard
                            key={question.id.clone()}
                            question={question.clone()}
                            answer={record.answer(&question.id).cloned().unwrap_or_default()}
                            outcome={audit_core::scoring::outcome(question, record, &visibility)}
                            on_edit={on_edit.clone()}
                        />
                    }
                </section>
            }
        </>
    }
}
