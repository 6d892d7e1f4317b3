use gloo_events::EventListener;
use yew::prelude::*;

use crate::route::Route;

fn current() -> Route {
    let hash = gloo_utils::window().location().hash().unwrap_or_default();
    Route::from_hash(&hash)
}

/// The route in the URL fragment, re-rendering whenever it changes.
#[hook]
pub fn use_route() -> Route {
    let route = use_state(current);
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo_utils::window(), "hashchange", move |_| {
                route.set(current());
            });
            move || drop(listener)
        });
    }
    (*route).clone()
}

/// Goes to `route`, adding a history entry so Back returns here.
pub fn navigate(route: &Route) {
    let _ = gloo_utils::window().location().set_hash(&route.href());
}
