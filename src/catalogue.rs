//! The checklists the app ships. They are served as same-origin JSON files beside the app
//! (`checklists/<id>.json`, older versions in `checklists/archive/<id>-<version>.json`) and
//! fetched when needed, so that their text, about 115 KB gzip in four languages, is not part
//! of the wasm that every visit downloads. Each file fetched is kept in IndexedDB, so the
//! checklists keep working when the files cannot be fetched after one visit.

use std::rc::Rc;

use audit_core::{ChecklistRef, Language, LoadedChecklist, parse_checklist};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::Text;
use crate::storage::AuditStore;

/// The checklists a new audit can be started on, by id.
pub const CURRENT: &[&str] = &[
    "supplier-due-diligence",
    "prevention-plan",
    "monitoring-visit",
];

/// Earlier versions still shipped, by id and version, for drafts started on them before
/// the app stored definitions on the device.
pub const ARCHIVED: &[(&str, &str)] = &[
    ("supplier-due-diligence", "0.1.0"),
    ("supplier-due-diligence", "1.0.0"),
    ("prevention-plan", "1.0.0"),
    ("monitoring-visit", "1.0.0"),
];

/// A checklist with the exact text it was loaded from, which is what gets stored.
#[derive(Clone, Debug)]
pub struct Available {
    pub text: Rc<str>,
    pub loaded: Rc<LoadedChecklist>,
}

impl PartialEq for Available {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded, &other.loaded)
    }
}

/// A shipped checklist that could be neither fetched nor read from the device.
#[derive(Clone, Debug, PartialEq)]
pub struct Unavailable {
    pub file: String,
    pub why: String,
}

impl Unavailable {
    pub fn message(&self, language: Language) -> String {
        Text::ChecklistUnavailable.fill(language, &[("file", &self.file), ("why", &self.why)])
    }
}

fn current_path(id: &str) -> String {
    format!("checklists/{id}.json")
}

fn archived_path(id: &str, version: &str) -> String {
    format!("checklists/archive/{id}-{version}.json")
}

/// Every current checklist, in the order of [`CURRENT`].
pub async fn current(store: &AuditStore) -> Vec<Result<Available, Unavailable>> {
    let mut all = Vec::new();
    for id in CURRENT {
        all.push(load(store, &current_path(id), Keep::Yes).await);
    }
    all
}

/// Whether `reference` names an archived (older) version.
pub fn is_archived(reference: &ChecklistRef) -> bool {
    ARCHIVED
        .iter()
        .any(|(id, version)| reference.id == *id && reference.version.to_string() == *version)
}

/// The exact checklist an audit was started on: the copy stored on the device when it
/// started, else a shipped file with the same content hash (then stored for next time).
pub async fn resolve(store: &AuditStore, reference: &ChecklistRef) -> Option<Available> {
    let found = look_up(store, reference, Keep::Yes).await?;
    // Best effort: the fetched copy serves this visit whatever happens.
    let _ = remember(store, &found).await;
    Some(found)
}

/// Like [`resolve`], but writes nothing: for files that may yet be refused.
pub async fn find(store: &AuditStore, reference: &ChecklistRef) -> Option<Available> {
    look_up(store, reference, Keep::No).await
}

/// Whether a fetched checklist file is kept on the device for when it cannot be fetched.
#[derive(Clone, Copy, PartialEq)]
enum Keep {
    Yes,
    No,
}

async fn look_up(store: &AuditStore, reference: &ChecklistRef, keep: Keep) -> Option<Available> {
    let stored = store.definition(&reference.sha256).await.ok().flatten();
    if let Some(available) = stored.and_then(|text| parse(text.into()).ok())
        && available.loaded.reference() == *reference
    {
        return Some(available);
    }
    let version = reference.version.to_string();
    let candidates = [
        CURRENT
            .contains(&reference.id.as_str())
            .then(|| current_path(&reference.id)),
        is_archived(reference).then(|| archived_path(&reference.id, &version)),
    ];
    for path in candidates.into_iter().flatten() {
        if let Ok(available) = load(store, &path, keep).await
            && available.loaded.reference() == *reference
        {
            return Some(available);
        }
    }
    None
}

/// Stores the exact definition an audit is started on, under its hash.
pub async fn remember(
    store: &AuditStore,
    available: &Available,
) -> Result<(), crate::storage::StorageError> {
    store
        .put_definition(&available.loaded.sha256, &available.text)
        .await
}

/// Fetches a shipped file and keeps a copy; without the network, reads the copy.
async fn load(store: &AuditStore, path: &str, keep: Keep) -> Result<Available, Unavailable> {
    let unavailable = |why: String| Unavailable {
        file: path.to_owned(),
        why,
    };
    match fetch_text(path).await {
        Ok(text) => {
            let available = parse(text.into()).map_err(unavailable)?;
            if keep == Keep::Yes {
                let _ = store.put_shipped_file(path, &available.text).await;
            }
            Ok(available)
        }
        Err(fetch_error) => match store.shipped_file(path).await {
            Ok(Some(text)) => parse(text.into()).map_err(unavailable),
            _ => Err(unavailable(fetch_error)),
        },
    }
}

fn parse(text: Rc<str>) -> Result<Available, String> {
    let loaded = parse_checklist(&text).map_err(|e| e.to_string())?;
    Ok(Available {
        text,
        loaded: Rc::new(loaded),
    })
}

async fn fetch_text(path: &str) -> Result<String, String> {
    let describe = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let response: web_sys::Response = JsFuture::from(gloo_utils::window().fetch_with_str(path))
        .await
        .map_err(describe)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?
        .as_string()
        .ok_or_else(|| "the response is not text".to_owned())
}
