use audit_core::Language;
use yew::prelude::*;

use crate::components::{LanguageSwitcher, Notice};
use crate::effects::language;
use crate::hooks::{LanguageChoice, use_route};
use crate::i18n::Text;
use crate::pages::{AuditPage, HomePage};
use crate::route::Route;
use crate::storage::{AuditStore, StorageError};

/// Opens storage once, then shows the screen the URL names, in the chosen language.
#[component]
pub fn App() -> Html {
    let route = use_route();
    let store = use_state(|| None::<Result<AuditStore, StorageError>>);
    let chosen = use_state(|| language::saved().unwrap_or(Language::En));
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                store.set(Some(AuditStore::open().await));
            });
        });
    }
    use_effect_with(*chosen, |chosen| language::apply(*chosen));
    let choice = LanguageChoice {
        language: *chosen,
        choose: {
            let chosen = chosen.clone();
            Callback::from(move |l| chosen.set(l))
        },
    };
    let lang = *chosen;
    let body = match &*store {
        None => html! { <p class="loading">{ Text::OpeningStorage.get(lang) }</p> },
        Some(Err(error)) => html! { <Notice message={error.message(lang)} /> },
        Some(Ok(store)) => match route {
            Route::Home => html! { <HomePage store={store.clone()} /> },
            Route::Audit(id) => {
                html! { <AuditPage key={id.to_string()} store={store.clone()} {id} /> }
            }
        },
    };
    html! {
        <ContextProvider<LanguageChoice> context={choice}>
            <header class="app-bar">
                <a class="app-name" href={Route::Home.href()}>{ Text::AppName.get(lang) }</a>
                <LanguageSwitcher />
            </header>
            <main id="main">{ body }</main>
        </ContextProvider<LanguageChoice>>
    }
}
