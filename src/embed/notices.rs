use std::cell::RefCell;

use yew::prelude::*;

use crate::components::Notice;
use crate::offer::{notify, use_offer_changes};

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
    use_offer_changes();
    html! {
        for message in NOTICES.with_borrow(Clone::clone) {
            <Notice {message} />
        }
    }
}
