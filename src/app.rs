use yew::prelude::*;

use crate::components::Notice;
use crate::hooks::use_route;
use crate::pages::{AuditPage, HomePage, IdentitiesPage, VerifyPage};
use crate::route::Route;
use crate::storage::{Storage, StorageError};

/// Opens storage once, then shows the screen the URL names.
#[component]
pub fn App() -> Html {
    let route = use_route();
    let storage = use_state(|| None::<Result<Storage, StorageError>>);
    {
        let storage = storage.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let opened = Storage::open().await;
                crate::embed::attach(&opened).await;
                storage.set(Some(opened));
            });
        });
    }
    let body = match &*storage {
        None => html! { <p class="loading">{ "Opening saved audits…" }</p> },
        Some(Err(error)) => html! { <Notice message={error.to_string()} /> },
        Some(Ok(storage)) => match route.clone() {
            Route::Home => html! { <HomePage storage={storage.clone()} /> },
            Route::Audit(id) => {
                html! { <AuditPage key={id.to_string()} storage={storage.clone()} {id} /> }
            }
            Route::Identities => html! { <IdentitiesPage storage={storage.clone()} /> },
            Route::Verify => html! { <VerifyPage /> },
        },
    };
    let link = |target: Route, label: &'static str| {
        let current = (route == target).then_some("page");
        html! { <a href={target.href()} aria-current={current}>{ label }</a> }
    };
    html! {
        <>
            <header class="app-bar">
                <a class="app-name" href={Route::Home.href()}>{ "Supplier Audit" }</a>
                <nav aria-label="Main">
                    { link(Route::Home, "Audits") }
                    { link(Route::Identities, "Identities") }
                    { link(Route::Verify, "Verify") }
                </nav>
            </header>
            <main id="main"><crate::embed::EmbedNotices />{ body }</main>
        </>
    }
}
