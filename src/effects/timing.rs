//! Named durations on the page's performance timeline (`performance.measure`), so that the
//! bench reads the app's own figures, such as how long a save takes, from inside the page.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Performance;

/// A span under way; [`Span::end`] records it as a measure named `name`.
pub struct Span {
    name: &'static str,
    start: f64,
}

fn performance() -> Option<Performance> {
    gloo_utils::window().performance()
}

/// Notes only the time: a mark would cost the keystroke that starts a save about a millisecond
/// at 4x, in the frame the user waits for.
pub fn start(name: &'static str) -> Span {
    let start = performance().map_or(0.0, |p| p.now());
    Span { name, start }
}

impl Span {
    /// `performance.measure(name, { start, end })`: one entry, and no marks to clear.
    pub fn end(self) {
        let Some(performance) = performance() else {
            return;
        };
        let times = Object::new();
        let _ = Reflect::set(&times, &"start".into(), &self.start.into());
        let _ = Reflect::set(&times, &"end".into(), &performance.now().into());
        let measure = Reflect::get(&performance, &"measure".into())
            .ok()
            .and_then(|m| m.dyn_into::<Function>().ok());
        if let Some(measure) = measure {
            let _ = measure.call2(&performance, &JsValue::from_str(self.name), &times);
        }
    }
}
