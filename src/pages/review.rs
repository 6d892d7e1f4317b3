//! "Check your answers" before finalizing, after the GOV.UK error summary and summary list: what
//! is worth a second look, linked to its question, then every section's answers with a way to
//! change them, then one button that finalizes. Nothing listed blocks finalizing.

use audit_core::workflow::{Action, Check, CheckReason, Review};
use audit_core::{AuditRecord, Checklist, Language, Uuid};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::audit::{claim_notice, missing_notice};
use crate::components::{Notice, Same, SaveStatus};
use crate::effects::audit_lock::Claim;
use crate::effects::clock;
use crate::hooks::{Open, SaveState, navigate, use_language};
use crate::i18n::answer_words::answer_words;
use crate::i18n::{Text, errors};
use crate::route::{Place, Route};

#[derive(Properties, PartialEq)]
pub(super) struct CheckAnswersProps {
    pub open: Same<Open>,
    pub problem: Option<String>,
    pub act: Callback<Action>,
    pub claim: Claim,
    pub take_over: Callback<()>,
}

/// A view of the audit page, on the same `use_audit` hook: the same tab alone may finalize.
#[component]
pub(super) fn CheckAnswers(props: &CheckAnswersProps) -> Html {
    let language = use_language();
    let saved = use_context::<SaveState>().is_none_or(|state| state == SaveState::Saved);
    // As in the GOV.UK pattern, focus goes to the list of things to check (or, with none, the
    // heading) when the page opens, so keyboards and screen readers start there.
    use_effect_with((), |()| {
        let document = gloo_utils::document();
        let target = document
            .get_element_by_id("review-checks")
            .or_else(|| document.get_element_by_id("review-title"));
        if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = element.focus();
        }
    });
    let open = &props.open.0;
    let record = open.audit.record();
    let id = record.id;
    // Back to the audit page, which offers signing; the same hook carries out the write, and
    // the audit page shows if it fails, as it shows any other write.
    let finalize = props.act.reform(move |_: MouseEvent| {
        navigate(&Route::Audit(id));
        Action::Finalize(clock::now())
    });
    html! {
        <div class="review">
            <h1 id="review-title" tabindex="-1">{ Text::ReviewTitle.get(language) }</h1>
            { claim_notice(props.claim, &props.take_over, language) }
            if let Some(refusal) = &open.refusal {
                <Notice message={errors::refusal(refusal, language)} />
            }
            if !saved {
                <SaveStatus />
            }
            if let Some(message) = props.problem.clone() {
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
                    <button type="button" class="finalize-now" disabled={!props.claim.may_write()}
                        onclick={finalize}>
                        { Text::ReviewFinalize.get(language) }
                    </button>
                }
                <a class="back-to-audit" href={Route::Audit(id).href()}>{ Text::ReviewBackToAudit.get(language) }</a>
            </div>
        </div>
    }
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
        let words = answer
            .map(|a| answer_words(question, a, language))
            .unwrap_or_default();
        let note = answer.map_or("", |a| a.note.as_str());
        html! {
            <div class="summary-row" data-summary={question_id.clone()}>
                <dt>
                    <span class="question-id">{ question_id }</span>
                    { " " }
                    { question.text.get(language) }
                </dt>
                <dd class="summary-value">
                    if !words.is_empty() {
                        for line in words {
                            <p>{ line }</p>
                        }
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
