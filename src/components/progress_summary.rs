use audit_core::Progress;
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct ProgressSummaryProps {
    pub progress: Progress,
}

#[component]
pub fn ProgressSummary(props: &ProgressSummaryProps) -> Html {
    let language = use_language();
    let Progress {
        answered,
        total,
        required_open,
    } = props.progress;
    html! {
        <div class="progress-summary">
            <progress max={total.to_string()} value={answered.to_string()} aria-hidden="true" />
            <span class="progress-text">
                { Text::AnsweredOf.fill(language, &[("answered", &answered.to_string()), ("total", &total.to_string())]) }
                if required_open > 0 {
                    { Text::RequiredOpen.fill(language, &[("count", &required_open.to_string())]) }
                }
            </span>
        </div>
    }
}
