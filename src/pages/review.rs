//! "Check your answers" before finalizing, after the GOV.UK error summary and summary list: what
//! is worth a second look, linked to its question, then every section's answers with a way to
//! change them, then one button that finalizes. Nothing listed blocks finalizing.

mod answer_text;

use audit_core::workflow::{Action, Check, CheckReason, Review};
use audit_core::{AuditRecord, Checklist, Language, Uuid};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::audit::{claim_notice, missing_notice};
use crate::components::{Notice, SaveStatus};
use crate::effects::clock;
use crate::hooks::{AuditState, Lookup, SaveState, navigate, use_audit, use_language};
use crate::i18n::{Text, errors};
use crate::route::{Place, Route};
use crate::storage::Storage;
use answer_text::answer_text;

#[derive(Properties, PartialEq)]
pub struct ReviewPageProps {
    pub storage: Storage,
    pub id: Uuid,
}

/// How far finalizing from this page has come: the page leaves only once the write is done.
#[derive(Clone, Copy, PartialEq)]
enum Finalizing {
    No,
    Asked,
    Writing,
}

/// Reads the audit through the same hook as the audit page, so the same tab alone may write it.
#[component]
pub fn ReviewPage(props: &ReviewPageProps) -> Html {
    let language = use_language();
    let handle = use_audit(&props.storage, props.id);
    let id = props.id;
    let finalizing = use_state(|| Finalizing::No);
    {
        // Back to the audit once the finalized audit is stored: signing happens there.
        let finalizing = finalizing.clone();
        use_effect_with(handle.save_state.clone(), move |state| {
            match (*finalizing, state) {
                (Finalizing::Asked, SaveState::Saving) => finalizing.set(Finalizing::Writing),
                (Finalizing::Writing, SaveState::Saved) => navigate(&Route::Audit(id)),
                (_, SaveState::Failed(_)) => finalizing.set(Finalizing::No),
                _ => {}
            }
        });
    }
    let shown = matches!(&*handle.state, AuditState::Ready(open) if matches!(open.checklist, Lookup::Found(_)));
    // As in the GOV.UK pattern, focus goes to the list of things to check (or, with none, the
    // heading) when the page opens, so keyboards and screen readers start there.
    use_effect_with(shown, |shown| {
        if *shown {
            let document = gloo_utils::document();
            let target = document
                .get_element_by_id("review-checks")
                .or_else(|| document.get_element_by_id("review-title"));
            if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = element.focus();
            }
        }
    });
    let open = match &*handle.state {
        AuditState::Loading => return opening(language),
        AuditState::Ready(open) if open.checklist == Lookup::Looking => return opening(language),
        AuditState::Missing => {
            return html! { <Notice message={Text::AuditMissing.get(language)} /> };
        }
        AuditState::Failed(error) => return html! { <Notice message={error.message(language)} /> },
        AuditState::Ready(open) => open,
    };
    let record = open.audit.record();
    let finalize = {
        let (act, finalizing) = (handle.act.clone(), finalizing.clone());
        Callback::from(move |_: MouseEvent| {
            finalizing.set(Finalizing::Asked);
            act.emit(Action::Finalize(clock::now()));
        })
    };
    html! {
        <div class="review">
            <h1 id="review-title" tabindex="-1">{ Text::ReviewTitle.get(language) }</h1>
            { claim_notice(handle.claim, &handle.take_over, language) }
            if let Some(refusal) = &open.refusal {
                <Notice message={errors::refusal(refusal, language)} />
            }
            if handle.save_state != SaveState::Saved {
                <SaveStatus state={handle.save_state.clone()} />
            }
            if let Some(message) = handle.problem.clone() {
                <Notice {message} />
            }
            {
                match open.checklist.checklist() {
                    Some(checklist) => {
                        let review = Review::of(checklist, record);
                        html! {
                            <>
                                { checks(&review.checks, checklist, id, language) }
                                { answers(&review, checklist, record, language) }
                            </>
                        }
                    }
                    None => html! { <Notice message={missing_notice(record, language)} /> },
                }
            }
            <div class="review-finalize">
                if let Some(finalized) = &record.finalized {
                    <p class="finalized-banner" role="status">{
                        Text::FinalizedOn.fill(language, &[("time", &clock::local(finalized, language))])
                    }</p>
                } else {
                    <p>{ Text::ReviewFinalizeHint.get(language) }</p>
                    <button type="button" class="finalize-now" disabled={!handle.claim.may_write()}
                        onclick={finalize}>
                        { Text::ReviewFinalize.get(language) }
                    </button>
                }
                <a class="back-to-audit" href={Route::Audit(id).href()}>{ Text::ReviewBackToAudit.get(language) }</a>
            </div>
        </div>
    }
}

fn opening(language: Language) -> Html {
    html! { <p class="loading">{ Text::OpeningAudit.get(language) }</p> }
}

fn question_href(id: Uuid, question: &str) -> String {
    Route::AuditAt(id, Place::Question(question.to_owned())).href()
}

/// The error-summary box: one link per question to look at again, or a sentence saying none is.
fn checks(checks: &[Check], checklist: &Checklist, id: Uuid, language: Language) -> Html {
    if checks.is_empty() {
        return html! { <p class="review-clear">{ Text::ReviewNothingLeft.get(language) }</p> };
    }
    let line = |check: &Check| {
        let text = match check.reason {
            CheckReason::Unanswered => Text::ReviewUnanswered,
            CheckReason::NoCorrectiveAction => Text::ReviewNoAction,
        };
        let section = checklist
            .sections
            .iter()
            .find(|s| s.id == check.section)
            .map_or(check.section.as_str(), |s| s.title.get(language));
        text.fill(language, &[("id", &check.question), ("section", section)])
    };
    html! {
        <div class="review-checks" id="review-checks" tabindex="-1" aria-labelledby="review-checks-heading">
            <h2 id="review-checks-heading">{ Text::ReviewChecksHeading.get(language) }</h2>
            <ul>
                for check in checks {
                    <li data-check={check.question.clone()}>
                        <a href={question_href(id, &check.question)}>{ line(check) }</a>
                    </li>
                }
            </ul>
        </div>
    }
}

/// Every section with the answers of the questions it shows, each with a link to change it.
fn answers(
    review: &Review,
    checklist: &Checklist,
    record: &AuditRecord,
    language: Language,
) -> Html {
    let id = record.id;
    let row = |question_id: &String| {
        let Some(question) = checklist.question(question_id) else {
            return html! {};
        };
        let answer = record.answer(question_id);
        let value = answer.and_then(|a| a.value.as_ref());
        let note = answer.map_or("", |a| a.note.as_str());
        html! {
            <div class="summary-row" data-summary={question_id.clone()}>
                <dt>
                    <span class="question-id">{ question_id }</span>
                    { " " }
                    { question.text.get(language) }
                </dt>
                <dd class="summary-value">
                    if let Some(value) = value {
                        <p>{ answer_text(question, value, language) }</p>
                    } else {
                        <p class="unanswered">{ Text::ReviewNotAnswered.get(language) }</p>
                    }
                    if !note.is_empty() {
                        <p class="review-note">{ note }</p>
                    }
                </dd>
                <dd class="summary-change">
                    <a href={question_href(id, question_id)}>
                        { Text::ReviewChange.get(language) }
                        <span class="visually-hidden">{ " " }{ Text::ReviewChangeWhat.fill(language, &[("id", question_id)]) }</span>
                    </a>
                </dd>
            </div>
        }
    };
    html! {
        <section class="review-answers" aria-labelledby="review-answers-heading">
            <h2 id="review-answers-heading">{ Text::ReviewAnswersHeading.get(language) }</h2>
            for (section, shown) in checklist.sections.iter().zip(&review.sections).filter(|(_, s)| !s.shown.is_empty()) {
                <section class="review-section" data-section={section.id.clone()}>
                    <h3>{ section.title.get(language) }</h3>
                    <p class="review-progress">{
                        Text::AnsweredOf.fill(language, &[
                            ("answered", &shown.progress.answered.to_string()),
                            ("total", &shown.progress.total.to_string()),
                        ])
                    }</p>
                    <dl class="summary-list">
                        for question in &shown.shown {
                            { row(question) }
                        }
                    </dl>
                </section>
            }
        </section>
    }
}
