use audit_core::{AuditRecord, Language, LoadedChecklist, Progress};
use yew::prelude::*;

use crate::bundled;
use crate::components::{Notice, ProgressSummary};
use crate::effects::clock;
use crate::hooks::navigate;
use crate::route::Route;
use crate::storage::{AuditStore, Listing, StorageError};

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    pub store: AuditStore,
}

/// The checklists one can start, and the audits saved on this device.
#[component]
pub fn HomePage(props: &HomePageProps) -> Html {
    let listing = use_state(|| None::<Result<Listing, StorageError>>);
    let start_error = use_state(|| None::<StorageError>);
    {
        let (listing, store) = (listing.clone(), props.store.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                listing.set(Some(store.list().await));
            });
        });
    }
    let start = {
        let (store, start_error) = (props.store.clone(), start_error.clone());
        Callback::from(move |loaded: &'static LoadedChecklist| {
            let (store, start_error) = (store.clone(), start_error.clone());
            let record = AuditRecord::new(clock::new_id(), loaded.reference(), clock::now());
            wasm_bindgen_futures::spawn_local(async move {
                match store.put(&record).await {
                    Ok(()) => navigate(&Route::Audit(record.id)),
                    Err(error) => start_error.set(Some(error)),
                }
            });
        })
    };
    html! {
        <div class="home">
            <h1>{ "Checklists" }</h1>
            if let Some(error) = &*start_error {
                <Notice message={error.to_string()} />
            }
            <ul class="checklists">
                for loaded in bundled::checklists() {
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
            <h1>{ "Audits on this device" }</h1>
            { saved_audits(listing.as_ref()) }
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
                if listing.records.is_empty() {
                    <p class="empty">{ "No audit has been started on this device yet." }</p>
                } else {
                    <ul class="saved-audits">
                        for record in &listing.records {
                            <li key={record.id.to_string()}>{ saved_audit(record) }</li>
                        }
                    </ul>
                }
            </>
        },
    }
}

fn saved_audit(record: &AuditRecord) -> Html {
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
    let checklist = bundled::find(&record.checklist);
    html! {
        <a class="saved-audit" href={Route::Audit(record.id).href()}>
            <span class="supplier">{ supplier }</span>
            <span class="place">{ place }</span>
            if let Some(loaded) = checklist {
                <ProgressSummary progress={Progress::of_checklist(&loaded.checklist, record)} />
            }
            <span class="updated">{ format!("Last change {}", clock::local(&record.updated)) }</span>
        </a>
    }
}
