use std::rc::Rc;

use audit_core::workflow::Audit;
use audit_core::{LoadedChecklist, Severity, findings};
use yew::prelude::*;

use super::actions::ActionList;
use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct ReportFindingsProps {
    pub audit: Rc<Audit>,
    pub checklist: Rc<LoadedChecklist>,
}

/// Every finding in checklist order, with the auditor's note and its corrective actions.
#[component]
pub fn ReportFindings(props: &ReportFindingsProps) -> Html {
    let language = use_language();
    let checklist = &props.checklist.checklist;
    let record = props.audit.record();
    let found = findings(checklist, record);
    html! {
        <section class="report-findings" aria-labelledby="report-findings-title">
            <h2 id="report-findings-title">{ Text::ReportFindings.get(language) }</h2>
            if found.is_empty() {
                <p>{ Text::ReportNoFindings.get(language) }</p>
            }
            for finding in found {
                <article class="report-finding" data-question={finding.question.clone()}>
                    <h3>
                        <span class={classes!("severity", severity_class(finding.severity))}>
                            { severity_text(finding.severity).get(language) }
                        </span>
                        { " " }
                        { &finding.question }
                        { " · " }
                        {
                            checklist
                                .questions()
                                .find(|q| q.id == finding.question)
                                .map(|q| q.text.get(language))
                                .unwrap_or_default()
                        }
                    </h3>
                    if !finding.note.is_empty() {
                        <p class="note" dir="auto">{ &finding.note }</p>
                    }
                    <ActionList actions={
                        record.actions.iter().filter(|a| a.question == finding.question).cloned().collect::<Vec<_>>()
                    } />
                </article>
            }
        </section>
    }
}

pub(super) fn severity_text(severity: Severity) -> Text {
    match severity {
        Severity::Critical => Text::Critical,
        Severity::Major => Text::Major,
        Severity::Minor => Text::Minor,
    }
}

pub(super) fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "critical",
        Severity::Major => "major",
        Severity::Minor => "minor",
    }
}
