use audit_core::workflow::{Action, Audit, Effect, Incoming};
use audit_core::{Language, Progress, Uuid};
use yew::prelude::*;

use crate::catalogue::{self, Available, Unavailable};
use crate::components::{FilePicker, Notice, PickedFile, ProgressSummary};
use crate::effects::clock;
use crate::hooks::{navigate, use_language};
use crate::i18n::{Text, errors};
use crate::route::Route;
use crate::storage::{AuditStore, Listing, Storage, StorageError};

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    pub storage: Storage,
}

/// The checklists one can start, and the audits saved on this device.
#[component]
pub fn HomePage(props: &HomePageProps) -> Html {
    let language = use_language();
    crate::offer::use_offer_changes();
    let listing = use_state(|| None::<Result<Listing, StorageError>>);
    let start_error = use_state(|| None::<StorageError>);
    let import_error = use_state(|| None::<String>);
    let checklists = use_state(|| None::<Vec<Result<Available, Unavailable>>>);
    {
        let (listing, checklists, store) = (
            listing.clone(),
            checklists.clone(),
            props.storage.audits.clone(),
        );
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // Saved audits first: they are local and quick; the checklists may need the network.
                listing.set(Some(store.list().await));
                checklists.set(Some(catalogue::current(&store).await));
            });
        });
    }
    let start = {
        let (store, start_error) = (props.storage.audits.clone(), start_error.clone());
        Callback::from(move |available: Available| {
            let (store, start_error) = (store.clone(), start_error.clone());
            let (audit, effects) =
                Audit::start(clock::new_id(), available.loaded.reference(), clock::now());
            wasm_bindgen_futures::spawn_local(async move {
                // The exact definition first, so the audit opens even after a later version ships.
                let stored = catalogue::remember(&store, &available).await;
                match stored.and(save_all(&store, effects).await) {
                    Ok(()) => navigate(&Route::Audit(audit.id())),
                    Err(error) => start_error.set(Some(error)),
                }
            });
        })
    };
    let offered = checklists.as_deref().map(crate::offer::offered);
    html! {
        <div class="home">
            <h1>{ Text::Checklists.get(language) }</h1>
            if let Some(error) = &*start_error {
                <Notice message={error.message(language)} />
            }
            { checklist_cards(offered.as_ref(), &start, language) }
            <crate::components::ChecklistLoader store={props.storage.checklists.clone()} />
            <h1>{ Text::AuditsOnDevice.get(language) }</h1>
            { saved_audits(listing.as_ref(), offered.as_deref().unwrap_or_default(), language) }
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

fn checklist_cards(
    checklists: Option<&Vec<Result<Available, Unavailable>>>,
    start: &Callback<Available>,
    language: Language,
) -> Html {
    let Some(checklists) = checklists else {
        return html! { <p class="loading">{ Text::LoadingChecklists.get(language) }</p> };
    };
    html! {
        <ul class="checklists">
            for entry in checklists {
                {
                    match entry {
                        Ok(available) => checklist_card(available, start, language),
                        Err(unavailable) => html! { <li><Notice message={unavailable.message(language)} /></li> },
                    }
                }
            }
        </ul>
    }
}

fn checklist_card(available: &Available, start: &Callback<Available>, language: Language) -> Html {
    let checklist = &available.loaded.checklist;
    let onclick = {
        let available = available.clone();
        start.reform(move |_: MouseEvent| available.clone())
    };
    html! {
        <li class="checklist-card" data-checklist={checklist.id.clone()}>
            <h2>{ checklist.title.get(language) }</h2>
            <p class="meta">{ Text::VersionAndCount.fill(language, &[
                ("version", &checklist.version.to_string()),
                ("count", &checklist.questions().count().to_string()),
            ]) }</p>
            <p>{ checklist.description.get(language) }</p>
            <button type="button" class="start" {onclick}>{ Text::StartAudit.get(language) }</button>
        </li>
    }
}

fn saved_audits(
    listing: Option<&Result<Listing, StorageError>>,
    checklists: &[Result<Available, Unavailable>],
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
                            <li key={audit.id().to_string()}>{ saved_audit(audit, checklists, language) }</li>
                        }
                    </ul>
                }
            </>
        },
    }
}

fn saved_audit(
    audit: &Audit,
    checklists: &[Result<Available, Unavailable>],
    language: Language,
) -> Html {
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
    // Progress is shown for audits on a current checklist; older ones show it once opened.
    let checklist = checklists
        .iter()
        .flatten()
        .find(|a| a.loaded.reference() == record.checklist);
    html! {
        <a class="saved-audit" href={Route::Audit(record.id).href()}>
            <span class="supplier">{ supplier }</span>
            <span class="place">{ place }</span>
            if let Some(available) = checklist {
                <ProgressSummary progress={Progress::of_checklist(&available.loaded.checklist, record)} />
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
