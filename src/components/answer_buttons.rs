use audit_core::AnswerValue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnswerButtonsProps {
    /// Labels the group for screen readers, e.g. the question id.
    pub label: AttrValue,
    pub value: Option<AnswerValue>,
    /// Receives the new value; pressing the chosen answer again clears it.
    pub on_change: Callback<Option<AnswerValue>>,
    /// A finalized audit shows its answers but cannot change them.
    #[prop_or_default]
    pub disabled: bool,
}

/// Four large toggle buttons: Yes, Partial, No, Not applicable.
#[component]
pub fn AnswerButtons(props: &AnswerButtonsProps) -> Html {
    html! {
        <div class="answer-buttons" role="group" aria-label={props.label.clone()}>
            for choice in AnswerValue::ALL {
                <AnswerButton
                    {choice}
                    chosen={props.value == Some(choice)}
                    disabled={props.disabled}
                    on_change={props.on_change.clone()}
                />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct AnswerButtonProps {
    choice: AnswerValue,
    chosen: bool,
    disabled: bool,
    on_change: Callback<Option<AnswerValue>>,
}

#[component]
fn AnswerButton(props: &AnswerButtonProps) -> Html {
    let AnswerButtonProps {
        choice,
        chosen,
        disabled,
        ..
    } = *props;
    let onclick = props
        .on_change
        .reform(move |_: MouseEvent| (!chosen).then_some(choice));
    let (label, class) = match choice {
        AnswerValue::Yes => ("Yes", "yes"),
        AnswerValue::Partial => ("Partial", "partial"),
        AnswerValue::No => ("No", "no"),
        AnswerValue::NotApplicable => ("Not applicable", "not-applicable"),
    };
    html! {
        <button
            type="button"
            class={classes!("answer", class, chosen.then_some("chosen"))}
            aria-pressed={chosen.to_string()}
            data-answer={class}
            {disabled}
            {onclick}
        >
            { label }
        </button>
    }
}
