use audit_core::{FindingCounts, Score};
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct ScoreSummaryProps {
    pub score: Score,
    pub findings: FindingCounts,
}

/// "Score 67% (2 of 3 conforming) · Findings: 1 critical, 0 major, 0 minor".
#[component]
pub fn ScoreSummary(props: &ScoreSummaryProps) -> Html {
    let language = use_language();
    let Score {
        conforming,
        applicable,
        percent,
    } = props.score;
    let score = match percent {
        Some(percent) => Text::ScoreLine.fill(
            language,
            &[
                ("percent", &percent.to_string()),
                ("conforming", &conforming.to_string()),
                ("applicable", &applicable.to_string()),
            ],
        ),
        None => Text::NoScore.get(language).to_owned(),
    };
    let FindingCounts {
        critical,
        major,
        minor,
    } = props.findings;
    let findings = Text::FindingsLine.fill(
        language,
        &[
            ("critical", &critical.to_string()),
            ("major", &major.to_string()),
            ("minor", &minor.to_string()),
        ],
    );
    html! {
        <p
            class="score-summary"
            data-percent={percent.map(|p| p.to_string())}
            data-critical={critical.to_string()}
            data-major={major.to_string()}
            data-minor={minor.to_string()}
        >
            <span class="score">{ score }</span>
            <span class={classes!("findings", (critical > 0).then_some("critical"))}>{ findings }</span>
        </p>
    }
}
