//! The checklists the app ships. They are served as same-origin JSON files beside the app
//! (`checklists/<id>.json`, older versions in `checklists/archive/<id>-<version>.json`) and
//! fetched when needed, so that their text, about 115 KB gzip in four languages, is not part
//! of the wasm that every visit downloads. The home screen reads only the catalogue index,
//! `checklists/index.json` (a few KB, written by the build: `scripts/catalogue-index.mjs`);
//! a definition is fetched when an audit starts on it, and checked against the index's hash.
//! Each file fetched is kept in IndexedDB, so the index and the definitions already used keep
//! working when the files cannot be fetched after one visit.

use std::rc::Rc;

use audit_core::{ChecklistRef, Language, LoadedChecklist, LocalizedText, parse_checklist};
use serde::Deserialize;
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

/// One shipped checklist as the catalogue index describes it: enough for the home screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Id, version and content hash: what an audit started on it will pin.
    pub reference: ChecklistRef,
    /// The definition's file name, beside the index.
    pub file: String,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub questions: usize,
}

const INDEX_PATH: &str = "checklists/index.json";
const INDEX_FORMAT: &str = "supplier-audit-catalogue/1";

#[derive(Deserialize)]
struct RawIndex {
    format: String,
    checklists: Vec<RawEntry>,
}

#[derive(Deserialize)]
struct RawEntry {
    id: String,
    version: String,
    sha256: String,
    file: String,
    title: LocalizedText,
    #[serde(default)]
    description: LocalizedText,
    questions: usize,
}

impl Entry {
    fn path(&self) -> String {
        format!("checklists/{}", self.file)
    }
}

/// The catalogue index's entries, in the order of [`CURRENT`] (others after, as listed).
fn parse_index(text: &str) -> Result<Vec<Entry>, String> {
    // Through `Value`, whose deserializers the app already has: no second copy of serde code.
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let raw = RawIndex::deserialize(&value).map_err(|e| e.to_string())?;
    if raw.format != INDEX_FORMAT {
        return Err(format!(
            "format {:?}, expected {INDEX_FORMAT:?}",
            raw.format
        ));
    }
    let mut entries = raw
        .checklists
        .into_iter()
        .map(|raw| {
            let reference = serde_json::json!({
                "id": raw.id, "version": raw.version, "sha256": raw.sha256,
            });
            Ok(Entry {
                reference: ChecklistRef::deserialize(&reference)
                    .map_err(|e| format!("{}: {e}", raw.file))?,
                file: raw.file,
                title: raw.title,
                description: raw.description,
                questions: raw.questions,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let rank = |e: &Entry| {
        CURRENT
            .iter()
            .position(|id| *id == e.reference.id)
            .unwrap_or(CURRENT.len())
    };
    entries.sort_by_key(rank);
    Ok(entries)
}

/// The shipped checklists, from the catalogue index (fetched, else the copy kept on the device).
pub async fn index(store: &AuditStore) -> Result<Vec<Entry>, Unavailable> {
    match fetch_text(INDEX_PATH).await {
        Ok(text) => {
            let entries = parse_index(&text).map_err(index_unavailable)?;
            let _ = store.put_shipped_file(INDEX_PATH, &text).await;
            Ok(entries)
        }
        Err(fetch_error) => match store.shipped_file(INDEX_PATH).await {
            Ok(Some(text)) => parse_index(&text).map_err(index_unavailable),
            _ => Err(index_unavailable(fetch_error)),
        },
    }
}

/// The shipped checklists, from the catalogue index on the network only: for the first screen,
/// which opens no storage (the app that follows falls back to the copy kept on the device).
pub async fn fetched_index() -> Result<Vec<Entry>, Unavailable> {
    let text = fetch_text(INDEX_PATH).await.map_err(index_unavailable)?;
    parse_index(&text).map_err(index_unavailable)
}

/// The catalogue index could not be had, or does not list what was asked for, and `why`.
pub fn index_unavailable(why: String) -> Unavailable {
    Unavailable {
        file: INDEX_PATH.to_owned(),
        why,
    }
}

/// The definition an index entry describes, to start an audit on: the copy on the device when
/// an audit already used it, else the shipped file, which must have the index's content hash.
pub async fn definition(store: &AuditStore, entry: &Entry) -> Result<Available, Unavailable> {
    if let Some(available) = stored(store, &entry.reference.sha256).await
        && available.loaded.reference() == entry.reference
    {
        return Ok(available);
    }
    let path = entry.path();
    let available = load(store, &path, Keep::Yes).await?;
    let found = available.loaded.reference();
    if found != entry.reference {
        return Err(Unavailable {
            file: path,
            why: format!(
                "its content is {} {} (sha256 {}), the catalogue names {} {} (sha256 {})",
                found.id,
                found.version,
                found.sha256,
                entry.reference.id,
                entry.reference.version,
                entry.reference.sha256
            ),
        });
    }
    Ok(available)
}

/// The definition stored on the device under `sha256` (when an audit started on it), without
/// the network.
pub async fn stored(store: &AuditStore, sha256: &str) -> Option<Available> {
    let text = store.definition(sha256).await.ok().flatten()?;
    parse(text.into()).ok()
}

fn current_path(id: &str) -> String {
    format!("checklists/{id}.json")
}

fn archived_path(id: &str, version: &str) -> String {
    format!("checklists/archive/{id}-{version}.json")
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
