use crate::components::Same;

use audit_core::workflow::Audit;
use audit_core::{
    CorrectiveAction, Day, Edit, Finding, Language, LoadedChecklist, Severity, findings,
    proposed_actions,
};
use yew::prelude::*;

use crate::components::CorrectiveActionForm;
use crate::effects::clock;
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::route::{Place, Route};

#[derive(Properties, PartialEq)]
pub struct FindingsPanelProps {
    pub checklist: Same<LoadedChecklist>,
    pub audit: Same<Audit>,
    /// The device's day: overdue flags, and the audit day when the header has none.
    pub today: Day,
    pub on_edit: Callback<Edit>,
}

/// Every finding in checklist order with its corrective actions; then the actions a follow-up
/// visit carries over from the earlier audit, and any left on answers that are no longer
/// findings, so that no action is ever out of sight.
#[component]
pub fn FindingsPanel(props: &FindingsPanelProps) -> Html {
    let language = use_language();
    let checklist = &props.checklist.checklist;
    let record = props.audit.record();
    let found = findings(checklist, record);
    let read_only = record.is_finalized();
    let is_finding =
        |action: &CorrectiveAction| found.iter().any(|f| f.question == action.question);
    let earlier: Vec<&CorrectiveAction> = record
        .actions
        .iter()
        .filter(|a| a.follows.is_some())
        .collect();
    let orphans: Vec<&CorrectiveAction> = record
        .actions
        .iter()
        .filter(|a| a.follows.is_none() && !is_finding(a))
        .collect();
    let form = |action: &CorrectiveAction| {
        let id = action.id;
        html! {
            <CorrectiveActionForm
                key={id.to_string()}
                action={action.clone()}
                today={props.today}
                {read_only}
                on_change={props.on_edit.reform(move |change| Edit::ChangeAction { id, change })}
                on_remove={props.on_edit.reform(move |()| Edit::RemoveAction { id })}
            />
        }
    };
    let with_question = |action: &CorrectiveAction| {
        let text = checklist
            .questions()
            .find(|q| q.id == action.question)
            .map_or("", |q| q.text.get(language));
        html! {
            <li key={action.id.to_string()}>
                <p class="action-question">{
                    Text::ActionOnQuestion.fill(language, &[("id", &action.question), ("text", text)])
                }</p>
                { form(action) }
            </li>
        }
    };
    html! {
        <section class="findings-panel" aria-labelledby="findings-heading">
            <h2 id="findings-heading" tabindex="-1">{ Text::FindingsAndActions.get(language) }</h2>
            if found.is_empty() {
                <p class="empty">{ Text::NoFindingsYet.get(language) }</p>
            } else {
                <ol class="findings">
                    for finding in &found {
                        <li key={finding.question.clone()}>
                            { finding_card(props, finding, read_only, &form, language) }
                        </li>
                    }
                </ol>
            }
            if !earlier.is_empty() {
                <section class="earlier-actions" aria-labelledby="earlier-actions-heading">
                    <h3 id="earlier-actions-heading">{ Text::EarlierActions.get(language) }</h3>
                    <p>{ Text::EarlierActionsHint.get(language) }</p>
                    <ul class="action-list">
                        for action in earlier { { with_question(action) } }
                    </ul>
                </section>
            }
            if !orphans.is_empty() {
                <section class="orphan-actions" aria-labelledby="orphan-actions-heading">
                    <h3 id="orphan-actions-heading">{ Text::OrphanActions.get(language) }</h3>
                    <p>{ Text::OrphanActionsHint.get(language) }</p>
                    <ul class="action-list">
                        for action in orphans { { with_question(action) } }
                    </ul>
                </section>
            }
        </section>
    }
}

/// One finding: the question, its severity in words, the auditor's note and its actions.
fn finding_card(
    props: &FindingsPanelProps,
    finding: &Finding,
    read_only: bool,
    form: &dyn Fn(&CorrectiveAction) -> Html,
    language: Language,
) -> Html {
    let checklist = &props.checklist.checklist;
    let record = props.audit.record();
    let question = &finding.question;
    let text = checklist
        .questions()
        .find(|q| q.id == *question)
        .map_or("", |q| q.text.get(language));
    let (severity, severity_code) = match finding.severity {
        Severity::Critical => (Text::Critical, "critical"),
        Severity::Major => (Text::Major, "major"),
        Severity::Minor => (Text::Minor, "minor"),
    };
    let actions: Vec<&CorrectiveAction> = record
        .actions
        .iter()
        .filter(|a| a.question == *question && a.follows.is_none())
        .collect();
    let add = {
        let (question, severity) = (question.clone(), finding.severity);
        let existing = record.actions.clone();
        // The audit day is the header's date when it is a whole day, else today.
        let audit_day = Day::parse(&record.header.date).unwrap_or(props.today);
        let due_days = checklist.action_due_days.unwrap_or_default();
        props.on_edit.reform(move |_: MouseEvent| {
            Edit::AddActions(proposed_actions(
                &question,
                severity,
                &existing,
                audit_day,
                due_days,
                clock::new_id,
            ))
        })
    };
    let heading_id = format!("finding-{question}-heading");
    let question_href = Route::AuditAt(record.id, Place::Question(question.clone())).href();
    html! {
        <article class="finding-card" id={format!("finding-{question}")} tabindex="-1"
            data-finding={question.clone()} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>
                <span class="question-id">{ question }</span>
                { " " }{ text }
            </h3>
            <p class="finding-severity" data-severity={severity_code}>{
                Text::SeverityIs.fill(language, &[("severity", severity.get(language))])
            }</p>
            <p class="finding-note">{
                if finding.note.trim().is_empty() {
                    Text::NoNote.get(language).to_owned()
                } else {
                    Text::AuditorNote.fill(language, &[("note", &finding.note)])
                }
            }</p>
            <a class="go-to-question" href={question_href}>{
                Text::GoToQuestion.fill(language, &[("id", question)])
            }</a>
            if actions.is_empty() {
                <p class="no-actions">{ Text::NoActionsYet.get(language) }</p>
            } else {
                <ul class="action-list">
                    for action in actions {
                        <li key={action.id.to_string()}>{ form(action) }</li>
                    }
                </ul>
            }
            if !read_only {
                <button type="button" class="add-action" onclick={add}
                    aria-label={Text::AddActionTo.fill(language, &[("id", question)])}>
                    { Text::AddAction.get(language) }
                </button>
            }
        </article>
    }
}
