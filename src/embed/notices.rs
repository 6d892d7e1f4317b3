use std::cell::RefCell;

use yew::prelude::*;

use crate::catalog::{notify, use_catalog_changes};
use crate::components::Notice;

thread_local! {
    static NOTICES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Adds a problem with the embedding (configuration, configured checklist) for the user to see.
pub fn add(message: String) {
    NOTICES.with_borrow_mut(|n| n.push(message));
    notify();
}

/// The embedding problems, above every screen.
#[component]
pub fn EmbedNotices() -> Html {
    use_catalog_changes();
    html! {
        for message in NOTICES.with_borrow(Clone::clone) {
            <Notice {message} />
        }
    }
}
