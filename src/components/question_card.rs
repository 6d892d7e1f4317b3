use audit_core::{Answer, Edit, Language, Question, Severity};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::AnswerButtons;

#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    pub question: Question,
    pub answer: Answer,
    pub on_edit: Callback<Edit>,
    #[prop_or_default]
    pub read_only: bool,
}

/// One question: its text, guidance, the answer buttons and a note.
#[component]
pub fn QuestionCard(props: &QuestionCardProps) -> Html {
    let question = &props.question;
    let id = question.id.clone();
    let on_change = {
        let id = id.clone();
        props.on_edit.reform(move |value| Edit::Answer {
            question: id.clone(),
            value,
        })
    };
    let on_note = {
        let id = id.clone();
        props.on_edit.reform(move |e: InputEvent| Edit::Note {
            question: id.clone(),
            note: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
        })
    };
    let (severity_label, severity_class) = match question.severity {
        Severity::Critical => ("Critical", "critical"),
        Severity::Major => ("Major", "major"),
        Severity::Minor => ("Minor", "minor"),
    };
    let text_id = format!("q-{id}-text");
    let note_id = format!("q-{id}-note");
    html! {
        <article class="question" id={format!("q-{id}")} data-question={id.clone()} aria-labelledby={text_id.clone()}>
            <header class="question-head">
                <span class="question-id">{ &id }</span>
                <span class={classes!("severity", severity_class)}>{ severity_label }</span>
                if question.required {
                    <span class="required">{ "Required" }</span>
                }
            </header>
            <p class="question-text" id={text_id}>{ question.text.get(Language::En) }</p>
            if !question.guidance.is_empty() {
                <details class="guidance">
                    <summary>{ "Guidance" }</summary>
                    <p>{ question.guidance.get(Language::En) }</p>
                </details>
            }
            <AnswerButtons label={format!("Answer to {id}")} value={props.answer.value} {on_change} disabled={props.read_only} />
            <label class="note-label" for={note_id.clone()}>{ "Note and evidence seen" }</label>
            <textarea id={note_id} class="note" rows="2" value={props.answer.note.clone()} oninput={on_note} readonly={props.read_only} />
        </article>
    }
}
