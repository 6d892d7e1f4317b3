use audit_core::Cell;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

/// The kind of a one-line field, for questions and table cells alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Number,
    Date,
}

#[derive(Properties, PartialEq)]
pub struct FieldInputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub kind: FieldKind,
    pub value: Option<Cell>,
    #[prop_or_default]
    pub unit: AttrValue,
    #[prop_or_default]
    pub min: Option<f64>,
    #[prop_or_default]
    pub max: Option<f64>,
    /// A text or a number; `None` when the field is emptied (or holds no valid number).
    pub on_change: Callback<Option<Cell>>,
}

/// A labelled text, number or date input; a number outside `min..max` is kept but flagged.
#[component]
pub fn FieldInput(props: &FieldInputProps) -> Html {
    let language = use_language();
    let kind = props.kind;
    let oninput = props.on_change.reform(move |e: InputEvent| {
        let text = e.target_unchecked_into::<HtmlInputElement>().value();
        match kind {
            _ if text.trim().is_empty() => None,
            FieldKind::Number => text.trim().parse().ok().map(Cell::Number),
            FieldKind::Text | FieldKind::Date => Some(Cell::Text(text)),
        }
    });
    let (input_type, inputmode) = match kind {
        FieldKind::Text => ("text", None),
        FieldKind::Number => ("number", Some("decimal")),
        FieldKind::Date => ("date", None),
    };
    let number = props.value.as_ref().and_then(Cell::number);
    let out_of_range = number.is_some_and(|n| {
        props.min.is_some_and(|min| n < min) || props.max.is_some_and(|max| n > max)
    });
    // A number is shown as written, e.g. `12.5`, not `12.5000`.
    let value = match (&props.value, number) {
        (_, Some(n)) => n.to_string(),
        (Some(cell), None) => cell.text().unwrap_or_default().to_owned(),
        (None, None) => String::new(),
    };
    let hint = match (props.min, props.max) {
        (Some(min), Some(max)) => Text::RangeHint.fill(
            language,
            &[("min", &min.to_string()), ("max", &max.to_string())],
        ),
        _ => String::new(),
    };
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="field-input">
                <input
                    id={props.id.clone()}
                    type={input_type}
                    {inputmode}
                    step={(kind == FieldKind::Number).then_some("any")}
                    min={props.min.map(|m| m.to_string())}
                    max={props.max.map(|m| m.to_string())}
                    {value}
                    aria-invalid={out_of_range.then_some("true")}
                    aria-describedby={(!hint.is_empty() || out_of_range).then(|| hint_id.clone())}
                    {oninput}
                />
                if !props.unit.is_empty() {
                    <span class="unit">{ props.unit.clone() }</span>
                }
            </div>
            if !hint.is_empty() || out_of_range {
                <p class={classes!("hint", out_of_range.then_some("warning"))} id={hint_id}>
                    { if out_of_range { Text::OutOfRange.get(language).to_owned() } else { hint } }
                </p>
            }
        </div>
    }
}
