use audit_core::embed::{ChecklistSource, Incoming, Outgoing};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::MessageEvent;

use audit_core::Language;

use crate::hooks::navigate;
use crate::i18n::Text;
use crate::offer;
use crate::route::Route;
use crate::storage::{Storage, StorageError};

/// Posts `message` to the parent page, addressed to the configured origin only (never "*"):
/// the browser drops it if the parent is anything else. Without a parentOrigin, or outside an
/// iframe, posts nothing.
pub fn post(message: &Outgoing) {
    let Some(origin) = &super::config().parent_origin else {
        return;
    };
    let Some(parent) = parent_window() else {
        return;
    };
    let Ok(data) = js_sys::JSON::parse(&message.to_json()) else {
        return;
    };
    if let Err(e) = parent.post_message(&data, origin.as_str()) {
        web_sys::console::warn_1(&e);
    }
}

/// Posts an `error` message to the host.
pub fn report_error(message: String) {
    post(&Outgoing::Error { message });
}

/// Once storage is open: restores saved definitions, loads the configured checklist, starts
/// listening to the host, and tells it the app is ready. If storage could not be opened (an
/// embedded site whose browser blocks third-party storage), tells the host why instead.
pub async fn attach(opened: &Result<Storage, StorageError>) {
    let storage = match opened {
        Ok(storage) => storage,
        Err(error) => {
            report_error(error.message(Language::En));
            return;
        }
    };
    for problem in offer::restore(&storage.checklists).await {
        super::notices::add(problem);
    }
    match &super::config().checklist {
        Some(ChecklistSource::Url { url, .. }) => offer(storage, url).await,
        Some(ChecklistSource::Bundled(id)) if !offer::is_shipped(id) => {
            let problem = |language| Text::EmbedUnknownChecklist.fill(language, &[("id", id)]);
            report_error(problem(Language::En));
            super::notices::add(problem(super::language()));
        }
        _ => {}
    }
    if super::config().parent_origin.is_some() {
        listen(storage.clone());
        post(&Outgoing::Ready);
    }
}

/// Loads the checklist at `url` and offers it alone; a refusal is shown and sent to the host.
async fn offer(storage: &Storage, url: &str) {
    match offer::load_url(&storage.checklists, url).await {
        Ok(loaded) => offer::choose(loaded),
        Err(refused) => {
            report_error(refused.message(Language::En));
            super::notices::add(refused.message(super::language()));
        }
    }
}

/// Accepts messages from the parent window at the configured origin; logs and ignores the rest.
fn listen(storage: Storage) {
    let window = gloo_utils::window();
    let listener = EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<MessageEvent>() else {
            return;
        };
        let expected = super::config().parent_origin.as_ref().map(|o| o.as_str());
        let from_parent = parent_window()
            .zip(event.source())
            .is_some_and(|(parent, source)| js_sys::Object::is(&parent, &source));
        if expected != Some(event.origin().as_str()) || !from_parent {
            web_sys::console::warn_1(
                &format!(
                    "Supplier Audit ignored a message from {}: only the parent page at {} may send messages",
                    event.origin(),
                    expected.unwrap_or("(none)")
                )
                .into(),
            );
            return;
        }
        let data = js_sys::JSON::stringify(&event.data())
            .ok()
            .and_then(|text| text.as_string())
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        match Incoming::parse(&data) {
            Ok(Incoming::LoadChecklist(source)) => {
                let storage = storage.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match source {
                        ChecklistSource::Url { url, .. } => offer(&storage, &url).await,
                        ChecklistSource::Bundled(id) => choose_bundled(&id),
                    }
                    navigate(&Route::Home);
                });
            }
            Err(error) => {
                web_sys::console::warn_1(
                    &format!("Supplier Audit ignored a message: {error}").into(),
                );
                report_error(format!("Message ignored: {error}"));
            }
        }
    });
    // Listens for the life of the page.
    listener.forget();
}

/// The window embedding this one; `None` when the app runs in its own tab.
fn parent_window() -> Option<web_sys::Window> {
    let window = gloo_utils::window();
    let parent = window.parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window)).then_some(parent)
}

fn choose_bundled(id: &str) {
    if !offer::choose_shipped(id) {
        report_error(format!("There is no bundled checklist \"{id}\"."));
    }
}
