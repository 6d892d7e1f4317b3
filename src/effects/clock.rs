use audit_core::{Day, Language, Timestamp, Uuid};
use wasm_bindgen::JsValue;

/// The current UTC time, from the browser.
pub fn now() -> Timestamp {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    Timestamp::parse(&iso).expect("Date.toISOString always yields a UTC RFC 3339 time")
}

/// `time` in the device's own time zone, written the way `language` writes dates.
pub fn local(time: &Timestamp, language: Language) -> String {
    js_sys::Date::new(&JsValue::from_str(time.as_str()))
        .to_locale_string(language.code(), &JsValue::UNDEFINED)
        .into()
}

/// A random (version 4) UUID from the browser's cryptographic generator.
pub fn new_id() -> Uuid {
    let text = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .expect("crypto.randomUUID is available in every secure context");
    Uuid::parse_str(&text).expect("crypto.randomUUID yields a UUID")
}

/// The device's own calendar day: what "today" means to the auditor for due days.
pub fn today() -> Day {
    let date = js_sys::Date::new_0();
    let text = format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    );
    Day::parse(&text).unwrap_or_else(|_| Day::of(&now()))
}
