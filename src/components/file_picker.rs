use audit_core::signing::{DocumentError, MAX_DOCUMENT_BYTES};
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

#[derive(Properties, PartialEq)]
pub struct FilePickerProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub on_pick: Callback<Result<PickedFile, String>>,
}

/// A labelled file input for JSON files; reports the file's text, or why it could not be read.
#[component]
pub fn FilePicker(props: &FilePickerProps) -> Html {
    let language = use_language();
    let onchange = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Clearing lets the same file be chosen again after a fix.
            input.set_value("");
            let on_pick = on_pick.clone();
            let name = file.name();
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
    html! {
        <div class="file-picker">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="file" accept=".json,application/json" {onchange} />
        </div>
    }
}
