use yew::prelude::*;

use crate::components::Notice;
use crate::hooks::use_route;
use crate::pages::{AuditPage, HomePage};
use crate::route::Route;
use crate::storage::{AuditStore, StorageError};

/// Opens storage once, then shows the screen the URL names.
#[component]
pub fn App() -> Html {
    let route = use_route();
    let store = use_state(|| None::<Result<AuditStore, StorageError>>);
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                store.set(Some(AuditStore::open().await));
            });
        });
    }
    let body = match &*store {
        None => html! { <p class="loading">{ "Opening saved audits…" }</p> },
        Some(Err(error)) => html! { <Notice message={error.to_string()} /> },
        Some(Ok(store)) => match route {
            Route::Home => html! { <HomePage store={store.clone()} /> },
            Route::Audit(id) => {
                html! { <AuditPage key={id.to_string()} store={store.clone()} {id} /> }
            }
        },
    };
    html! {
        <>
            <header class="app-bar">
                <a class="app-name" href={Route::Home.href()}>{ "Supplier Audit" }</a>
            </header>
            <main id="main">{ body }</main>
        </>
    }
}
