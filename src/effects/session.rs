//! Notices an unclean exit (a crash, a killed tab, a dead battery) so that the next start can
//! offer to continue the audit that was open, at the question where work stopped.
//!
//! While an audit page is open, a small marker in `localStorage` names the audit and the last
//! question touched; `pagehide` (closing the tab, navigating away, reloading) removes it, as
//! does leaving the audit page. A marker found at start therefore means the page never got to
//! say goodbye. `localStorage` rather than IndexedDB: its writes are synchronous, so the
//! removal in `pagehide` is done before the page goes, and the start-up read needs no await.

use audit_core::Uuid;
use gloo_events::EventListener;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use yew::prelude::*;

const KEY: &str = "supplier-audit.open-audit";

/// The audit that was open and, once one was touched, the question where work stopped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenAudit {
    pub audit: Uuid,
    pub question: Option<String>,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The marker left by a page that ended without `pagehide`; read once, at start, before any
/// audit page marks itself open.
pub fn left_open() -> Option<OpenAudit> {
    let text = local_storage()?.get_item(KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Best effort: without storage, there is simply no offer after a crash.
fn mark(open: &OpenAudit) {
    if let (Some(storage), Ok(text)) = (local_storage(), serde_json::to_string(open)) {
        let _ = storage.set_item(KEY, &text);
    }
}

/// Forgets the marker: a clean exit, or the offer answered.
pub fn forget() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY);
    }
}

/// Marks `audit` open while the calling page is shown, following focus into its questions.
#[hook]
pub fn use_open_audit_marker(audit: Uuid) {
    use_effect_with(audit, |&audit| {
        // After Continue, the marker already names this audit's question: keep it.
        let question = left_open()
            .filter(|open| open.audit == audit)
            .and_then(|open| open.question);
        mark(&OpenAudit { audit, question });
        let document = gloo_utils::document();
        let focus = EventListener::new(&document, "focusin", move |event| {
            let question = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("[data-question]").ok().flatten())
                .and_then(|e| e.get_attribute("data-question"));
            if question.is_some() {
                mark(&OpenAudit { audit, question });
            }
        });
        let window = gloo_utils::window();
        let hide = EventListener::new(&window, "pagehide", |_| forget());
        // Back from the back/forward cache: the page is open again.
        let show = EventListener::new(&window, "pageshow", move |_| {
            if left_open().is_none() {
                mark(&OpenAudit {
                    audit,
                    question: None,
                });
            }
        });
        move || {
            drop((focus, hide, show));
            forget();
        }
    });
}
