//! Storage for the app embedded on another site when the browser keeps that site's storage
//! closed there (third-party storage blocked): the Storage Access API, asked on the user's
//! click, else a link to the app in its own tab. The host hears `error` only when both fail.

use std::cell::Cell;
use std::rc::Rc;

use audit_core::Language;
use audit_core::embed::Origin;
use gloo_timers::callback::Timeout;
use js_sys::{Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::IdbFactory;
use yew::prelude::*;

use super::post::{parent_window, report_error};
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::storage::{Storage, StorageError};

const REQUEST: &str = "requestStorageAccess";

/// Whether storage that failed to open can be asked for: the app is in a frame, storage is
/// unavailable (not merely unreadable), and the browser has the Storage Access API.
pub fn can_ask(error: &StorageError) -> bool {
    matches!(error, StorageError::Unavailable(_))
        && parent_window().is_some()
        && Reflect::has(&gloo_utils::document(), &JsValue::from_str(REQUEST)).unwrap_or(false)
}

/// Starts the request; must run inside the click's handler, where the browser sees the
/// user's gesture. `{ indexedDB, locks }` asks for those unpartitioned APIs: the plain form
/// unlocks cookies only.
fn request() -> Option<js_sys::Promise> {
    let document = gloo_utils::document();
    let function = Reflect::get(&document, &JsValue::from_str(REQUEST))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let types = Object::new();
    for api in ["indexedDB", "locks"] {
        Reflect::set(&types, &JsValue::from_str(api), &JsValue::TRUE).ok()?;
    }
    function.call1(&document, &types).ok()?.dyn_into().ok()
}

/// Opens storage through a granted handle's unpartitioned IndexedDB. A browser whose grant
/// has no handle (the plain API of Safari and Firefox) unblocks the page's own `indexedDB`.
async fn open_granted(
    handle: JsValue,
    on_outdated: Callback<StorageError>,
) -> Result<Storage, StorageError> {
    let on_outdated = move |error| on_outdated.emit(error);
    let factory = Reflect::get(&handle, &JsValue::from_str("indexedDB"))
        .ok()
        .and_then(|f| f.dyn_into::<IdbFactory>().ok());
    match factory {
        Some(factory) => Storage::open_in(factory.into(), on_outdated).await,
        None => Storage::open(on_outdated).await,
    }
}

/// How long a click may wait for storage: Chromium 156, granting access while its settings still
/// block the site's storage, can leave the open request through the handle unanswered.
const PATIENCE_MS: u32 = 10_000;

/// Where one click ends, once: storage opened, or the tab link offered and the host told.
#[derive(Clone)]
struct Outcome {
    settled: Rc<Cell<bool>>,
    refused: UseStateHandle<bool>,
    asking: UseStateHandle<bool>,
    error: StorageError,
    parent_origin: Option<Origin>,
    on_opened: Callback<Storage>,
}

impl Outcome {
    fn settle(&self, opened: Option<Storage>) {
        if self.settled.replace(true) {
            return;
        }
        match opened {
            Some(storage) => self.on_opened.emit(storage),
            None => {
                report_error(
                    self.parent_origin.as_ref(),
                    self.error.message(Language::En),
                );
                self.refused.set(true);
                self.asking.set(false);
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct StorageAccessProps {
    /// Why storage could not be opened.
    pub error: StorageError,
    /// Where `error` goes when storage cannot be had at all.
    pub parent_origin: Option<Origin>,
    /// Storage, once the browser granted it.
    pub on_opened: Callback<Storage>,
    /// Told when a newer version of the app takes the opened database over.
    pub on_outdated: Callback<StorageError>,
}

/// Says why audits cannot be saved in this frame and offers to allow storage; if the browser
/// refuses (or storage still will not open), offers the app in a new tab and tells the host.
#[component]
pub fn StorageAccess(props: &StorageAccessProps) -> Html {
    let language = use_language();
    let refused = use_state(|| false);
    let asking = use_state(|| false);
    let allow = {
        let outcome = Outcome {
            settled: Rc::default(),
            refused: refused.clone(),
            asking: asking.clone(),
            error: props.error.clone(),
            parent_origin: props.parent_origin.clone(),
            on_opened: props.on_opened.clone(),
        };
        let on_outdated = props.on_outdated.clone();
        Callback::from(move |_: MouseEvent| {
            let promise = request();
            outcome.asking.set(true);
            let outcome = Outcome {
                settled: Rc::default(),
                ..outcome.clone()
            };
            let on_outdated = on_outdated.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let granted = match promise {
                    Some(promise) => JsFuture::from(promise).await.ok(),
                    None => None,
                };
                let Some(handle) = granted else {
                    outcome.settle(None);
                    return;
                };
                // Patience starts after the grant: a browser's prompt may take the user a while.
                let late = outcome.clone();
                Timeout::new(PATIENCE_MS, move || late.settle(None)).forget();
                outcome.settle(open_granted(handle, on_outdated).await.ok());
            });
        })
    };
    let here = gloo_utils::window().location().href().unwrap_or_default();
    html! {
        <div class="storage-access">
            <p>{ Text::StorageAccessExplain.get(language) }</p>
            if *refused {
                <p class="notice" role="alert">{ Text::StorageAccessRefused.get(language) }</p>
                <a class="open-in-tab" href={here} target="_blank" rel="noopener">
                    { Text::StorageAccessOpenTab.get(language) }
                </a>
            } else {
                <button class="allow-storage" type="button" onclick={allow} disabled={*asking}>
                    { Text::StorageAccessAllow.get(language) }
                </button>
            }
        </div>
    }
}
