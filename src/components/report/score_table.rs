use std::rc::Rc;

use audit_core::{FindingCounts, Language, LoadedChecklist, Score, Summary};
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct ScoreTableProps {
    pub checklist: Rc<LoadedChecklist>,
    pub summary: Rc<Summary>,
}

/// The score and finding counts, overall then section by section.
#[component]
pub fn ScoreTable(props: &ScoreTableProps) -> Html {
    let language = use_language();
    let summary = &props.summary;
    let rows = props
        .checklist
        .checklist
        .sections
        .iter()
        .filter_map(|section| {
            let scores = summary.section(&section.id)?;
            Some(row(
                section.title.get(language),
                scores.score,
                scores.findings,
                language,
                false,
            ))
        });
    html! {
        <table class="report-scores">
            <caption>{ Text::ReportScores.get(language) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ Text::ReportSection.get(language) }</th>
                    <th scope="col">{ Text::ReportScore.get(language) }</th>
                    <th scope="col">{ Text::Critical.get(language) }</th>
                    <th scope="col">{ Text::Major.get(language) }</th>
                    <th scope="col">{ Text::Minor.get(language) }</th>
                </tr>
            </thead>
            <tbody>
                { for rows }
            </tbody>
            <tfoot>
                { row(Text::Overall.get(language), summary.score, summary.findings, language, true) }
            </tfoot>
        </table>
    }
}

fn row(
    name: &str,
    score: Score,
    findings: FindingCounts,
    language: Language,
    overall: bool,
) -> Html {
    let score = match score.percent {
        Some(percent) => Text::ReportScoreCell.fill(
            language,
            &[
                ("percent", &percent.to_string()),
                ("conforming", &score.conforming.to_string()),
                ("applicable", &score.applicable.to_string()),
            ],
        ),
        None => Text::NoScore.get(language).to_owned(),
    };
    html! {
        <tr class={classes!(overall.then_some("overall"))}>
            <th scope="row">{ name }</th>
            <td class="score">{ score }</td>
            <td class={classes!((findings.critical > 0).then_some("critical"))}>{ findings.critical }</td>
            <td>{ findings.major }</td>
            <td>{ findings.minor }</td>
        </tr>
    }
}
