use std::rc::Rc;

use audit_core::workflow::Audit;
use audit_core::{HeaderField, Language, LoadedChecklist, Summary};
use yew::prelude::*;

use super::document_hash::DocumentHash;
use super::findings::ReportFindings;
use super::score_table::ScoreTable;
use crate::components::{Notice, ZeroToleranceAlert};
use crate::effects::clock;
use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct ReportFirstPageProps {
    pub audit: Rc<Audit>,
    /// The checklist the audit was made with; `None` when this device does not have it.
    pub checklist: Option<Rc<LoadedChecklist>>,
}

/// What a reader needs on one sheet: who was audited and when, by whom, against what, the
/// scores, the critical findings, every finding with its corrective actions, and the hash
/// that ties the paper to the audit file.
#[component]
pub fn ReportFirstPage(props: &ReportFirstPageProps) -> Html {
    let language = use_language();
    let record = props.audit.record();
    let header = |field| record.header.get(field);
    let supplier = match header(HeaderField::Supplier) {
        "" => Text::SupplierNotNamed.get(language),
        named => named,
    };
    let finalized = record.finalized.as_ref().map_or_else(
        || Text::ReportNotFinalized.get(language).to_owned(),
        |time| clock::local(time, language),
    );
    let checklist = match &props.checklist {
        Some(loaded) => Text::ReportChecklistVersion.fill(
            language,
            &[
                ("title", loaded.checklist.title.get(language)),
                ("version", &loaded.checklist.version.to_string()),
            ],
        ),
        None => Text::ReportChecklistVersion.fill(
            language,
            &[
                ("title", &record.checklist.id),
                ("version", &record.checklist.version.to_string()),
            ],
        ),
    };
    let details = [
        (Text::Supplier, supplier.to_owned()),
        (Text::Site, header(HeaderField::Site).to_owned()),
        (Text::Address, header(HeaderField::Address).to_owned()),
        (Text::AuditDate, header(HeaderField::Date).to_owned()),
        (Text::ReportFinalized, finalized),
        (Text::Auditor, header(HeaderField::Auditor).to_owned()),
        (Text::ReportChecklist, checklist),
        (Text::ReportAuditId, record.id.to_string()),
    ];
    html! {
        <section class="report-first-page" aria-labelledby="report-title">
            <h1 id="report-title">{ Text::ReportTitle.fill(language, &[("supplier", supplier)]) }</h1>
            if !record.is_finalized() {
                <p class="report-draft">{ Text::ReportDraft.get(language) }</p>
            }
            <div class="report-top">
                <dl class="report-details">
                    for (label, value) in details {
                        <div>
                            <dt>{ label.get(language) }</dt>
                            <dd><bdi>{ value }</bdi></dd>
                        </div>
                    }
                </dl>
                <DocumentHash audit={props.audit.clone()} />
            </div>
            {
                match &props.checklist {
                    Some(loaded) => results(&props.audit, loaded, language),
                    None => html! {
                        <Notice message={Text::ReportChecklistMissing.fill(language, &[
                            ("id", &record.checklist.id),
                            ("version", &record.checklist.version.to_string()),
                        ])} />
                    },
                }
            }
        </section>
    }
}

/// Scores, the zero-tolerance alert naming each critical finding, then every finding.
fn results(audit: &Rc<Audit>, loaded: &Rc<LoadedChecklist>, language: Language) -> Html {
    let checklist = &loaded.checklist;
    let summary = Summary::of(checklist, audit.record());
    let critical: Vec<String> = summary
        .critical_findings
        .iter()
        .map(|id| {
            checklist.questions().find(|q| &q.id == id).map_or_else(
                || id.clone(),
                |q| format!("{id} ({})", q.text.get(language)),
            )
        })
        .collect();
    html! {
        <>
            <ScoreTable checklist={loaded.clone()} summary={Rc::new(summary)} />
            <ZeroToleranceAlert questions={critical} />
            <ReportFindings audit={audit.clone()} checklist={loaded.clone()} />
        </>
    }
}
