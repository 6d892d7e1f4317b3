use audit_core::{FindingCounts, Language, Progress};
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

/// One line of the index: a section, where it stands, and its link.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionEntry {
    pub id: String,
    pub title: String,
    pub progress: Progress,
    pub findings: FindingCounts,
    pub href: String,
}

/// The index's last line: the findings and their corrective actions.
#[derive(Clone, Debug, PartialEq)]
pub struct FindingsEntry {
    pub findings: usize,
    pub overdue: usize,
    pub href: String,
    pub current: bool,
}

#[derive(Properties, PartialEq)]
pub struct SectionIndexProps {
    pub sections: Vec<SectionEntry>,
    pub current: String,
    pub findings: FindingsEntry,
}

/// Every section with its progress and findings; long checklists show one section at a time,
/// and this is how the auditor moves between them, by touch or keyboard.
#[component]
pub fn SectionIndex(props: &SectionIndexProps) -> Html {
    let language = use_language();
    html! {
        <nav class="section-index" aria-label={Text::SectionsHeading.get(language)}>
            <ol>
                for entry in &props.sections {
                    <li key={entry.id.clone()}>
                        <a href={entry.href.clone()} data-section-link={entry.id.clone()}
                            aria-current={(entry.id == props.current).then_some("step")}>
                            <span class="section-title">{ &entry.title }</span>
                            <span class="section-progress">{
                                Text::AnsweredOf.fill(language, &[
                                    ("answered", &entry.progress.answered.to_string()),
                                    ("total", &entry.progress.total.to_string()),
                                ])
                            }</span>
                            if entry.findings.total() > 0 {
                                <span class="section-findings">{
                                    Text::FindingCount.fill(language, &[("count", &entry.findings.total().to_string())])
                                }</span>
                            }
                        </a>
                    </li>
                }
                { findings_entry(&props.findings, language) }
            </ol>
        </nav>
    }
}

fn findings_entry(entry: &FindingsEntry, language: Language) -> Html {
    html! {
        <li key="findings" class="findings-entry">
            <a href={entry.href.clone()} data-findings-link="true"
                aria-current={entry.current.then_some("step")}>
                <span class="section-title">{ Text::FindingsAndActions.get(language) }</span>
                <span class="section-findings">{
                    Text::FindingCount.fill(language, &[("count", &entry.findings.to_string())])
                }</span>
                if entry.overdue > 0 {
                    <span class="overdue-count">{
                        Text::ActionsOverdue.fill(language, &[("count", &entry.overdue.to_string())])
                    }</span>
                }
            </a>
        </li>
    }
}
