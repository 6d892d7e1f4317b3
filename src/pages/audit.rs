use std::rc::Rc;

use audit_core::signing::{DidKey, ProofOptions};
use audit_core::workflow::{Action, Audit};
use audit_core::{AuditRecord, Checklist, Edit, Language, LoadedChecklist, Standing, Uuid};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::catalogue;
use crate::components::{
    AboutChecklist, FindingsEntry, FindingsPanel, FollowUpBanner, HeaderForm, Notice,
    ProgressSummary, QuestionCard, Same, SameValues, SaveStatus, ScoreSummary, SectionEntry,
    SectionIndex, SigningPanel, ZeroToleranceAlert,
};
use crate::effects::audit_lock::Claim;
use crate::effects::clock;
use crate::hooks::{AuditState, Lookup, Open, SaveState, navigate, use_audit, use_language};
use crate::i18n::{Text, errors};
use crate::route::{Place, Route};
use crate::storage::{OwnIdentity, PhotoStore, Storage};

use super::review::CheckAnswers;

#[derive(Properties, PartialEq)]
pub struct AuditPageProps {
    pub storage: Storage,
    pub id: Uuid,
    /// The section or question to show; the first section when none is named.
    #[prop_or_default]
    pub place: Option<Place>,
    /// Shows "Check your answers" instead of the form. The same page, so that going there and
    /// back keeps this tab's lock on the audit (a tab waiting for it would take it otherwise).
    #[prop_or_default]
    pub review: bool,
}

/// One audit: every change goes to the core's workflow model, which decides and says what to
/// save; the `use_audit` hook carries that out.
#[component]
pub fn AuditPage(props: &AuditPageProps) -> Html {
    let language = use_language();
    let handle = use_audit(&props.storage, props.id);
    // After a crash, the next start offers to come back to this audit, at this question.
    crate::effects::session::use_open_audit_marker(props.id);
    let opening = html! { <p class="loading">{ Text::OpeningAudit.get(language) }</p> };
    match &*handle.state {
        AuditState::Loading => opening,
        AuditState::Ready(open) if open.checklist == Lookup::Looking => opening,
        AuditState::Missing => html! { <Notice message={Text::AuditMissing.get(language)} /> },
        AuditState::Failed(error) => html! { <Notice message={error.message(language)} /> },
        AuditState::Ready(open) => {
            let page = if props.review {
                html! {
                    <CheckAnswers
                        key={open.reloads.to_string()}
                        open={Same(open.clone())}
                        problem={handle.problem.clone()}
                        act={handle.act.clone()}
                        claim={handle.claim}
                        take_over={handle.take_over.clone()}
                    />
                }
            } else {
                // Read again from storage, the audit may differ in every part (another tab
                // finalized or signed it): a new form is built rather than the old one patched.
                html! {
                    <AuditForm
                        key={open.reloads.to_string()}
                        open={Same(open.clone())}
                        place={props.place.clone()}
                        storage={props.storage.clone()}
                        problem={handle.problem.clone()}
                        act={handle.act.clone()}
                        claim={handle.claim}
                        take_over={handle.take_over.clone()}
                    />
                }
            };
            // The save state as a context: "Saving…" and "Saved" re-render the status line
            // alone, not the form.
            html! {
                <ContextProvider<SaveState> context={handle.save_state.clone()}>{ page }</ContextProvider<SaveState>>
            }
        }
    }
}

#[derive(Properties, PartialEq)]
struct AuditFormProps {
    open: Same<Open>,
    place: Option<Place>,
    storage: Storage,
    problem: Option<String>,
    act: Callback<Action>,
    claim: Claim,
    take_over: Callback<()>,
}

#[component]
fn AuditForm(props: &AuditFormProps) -> Html {
    let language = use_language();
    let open = &props.open.0;
    let audit = &open.audit;
    let record = audit.record();
    let on_edit = {
        let act = props.act.clone();
        use_callback(act, |edit, act| act.emit(Action::Edit(edit, clock::now())))
    };
    let checklist = open.checklist.checklist();
    let export = props.act.reform(|_: MouseEvent| Action::Export);
    let title = checklist.map_or(record.checklist.id.as_str(), |c| c.title.get(language));
    let read_only = record.is_finalized();
    let id = record.id;
    // Visibility, progress, scores, findings and the alert: worked out again only when an
    // answer's value changes, not for a keystroke in a note.
    let standing = use_memo(
        (open.checklist.clone(), SameValues(audit.clone())),
        |(lookup, audit)| {
            lookup
                .checklist()
                .map(|c| Rc::new(Standing::of(c, audit.0.record())))
        },
    );
    html! {
        <div class="audit">
            <h1>{ title }</h1>
            if let Some(previous) = record.previous_version {
                { previous_version_hint(previous, language) }
            }
            if let Some(follows) = &record.follow_up_of {
                <FollowUpBanner follows={follows.clone()} supplier={record.header.supplier.clone()}
                    audits={props.storage.audits.clone()} />
            }
            if let Some(finalized) = &record.finalized {
                <p class="finalized-banner" role="status">{
                    Text::FinalizedOn.fill(language, &[("time", &clock::local(finalized, language))])
                }</p>
            }
            if let Some(standing) = standing.as_ref() {
                <ZeroToleranceAlert questions={standing.summary.critical_findings.clone()} />
            }
            if let Some(refusal) = &open.refusal {
                <Notice message={errors::refusal(refusal, language)} />
            }
            { claim_notice(props.claim, &props.take_over, language) }
            // Only the tab holding the audit's lock writes: elsewhere every control is switched off.
            <fieldset class="audit-writer" disabled={!props.claim.may_write()}>
                // A finalized audit is read-only: one disabled fieldset switches off every control in it.
                <fieldset class="audit-answers" disabled={read_only}>
                    <SaveStatus />
                    {
                        match (&open.checklist, standing.as_ref()) {
                            (Lookup::Found(loaded), Some(standing)) => html! {
                                <ChecklistView
                                    checklist={Same(loaded.clone())}
                                    standing={Same(standing.clone())}
                                    audit={Same(audit.clone())}
                                    place={props.place.clone()}
                                    on_edit={on_edit.clone()}
                                    photos={props.storage.photos.clone()}
                                />
                            },
                            _ => html! {
                                <>
                                    <Notice message={missing_notice(record, language)} />
                                    <HeaderForm header={record.header.clone()} on_edit={on_edit.clone()} />
                                </>
                            },
                        }
                    }
                </fieldset>
                if read_only {
                    <Signing
                        audit={Same(audit.clone())}
                        storage={props.storage.clone()}
                        busy={open.signing}
                        act={props.act.clone()}
                    />
                }
                <div class="actions">
                    // Finalizing happens on the review page, after a look at what is still open.
                    if !read_only {
                        <button type="button" class="finalize"
                            onclick={move |_| navigate(&Route::Review(id))}>
                            { Text::ReviewAndFinalize.get(language) }
                        </button>
                    }
                    <button type="button" class="export" onclick={export}>{
                        if audit.signed().is_some() { Text::ExportSignedAudit.get(language) } else { Text::ExportAudit.get(language) }
                    }</button>
                    <a class="report-link" href={Route::Report(record.id).href()}>{ Text::ReportLink.get(language) }</a>
                    <crate::components::BundleExports
                        storage={props.storage.clone()}
                        audit={Same(audit.clone())}
                        checklist={match &open.checklist { Lookup::Found(loaded) => Some(Same(loaded.clone())), _ => None }}
                    />
                    if read_only {
                        <button type="button" class="new-version"
                            onclick={props.act.reform(|_: MouseEvent| Action::NewVersion { id: clock::new_id(), now: clock::now() })}>
                            { Text::StartNewVersion.get(language) }
                        </button>
                        <button type="button" class="follow-up"
                            onclick={props.act.reform(|_: MouseEvent| Action::FollowUp { id: clock::new_id(), now: clock::now() })}>
                            { Text::StartFollowUp.get(language) }
                        </button>
                    }
                </div>
            </fieldset>
            if let Some(message) = props.problem.clone() {
                <Notice {message} />
            }
        </div>
    }
}

/// Says why the audit is read-only in this tab, with the way to write here instead.
pub(super) fn claim_notice(claim: Claim, take_over: &Callback<()>, language: Language) -> Html {
    let message = match claim {
        Claim::Elsewhere => Text::AuditOpenElsewhere,
        Claim::TakenOver => Text::AuditTakenOver,
        Claim::Asking | Claim::Held | Claim::Uncoordinated => return html! {},
    };
    html! {
        <div class="claim-notice" role="status">
            <p>{ message.get(language) }</p>
            <button type="button" class="take-over" onclick={take_over.reform(|_: MouseEvent| ())}>
                { Text::TakeOverHere.get(language) }
            </button>
        </div>
    }
}

/// "This is a new version of {link}.", with the link to the earlier audit inside the sentence.
fn previous_version_hint(previous: Uuid, language: Language) -> Html {
    let sentence = Text::PreviousVersionHint.get(language);
    let (before, after) = sentence.split_once("{link}").unwrap_or((sentence, ""));
    html! {
        <p class="hint">
            { before }
            <a href={Route::Audit(previous).href()}>{ Text::PreviousVersionLink.get(language) }</a>
            { after }
        </p>
    }
}

pub(super) fn missing_notice(record: &AuditRecord, language: Language) -> String {
    let questions: Vec<&str> = record.answers.keys().map(String::as_str).collect();
    Text::ChecklistMissing.fill(
        language,
        &[
            ("id", &record.checklist.id),
            ("version", &record.checklist.version.to_string()),
            ("count", &questions.len().to_string()),
            ("questions", &questions.join(", ")),
        ],
    )
}

#[derive(Properties, PartialEq)]
struct ChecklistViewProps {
    checklist: Same<LoadedChecklist>,
    standing: Same<Standing>,
    audit: Same<Audit>,
    place: Option<Place>,
    on_edit: Callback<Edit>,
    photos: PhotoStore,
}

/// The checklist one section at a time, with an index of all sections: a tap re-renders its own
/// question card and the summaries, and the page holds a few hundred nodes at most, however
/// long the checklist.
#[component]
fn ChecklistView(props: &ChecklistViewProps) -> Html {
    let language = use_language();
    let loaded = &props.checklist.0;
    let checklist = &loaded.checklist;
    let record = props.audit.0.record();
    // One `Rc` per question, made once per checklist, so cards compare their question cheaply.
    let questions = use_memo(props.checklist.clone(), |loaded| {
        loaded
            .0
            .checklist
            .sections
            .iter()
            .map(|s| s.questions.iter().cloned().map(Rc::new).collect::<Vec<_>>())
            .collect::<Vec<_>>()
    });
    let standing = &props.standing.0;
    let summary = &standing.summary;
    let current = current_section(checklist, props.place.as_ref());
    {
        // Moving to a section or a question puts focus there, for keyboards and screen readers.
        let place = props.place.clone();
        use_effect_with(place, |place| {
            let target = match place {
                Some(Place::Question(question)) => format!("q-{question}"),
                Some(Place::Section(_)) => "section-heading".to_owned(),
                Some(Place::Findings(Some(question))) => format!("finding-{question}"),
                Some(Place::Findings(None)) => "findings-heading".to_owned(),
                None => return,
            };
            if let Some(element) = gloo_utils::document().get_element_by_id(&target) {
                element.scroll_into_view();
                if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let id = record.id;
    let href = |section: &str| Route::AuditAt(id, Place::Section(section.to_owned())).href();
    let entries: Vec<SectionEntry> = checklist
        .sections
        .iter()
        .zip(&standing.sections)
        .map(|(section, progress)| SectionEntry {
            id: section.id.clone(),
            title: section.title.get(language).to_owned(),
            progress: *progress,
            findings: summary
                .section(&section.id)
                .map(|s| s.findings)
                .unwrap_or_default(),
            href: href(&section.id),
        })
        .collect();
    let overall = standing.overall();
    let section_progress = standing.sections.get(current).copied();
    let today = clock::today();
    let on_findings = matches!(props.place, Some(Place::Findings(_)));
    let findings_entry = FindingsEntry {
        findings: summary.findings.total(),
        overdue: audit_core::overdue(record, today),
        href: Route::AuditAt(id, Place::Findings(None)).href(),
        current: on_findings,
    };
    let Some(section) = checklist.sections.get(current) else {
        return html! {};
    };
    let actions_link = |question: &str| {
        let href = Route::AuditAt(id, Place::Findings(Some(question.to_owned()))).href();
        let label = if record.is_finalized() {
            Text::FindingSeeActions
        } else {
            Text::FindingAddAction
        };
        Some((AttrValue::from(href), label))
    };
    let step = |index: Option<usize>, text: Text, class: &'static str| {
        index.and_then(|i| checklist.sections.get(i)).map(|s| {
            html! {
                <a class={class} href={href(&s.id)}>{ text.fill(language, &[("title", s.title.get(language))]) }</a>
            }
        })
    };
    let older = catalogue::is_archived(&record.checklist);
    html! {
        <>
            if older {
                <p class="older-version">{ Text::OlderVersion.fill(language, &[("version", &checklist.version.to_string())]) }</p>
            }
            <AboutChecklist checklist={loaded.clone()} />
            <HeaderForm header={record.header.clone()} on_edit={props.on_edit.clone()} />
            <section class="overall" aria-label={Text::Overall.get(language)}>
                <ProgressSummary progress={overall} />
                <ScoreSummary score={summary.score} findings={summary.findings} />
            </section>
            <SectionIndex sections={entries} current={if on_findings { String::new() } else { section.id.clone() }}
                findings={findings_entry} />
            if on_findings {
                <FindingsPanel checklist={Same(loaded.clone())} audit={props.audit.clone()} {today}
                    on_edit={props.on_edit.clone()} />
            } else {
                <section class="checklist-section" id={format!("section-{}", section.id)} data-section={section.id.clone()}
                    aria-labelledby="section-heading">
                    <h2 id="section-heading" tabindex="-1">{ section.title.get(language) }</h2>
                    if !section.description.is_empty() {
                        <p class="section-description">{ section.description.get(language) }</p>
                    }
                    <ProgressSummary progress={section_progress.unwrap_or_default()} />
                    if let Some(scores) = summary.section(&section.id) {
                        <ScoreSummary score={scores.score} findings={scores.findings} />
                    }
                    for (question, outcome) in questions.get(current).into_iter().flatten()
                        .zip(standing.section_outcomes(current))
                        .filter(|(q, _)| standing.visibility.is_shown(&q.id)) {
                        <QuestionCard
                            key={question.id.clone()}
                            question={Same(question.clone())}
                            answer={record.answer(&question.id).cloned().unwrap_or_default()}
                            outcome={*outcome}
                            actions_link={actions_link(&question.id)}
                            on_edit={props.on_edit.clone()}
                            photos={props.photos.clone()}
                            finalized={record.is_finalized()}
                        />
                    }
                    <nav class="section-steps" aria-label={Text::SectionsHeading.get(language)}>
                        { step(current.checked_sub(1), Text::PreviousSection, "previous-section") }
                        { step(Some(current + 1), Text::NextSection, "next-section") }
                    </nav>
                </section>
            }
        </>
    }
}

/// The section a place names (the one holding a question, for a question), or the first.
fn current_section(checklist: &Checklist, place: Option<&Place>) -> usize {
    let holds = |section: &audit_core::Section| match place {
        Some(Place::Section(id)) => section.id == *id,
        Some(Place::Question(id)) => section.questions.iter().any(|q| q.id == *id),
        Some(Place::Findings(_)) | None => false,
    };
    checklist.sections.iter().position(holds).unwrap_or(0)
}

#[derive(Properties, PartialEq)]
struct SigningProps {
    audit: Same<Audit>,
    storage: Storage,
    busy: bool,
    act: Callback<Action>,
}

/// Loads this device's identities and the imported cards; signing itself is an action.
#[component]
fn Signing(props: &SigningProps) -> Html {
    let language = use_language();
    let own = use_state(Vec::<OwnIdentity>::new);
    let contacts = use_state(Vec::new);
    let problem = use_state(|| None::<String>);
    {
        let (identities, own, contacts, problem) = (
            props.storage.identities.clone(),
            own.clone(),
            contacts.clone(),
            problem.clone(),
        );
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match identities.all().await {
                    Ok((mine, theirs)) => {
                        own.set(mine);
                        contacts.set(theirs);
                    }
                    Err(error) => problem.set(Some(error.message(language))),
                }
            });
        });
    }
    let on_sign = props.act.reform(|signer: DidKey| {
        Action::PrepareSignature(ProofOptions {
            id: clock::new_id(),
            created: clock::now(),
            signer,
        })
    });
    html! {
        <>
            <SigningPanel
                audit={props.audit.clone()}
                own={own.iter().map(|i| i.card.clone()).collect::<Vec<_>>()}
                contacts={(*contacts).clone()}
                on_add={props.act.reform(Action::AddSignatory)}
                on_remove={props.act.reform(Action::RemoveSignatory)}
                {on_sign}
                busy={props.busy}
            />
            if let Some(message) = (*problem).clone() {
                <Notice {message} />
            }
        </>
    }
}
