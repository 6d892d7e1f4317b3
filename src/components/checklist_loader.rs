use yew::prelude::*;

use crate::catalogue::Available;
use crate::components::{FilePicker, PickedFile};
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::offer::{self, LoadRefused};
use crate::storage::ChecklistStore;

#[derive(Properties, PartialEq)]
pub struct ChecklistLoaderProps {
    pub store: ChecklistStore,
}

/// What happened to the last definition the user gave.
#[derive(Clone, PartialEq)]
enum Outcome {
    Loaded(String),
    Refused(LoadRefused),
}

/// Takes in a ministry's checklist definition from a URL or a file. A valid one joins the
/// list of checklists; an invalid one is refused with every problem, and nothing saved changes.
#[component]
pub fn ChecklistLoader(props: &ChecklistLoaderProps) -> Html {
    let language = use_language();
    let url = use_state(String::new);
    let outcome = use_state(|| None::<Outcome>);
    let report = |outcome: UseStateHandle<Option<Outcome>>| {
        move |result: Result<Available, LoadRefused>| {
            outcome.set(Some(match result {
                Ok(available) => {
                    Outcome::Loaded(available.loaded.checklist.title.get(language).to_owned())
                }
                Err(refused) => Outcome::Refused(refused),
            }));
        }
    };
    let on_url = {
        let url = url.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            url.set(input.value());
        })
    };
    let on_load_url = {
        let (url, store, report) = ((*url).clone(), props.store.clone(), report(outcome.clone()));
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (url, store, report) = (url.trim().to_owned(), store.clone(), report.clone());
            wasm_bindgen_futures::spawn_local(async move {
                report(offer::load_url(&store, &url).await);
            });
        })
    };
    let on_pick = {
        let (store, report, outcome) = (
            props.store.clone(),
            report(outcome.clone()),
            outcome.clone(),
        );
        Callback::from(move |picked: Result<PickedFile, String>| {
            let (store, report) = (store.clone(), report.clone());
            match picked {
                Ok(file) => wasm_bindgen_futures::spawn_local(async move {
                    report(offer::load_file(&store, &file.name, &file.text).await);
                }),
                Err(problem) => outcome.set(Some(Outcome::Refused(LoadRefused {
                    source: String::new(),
                    problems: vec![problem],
                }))),
            }
        })
    };
    html! {
        <section class="checklist-loader" aria-labelledby="checklist-loader-title">
            <h2 id="checklist-loader-title">{ Text::LoaderTitle.get(language) }</h2>
            <form class="checklist-url" onsubmit={on_load_url}>
                <label for="checklist-url">{ Text::LoaderUrlLabel.get(language) }</label>
                <input id="checklist-url" type="url" required=true value={(*url).clone()} oninput={on_url} />
                <button type="submit" class="load-checklist">{ Text::LoaderLoad.get(language) }</button>
            </form>
            <FilePicker id="checklist-file" label={Text::LoaderFileLabel.get(language)} {on_pick} />
            {
                match &*outcome {
                    None => html! {},
                    Some(Outcome::Loaded(title)) => html! {
                        <p class="loaded" role="status">{ Text::LoaderLoaded.fill(language, &[("title", title)]) }</p>
                    },
                    Some(Outcome::Refused(refused)) => html! {
                        <div class="notice refused" role="alert">
                            <p>{ Text::LoaderRefused.fill(language, &[("source", &refused.source)]) }</p>
                            <ul class="problems">
                                for problem in &refused.problems {
                                    <li>{ problem }</li>
                                }
                            </ul>
                        </div>
                    },
                }
            }
        </section>
    }
}
