use audit_core::workflow::{AuditStatus, ListFilter};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct ListFiltersProps {
    pub filter: ListFilter,
    /// The checklists of the saved audits: id and the name to show.
    pub checklists: Vec<(String, String)>,
    pub on_change: Callback<ListFilter>,
}

/// The words an auditor sees for a status, on badges and in the status filter.
pub fn status_text(status: AuditStatus) -> Text {
    match status {
        AuditStatus::Draft => Text::StatusDraft,
        AuditStatus::Finalized => Text::StatusFinalized,
        AuditStatus::PartlySigned => Text::StatusPartlySigned,
        AuditStatus::Signed => Text::StatusSigned,
    }
}

/// A stable name for each status, for the select's values and for tests and styles.
pub fn status_code(status: AuditStatus) -> &'static str {
    match status {
        AuditStatus::Draft => "draft",
        AuditStatus::Finalized => "finalized",
        AuditStatus::PartlySigned => "partly-signed",
        AuditStatus::Signed => "signed",
    }
}

/// Search, checklist, status and date range over the saved audits; every change is applied
/// at once.
#[component]
pub fn ListFilters(props: &ListFiltersProps) -> Html {
    let language = use_language();
    let filter = &props.filter;
    // Each control rewrites one part of the filter from the control's current value.
    let set = |part: fn(&mut ListFilter, String)| {
        let (filter, on_change) = (filter.clone(), props.on_change.clone());
        move |value: String| {
            let mut next = filter.clone();
            part(&mut next, value);
            on_change.emit(next);
        }
    };
    let on_text = set(|f, v| f.text = v);
    let on_checklist = set(|f, v| f.checklist = (!v.is_empty()).then_some(v));
    let on_status = set(|f, v| {
        f.status = AuditStatus::ALL.into_iter().find(|s| status_code(*s) == v);
    });
    let on_from = set(|f, v| f.from = (!v.is_empty()).then_some(v));
    let on_to = set(|f, v| f.to = (!v.is_empty()).then_some(v));
    let input = move |apply: Box<dyn Fn(String)>| {
        Callback::from(move |e: InputEvent| {
            apply(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let select = move |apply: Box<dyn Fn(String)>| {
        Callback::from(move |e: Event| {
            apply(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let clear = props
        .on_change
        .reform(|_: MouseEvent| ListFilter::default());
    html! {
        <div role="search" class="list-filters" aria-label={Text::ListFindAudit.get(language)}>
            <div class="filter">
                <label for="list-search">{ Text::ListSearch.get(language) }</label>
                <input id="list-search" type="search" value={filter.text.clone()} oninput={input(Box::new(on_text))} />
            </div>
            <div class="filter">
                <label for="list-checklist">{ Text::ListChecklist.get(language) }</label>
                <select id="list-checklist" onchange={select(Box::new(on_checklist))}>
                    <option value="" selected={filter.checklist.is_none()}>{ Text::ListAnyChecklist.get(language) }</option>
                    for (id, name) in &props.checklists {
                        <option value={id.clone()} selected={filter.checklist.as_ref() == Some(id)}>{ name }</option>
                    }
                </select>
            </div>
            <div class="filter">
                <label for="list-status">{ Text::ListStatus.get(language) }</label>
                <select id="list-status" onchange={select(Box::new(on_status))}>
                    <option value="" selected={filter.status.is_none()}>{ Text::ListAnyStatus.get(language) }</option>
                    for status in AuditStatus::ALL {
                        <option value={status_code(status)} selected={filter.status == Some(status)}>
                            { status_text(status).get(language) }
                        </option>
                    }
                </select>
            </div>
            <div class="filter">
                <label for="list-from">{ Text::ListFrom.get(language) }</label>
                <input id="list-from" type="date" value={filter.from.clone().unwrap_or_default()} oninput={input(Box::new(on_from))} />
            </div>
            <div class="filter">
                <label for="list-to">{ Text::ListTo.get(language) }</label>
                <input id="list-to" type="date" value={filter.to.clone().unwrap_or_default()} oninput={input(Box::new(on_to))} />
            </div>
            if !filter.is_empty() {
                <button type="button" class="clear-filters" onclick={clear}>{ Text::ListClear.get(language) }</button>
            }
        </div>
    }
}
