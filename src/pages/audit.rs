use audit_core::signing::{DidKey, ProofOptions, SignedDocument};
use audit_core::{
    AuditRecord, Checklist, ChecklistRef, Edit, Language, Progress, Summary, Uuid, Visibility,
};
use yew::prelude::*;

use super::audit_state::{AuditAction, AuditState};
use super::definition::{Definition, resolve};
use crate::catalogue::{self, Available};
use crate::components::{
    AboutChecklist, ConfirmDialog, HeaderForm, Notice, ProgressSummary, QuestionCard, SaveState,
    SaveStatus, ScoreSummary, SigningPanel, ZeroToleranceAlert,
};
use crate::effects::{clock, download};
use crate::hooks::{navigate, use_language};
use crate::i18n::{Text, errors};
use crate::route::Route;
use crate::storage::{OwnIdentity, Storage, StoredAudit};

#[derive(Properties, PartialEq)]
pub struct AuditPageProps {
    pub storage: Storage,
    pub id: Uuid,
}

/// One audit: loads it and its checklist, applies every change, and saves each change at once.
#[component]
pub fn AuditPage(props: &AuditPageProps) -> Html {
    let language = use_language();
    let state = use_reducer(|| AuditState::Loading);
    let save_state = use_state(|| SaveState::Saved);
    let definition = use_state(|| Definition::Looking);
    {
        let (state, audits) = (state.dispatcher(), props.storage.audits.clone());
        use_effect_with(props.id, move |id| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = audits.get(id).await;
                crate::embed::audit_opened(&loaded);
                state.dispatch(AuditAction::Loaded(loaded));
            });
        });
    }
    {
        let reference: Option<ChecklistRef> = match &*state {
            AuditState::Ready { audit, .. } => Some(audit.record.checklist.clone()),
            _ => None,
        };
        let (definition, audits) = (definition.clone(), props.storage.audits.clone());
        use_effect_with(reference, move |reference| {
            if let Some(reference) = reference.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    definition.set(resolve(&audits, &reference).await);
                });
            }
        });
    }
    {
        // Runs after every change; the whole audit is written, so the last write holds everything.
        let (save_state, audits) = (save_state.clone(), props.storage.audits.clone());
        let changed = match &*state {
            AuditState::Ready { audit, revision } if *revision > 0 => Some((**audit).clone()),
            _ => None,
        };
        use_effect_with(changed, move |changed| {
            if let Some(audit) = changed.clone() {
                save_state.set(SaveState::Saving);
                wasm_bindgen_futures::spawn_local(async move {
                    let written = match &audit.signed {
                        Some(document) => audits.put_signed(document).await,
                        None => audits.put(&audit.record).await,
                    };
                    crate::embed::audit_saved(&audit, &written);
                    save_state.set(match written {
                        Ok(()) => SaveState::Saved,
                        Err(error) => SaveState::Failed(error),
                    });
                });
            }
        });
    }
    let dispatch = {
        let state = state.dispatcher();
        Callback::from(move |action| state.dispatch(action))
    };
    let opening = html! { <p class="loading">{ Text::OpeningAudit.get(language) }</p> };
    match (&*state, &*definition) {
        (AuditState::Loading, _) | (AuditState::Ready { .. }, Definition::Looking) => opening,
        (AuditState::Missing, _) => html! { <Notice message={Text::AuditMissing.get(language)} /> },
        (AuditState::Failed(error), _) => html! { <Notice message={error.message(language)} /> },
        (AuditState::Ready { audit, .. }, definition) => {
            let checklist = match definition {
                Definition::Found(checklist) => Some(checklist.clone()),
                _ => None,
            };
            html! {
                <AuditForm
                    audit={(**audit).clone()}
                    {checklist}
                    storage={props.storage.clone()}
                    save_state={(*save_state).clone()}
                    {dispatch}
                />
            }
        }
    }
}

#[derive(Properties, PartialEq)]
struct AuditFormProps {
    audit: StoredAudit,
    checklist: Option<Available>,
    storage: Storage,
    save_state: SaveState,
    dispatch: Callback<AuditAction>,
}

#[component]
fn AuditForm(props: &AuditFormProps) -> Html {
    let language = use_language();
    let record = &props.audit.record;
    let export_error = use_state(|| None::<String>);
    let on_edit = props
        .dispatch
        .reform(|edit| AuditAction::Edit(edit, clock::now()));
    let checklist = props.checklist.as_ref().map(|c| &c.loaded.checklist);
    let export = {
        let (audit, export_error) = (props.audit.clone(), export_error.clone());
        let checklist = checklist.cloned();
        Callback::from(move |_: MouseEvent| {
            let (name, json) = match &audit.signed {
                Some(document) => (
                    audit
                        .record
                        .export_file_name()
                        .replace(".json", "-signed.json"),
                    document.to_json_pretty(),
                ),
                None => (
                    audit.record.export_file_name(),
                    serde_json::to_string_pretty(&audit.record.exported(checklist.as_ref()))
                        .expect("an audit record always serialises to JSON"),
                ),
            };
            let outcome = download::download_json(&name, &json);
            export_error.set(outcome.err().map(|e| {
                let reason = e.as_string().unwrap_or_else(|| format!("{e:?}"));
                Text::ExportFailed.fill(language, &[("reason", &reason)])
            }));
        })
    };
    let title = checklist.map_or(record.checklist.id.as_str(), |c| c.title.get(language));
    let read_only = record.is_finalized();
    let summary = checklist.map(|c| Summary::of(c, record));
    html! {
        <div class="audit">
            <h1>{ title }</h1>
            if let Some(previous) = record.previous_version {
                { previous_version_hint(previous, language) }
            }
            if let Some(finalized) = &record.finalized {
                <p class="finalized-banner" role="status">{
                    Text::FinalizedOn.fill(language, &[("time", &clock::local(finalized, language))])
                }</p>
            }
            if let Some(summary) = &summary {
                <ZeroToleranceAlert questions={summary.critical_findings.clone()} />
            }
            // A finalized audit is read-only: one disabled fieldset switches off every control in it.
            <fieldset class="audit-answers" disabled={read_only}>
                {
                    match checklist.zip(summary.as_ref()) {
                        Some((checklist, summary)) => checklist_view(checklist, summary, record, &on_edit, &props.save_state, language),
                        None => html! {
                            <>
                                <SaveStatus state={props.save_state.clone()} />
                                <Notice message={missing_notice(record, language)} />
                                <HeaderForm header={record.header.clone()} on_edit={on_edit.clone()} />
                            </>
                        },
                    }
                }
            </fieldset>
            if read_only {
                <Signing
                    audit={props.audit.clone()}
                    checklist={checklist.cloned()}
                    storage={props.storage.clone()}
                    dispatch={props.dispatch.clone()}
                />
            }
            <div class="actions">
                if !read_only {
                    <Finalize dispatch={props.dispatch.clone()} />
                }
                <button type="button" class="export" onclick={export}>{
                    if props.audit.signed.is_some() { Text::ExportSignedAudit.get(language) } else { Text::ExportAudit.get(language) }
                }</button>
                if read_only {
                    <NewVersion record={record.clone()} storage={props.storage.clone()} />
                }
            </div>
            if let Some(message) = (*export_error).clone() {
                <Notice {message} />
            }
        </div>
    }
}

/// "This is a new version of {link}.", with the link to the earlier audit inside the sentence.
fn previous_version_hint(previous: Uuid, language: Language) -> Html {
    let sentence = Text::PreviousVersionHint.get(language);
    let (before, after) = sentence.split_once("{link}").unwrap_or((sentence, ""));
    html! {
        <p class="hint">
            { before }
            <a href={Route::Audit(previous).href()}>{ Text::PreviousVersionLink.get(language) }</a>
            { after }
        </p>
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
    checklist: &Checklist,
    summary: &Summary,
    record: &AuditRecord,
    on_edit: &Callback<Edit>,
    save_state: &SaveState,
    language: Language,
) -> Html {
    let visibility = Visibility::of(checklist, record);
    let older = catalogue::is_archived(&record.checklist);
    html! {
        <>
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

#[derive(Properties, PartialEq)]
struct FinalizeProps {
    dispatch: Callback<AuditAction>,
}

/// Finalizing cannot be undone, so it asks once more.
#[component]
fn Finalize(props: &FinalizeProps) -> Html {
    let language = use_language();
    let asking = use_state(|| false);
    if !*asking {
        let asking = asking.clone();
        return html! {
            <button type="button" class="finalize" onclick={move |_| asking.set(true)}>{ Text::FinalizeAudit.get(language) }</button>
        };
    }
    html! {
        <ConfirmDialog
            id="finalize-question"
            question={Text::ConfirmFinalize.get(language)}
            confirm_label={Text::Finalize.get(language)}
            confirm_class="confirm-finalize"
            cancel_label={Text::Cancel.get(language)}
            on_confirm={props.dispatch.reform(|()| AuditAction::Finalize(clock::now()))}
            on_cancel={Callback::from(move |()| asking.set(false))}
        />
    }
}

#[derive(Properties, PartialEq)]
struct NewVersionProps {
    record: AuditRecord,
    storage: Storage,
}

/// Reopens a finalized audit as a new, linked version; the signed one stays as it is.
#[component]
fn NewVersion(props: &NewVersionProps) -> Html {
    let language = use_language();
    let problem = use_state(|| None::<String>);
    let onclick = {
        let (record, audits, problem) = (
            props.record.clone(),
            props.storage.audits.clone(),
            problem.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let next = record.new_version(clock::new_id(), clock::now());
            let (audits, problem) = (audits.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match audits.put(&next).await {
                    Ok(()) => navigate(&Route::Audit(next.id)),
                    Err(error) => problem.set(Some(error.message(language))),
                }
            });
        })
    };
    html! {
        <>
            <button type="button" class="new-version" {onclick}>{ Text::StartNewVersion.get(language) }</button>
            if let Some(message) = (*problem).clone() {
                <Notice {message} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SigningProps {
    audit: StoredAudit,
    checklist: Option<Checklist>,
    storage: Storage,
    dispatch: Callback<AuditAction>,
}

/// Loads this device's identities and the imported cards, and signs with WebCrypto.
#[component]
fn Signing(props: &SigningProps) -> Html {
    let language = use_language();
    let own = use_state(Vec::<OwnIdentity>::new);
    let contacts = use_state(Vec::new);
    let busy = use_state(|| false);
    let problem = use_state(|| None::<String>);
    {
        let (identities, own, contacts, problem) = (
            props.storage.identities.clone(),
            own.clone(),
            contacts.clone(),
            problem.clone(),
        );
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match identities.all().await {
                    Ok((mine, theirs)) => {
                        own.set(mine);
                        contacts.set(theirs);
                    }
                    Err(error) => problem.set(Some(error.message(language))),
                }
            });
        });
    }
    let on_sign = {
        let (audit, checklist, own, busy, problem, dispatch) = (
            props.audit.clone(),
            props.checklist.clone(),
            own.clone(),
            busy.clone(),
            problem.clone(),
            props.dispatch.clone(),
        );
        Callback::from(move |did: DidKey| {
            let Some(identity) = own.iter().find(|i| i.card.did == did).cloned() else {
                return;
            };
            let (audit, checklist, busy, problem, dispatch) = (
                audit.clone(),
                checklist.clone(),
                busy.clone(),
                problem.clone(),
                dispatch.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match sign(&audit, checklist.as_ref(), &identity, language).await {
                    Ok(document) => {
                        problem.set(None);
                        dispatch.emit(AuditAction::Signed(document));
                    }
                    Err(message) => problem.set(Some(message)),
                }
                busy.set(false);
            });
        })
    };
    html! {
        <>
            <SigningPanel
                record={props.audit.record.clone()}
                signed={props.audit.signed.clone()}
                own={own.iter().map(|i| i.card.clone()).collect::<Vec<_>>()}
                contacts={(*contacts).clone()}
                on_add={props.dispatch.reform(AuditAction::AddSignatory)}
                on_remove={props.dispatch.reform(AuditAction::RemoveSignatory)}
                {on_sign}
                busy={*busy}
            />
            if let Some(message) = (*problem).clone() {
                <Notice {message} />
            }
        </>
    }
}

/// Adds `identity`'s proof to the audit's signed document. The first signature starts the
/// document from the record with its summary, so that scores and alerts are signed too.
async fn sign(
    audit: &StoredAudit,
    checklist: Option<&Checklist>,
    identity: &OwnIdentity,
    language: Language,
) -> Result<SignedDocument, String> {
    let mut document = match &audit.signed {
        Some(document) => document.clone(),
        None => SignedDocument::from_record(&audit.record.exported(checklist))
            .map_err(|e| errors::document(&e, language))?,
    };
    let options = ProofOptions {
        id: clock::new_id(),
        created: clock::now(),
        signer: identity.card.did.clone(),
    };
    let (data, config) = document
        .signing_input(&options)
        .map_err(|e| errors::document(&e, language))?;
    let signature = identity
        .key
        .sign(&data)
        .await
        .map_err(|e| Text::SignFailed.fill(language, &[("reason", &e.message(language))]))?;
    document.add_proof(config, &signature);
    Ok(document)
}
