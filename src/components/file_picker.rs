use audit_core::bundle::MAX_BUNDLE_BYTES;
use audit_core::signing::{DocumentError, MAX_DOCUMENT_BYTES};
use audit_core::{BundleError, Language};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::{Text, errors};

/// A file chosen by the user: its name and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct PickedFile {
    pub name: String,
    pub text: String,
}

/// A .zip file chosen by the user: its name and its bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct PickedZip {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Properties, PartialEq)]
pub struct FilePickerProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub on_pick: Callback<Result<PickedFile, String>>,
    /// Where .zip files go, when the picker takes bundles too.
    #[prop_or_default]
    pub on_zip: Option<Callback<Result<PickedZip, String>>>,
}

/// A labelled file input for JSON files (and .zip bundles, given `on_zip`); reports the file's
/// text or bytes, or why it could not be read.
#[component]
pub fn FilePicker(props: &FilePickerProps) -> Html {
    let language = use_language();
    let onchange = {
        let on_pick = props.on_pick.clone();
        let on_zip = props.on_zip.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Clearing lets the same file be chosen again after a fix.
            input.set_value("");
            let on_pick = on_pick.clone();
            let name = file.name();
            if let Some(on_zip) = on_zip.clone().filter(|_| is_zip(&file)) {
                pick_zip(file, on_zip, language);
                return;
            }
            // Refused before reading: no file the app takes is this large, and reading a
            // stranger's huge file would only use up the tablet's memory.
            if file.size() > MAX_DOCUMENT_BYTES as f64 {
                let too_large = DocumentError::TooLarge {
                    bytes: file.size() as usize,
                };
                let reason = errors::document(&too_large, language);
                on_pick
                    .emit(Err(Text::NamedFileProblem
                        .fill(language, &[("file", &name), ("reason", &reason)])));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text()).await;
                on_pick.emit(match text.ok().and_then(|t| t.as_string()) {
                    Some(text) => Ok(PickedFile { name, text }),
                    None => Err(Text::FileNotText.fill(language, &[("file", &name)])),
                });
            });
        })
    };
    let accept = if props.on_zip.is_some() {
        ".json,application/json,.zip,application/zip"
    } else {
        ".json,application/json"
    };
    html! {
        <div class="file-picker">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="file" {accept} {onchange} />
        </div>
    }
}

/// Told by name or type: browsers report .zip files as `application/zip` or, on Windows,
/// `application/x-zip-compressed`.
fn is_zip(file: &web_sys::File) -> bool {
    file.name().to_lowercase().ends_with(".zip")
        || matches!(
            file.type_().as_str(),
            "application/zip" | "application/x-zip-compressed"
        )
}

/// Reads a .zip file's bytes, refusing one larger than any bundle before reading it.
fn pick_zip(file: web_sys::File, on_zip: Callback<Result<PickedZip, String>>, language: Language) {
    let name = file.name();
    if file.size() > MAX_BUNDLE_BYTES as f64 {
        let too_large = BundleError::FileTooLarge {
            bytes: file.size() as u64,
        };
        let reason = errors::bundle(&too_large, language);
        on_zip.emit(Err(
            Text::NamedFileProblem.fill(language, &[("file", &name), ("reason", &reason)])
        ));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let buffer = JsFuture::from(file.array_buffer()).await;
        on_zip.emit(match buffer {
            Ok(buffer) => Ok(PickedZip {
                name,
                bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
            }),
            Err(e) => {
                let reason = crate::effects::js_error::js_message(&e);
                Err(Text::NamedFileProblem.fill(language, &[("file", &name), ("reason", &reason)]))
            }
        });
    });
}
