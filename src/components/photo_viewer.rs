use web_sys::HtmlDialogElement;
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct PhotoViewerProps {
    pub url: AttrValue,
    pub alt: AttrValue,
    /// Called once the dialog has closed, by its button or by Esc.
    pub on_close: Callback<()>,
}

/// One photo at full size in a native modal dialog, which traps focus and closes on Esc.
///
/// It is rendered at the end of `<body>`: inside the audit's disabled fieldset (a finalized
/// audit) its close button would be switched off.
#[component]
pub fn PhotoViewer(props: &PhotoViewerProps) -> Html {
    let language = use_language();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |()| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
        });
    }
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    let onclose = props.on_close.reform(|_: Event| ());
    let viewer = html! {
        <dialog ref={dialog} class="photo-viewer" aria-label={props.alt.clone()} {onclose}>
            <button type="button" class="photo-close" onclick={close}>{ Text::PhotoClose.get(language) }</button>
            <img src={props.url.clone()} alt={props.alt.clone()} />
        </dialog>
    };
    match gloo_utils::document().body() {
        Some(body) => create_portal(viewer, body.into()),
        None => html! {},
    }
}
