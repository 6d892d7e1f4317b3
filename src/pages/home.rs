use audit_core::{AuditRecord, Language, Progress};
use yew::prelude::*;

use crate::bundled::{self, Bundled};
use crate::components::{Notice, ProgressSummary};
use crate::effects::clock;
use crate::hooks::{navigate, use_language};
use crate::i18n::Text;
use crate::route::Route;
use crate::storage::{AuditStore, Listing, StorageError};

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    pub store: AuditStore,
}

/// The checklists one can start, and the audits saved on this device.
#[component]
pub fn HomePage(props: &HomePageProps) -> Html {
    let language = use_language();
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
        Callback::from(move |bundled: &'static Bundled| {
            let (store, start_error) = (store.clone(), start_error.clone());
            let loaded = &bundled.loaded;
            let record = AuditRecord::new(clock::new_id(), loaded.reference(), clock::now());
            wasm_bindgen_futures::spawn_local(async move {
                // The exact definition first, so the audit opens even after a later version ships.
                let stored = store.put_definition(&loaded.sha256, bundled.text).await;
                match stored.and(store.put(&record).await) {
                    Ok(()) => navigate(&Route::Audit(record.id)),
                    Err(error) => start_error.set(Some(error)),
                }
            });
        })
    };
    html! {
        <div class="home">
            <h1>{ Text::Checklists.get(language) }</h1>
            if let Some(error) = &*start_error {
                <Notice message={error.message(language)} />
            }
            <ul class="checklists">
                for bundled in bundled::current() {
                    <li class="checklist-card" data-checklist={bundled.loaded.checklist.id.clone()}>
                        <h2>{ bundled.loaded.checklist.title.get(language) }</h2>
                        <p class="meta">{ Text::VersionAndCount.fill(language, &[
                            ("version", &bundled.loaded.checklist.version.to_string()),
                            ("count", &bundled.loaded.checklist.questions().count().to_string()),
                        ]) }</p>
                        <p>{ bundled.loaded.checklist.description.get(language) }</p>
                        <button type="button" class="start" onclick={start.reform(move |_| bundled)}>
                            { Text::StartAudit.get(language) }
                        </button>
                    </li>
                }
            </ul>
            <h1>{ Text::AuditsOnDevice.get(language) }</h1>
            { saved_audits(listing.as_ref(), language) }
        </div>
    }
}

fn saved_audits(listing: Option<&Result<Listing, StorageError>>, language: Language) -> Html {
    match listing {
        None => html! { <p class="loading">{ Text::ReadingAudits.get(language) }</p> },
        Some(Err(error)) => html! { <Notice message={error.message(language)} /> },
        Some(Ok(listing)) => html! {
            <>
                for problem in &listing.unreadable {
                    <Notice message={problem.message(language)} />
                }
                if listing.records.is_empty() {
                    <p class="empty">{ Text::NoAudits.get(language) }</p>
                } else {
                    <ul class="saved-audits">
                        for record in &listing.records {
                            <li key={record.id.to_string()}>{ saved_audit(record, language) }</li>
                        }
                    </ul>
                }
            </>
        },
    }
}

fn saved_audit(record: &AuditRecord, language: Language) -> Html {
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
    let checklist = bundled::find(&record.checklist);
    html! {
        <a class="saved-audit" href={Route::Audit(record.id).href()}>
            <span class="supplier">{ supplier }</span>
            <span class="place">{ place }</span>
            if let Some(bundled) = checklist {
                <ProgressSummary progress={Progress::of_checklist(&bundled.loaded.checklist, record)} />
            }
            <span class="updated">{ Text::LastChange.fill(language, &[("time", &clock::local(&record.updated))]) }</span>
        </a>
    }
}
