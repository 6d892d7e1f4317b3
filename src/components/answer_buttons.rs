use audit_core::Compliance;
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::answer_words;

#[derive(Properties, PartialEq)]
pub struct AnswerButtonsProps {
    /// Labels the group for screen readers, e.g. the question id.
    pub label: AttrValue,
    pub value: Option<Compliance>,
    /// Receives the new value; pressing the chosen answer again clears it.
    pub on_change: Callback<Option<Compliance>>,
}

/// Four large toggle buttons: Yes, Partial, No, Not applicable.
#[component]
pub fn AnswerButtons(props: &AnswerButtonsProps) -> Html {
    let language = use_language();
    html! {
        <div class="answer-buttons" role="group" aria-label={props.label.clone()}>
            for choice in Compliance::ALL {
                <button
                    type="button"
                    class={classes!("answer", class_of(choice), (props.value == Some(choice)).then_some("chosen"))}
                    aria-pressed={(props.value == Some(choice)).to_string()}
                    data-answer={class_of(choice)}
                    onclick={
                        let chosen = props.value == Some(choice);
                        props.on_change.reform(move |_: MouseEvent| (!chosen).then_some(choice))
                    }
                >
                    { answer_words::compliance(choice).get(language) }
                </button>
            }
        </div>
    }
}

/// Also the `data-answer` hook that tests and styles use.
fn class_of(choice: Compliance) -> &'static str {
    match choice {
        Compliance::Yes => "yes",
        Compliance::Partial => "partial",
        Compliance::No => "no",
        Compliance::NotApplicable => "not-applicable",
    }
}
