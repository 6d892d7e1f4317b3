use audit_core::signing::{SignedDocument, reconcile};
use audit_core::{AuditRecord, Language, LoadedChecklist, Progress};
use yew::prelude::*;

use crate::components::{FilePicker, Notice, PickedFile, ProgressSummary};
use crate::effects::clock;
use crate::hooks::navigate;
use crate::route::Route;
use crate::storage::{AuditStore, Listing, Storage, StorageError, StoredAudit};

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    pub storage: Storage,
}

/// The checklists one can start, and the audits saved on this device.
#[component]
pub fn HomePage(props: &HomePageProps) -> Html {
    crate::catalog::use_catalog_changes();
    let listing = use_state(|| None::<Result<Listing, StorageError>>);
    let start_error = use_state(|| None::<String>);
    {
        let (listing, store) = (listing.clone(), props.storage.audits.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                listing.set(Some(store.list().await));
            });
        });
    }
    let start = {
        let (store, start_error) = (props.storage.audits.clone(), start_error.clone());
        Callback::from(move |loaded: &'static LoadedChecklist| {
            let (store, start_error) = (store.clone(), start_error.clone());
            let record = AuditRecord::new(clock::new_id(), loaded.reference(), clock::now());
            wasm_bindgen_futures::spawn_local(async move {
                match store.put(&record).await {
                    Ok(()) => navigate(&Route::Audit(record.id)),
                    Err(error) => start_error.set(Some(error.to_string())),
                }
            });
        })
    };
    html! {
        <div class="home">
            <h1>{ "Checklists" }</h1>
            if let Some(message) = (*start_error).clone() {
                <Notice {message} />
            }
            <ul class="checklists">
                for loaded in crate::catalog::offered() {
                    <li class="checklist-card" data-checklist={loaded.checklist.id.clone()}>
                        <h2>{ loaded.checklist.title.get(Language::En) }</h2>
                        <p class="meta">{ format!(
                            "Version {} · {} questions",
                            loaded.checklist.version,
                            loaded.checklist.questions().count()
                        ) }</p>
                        <p>{ loaded.checklist.description.get(Language::En) }</p>
                        <button type="button" class="start" onclick={start.reform(move |_| loaded)}>
                            { "Start a new audit" }
                        </button>
                    </li>
                }
            </ul>
            <crate::components::ChecklistLoader store={props.storage.checklists.clone()} />
            <h1>{ "Audits on this device" }</h1>
            { saved_audits(listing.as_ref()) }
            <FilePicker
                id="import-signed"
                label="Take in a finalized audit sent for signature (JSON)"
                on_pick={import(props.storage.audits.clone(), start_error.setter())}
            />
        </div>
    }
}

fn saved_audits(listing: Option<&Result<Listing, StorageError>>) -> Html {
    match listing {
        None => html! { <p class="loading">{ "Reading saved audits…" }</p> },
        Some(Err(error)) => html! { <Notice message={error.to_string()} /> },
        Some(Ok(listing)) => html! {
            <>
                for problem in &listing.unreadable {
                    <Notice message={problem.to_string()} />
                }
                if listing.audits.is_empty() {
                    <p class="empty">{ "No audit has been started on this device yet." }</p>
                } else {
                    <ul class="saved-audits">
                        for audit in &listing.audits {
                            <li key={audit.record.id.to_string()}>{ saved_audit(audit) }</li>
                        }
                    </ul>
                }
            </>
        },
    }
}

fn saved_audit(audit: &StoredAudit) -> Html {
    let record = &audit.record;
    let header = &record.header;
    let supplier = if header.supplier.is_empty() {
        "Supplier not named yet"
    } else {
        &header.supplier
    };
    let place = [header.site.as_str(), header.date.as_str()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let checklist = crate::catalog::find(&record.checklist);
    html! {
        <a class="saved-audit" href={Route::Audit(record.id).href()}>
            <span class="supplier">{ supplier }</span>
            <span class="place">{ place }</span>
            if let Some(loaded) = checklist {
                <ProgressSummary progress={Progress::of_checklist(&loaded.checklist, record)} />
            }
            if let Some(document) = &audit.signed {
                <span class="status">{ format!("Finalized · {} of {} signatures", document.proofs().len(), record.signatories.len()) }</span>
            } else if record.is_finalized() {
                <span class="status">{ "Finalized · not signed yet" }</span>
            }
            <span class="updated">{ format!("Last change {}", clock::local(&record.updated)) }</span>
        </a>
    }
}

/// Takes in a signed (or finalized) audit file: merges its signatures with what this device
/// holds, or refuses it with the reason, never touching local work on refusal.
fn import(
    audits: AuditStore,
    report: UseStateSetter<Option<String>>,
) -> Callback<Result<PickedFile, String>> {
    Callback::from(move |picked: Result<PickedFile, String>| {
        let (audits, report) = (audits.clone(), report.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match take_in(&audits, picked).await {
                Ok(id) => navigate(&Route::Audit(id)),
                Err(message) => report.set(Some(message)),
            }
        });
    })
}

async fn take_in(
    audits: &AuditStore,
    picked: Result<PickedFile, String>,
) -> Result<audit_core::Uuid, String> {
    let file = picked?;
    let refuse = |reason: &dyn std::fmt::Display| format!("{}: {reason}", file.name);
    let incoming = SignedDocument::parse(&file.text).map_err(|e| refuse(&e))?;
    let id = incoming.record().map_err(|e| refuse(&e))?.id;
    let local = audits.get(id).await.map_err(|e| refuse(&e))?;
    let reconciled = reconcile(
        local.as_ref().map(|a| &a.record),
        local.as_ref().and_then(|a| a.signed.as_ref()),
        incoming,
    )
    .map_err(|e| refuse(&e))?;
    if reconciled.document.proofs().is_empty() {
        let record = reconciled.document.record().map_err(|e| refuse(&e))?;
        audits.put(&record).await.map_err(|e| refuse(&e))?;
    } else {
        audits
            .put_signed(&reconciled.document)
            .await
            .map_err(|e| refuse(&e))?;
    }
    Ok(id)
}
