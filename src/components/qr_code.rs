use qrcode::QrCode as Encoder;
use qrcode::render::svg;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub data: AttrValue,
    pub label: AttrValue,
}

/// `data` as a QR code, drawn as an SVG image (a data: URL, allowed by the app's CSP).
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let Ok(code) = Encoder::new(props.data.as_bytes()) else {
        return html! { <p class="notice">{ "This card is too long for a QR code; export it as a file instead." }</p> };
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
