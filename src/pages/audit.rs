use audit_core::signing::{DidKey, ProofOptions, SignedDocument};
use audit_core::{AuditRecord, Edit, Language, LoadedChecklist, Progress, Uuid};
use yew::prelude::*;

use super::audit_state::{AuditAction, AuditState};
use crate::components::{
    HeaderForm, Notice, ProgressSummary, QuestionCard, SaveState, SaveStatus, SigningPanel,
};
use crate::effects::{clock, download};
use crate::hooks::navigate;
use crate::route::Route;
use crate::storage::{OwnIdentity, Storage, StoredAudit};

#[derive(Properties, PartialEq)]
pub struct AuditPageProps {
    pub storage: Storage,
    pub id: Uuid,
}

/// One audit: loads it, applies every change, and saves each change at once.
#[component]
pub fn AuditPage(props: &AuditPageProps) -> Html {
    let state = use_reducer(|| AuditState::Loading);
    let save_state = use_state(|| SaveState::Saved);
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
    match &*state {
        AuditState::Loading => html! { <p class="loading">{ "Opening the audit…" }</p> },
        AuditState::Missing => html! {
            <Notice message="This audit is not saved on this device. It may have been made in another browser or on another device." />
        },
        AuditState::Failed(error) => html! { <Notice message={error.to_string()} /> },
        AuditState::Ready { audit, .. } => html! {
            <AuditForm audit={(**audit).clone()} storage={props.storage.clone()} save_state={(*save_state).clone()} {dispatch} />
        },
    }
}

#[derive(Properties, PartialEq)]
struct AuditFormProps {
    audit: StoredAudit,
    storage: Storage,
    save_state: SaveState,
    dispatch: Callback<AuditAction>,
}

#[component]
fn AuditForm(props: &AuditFormProps) -> Html {
    let record = &props.audit.record;
    let problem = use_state(|| None::<String>);
    let on_edit = props
        .dispatch
        .reform(|edit| AuditAction::Edit(edit, clock::now()));
    let export = {
        let (audit, problem) = (props.audit.clone(), problem.clone());
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
                    serde_json::to_string_pretty(&audit.record)
                        .expect("an audit record always serialises to JSON"),
                ),
            };
            problem.set(download::download_json(&name, &json).err().map(|e| {
                format!(
                    "The export file could not be created ({}). Your answers are still saved here; try again.",
                    e.as_string().unwrap_or_else(|| format!("{e:?}"))
                )
            }));
        })
    };
    let checklist = crate::catalog::find(&record.checklist);
    let read_only = record.is_finalized();
    html! {
        <div class="audit">
            <h1>{ checklist.map_or(record.checklist.id.as_str(), |c| c.checklist.title.get(Language::En)) }</h1>
            <SaveStatus state={props.save_state.clone()} />
            if let Some(previous) = record.previous_version {
                <p class="hint">
                    { "This is a new version of " }
                    <a href={Route::Audit(previous).href()}>{ "an earlier, finalized audit" }</a>
                    { "." }
                </p>
            }
            if read_only {
                <p class="finalized-banner" role="status">{
                    format!("Finalized on {}: the answers can no longer be changed.", clock::local(record.finalized.as_ref().expect("read_only means finalized")))
                }</p>
            }
            <HeaderForm header={record.header.clone()} on_edit={on_edit.clone()} {read_only} />
            {
                match checklist {
                    Some(checklist) => sections(checklist, record, &on_edit, read_only),
                    None => html! {
                        <Notice message={format!(
                            "This audit was made with checklist \"{}\" version {}, which this app does not include. \
                             Its answers are kept unchanged; export them to keep a copy.",
                            record.checklist.id, record.checklist.version
                        )} />
                    },
                }
            }
            if read_only {
                <Signing audit={props.audit.clone()} storage={props.storage.clone()} dispatch={props.dispatch.clone()} />
            }
            <div class="actions">
                if !read_only {
                    <Finalize dispatch={props.dispatch.clone()} />
                }
                <button type="button" class="export" onclick={export}>
                    { if props.audit.signed.is_some() { "Export signed audit (JSON)" } else { "Export audit (JSON)" } }
                </button>
                if read_only {
                    <NewVersion record={record.clone()} storage={props.storage.clone()} />
                }
            </div>
            if let Some(message) = (*problem).clone() {
                <Notice {message} />
            }
        </div>
    }
}

fn sections(
    loaded: &LoadedChecklist,
    record: &AuditRecord,
    on_edit: &Callback<Edit>,
    read_only: bool,
) -> Html {
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
                            {read_only}
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
    let asking = use_state(|| false);
    if !*asking {
        let asking = asking.clone();
        return html! {
            <button type="button" class="finalize" onclick={move |_| asking.set(true)}>{ "Finalize audit…" }</button>
        };
    }
    let cancel = {
        let asking = asking.clone();
        move |_| asking.set(false)
    };
    html! {
        <div class="confirm" role="alertdialog" aria-labelledby="finalize-question">
            <p id="finalize-question">{ "Finalize this audit? Its answers become read-only so that it can be signed. Later changes need a new version." }</p>
            <button type="button" class="confirm-finalize" onclick={props.dispatch.reform(|_| AuditAction::Finalize(clock::now()))}>{ "Finalize" }</button>
            <button type="button" class="cancel" onclick={cancel}>{ "Cancel" }</button>
        </div>
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
                    Err(error) => problem.set(Some(error.to_string())),
                }
            });
        })
    };
    html! {
        <>
            <button type="button" class="new-version" {onclick}>{ "Start a new version" }</button>
            if let Some(message) = (*problem).clone() {
                <Notice {message} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SigningProps {
    audit: StoredAudit,
    storage: Storage,
    dispatch: Callback<AuditAction>,
}

/// Loads this device's identities and the imported cards, and signs with WebCrypto.
#[component]
fn Signing(props: &SigningProps) -> Html {
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
                match (identities.own().await, identities.contacts().await) {
                    (Ok(mine), Ok(theirs)) => {
                        own.set(mine);
                        contacts.set(theirs);
                    }
                    (Err(error), _) | (_, Err(error)) => problem.set(Some(error.to_string())),
                }
            });
        });
    }
    let on_sign = {
        let (audit, own, busy, problem, dispatch) = (
            props.audit.clone(),
            own.clone(),
            busy.clone(),
            problem.clone(),
            props.dispatch.clone(),
        );
        Callback::from(move |did: DidKey| {
            let Some(identity) = own.iter().find(|i| i.card.did == did).cloned() else {
                return;
            };
            let (audit, busy, problem, dispatch) = (
                audit.clone(),
                busy.clone(),
                problem.clone(),
                dispatch.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match sign(&audit, &identity).await {
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

/// Adds `identity`'s proof to the audit's signed document (started on the first signature).
async fn sign(audit: &StoredAudit, identity: &OwnIdentity) -> Result<SignedDocument, String> {
    let mut document = match &audit.signed {
        Some(document) => document.clone(),
        None => SignedDocument::from_record(&audit.record).map_err(|e| e.to_string())?,
    };
    let options = ProofOptions {
        id: clock::new_id(),
        created: clock::now(),
        signer: identity.card.did.clone(),
    };
    let (data, config) = document
        .signing_input(&options)
        .map_err(|e| e.to_string())?;
    let signature = identity
        .key
        .sign(&data)
        .await
        .map_err(|e| format!("The signature could not be made: {e}. Nothing was changed."))?;
    document.add_proof(config, &signature);
    Ok(document)
}
