//! The app taking the first screen's place (see `first_screen`).
//!
//! The app renders into an element of its own, outside the page, while the first screen stays
//! in view; once the app's screen has read what it was loading (nothing in `<main>` marked
//! `.loading`), its element replaces the first screen's in one step. So the page never shows
//! both, nor a loading screen between them.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Element, HtmlElement, MutationObserver, MutationObserverInit};

use crate::first_screen::ROOT_ID;

/// Longest the first screen stays once the app runs, whatever the app's screen still loads: a
/// screen that waits on something else (storage held by another tab) says so itself.
const AT_MOST_MS: u32 = 5_000;

/// The first screen's element, when `boot.js` ran it in this page.
pub fn first_screen() -> Option<Element> {
    gloo_utils::document().get_element_by_id(ROOT_ID)
}

/// An element outside the page for the app to render into.
pub fn new_root() -> Option<Element> {
    gloo_utils::document().create_element("div").ok()
}

/// Puts `root` in `first`'s place once the screen drawn in it has loaded, or after
/// [`AT_MOST_MS`].
pub fn when_loaded(root: Element, first: Element) {
    let swap = {
        let (root, first) = (root.clone(), first.clone());
        let done = Rc::new(Cell::new(false));
        move || {
            if done.replace(true) {
                return;
            }
            let focused = gloo_utils::document()
                .active_element()
                .filter(|active| first.contains(Some(active)))
                .and_then(|active| counterpart(&active));
            // The app must show whatever became of the first screen.
            let placed = first.is_connected() && first.replace_with_with_node_1(&root).is_ok();
            if !placed && let Some(body) = gloo_utils::document().body() {
                let _ = body.append_child(&root);
            }
            // A keyboard user keeps their place: the same control, now the app's.
            if let Some(selector) = focused
                && let Ok(Some(same)) = root.query_selector(&selector)
                && let Ok(same) = same.dyn_into::<HtmlElement>()
            {
                let _ = same.focus();
            }
        }
    };
    let loaded = {
        let root = root.clone();
        move || {
            root.query_selector("main").ok().flatten().is_some()
                && root
                    .query_selector("main .loading")
                    .ok()
                    .flatten()
                    .is_none()
        }
    };
    if loaded() {
        return swap();
    }
    let on_change = {
        let swap = swap.clone();
        Closure::<dyn FnMut(js_sys::Array, MutationObserver)>::new(
            move |_: js_sys::Array, observer: MutationObserver| {
                if loaded() {
                    observer.disconnect();
                    swap();
                }
            },
        )
    };
    let Ok(observer) = MutationObserver::new(on_change.as_ref().unchecked_ref()) else {
        return swap();
    };
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_attributes(true);
    options.set_attribute_filter(&js_sys::Array::of1(&"class".into()));
    if observer.observe_with_options(&root, &options).is_err() {
        return swap();
    }
    // Called until the swap, then never again: kept for the page's life (one per visit).
    on_change.forget();
    gloo_timers::callback::Timeout::new(AT_MOST_MS, move || {
        observer.disconnect();
        swap();
    })
    .forget();
}

/// A selector for the app's control that matches `control` on the first screen: by its id (the
/// language), its address (the navigation) or its checklist (a Start button).
fn counterpart(control: &Element) -> Option<String> {
    if !control.id().is_empty() {
        return Some(format!("#{}", control.id()));
    }
    if let Some(href) = control.get_attribute("href") {
        return Some(format!("a[href=\"{href}\"]"));
    }
    let card = control.closest("[data-checklist]").ok().flatten()?;
    let id = card.get_attribute("data-checklist")?;
    Some(format!("[data-checklist=\"{id}\"] button.start"))
}
