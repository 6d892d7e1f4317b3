use audit_core::{AuditRecord, Language, Progress};
use yew::prelude::*;

use crate::catalogue::{self, Available, Unavailable};
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
    let checklists = use_state(|| None::<Vec<Result<Available, Unavailable>>>);
    {
        let (listing, checklists, store) =
            (listing.clone(), checklists.clone(), props.store.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // Saved audits first: they are local and quick; the checklists may need the network.
                listing.set(Some(store.list().await));
                checklists.set(Some(catalogue::current(&store).await));
            });
        });
    }
    let start = {
        let (store, start_error) = (props.store.clone(), start_error.clone());
        Callback::from(move |available: Available| {
            let (store, start_error) = (store.clone(), start_error.clone());
            let record =
                AuditRecord::new(clock::new_id(), available.loaded.reference(), clock::now());
            wasm_bindgen_futures::spawn_local(async move {
                // The exact definition first, so the audit opens even after a later version ships.
                let stored = catalogue::remember(&store, &available).await;
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
            { checklist_cards(checklists.as_ref(), &start, language) }
            <h1>{ Text::AuditsOnDevice.get(language) }</h1>
            { saved_audits(listing.as_ref(), checklists.as_deref().unwrap_or_default(), language) }
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
                if listing.records.is_empty() {
                    <p class="empty">{ Text::NoAudits.get(language) }</p>
                } else {
                    <ul class="saved-audits">
                        for record in &listing.records {
                            <li key={record.id.to_string()}>{ saved_audit(record, checklists, language) }</li>
                        }
                    </ul>
                }
            </>
        },
    }
}

fn saved_audit(
    record: &AuditRecord,
    checklists: &[Result<Available, Unavailable>],
    language: Language,
) -> Html {
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
            <span class="updated">{ Text::LastChange.fill(language, &[("time", &clock::local(&record.updated))]) }</span>
        </a>
    }
}
