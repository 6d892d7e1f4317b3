use std::rc::Rc;

use audit_core::{ImportError, Language, parse_checklist};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use super::register;
use crate::catalogue::Available;
use crate::i18n::Text;
use crate::storage::ChecklistStore;

/// Why a definition was not taken in: where it came from, and every problem found, worded as
/// `audit-cli` words them (`sections[0].questions[2].id: duplicate id "A1"`).
#[derive(Clone, Debug, PartialEq)]
pub struct LoadRefused {
    pub source: String,
    pub problems: Vec<String>,
}

impl LoadRefused {
    pub fn message(&self, language: Language) -> String {
        Text::ChecklistNotLoaded.fill(
            language,
            &[
                ("source", &self.source),
                ("problems", &self.problems.join("; ")),
            ],
        )
    }
}

/// Fetches a definition (a CORS request; the server's `connect-src` must allow its origin).
pub async fn load_url(store: &ChecklistStore, url: &str) -> Result<Available, LoadRefused> {
    let text = fetch_text(url).await.map_err(|problem| LoadRefused {
        source: url.to_owned(),
        problems: vec![problem],
    })?;
    load_file(store, url, &text).await
}

/// Puts the definitions saved on earlier visits back into the offer; returns what could not
/// be restored, worded in `language`.
pub async fn restore(store: &ChecklistStore, language: Language) -> Vec<String> {
    match store.all().await {
        Ok(texts) => texts
            .iter()
            .filter_map(|text| match parse_checklist(text) {
                Ok(loaded) => {
                    register(Available {
                        text: text.as_str().into(),
                        loaded: Rc::new(loaded),
                    });
                    None
                }
                Err(e) => Some(
                    Text::SavedChecklistUnreadable.fill(language, &[("reason", &e.to_string())]),
                ),
            })
            .collect(),
        Err(e) => vec![e.message(language)],
    }
}

/// Validates a definition (a picked file, or a fetched one) and keeps it if it is valid.
/// Saved audits are never touched, valid or not.
pub async fn load_file(
    store: &ChecklistStore,
    source: &str,
    text: &str,
) -> Result<Available, LoadRefused> {
    let refuse = |problems| LoadRefused {
        source: source.to_owned(),
        problems,
    };
    let loaded = parse_checklist(text).map_err(|e| refuse(problems(e)))?;
    store
        .put(&loaded.sha256, text)
        .await
        .map_err(|e| refuse(vec![e.message(audit_core::Language::En)]))?;
    Ok(register(Available {
        text: text.into(),
        loaded: Rc::new(loaded),
    }))
}

fn problems(error: ImportError) -> Vec<String> {
    match error {
        ImportError::Invalid(errors) => errors.iter().map(ToString::to_string).collect(),
        other => vec![other.to_string()],
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let unreachable = |e: wasm_bindgen::JsValue| {
        format!(
            "it could not be fetched ({}). The server must allow this site (CORS) and the \
             app's Content-Security-Policy must list its origin in connect-src",
            e.as_string()
                .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| e.message().into()))
                .unwrap_or_else(|| "network error".into())
        )
    };
    let response: Response = JsFuture::from(gloo_utils::window().fetch_with_str(url))
        .await
        .map_err(unreachable)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let text = response.text().map_err(unreachable)?;
    JsFuture::from(text)
        .await
        .map_err(unreachable)?
        .as_string()
        .ok_or_else(|| "the answer is not text".to_owned())
}
