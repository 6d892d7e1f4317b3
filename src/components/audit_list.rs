use std::collections::HashMap;
use std::rc::Rc;

use audit_core::workflow::{Audit, ListFilter, Listed, matches};
use audit_core::{Language, LoadedChecklist, Progress, Uuid};
use yew::prelude::*;

use super::ProgressSummary;
use super::list_filters::{ListFilters, status_code, status_text};
use crate::effects::clock;
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::route::Route;

/// Definitions stored on the device, by content hash: for the progress of saved audits.
pub type Definitions = HashMap<String, Rc<LoadedChecklist>>;

#[derive(Properties, PartialEq)]
pub struct AuditListProps {
    /// Every readable saved audit, newest change first, with its status and overdue actions.
    pub audits: Rc<Vec<(Audit, Listed)>>,
    pub definitions: Rc<Definitions>,
    pub on_duplicate: Callback<Uuid>,
    pub on_delete: Callback<Uuid>,
}

/// The saved audits, narrowed by search and filters, each with its status badge and the
/// actions on it.
#[component]
pub fn AuditList(props: &AuditListProps) -> Html {
    let language = use_language();
    let filter = use_state(ListFilter::default);
    let shown: Vec<&(Audit, Listed)> = props
        .audits
        .iter()
        .filter(|(audit, entry)| matches(audit, entry.status, &filter))
        .collect();
    let on_change = {
        let filter = filter.clone();
        Callback::from(move |next| filter.set(next))
    };
    html! {
        <>
            <ListFilters
                filter={(*filter).clone()}
                checklists={checklists(&props.audits, &props.definitions, language)}
                {on_change}
            />
            <p class="list-count" role="status">{ Text::ListShown.fill(language, &[
                ("shown", &shown.len().to_string()),
                ("total", &props.audits.len().to_string()),
            ]) }</p>
            if shown.is_empty() {
                <p class="empty">{ Text::ListNoMatch.get(language) }</p>
            } else {
                <ul class="saved-audits">
                    for (audit, entry) in shown {
                        <li key={audit.id().to_string()} data-audit={audit.id().to_string()}>
                            { saved_audit(audit, *entry, &props.definitions, language) }
                            { actions(audit, props, language) }
                        </li>
                    }
                </ul>
            }
        </>
    }
}

/// Each checklist the saved audits use, once, named by its title where the device has it.
fn checklists(
    audits: &[(Audit, Listed)],
    definitions: &Definitions,
    language: Language,
) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    for (audit, _) in audits {
        let reference = &audit.record().checklist;
        if found.iter().any(|(id, _)| *id == reference.id) {
            continue;
        }
        let title = definitions
            .values()
            .find(|loaded| loaded.checklist.id == reference.id)
            .map_or(reference.id.clone(), |loaded| {
                loaded.checklist.title.get(language).to_owned()
            });
        found.push((reference.id.clone(), title));
    }
    found.sort_by(|a, b| a.1.cmp(&b.1));
    found
}

/// What the supplier is called in the list and in the actions' labels.
pub fn supplier_name(audit: &Audit, language: Language) -> &str {
    let supplier = &audit.record().header.supplier;
    if supplier.is_empty() {
        Text::SupplierNotNamed.get(language)
    } else {
        supplier
    }
}

fn saved_audit(
    audit: &Audit,
    entry: Listed,
    definitions: &Definitions,
    language: Language,
) -> Html {
    let status = entry.status;
    let record = audit.record();
    let header = &record.header;
    let place = [header.site.as_str(), header.date.as_str()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    // Progress once the definition stored on the device when the audit started is read.
    let checklist = definitions
        .get(&record.checklist.sha256)
        .filter(|loaded| loaded.reference() == record.checklist);
    html! {
        <a class="saved-audit" href={Route::Audit(record.id).href()}>
            <span class="supplier">{ supplier_name(audit, language) }</span>
            <span class="status-badge" data-status={status_code(status)}>{ status_text(status).get(language) }</span>
            <span class="place">{ place }</span>
            if let Some(available) = checklist {
                <ProgressSummary progress={Progress::of_checklist(&available.checklist, record)} />
            }
            if let Some(document) = audit.signed() {
                <span class="status">{ Text::FinalizedSignatures.fill(language, &[
                    ("signed", &document.proofs().len().to_string()),
                    ("total", &record.signatories.len().to_string()),
                ]) }</span>
            } else if record.is_finalized() {
                <span class="status">{ Text::FinalizedNotSigned.get(language) }</span>
            }
            if entry.overdue > 0 {
                <span class="overdue-count">{ Text::ActionsOverdue.fill(language, &[("count", &entry.overdue.to_string())]) }</span>
            }
            <span class="updated">{ Text::LastChange.fill(language, &[("time", &clock::local(&record.updated, language))]) }</span>
        </a>
    }
}

fn actions(audit: &Audit, props: &AuditListProps, language: Language) -> Html {
    let id = audit.id();
    let supplier = [("supplier", supplier_name(audit, language))];
    html! {
        <div class="audit-actions">
            <button type="button" class="duplicate"
                aria-label={Text::DuplicateAudit.fill(language, &supplier)}
                onclick={props.on_duplicate.reform(move |_| id)}>
                { Text::Duplicate.get(language) }
            </button>
            <button type="button" class="move-to-bin"
                aria-label={Text::MoveToBinAudit.fill(language, &supplier)}
                onclick={props.on_delete.reform(move |_| id)}>
                { Text::MoveToBin.get(language) }
            </button>
        </div>
    }
}
