use audit_core::ChoiceOption;
use yew::prelude::*;

use crate::hooks::use_language;

#[derive(Properties, PartialEq)]
pub struct ChoiceButtonsProps {
    pub label: AttrValue,
    pub options: Vec<ChoiceOption>,
    /// The chosen option ids.
    pub chosen: Vec<String>,
    /// Several options at once (multiple choice), or one (pressing it again clears it).
    pub multiple: bool,
    pub on_change: Callback<Vec<String>>,
}

/// Touch-sized toggle buttons for single and multiple choice, in questions and table cells.
#[component]
pub fn ChoiceButtons(props: &ChoiceButtonsProps) -> Html {
    let language = use_language();
    html! {
        <div class="choice-buttons" role="group" aria-label={props.label.clone()}>
            for option in &props.options {
                <button
                    type="button"
                    class={classes!("choice", props.chosen.contains(&option.id).then_some("chosen"))}
                    aria-pressed={props.chosen.contains(&option.id).to_string()}
                    data-option={option.id.clone()}
                    onclick={toggle(props, &option.id)}
                >
                    { option.label.get(language) }
                </button>
            }
        </div>
    }
}

fn toggle(props: &ChoiceButtonsProps, id: &str) -> Callback<MouseEvent> {
    let (chosen, id, multiple) = (props.chosen.clone(), id.to_owned(), props.multiple);
    let order: Vec<String> = props.options.iter().map(|o| o.id.clone()).collect();
    props.on_change.reform(move |_: MouseEvent| {
        let now_chosen = |option: &String| match (*option == id, multiple) {
            (true, _) => !chosen.contains(&id),
            (false, true) => chosen.contains(option),
            (false, false) => false,
        };
        // Kept in the checklist's order, whatever order they were pressed in.
        order.iter().filter(|o| now_chosen(o)).cloned().collect()
    })
}
