use std::rc::Rc;

use audit_core::workflow::{self, Action, Audit, Effect, Incoming, Listed};
use audit_core::{Language, Uuid};
use yew::prelude::*;

use crate::catalogue::{self, Entry, Unavailable};
use crate::components::{
    AuditBin, AuditList, ChecklistCard, Definitions, FilePicker, Notice, PickedFile, PickedZip,
};
use crate::effects::bundle_io::{self, Unpacked};
use crate::effects::clock;
use crate::hooks::{navigate, use_language};
use crate::i18n::{Text, errors};
use crate::offer::Offered;
use crate::route::Route;
use crate::storage::{AuditStore, BinEntry, BinError, Listing, Storage, StorageError};

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    pub storage: Storage,
    /// The id of a shipped checklist to start an audit on, as the first screen asked.
    #[prop_or_default]
    pub start: Option<String>,
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
    let definitions = use_state(|| Rc::new(Definitions::new()));
    let statuses = use_state(|| Rc::new(Vec::<(Audit, Listed)>::new()));
    let bin = use_state(|| None::<Result<BinContents, StorageError>>);
    let list_error = use_state(|| None::<String>);
    // Bumped after each change to the list or the bin, to read both again.
    let generation = use_state(|| 0_u32);
    {
        let index = index.clone();
        let store = props.storage.audits.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                index.set(Some(catalogue::index(&store).await));
            });
        });
    }
    {
        let (listing, statuses, definitions, store) = (
            listing.clone(),
            statuses.clone(),
            definitions.clone(),
            props.storage.audits.clone(),
        );
        let (bin, bin_store) = (bin.clone(), props.storage.bin.clone());
        use_effect_with(*generation, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let read = bin_store.list().await;
                bin.set(Some(read.map(|(entries, unreadable)| BinContents {
                    entries: Rc::new(entries),
                    unreadable: Rc::new(unreadable),
                })));
            });
            wasm_bindgen_futures::spawn_local(async move {
                let listed = store.list().await;
                // Statuses verify signatures: once per reading, not on every keystroke.
                if let Ok(read) = &listed {
                    let entries = workflow::listed(&read.audits, &clock::now(), clock::today());
                    statuses.set(Rc::new(entries));
                }
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
                definitions.set(Rc::new(found));
            });
        });
    }
    let actions = ListActions {
        storage: props.storage.clone(),
        statuses: statuses.clone(),
        generation: generation.clone(),
        error: list_error.clone(),
        language,
    };
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
    {
        // Asked for by the address (`#/start/<id>`): started once the index is read. The address
        // becomes the home screen's again, so that Back from the new audit comes home and a
        // reload starts nothing twice.
        let (index, start, start_error) = (index.clone(), start.clone(), start_error.clone());
        use_effect_with(
            (props.start.clone(), index.is_some()),
            move |(wanted, _)| {
                let (Some(wanted), Some(read)) = (wanted, &*index) else {
                    return;
                };
                let _ = gloo_utils::window().location().replace(&Route::Home.href());
                let entries = read.as_deref().unwrap_or_default();
                let found = crate::offer::offered(entries)
                    .into_iter()
                    .find(|offered| offered.id() == wanted);
                match (found, read) {
                    (Some(offered), _) => start.emit(offered),
                    (None, Err(unavailable)) => {
                        start_error.set(Some(StartProblem::Checklist(unavailable.clone())));
                    }
                    (None, Ok(_)) => start_error.set(Some(StartProblem::Checklist(
                        catalogue::index_unavailable(format!("it lists no checklist {wanted:?}")),
                    ))),
                }
            },
        );
    }
    // Shown whole once the index and the list are read, so that nothing moves afterwards.
    let (Some(indexed), Some(listed)) = (&*index, &*listing) else {
        return html! {
            <div class="home">
                <h1>{ Text::Checklists.get(language) }</h1>
                <p class="loading">{ Text::LoadingChecklists.get(language) }</p>
            </div>
        };
    };
    let has_audits = listed.as_ref().is_ok_and(|l| !l.audits.is_empty());
    let (offered, index_problem) = match indexed {
        Ok(entries) => (crate::offer::offered(entries), None),
        Err(unavailable) => (crate::offer::offered(&[]), Some(unavailable)),
    };
    html! {
        <div class="home">
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
            // Beside the audits it is about, and below the checklists: it appears once the
            // browser has answered, which must not move a Start button about to be tapped.
            <crate::components::StorageStatus {has_audits} />
            <h1>{ Text::AuditsOnDevice.get(language) }</h1>
            if let Some(message) = (*list_error).clone() {
                <Notice {message} />
            }
            { saved_audits(listing.as_ref(), &statuses, &definitions, &actions) }
            <FilePicker
                id="import-signed"
                label={Text::TakeInSigned.get(language)}
                on_pick={import(props.storage.audits.clone(), import_error.setter(), language)}
                on_zip={import_bundle(props.storage.clone(), import_error.setter(), language)}
            />
            if let Some(message) = (*import_error).clone() {
                <Notice {message} />
            }
            {
                match &*bin {
                    Some(Ok(bin)) => html! {
                        <AuditBin
                            entries={bin.entries.clone()}
                            unreadable={bin.unreadable.clone()}
                            on_restore={actions.restore()}
                            on_empty={actions.empty()}
                        />
                    },
                    Some(Err(error)) => html! { <Notice message={error.message(language)} /> },
                    None => html! {},
                }
            }
        </div>
    }
}

fn checklist_card(offered: &Offered, start: &Callback<Offered>, language: Language) -> Html {
    let (version, title, description, questions) = match offered {
        Offered::Shipped(entry) => (
            entry.reference.version.to_string(),
            entry.title.get(language),
            entry.description.get(language),
            entry.questions,
        ),
        Offered::Custom(available) => {
            let checklist = &available.loaded.checklist;
            (
                checklist.version.to_string(),
                checklist.title.get(language),
                checklist.description.get(language),
                checklist.questions().count(),
            )
        }
    };
    let on_start = {
        let offered = offered.clone();
        start.reform(move |()| offered.clone())
    };
    html! {
        <ChecklistCard
            id={offered.id().to_owned()}
            version={version}
            title={title.to_owned()}
            description={description.to_owned()}
            {questions}
            {on_start}
        />
    }
}

fn saved_audits(
    listing: Option<&Result<Listing, StorageError>>,
    statuses: &Rc<Vec<(Audit, Listed)>>,
    definitions: &Rc<Definitions>,
    actions: &ListActions,
) -> Html {
    let language = actions.language;
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
                    <AuditList
                        audits={statuses.clone()}
                        definitions={definitions.clone()}
                        on_duplicate={actions.duplicate()}
                        on_delete={actions.delete()}
                    />
                }
            </>
        },
    }
}

/// The bin as read: the deleted audits, and the entries that could not be read.
#[derive(Clone, PartialEq)]
struct BinContents {
    entries: Rc<Vec<BinEntry>>,
    unreadable: Rc<Vec<StorageError>>,
}

/// What can be done from the list and the bin; each reads both again once done, or says why
/// it failed.
#[derive(Clone)]
struct ListActions {
    storage: Storage,
    statuses: UseStateHandle<Rc<Vec<(Audit, Listed)>>>,
    generation: UseStateHandle<u32>,
    error: UseStateHandle<Option<String>>,
    language: Language,
}

impl ListActions {
    /// Shows why `outcome` failed, or reads the list and the bin again.
    fn finish(&self, outcome: Result<(), BinError>) {
        match outcome {
            Ok(()) => {
                self.error.set(None);
                self.generation.set(self.generation.wrapping_add(1));
            }
            Err(error) => self.error.set(Some(error.message(self.language))),
        }
    }

    /// Saves a new draft copied from the audit, then opens it.
    fn duplicate(&self) -> Callback<Uuid> {
        let this = self.clone();
        Callback::from(move |id: Uuid| {
            let Some((original, _)) = this.statuses.iter().find(|(a, _)| a.id() == id) else {
                return;
            };
            let (_, effects) = original.duplicate(clock::new_id(), clock::now());
            let this = this.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = save_all(&this.storage.audits, effects).await;
                this.finish(outcome.map_err(BinError::Storage));
            });
        })
    }

    fn delete(&self) -> Callback<Uuid> {
        let this = self.clone();
        Callback::from(move |id: Uuid| {
            let this = this.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = this.storage.bin.throw_away(id, clock::now()).await;
                this.finish(outcome);
            });
        })
    }

    fn restore(&self) -> Callback<Uuid> {
        let this = self.clone();
        Callback::from(move |id: Uuid| {
            let this = this.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = this.storage.bin.restore(id).await;
                this.finish(outcome);
            });
        })
    }

    fn empty(&self) -> Callback<()> {
        let this = self.clone();
        Callback::from(move |()| {
            let this = this.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = this.storage.bin.empty().await;
                this.finish(outcome.map_err(BinError::Storage));
            });
        })
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

/// Takes in a bundle (.zip): the core reads and checks it whole, its photos and checklist are
/// stored, then its audit goes through the very same take-in as a signed JSON file.
fn import_bundle(
    storage: Storage,
    report: UseStateSetter<Option<String>>,
    language: Language,
) -> Callback<Result<PickedZip, String>> {
    Callback::from(move |picked: Result<PickedZip, String>| {
        let (storage, report) = (storage.clone(), report.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let zip = match picked {
                Ok(zip) => zip,
                Err(message) => return report.set(Some(message)),
            };
            let named = |text: Text, reason: &str| {
                text.fill(language, &[("file", &zip.name), ("reason", reason)])
            };
            match bundle_io::unpack(&storage, &zip.bytes).await {
                Err(problem) => {
                    let reason = Text::BundleRefused
                        .fill(language, &[("reason", &problem.message(language))]);
                    report.set(Some(named(Text::NamedFileProblem, &reason)));
                }
                Ok(Unpacked::NothingNew) => report.set(Some(named(Text::BundleNothingNew, ""))),
                Ok(Unpacked::Audit(text)) => {
                    let file = PickedFile {
                        name: zip.name.clone(),
                        text,
                    };
                    match take_in(&storage.audits, Ok(file), language).await {
                        Ok(id) => navigate(&Route::Audit(id)),
                        Err(message) => report.set(Some(message)),
                    }
                }
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

/// Writes what the workflow asked to save, then opens what it asked to open; the home screen
/// has no other effects to run.
async fn save_all(audits: &AuditStore, effects: Vec<Effect>) -> Result<(), StorageError> {
    for effect in effects {
        match effect {
            Effect::Save { stored, .. } => audits.put(&stored).await?,
            Effect::Open(id) => navigate(&Route::Audit(id)),
            Effect::Sign(_) | Effect::Download { .. } => {}
        }
    }
    Ok(())
}
