use audit_core::Progress;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressSummaryProps {
    pub progress: Progress,
}

#[component]
pub fn ProgressSummary(props: &ProgressSummaryProps) -> Html {
    let Progress {
        answered,
        total,
        required_open,
    } = props.progress;
    html! {
        <div class="progress-summary">
            <progress max={total.to_string()} value={answered.to_string()} aria-hidden="true" />
            <span class="progress-text">
                { format!("{answered} of {total} answered") }
                if required_open > 0 {
                    { format!(" · {required_open} required still open") }
                }
            </span>
        </div>
    }
}
