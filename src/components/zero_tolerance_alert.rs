use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct ZeroToleranceAlertProps {
    /// The questions with a critical finding, e.g. `["E1", "H3"]`; nothing shows when empty.
    pub questions: Vec<String>,
}

/// The banner at the top of an audit when any critical finding exists; announced at once.
#[component]
pub fn ZeroToleranceAlert(props: &ZeroToleranceAlertProps) -> Html {
    let language = use_language();
    if props.questions.is_empty() {
        return Html::default();
    }
    html! {
        <div class="zero-tolerance" role="alert">
            <strong>{ Text::ZeroToleranceTitle.get(language) }</strong>
            <p>{ Text::ZeroToleranceBody.fill(language, &[("questions", &props.questions.join(", "))]) }</p>
        </div>
    }
}
