use audit_core::{Edit, Photo};
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::components::{PhotoDelete, PhotoViewer};
use crate::hooks::{PhotoUrl, use_language, use_photo_url};
use crate::i18n::Text;
use crate::storage::PhotoStore;

#[derive(Properties, PartialEq)]
pub struct PhotoGalleryProps {
    pub question: AttrValue,
    /// The photos of the question, or of one of its evidence slots.
    pub photos: Vec<Photo>,
    pub store: PhotoStore,
    /// A finalized audit keeps its photos: no delete button then.
    pub finalized: bool,
    pub on_edit: Callback<Edit>,
}

/// Thumbnails with their captions; each opens at full size, and can be deleted while the audit
/// is a draft.
#[component]
pub fn PhotoGallery(props: &PhotoGalleryProps) -> Html {
    if props.photos.is_empty() {
        return html! {};
    }
    html! {
        <ul class="photo-gallery">
            for (index, photo) in props.photos.iter().enumerate() {
                <PhotoThumb
                    key={photo.sha256.as_str().to_owned()}
                    question={props.question.clone()}
                    number={index + 1}
                    photo={photo.clone()}
                    store={props.store.clone()}
                    finalized={props.finalized}
                    on_edit={props.on_edit.clone()}
                />
            }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct PhotoThumbProps {
    question: AttrValue,
    number: usize,
    photo: Photo,
    store: PhotoStore,
    finalized: bool,
    on_edit: Callback<Edit>,
}

#[component]
fn PhotoThumb(props: &PhotoThumbProps) -> Html {
    let language = use_language();
    let url = use_photo_url(&props.store, &props.photo.sha256);
    let viewing = use_state_eq(|| false);
    let thumb = use_node_ref();
    let n = props.number.to_string();
    let alt = if props.photo.caption.is_empty() {
        Text::PhotoAlt.fill(language, &[("n", &n), ("question", &props.question)])
    } else {
        props.photo.caption.clone()
    };
    let question = props.question.to_string();
    let sha256 = props.photo.sha256.clone();
    let caption_id = format!("q-{question}-photo-{sha256}-caption");
    let on_caption = {
        let (question, sha256) = (question.clone(), sha256.clone());
        props
            .on_edit
            .reform(move |e: InputEvent| Edit::CaptionPhoto {
                question: question.clone(),
                sha256: sha256.clone(),
                caption: e.target_unchecked_into::<HtmlInputElement>().value(),
            })
    };
    let open = {
        let viewing = viewing.clone();
        // A real link to the photo, so that it opens even where the dialog cannot.
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            viewing.set(true);
        })
    };
    let on_close = {
        let (viewing, thumb) = (viewing.clone(), thumb.clone());
        Callback::from(move |()| {
            viewing.set(false);
            if let Some(thumb) = thumb.cast::<HtmlElement>() {
                let _ = thumb.focus();
            }
        })
    };
    let image = match &url {
        PhotoUrl::Loading => html! { <span class="photo-thumb photo-loading" /> },
        PhotoUrl::Missing => html! {
            <p class="photo-thumb photo-missing">{ Text::PhotoNotOnDevice.get(language) }</p>
        },
        PhotoUrl::Ready(src) => html! {
            <a ref={thumb} class="photo-thumb" href={src.clone()} onclick={open}>
                <img src={src.clone()} alt={alt.clone()} loading="lazy" decoding="async" />
            </a>
        },
    };
    html! {
        <li class="photo" data-sha256={sha256.to_string()}>
            { image }
            <label class="photo-caption-label" for={caption_id.clone()}>
                { Text::PhotoCaptionOf.fill(language, &[("n", &n)]) }
            </label>
            <input id={caption_id} class="photo-caption" type="text"
                value={props.photo.caption.clone()} oninput={on_caption} />
            if !props.finalized {
                <PhotoDelete
                    question={props.question.clone()}
                    sha256={sha256.clone()}
                    number={props.number}
                    on_edit={props.on_edit.clone()}
                />
            }
            if let (true, PhotoUrl::Ready(src)) = (*viewing, &url) {
                <PhotoViewer url={src.clone()} alt={alt} {on_close} />
            }
        </li>
    }
}
