use audit_core::Language;
use audit_core::embed::EmbedConfig;
use yew::prelude::*;

use crate::components::{AppBar, Notice, RecoveryPrompt};
use crate::effects::{language, session};
use crate::embed::{self, Notices};
use crate::hooks::{LanguageChoice, use_route};
use crate::i18n::Text;
use crate::offer;
use crate::pages::{AuditPage, BackupPage, HomePage, IdentitiesPage, ReportPage, VerifyPage};
use crate::route::Route;
use crate::storage::{Opening, Storage, StorageError};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Storage, opening since the app started.
    pub opening: Opening,
}

/// Takes storage once it is open, restores the checklists loaded on earlier visits, attaches to
/// the host page, then shows the screen the URL names, in the chosen language.
#[component]
pub fn App(props: &AppProps) -> Html {
    let config = embed::config();
    // Notices made outside a render are worded in the host's language, else English.
    let notice_language = config.language.unwrap_or(Language::En);
    let route = use_route();
    let storage = use_state(|| None::<Result<Storage, StorageError>>);
    // Read before any audit page marks itself open: an audit left open by a crash.
    let left_open = use_state(session::left_open);
    let notices = use_reducer(|| Notices::of_address(embed::problems(), notice_language));
    // A host's `lang` parameter wins over the language last chosen on this device.
    // Compared on set: each language applied comes back through the watch below.
    let chosen = use_state_eq(|| {
        config
            .language
            .or_else(language::saved)
            .unwrap_or(Language::En)
    });
    // A newer version of the app opening in another tab closes this connection; say so.
    let outdated = {
        let add_notice = notices.dispatcher();
        Callback::from(move |error: StorageError| {
            add_notice.dispatch(error.message(notice_language))
        })
    };
    {
        let (storage, add_notice, outdated) =
            (storage.clone(), notices.dispatcher(), outdated.clone());
        use_effect_with(props.opening.clone(), move |opening| {
            let opening = opening.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(opened) = opening.take(outdated).await {
                    settle(opened, config, notice_language, add_notice, storage).await;
                }
            });
        });
    }
    // Embedded where the browser blocks storage: opened later, if the user allows it.
    let granted = {
        let (storage, add_notice) = (storage.clone(), notices.dispatcher());
        Callback::from(move |opened: Storage| {
            let (storage, add_notice) = (storage.clone(), add_notice.clone());
            wasm_bindgen_futures::spawn_local(async move {
                settle(Ok(opened), config, notice_language, add_notice, storage).await;
            });
        })
    };
    use_effect_with(*chosen, |chosen| language::apply(*chosen));
    {
        // A language chosen on the first screen while this app was loading.
        let chosen = chosen.clone();
        use_effect_with((), move |_| {
            let watch = language::watch(Callback::from(move |l| chosen.set(l)));
            move || drop(watch)
        });
    }
    let choice = LanguageChoice::held_in(&chosen);
    let lang = *chosen;
    let body = match &*storage {
        None => html! { <p class="loading">{ Text::OpeningStorage.get(lang) }</p> },
        Some(Err(error)) if embed::can_ask_storage_access(error) => html! {
            <embed::StorageAccess
                error={error.clone()}
                parent_origin={config.parent_origin.clone()}
                on_opened={granted}
                on_outdated={outdated}
            />
        },
        Some(Err(error)) => html! { <Notice message={error.message(lang)} /> },
        Some(Ok(storage)) => match route.clone() {
            Route::Home => html! { <HomePage storage={storage.clone()} /> },
            Route::Start(id) => html! { <HomePage storage={storage.clone()} start={Some(id)} /> },
            Route::Audit(id) => {
                html! { <AuditPage key={id.to_string()} storage={storage.clone()} {id} /> }
            }
            Route::AuditAt(id, place) => html! {
                <AuditPage key={id.to_string()} storage={storage.clone()} {id} place={Some(place)} />
            },
            Route::Review(id) => html! {
                <AuditPage key={id.to_string()} storage={storage.clone()} {id} review=true />
            },
            Route::Report(id) => {
                html! { <ReportPage key={id.to_string()} storage={storage.clone()} {id} /> }
            }
            Route::Identities => html! { <IdentitiesPage storage={storage.clone()} /> },
            Route::Verify => html! { <VerifyPage /> },
            Route::Backup => html! { <BackupPage storage={storage.clone()} /> },
        },
    };
    html! {
        <ContextProvider<LanguageChoice> context={choice}>
            <AppBar route={route.clone()} />
            <main id="main">
                for message in notices.iter().cloned() {
                    <Notice {message} />
                }
                if let (Some(left), Some(Ok(storage)), Route::Home) = (&*left_open, &*storage, &route) {
                    <RecoveryPrompt storage={storage.clone()} left_open={left.clone()} on_done={let l = left_open.clone(); Callback::from(move |()| l.set(None))} />
                }
                { body }
            </main>
        </ContextProvider<LanguageChoice>>
    }
}

/// With storage opened (or known unavailable): restores the checklists loaded on earlier visits,
/// attaches to the host page, then shows the app.
async fn settle(
    opened: Result<Storage, StorageError>,
    config: &'static EmbedConfig,
    notice_language: Language,
    add_notice: UseReducerDispatcher<Notices>,
    storage: UseStateHandle<Option<Result<Storage, StorageError>>>,
) {
    if let Ok(opened) = &opened {
        for problem in offer::restore(&opened.checklists, notice_language).await {
            add_notice.dispatch(problem);
        }
    }
    let add_notice = Callback::from(move |message| add_notice.dispatch(message));
    embed::attach(config, &opened, notice_language, add_notice).await;
    storage.set(Some(opened));
}
