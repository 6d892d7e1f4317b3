use std::rc::Rc;

use audit_core::workflow::Audit;
use audit_core::{LoadedChecklist, Outcome, Visibility};
use yew::prelude::*;

use super::findings::{severity_class, severity_text};
use super::photo_thumbnail::PhotoThumbnail;
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::i18n::answer_words::answer_words;
use crate::storage::PhotoStore;

#[derive(Properties, PartialEq)]
pub struct ReportAnswersProps {
    pub audit: Rc<Audit>,
    pub checklist: Rc<LoadedChecklist>,
    pub photos: PhotoStore,
}

/// Every question the audit shows, section by section: the question, the answer in words,
/// the note and the photos with their captions.
#[component]
pub fn ReportAnswers(props: &ReportAnswersProps) -> Html {
    let language = use_language();
    let checklist = &props.checklist.checklist;
    let record = props.audit.record();
    let visibility = Visibility::of(checklist, record);
    html! {
        <section class="report-answers" aria-labelledby="report-answers-title">
            <h2 id="report-answers-title">{ Text::ReportAnswers.get(language) }</h2>
            for section in &checklist.sections {
                <section class="report-section" data-section={section.id.clone()}>
                    <h3>{ section.title.get(language) }</h3>
                    for question in section.questions.iter().filter(|q| visibility.is_shown(&q.id)) {
                        {{
                            let answer = record.answer(&question.id).cloned().unwrap_or_default();
                            let words = answer_words(question, &answer, language);
                            let finding = match audit_core::scoring::outcome(question, record, &visibility) {
                                Some(Outcome::Finding(severity)) => Some(severity),
                                _ => None,
                            };
                            html! {
                                <article class="report-question" data-question={question.id.clone()}>
                                    <p class="report-question-text">
                                        <span class="question-id">{ &question.id }</span>
                                        { " " }
                                        { question.text.get(language) }
                                    </p>
                                    <p class="report-answer">
                                        <span class="label">{ Text::ReportAnswer.get(language) }</span>
                                        { " " }
                                        if words.is_empty() {
                                            <span class="unanswered">{ Text::ReportNotAnswered.get(language) }</span>
                                        } else {
                                            // Table rows go one per line; a single answer stays beside its label.
                                            for line in words.iter() {
                                                <span class={classes!("line", (words.len() > 1).then_some("row"))} dir="auto">{ line }</span>
                                            }
                                        }
                                        if let Some(severity) = finding {
                                            { " " }
                                            <span class={classes!("finding", severity_class(severity))}>{
                                                Text::ReportFindingOf.fill(language, &[("severity", severity_text(severity).get(language))])
                                            }</span>
                                        }
                                    </p>
                                    if !answer.note.is_empty() {
                                        <p class="note">
                                            <span class="label">{ Text::ReportNote.get(language) }</span>
                                            { " " }
                                            <span dir="auto">{ &answer.note }</span>
                                        </p>
                                    }
                                    if !answer.photos.is_empty() {
                                        <ul class="report-photos">
                                            for photo in answer.photos.iter() {
                                                <li key={photo.sha256.to_string()}>
                                                    <PhotoThumbnail photos={props.photos.clone()} photo={photo.clone()} question={question.id.clone()} />
                                                </li>
                                            }
                                        </ul>
                                    }
                                </article>
                            }
                        }}
                    }
                </section>
            }
        </section>
    }
}
