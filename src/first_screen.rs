//! The first screen: the home screen's checklists, drawn by a small binary of its own
//! (`src/bin/first_screen.rs`, about a fifth of the app's size) while the app itself loads.
//!
//! It opens no storage and holds nothing that could be lost: a tap on "Start" becomes the
//! address `#/start/<id>`, which the app carries out once it runs (`Route::Start`). The app then
//! takes the first screen's place in the page (`effects::hand_over`). Its app bar and cards are
//! the app's own components, so that the hand-over moves nothing already on screen.

use audit_core::Language;
use yew::prelude::*;

use gloo_events::EventListener;

use crate::catalogue::{self, Entry};
use crate::components::{AppBar, ChecklistCard, Notice};
use crate::effects::language;
use crate::hooks::LanguageChoice;
use crate::i18n::Text;
use crate::route::Route;

/// The id of the element the first screen is drawn in, which the app replaces.
pub const ROOT_ID: &str = "first-screen";
/// Sent on the document by `boot.js` when the app could not be loaded after the first screen,
/// with `{ file, why }` as its detail.
const APP_FAILED: &str = "supplier-audit:app-failed";

#[component]
pub fn FirstScreen() -> Html {
    let chosen = use_state(|| language::saved().unwrap_or(Language::En));
    use_effect_with(*chosen, |chosen| language::apply(*chosen));
    // The checklists, or `Some(None)` when they could not be fetched: the app will say why.
    let index = use_state(|| None::<Option<Vec<Entry>>>);
    let starting = use_state(|| None::<String>);
    // The app could not be loaded: the first screen's Start buttons would wait for nothing.
    let failed = use_state(|| None::<(String, String)>);
    {
        let (failed, starting) = (failed.clone(), starting.clone());
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo_utils::document(), APP_FAILED, move |event| {
                let detail = js_sys::Reflect::get(event, &"detail".into()).unwrap_or_default();
                let field = |name: &str| {
                    js_sys::Reflect::get(&detail, &name.into())
                        .ok()
                        .and_then(|v| v.as_string())
                        .unwrap_or_default()
                };
                failed.set(Some((field("file"), field("why"))));
                starting.set(None);
            });
            move || drop(listener)
        });
    }
    {
        let index = index.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                index.set(Some(catalogue::fetched_index().await.ok()));
            });
        });
    }
    let choice = LanguageChoice::held_in(&chosen);
    let language = *chosen;
    let card = |entry: &Entry| {
        let id = entry.reference.id.clone();
        let on_start = {
            let (starting, id, failed) = (starting.clone(), id.clone(), failed.is_some());
            Callback::from(move |()| {
                // Replacing this address: Back from the audit started returns home. After a
                // failure, the address still holds the Start for the reload the notice asks for.
                let _ = gloo_utils::window()
                    .location()
                    .replace(&Route::Start(id.clone()).href());
                if !failed {
                    starting.set(Some(id.clone()));
                }
            })
        };
        html! {
            <ChecklistCard
                id={id.clone()}
                version={entry.reference.version.to_string()}
                title={entry.title.get(language).to_owned()}
                description={entry.description.get(language).to_owned()}
                questions={entry.questions}
                {on_start}
                starting={starting.as_deref() == Some(id.as_str())}
            />
        }
    };
    // Once the checklists are shown (or could not be fetched), `boot.js` loads the app, so that
    // the app's download never competes with the first screen's.
    let shown = index.is_some().then_some("true");
    html! {
        <ContextProvider<LanguageChoice> context={choice}>
            <AppBar route={Route::Home} />
            <main id="main">
                <div class="home" data-first-screen-shown={shown}>
                    if let Some((file, why)) = &*failed {
                        <Notice message={Text::AppUnavailable.fill(language, &[("file", file), ("why", why)])} />
                    }
                    <h1>{ Text::Checklists.get(language) }</h1>
                    if let Some(Some(entries)) = &*index {
                        <ul class="checklists">
                            for entry in entries {
                                { card(entry) }
                            }
                        </ul>
                    } else {
                        <p class="loading">{ Text::LoadingChecklists.get(language) }</p>
                    }
                    <h1>{ Text::AuditsOnDevice.get(language) }</h1>
                    <p class="loading">{ Text::ReadingAudits.get(language) }</p>
                </div>
            </main>
        </ContextProvider<LanguageChoice>>
    }
}
