use audit_core::Language;
use audit_core::embed::{ChecklistSource, EmbedConfig, Incoming, Origin, Outgoing};
use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::MessageEvent;
use yew::Callback;

use super::post::{parent_window, post, report_error};
use super::storage_access;
use crate::hooks::navigate;
use crate::i18n::Text;
use crate::offer;
use crate::route::Route;
use crate::storage::{Storage, StorageError};

/// Where the bridge reports a problem: to the host in English, and on screen in `language`.
#[derive(Clone)]
struct Reporter {
    parent_origin: Option<Origin>,
    language: Language,
    notices: Callback<String>,
}

impl Reporter {
    fn problem(&self, message: impl Fn(Language) -> String) {
        report_error(self.parent_origin.as_ref(), message(Language::En));
        self.notices.emit(message(self.language));
    }
}

/// Once storage is open: offers the configured checklist, starts listening to the host, and
/// tells it the app is ready. Problems go to the host and to `notices`, worded in `language`.
/// If storage could not be opened (an embedded site whose browser blocks third-party storage),
/// tells the host why instead, unless the user can still be asked to allow it.
pub async fn attach(
    config: &EmbedConfig,
    opened: &Result<Storage, StorageError>,
    language: Language,
    notices: Callback<String>,
) {
    let report = Reporter {
        parent_origin: config.parent_origin.clone(),
        language,
        notices,
    };
    let storage = match opened {
        Ok(storage) => storage,
        // Where the user can still be asked for storage, the host hears only if that fails too.
        Err(error) if storage_access::can_ask(error) => return,
        Err(error) => {
            report_error(config.parent_origin.as_ref(), error.message(Language::En));
            return;
        }
    };
    match &config.checklist {
        Some(ChecklistSource::Url { url, .. }) => offer_url(storage, url, &report).await,
        Some(ChecklistSource::Bundled(id)) if !offer::choose_shipped(id) => {
            report.problem(|language| Text::EmbedUnknownChecklist.fill(language, &[("id", id)]));
        }
        _ => {}
    }
    if let Some(origin) = &config.parent_origin {
        listen(storage.clone(), origin.clone(), report);
        post(Some(origin), &Outgoing::Ready);
    }
}

/// Loads the checklist at `url` and offers it alone; a refusal is shown and sent to the host.
async fn offer_url(storage: &Storage, url: &str, report: &Reporter) {
    match offer::load_url(&storage.checklists, url).await {
        Ok(loaded) => offer::choose(loaded),
        Err(refused) => report.problem(|language| refused.message(language)),
    }
}

/// Accepts messages from the parent window at `expected`; logs and ignores the rest.
fn listen(storage: Storage, expected: Origin, report: Reporter) {
    let window = gloo_utils::window();
    let listener = EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<MessageEvent>() else {
            return;
        };
        let from_parent = parent_window()
            .zip(event.source())
            .is_some_and(|(parent, source)| js_sys::Object::is(&parent, &source));
        if expected.as_str() != event.origin() || !from_parent {
            web_sys::console::warn_1(
                &format!(
                    "Supplier Audit ignored a message from {}: only the parent page at {} may send messages",
                    event.origin(),
                    expected.as_str()
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
                let report = report.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match source {
                        ChecklistSource::Url { url, .. } => {
                            offer_url(&storage, &url, &report).await
                        }
                        ChecklistSource::Bundled(id) => {
                            if !offer::choose_shipped(&id) {
                                let message = format!("There is no bundled checklist \"{id}\".");
                                report_error(report.parent_origin.as_ref(), message);
                            }
                        }
                    }
                    navigate(&Route::Home);
                });
            }
            Err(error) => {
                web_sys::console::warn_1(
                    &format!("Supplier Audit ignored a message: {error}").into(),
                );
                report_error(Some(&expected), format!("Message ignored: {error}"));
            }
        }
    });
    // Listens for the life of the page.
    listener.forget();
}
