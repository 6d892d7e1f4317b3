use qrcode::QrCode as Encoder;
use qrcode::render::svg;
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub data: AttrValue,
    pub label: AttrValue,
}

/// `data` as a QR code, drawn as an SVG image (a data: URL, allowed by the app's CSP).
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let language = use_language();
    let Ok(code) = Encoder::new(props.data.as_bytes()) else {
        return html! { <p class="notice">{ Text::QrTooLong.get(language) }</p> };
    };
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    let src = format!(
        "data:image/svg+xml,{}",
        js_sys::encode_uri_component(&image)
    );
    html! { <img class="qr-code" {src} alt={props.label.clone()} /> }
}
