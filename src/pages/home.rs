use std::collections::HashMap;
use std::rc::Rc;

use audit_core::workflow::{Action, Audit, Effect, Incoming};
use audit_core::{Language, LoadedChecklist, Progress, Uuid};
use yew::prelude::*;

use crate::catalogue::{self, Entry, Unavailable};
use crate::components::{FilePicker, Notice, PickedFile, ProgressSummary};
use crate::effects::clock;
use crate::hooks::{navigate, use_language};
use crate::i18n::{Text, errors};
use crate::offer::Offered;
use crate::route::Route;
use crate::storage::{AuditStore, Listing, Storage, StorageError};

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    pub storage: Storage,
}

/// Why an audit could not be started: its definition could not be had, or not be saved.
#[derive(Clone, Debug, PartialEq)]
enum StartProblem {
    Checklist(Unavailable),
    Storage(StorageError),
}

impl StartProblem {
    fn message(&self, language: Language) -> String {
        match self {
            StartProblem::Checklist(unavailable) => unavailable.message(language),
            StartProblem::Storage(error) => error.message(language),
        }
    }
}

/// Definitions stored on the device, by content hash: for the progress of saved audits.
type Definitions = HashMap<String, Rc<LoadedChecklist>>;

/// The checklists one can start, and the audits saved on this device.
///
/// Only the catalogue index is fetched here (not the definitions: a first visit stays light);
/// a definition is fetched when an audit starts on it. Saved audits show their progress from
/// the definitions stored on the device when they started.
#[component]
pub fn HomePage(props: &HomePageProps) -> Html {
    let language = use_language();
    crate::offer::use_offer_changes();
    let listing = use_state(|| None::<Result<Listing, StorageError>>);
    let start_error = use_state(|| None::<StartProblem>);
    let import_error = use_state(|| None::<String>);
    let index = use_state(|| None::<Result<Vec<Entry>, Unavailable>>);
    let definitions = use_state(Definitions::new);
    {
        let (listing, index, definitions, store) = (
            listing.clone(),
            index.clone(),
            definitions.clone(),
            props.storage.audits.clone(),
        );
        use_effect_with((), move |_| {
            let index_store = store.clone();
            wasm_bindgen_futures::spawn_local(async move {
                index.set(Some(catalogue::index(&index_store).await));
            });
            wasm_bindgen_futures::spawn_local(async move {
                let listed = store.list().await;
                let hashes: Vec<String> = match &listed {
                    Ok(listed) => listed
                        .audits
                        .iter()
                        .map(|a| a.record().checklist.sha256.clone())
                        .collect(),
                    Err(_) => Vec::new(),
                };
                listing.set(Some(listed));
                let mut found = Definitions::new();
                for sha256 in hashes {
                    if !found.contains_key(&sha256)
                        && let Some(available) = catalogue::stored(&store, &sha256).await
                    {
                        found.insert(sha256, available.loaded);
                    }
                }
                definitions.set(found);
            });
        });
    }
    let start = {
        let (store, start_error) = (props.storage.audits.clone(), start_error.clone());
        Callback::from(move |offered: Offered| {
            let (store, start_error) = (store.clone(), start_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let available = match offered {
                    Offered::Custom(available) => available,
                    Offered::Shipped(entry) => match catalogue::definition(&store, &entry).await {
                        Ok(available) => available,
                        Err(unavailable) => {
                            start_error.set(Some(StartProblem::Checklist(unavailable)));
                            return;
                        }
                    },
                };
                let (audit, effects) =
                    Audit::start(clock::new_id(), available.loaded.reference(), clock::now());
                // The exact definition first, so the audit opens even after a later version ships.
                let stored = catalogue::remember(&store, &available).await;
                match stored.and(save_all(&store, effects).await) {
                    Ok(()) => navigate(&Route::Audit(audit.id())),
                    Err(error) => start_error.set(Some(StartProblem::Storage(error))),
                }
            });
        })
    };
    // Shown whole once the index and the list are read, so that nothing moves afterwards.
    let (Some(indexed), Some(_)) = (&*index, &*listing) else {
        return html! {
            <div class="home">
                <h1>{ Text::Checklists.get(language) }</h1>
                <p class="loading">{ Text::LoadingChecklists.get(language) }</p>
            </div>
        };
    };
    let (offered, index_problem) = match indexed {
        Ok(entries) => (crate::offer::offered(entries), None),
        Err(unavailable) => (crate::offer::offered(&[]), Some(unavailable)),
    };
    html! {
        <div class="home">
            <crate::components::StorageStatus audits={props.storage.audits.clone()} />
            <h1>{ Text::Checklists.get(language) }</h1>
            if let Some(error) = &*start_error {
                <Notice message={error.message(language)} />
            }
            if let Some(unavailable) = index_problem {
                <Notice message={unavailable.message(language)} />
            }
            <ul class="checklists">
                for entry in &offered {
                    { checklist_card(entry, &start, language) }
                }
            </ul>
            <crate::components::ChecklistLoader store={props.storage.checklists.clone()} />
            <h1>{ Text::AuditsOnDevice.get(language) }</h1>
            { saved_audits(listing.as_ref(), &definitions, language) }
            <FilePicker
                id="import-signed"
                label={Text::TakeInSigned.get(language)}
                on_pick={import(props.storage.audits.clone(), import_error.setter(), language)}
            />
            if let Some(message) = (*import_error).clone() {
                <Notice {message} />
            }
        </div>
    }
}

fn checklist_card(offered: &Offered, start: &Callback<Offered>, language: Language) -> Html {
    let (id, version, title, description, questions) = match offered {
        Offered::Shipped(entry) => (
            &entry.reference.id,
            entry.reference.version.to_string(),
            entry.title.get(language),
            entry.description.get(language),
            entry.questions,
        ),
        Offered::Custom(available) => {
            let checklist = &available.loaded.checklist;
            (
                &checklist.id,
                checklist.version.to_string(),
                checklist.title.get(language),
                checklist.description.get(language),
                checklist.questions().count(),
            )
        }
    };
    let onclick = {
        let offered = offered.clone();
        start.reform(move |_: MouseEvent| offered.clone())
    };
    html! {
        <li class="checklist-card" data-checklist={id.clone()}>
            <h2>{ title }</h2>
            <p class="meta">{ Text::VersionAndCount.fill(language, &[
                ("version", &version),
                ("count", &questions.to_string()),
            ]) }</p>
            <p>{ description }</p>
            <button type="button" class="start" {onclick}>{ Text::StartAudit.get(language) }</button>
        </li>
    }
}

fn saved_audits(
    listing: Option<&Result<Listing, StorageError>>,
    definitions: &Definitions,
    language: Language,
) -> Html {
    match listing {
        None => html! { <p class="loading">{ Text::ReadingAudits.get(language) }</p> },
        Some(Err(error)) => html! { <Notice message={error.message(language)} /> },
        Some(Ok(listing)) => html! {
            <>
                for problem in &listing.unreadable {
                    <Notice message={problem.message(language)} />
                }
                if listing.audits.is_empty() {
                    <p class="empty">{ Text::NoAudits.get(language) }</p>
                } else {
                    <ul class="saved-audits">
                        for audit in &listing.audits {
                            <li key={audit.id().to_string()}>{ saved_audit(audit, definitions, language) }</li>
                        }
                    </ul>
                }
            </>
        },
    }
}

fn saved_audit(audit: &Audit, definitions: &Definitions, language: Language) -> Html {
    let record = audit.record();
    let header = &record.header;
    let supplier = if header.supplier.is_empty() {
        Text::SupplierNotNamed.get(language)
    } else {
        &header.supplier
    };
    let place = [header.site.as_str(), header.date.as_str()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    // Progress once the definition stored on the device when the audit started is read.
    let checklist = definitions
        .get(&record.checklist.sha256)
        .filter(|loaded| loaded.reference() == record.checklist);
    html! {
        <a class="saved-audit" href={Route::Audit(record.id).href()}>
            <span class="supplier">{ supplier }</span>
            <span class="place">{ place }</span>
            if let Some(available) = checklist {
                <ProgressSummary progress={Progress::of_checklist(&available.checklist, record)} />
            }
            if let Some(document) = audit.signed() {
                <span class="status">{ Text::FinalizedSignatures.fill(language, &[
                    ("signed", &document.proofs().len().to_string()),
                    ("total", &record.signatories.len().to_string()),
                ]) }</span>
            } else if record.is_finalized() {
                <span class="status">{ Text::FinalizedNotSigned.get(language) }</span>
            }
            <span class="updated">{ Text::LastChange.fill(language, &[("time", &clock::local(&record.updated, language))]) }</span>
        </a>
    }
}

/// Takes in a signed (or finalized) audit file: merges its signatures with what this device
/// holds, or refuses it with the reason, never touching local work on refusal.
fn import(
    audits: AuditStore,
    report: UseStateSetter<Option<String>>,
    language: Language,
) -> Callback<Result<PickedFile, String>> {
    Callback::from(move |picked: Result<PickedFile, String>| {
        let (audits, report) = (audits.clone(), report.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match take_in(&audits, picked, language).await {
                Ok(id) => navigate(&Route::Audit(id)),
                Err(message) => report.set(Some(message)),
            }
        });
    })
}

async fn take_in(
    audits: &AuditStore,
    picked: Result<PickedFile, String>,
    language: Language,
) -> Result<Uuid, String> {
    let file = picked?;
    let refuse = |reason: String| {
        Text::NamedFileProblem.fill(language, &[("file", &file.name), ("reason", &reason)])
    };
    // Every proof is verified here, before anything is read from or written to storage.
    let incoming = Incoming::parse(&file.text, &clock::now())
        .map_err(|e| refuse(errors::refusal(&e, language)))?;
    let id = incoming.id();
    let local = audits
        .get(id)
        .await
        .map_err(|e| refuse(e.message(language)))?;
    // Found without writing anything: a refused file leaves storage exactly as it was.
    let found = catalogue::find(audits, incoming.checklist()).await;
    let checklist = found.as_ref().map(|a| &a.loaded.checklist);
    let effects = match local {
        Some(mut audit) => audit.update(Action::TakeIn(Box::new(incoming)), checklist),
        None => incoming.into_new_audit(checklist).map(|audit| {
            vec![Effect::Save {
                stored: audit.stored(),
                reached: Vec::new(),
            }]
        }),
    }
    .map_err(|e| refuse(errors::refusal(&e, language)))?;
    save_all(audits, effects)
        .await
        .map_err(|e| refuse(e.message(language)))?;
    if let Some(available) = &found {
        // Best effort, as when an audit starts: the definition opens the audit offline.
        let _ = catalogue::remember(audits, available).await;
    }
    Ok(id)
}

/// Writes what the workflow asked to save; the home screen has no other effects to run.
async fn save_all(audits: &AuditStore, effects: Vec<Effect>) -> Result<(), StorageError> {
    for effect in effects {
        if let Effect::Save { stored, .. } = effect {
            audits.put(&stored).await?;
        }
    }
    Ok(())
}
