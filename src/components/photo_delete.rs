use audit_core::{Edit, PhotoHash};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct PhotoDeleteProps {
    pub question: AttrValue,
    pub sha256: PhotoHash,
    /// The photo's number on screen, to name it.
    pub number: usize,
    pub on_edit: Callback<Edit>,
}

/// Deleting a photo asks once more: a slip of the finger must not lose evidence. Focus
/// follows for keyboards: to "Cancel" when asked, back to the button when kept, and to the
/// question card once the photo is gone.
#[component]
pub fn PhotoDelete(props: &PhotoDeleteProps) -> Html {
    let language = use_language();
    let confirming = use_state_eq(|| false);
    let (ask, cancel) = (use_node_ref(), use_node_ref());
    let mounted = use_mut_ref(|| false);
    {
        let (ask, cancel) = (ask.clone(), cancel.clone());
        use_effect_with(*confirming, move |confirming| {
            // Nothing takes focus when the photo first shows.
            if std::mem::replace(&mut *mounted.borrow_mut(), true) {
                let target = if *confirming { cancel } else { ask };
                if let Some(button) = target.cast::<HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let n = props.number.to_string();
    if !*confirming {
        let confirming = confirming.clone();
        return html! {
            <button ref={ask} type="button" class="photo-delete" onclick={move |_| confirming.set(true)}>
                { Text::PhotoDelete.fill(language, &[("n", &n)]) }
            </button>
        };
    }
    let remove = props.on_edit.reform({
        let (question, sha256) = (props.question.to_string(), props.sha256.clone());
        move |e: MouseEvent| {
            let card = e
                .target_dyn_into::<Element>()
                .and_then(|button| button.closest("[data-question]").ok().flatten())
                .and_then(|card| card.dyn_into::<HtmlElement>().ok());
            if let Some(card) = card {
                let _ = card.focus();
            }
            Edit::RemovePhoto {
                question: question.clone(),
                sha256: sha256.clone(),
            }
        }
    });
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    html! {
        <div class="photo-delete-question" role="group">
            <p>{ Text::PhotoDeleteConfirm.fill(language, &[("n", &n)]) }</p>
            <button type="button" class="photo-delete-yes" onclick={remove}>{ Text::PhotoDeleteYes.get(language) }</button>
            <button ref={cancel} type="button" class="photo-delete-no" onclick={keep}>{ Text::Cancel.get(language) }</button>
        </div>
    }
}
