use audit_core::Photo;
use yew::prelude::*;

use crate::hooks::{PhotoUrl, use_language, use_photo_url};
use crate::i18n::Text;
use crate::storage::PhotoStore;

#[derive(Properties, PartialEq)]
pub struct PhotoThumbnailProps {
    pub photos: PhotoStore,
    pub photo: Photo,
    /// The question it is attached to, to describe a photo without a caption.
    pub question: String,
}

/// A small print of one photo with its caption under it; says so when this device does not
/// have the photo's bytes.
#[component]
pub fn PhotoThumbnail(props: &PhotoThumbnailProps) -> Html {
    let language = use_language();
    let url = use_photo_url(&props.photos, &props.photo.sha256);
    let caption = &props.photo.caption;
    let alt = if caption.is_empty() {
        Text::ReportPhotoOf.fill(language, &[("question", &props.question)])
    } else {
        caption.clone()
    };
    let hash = props.photo.sha256.to_string();
    html! {
        <figure class="report-photo" data-sha256={hash.clone()}>
            {
                match url {
                    PhotoUrl::Ready(src) => html! { <img {src} {alt} /> },
                    PhotoUrl::Loading => html! {
                        <p class="photo-loading">{ Text::ReportPhotoLoading.get(language) }</p>
                    },
                    PhotoUrl::Missing => html! {
                        <p class="photo-missing">{
                            Text::ReportPhotoMissing.fill(language, &[("hash", hash.get(..12).unwrap_or(&hash))])
                        }</p>
                    },
                }
            }
            if !caption.is_empty() {
                <figcaption dir="auto">{ caption }</figcaption>
            }
        </figure>
    }
}
