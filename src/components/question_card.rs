use audit_core::workflow::Audit;
use audit_core::{
    Answer, AnswerType, AnswerValue, Cell, Column, ColumnType, Edit, EvidenceKind, Language,
    LocalizedText, Outcome, Photo, Question, Severity,
};

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::{
    AnswerButtons, ChoiceButtons, FieldInput, FieldKind, PhotoGallery, PhotoPicker, Same,
    TableAnswer,
};
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::storage::PhotoStore;

#[derive(Properties, PartialEq)]
pub struct QuestionCardProps {
    /// Shared with the page, which makes one `Rc` per question once per checklist.
    pub question: Same<Question>,
    pub answer: Answer,
    /// How the answer counts, to flag a finding.
    #[prop_or_default]
    pub outcome: Option<Outcome>,
    /// Where a finding's corrective actions are, and what the link to them says.
    #[prop_or_default]
    pub actions_link: Option<(AttrValue, Text)>,
    pub on_edit: Callback<Edit>,
    /// Where the bytes of the answer's photos are kept.
    pub photos: PhotoStore,
    /// A finalized audit shows its photos but takes no new ones.
    #[prop_or_default]
    pub finalized: bool,
}

/// One question: its text, guidance, the control for its answer type and a note.
#[component]
pub fn QuestionCard(props: &QuestionCardProps) -> Html {
    let language = use_language();
    let question = &props.question.0;
    let id = question.id.clone();
    let on_note = {
        let id = id.clone();
        props.on_edit.reform(move |e: InputEvent| Edit::Note {
            question: id.clone(),
            note: e.target_unchecked_into::<HtmlTextAreaElement>().value(),
        })
    };
    let (severity_label, severity_class) = match question.severity {
        Severity::Critical => (Text::Critical, "critical"),
        Severity::Major => (Text::Major, "major"),
        Severity::Minor => (Text::Minor, "minor"),
    };
    let text_id = format!("q-{id}-text");
    let note_id = format!("q-{id}-note");
    let finding = matches!(props.outcome, Some(Outcome::Finding(_)));
    html! {
        <article
            class={classes!("question", finding.then_some("has-finding"))}
            id={format!("q-{id}")}
            tabindex="-1"
            data-question={id.clone()}
            data-type={type_name(question.answer_type)}
            aria-labelledby={text_id.clone()}
        >
            <header class="question-head">
                <span class="question-id">{ &id }</span>
                <span class={classes!("severity", severity_class)}>{ severity_label.get(language) }</span>
                if question.required {
                    <span class="required">{ Text::Required.get(language) }</span>
                }
                if finding {
                    <span class="finding">{ Text::Finding.get(language) }</span>
                }
                <span class="tags">{ tags(question) }</span>
            </header>
            <p class="question-text" id={text_id}>{ question.text.get(language) }</p>
            if !question.guidance.is_empty() || !question.evidence.is_empty() {
                <details class="guidance">
                    <summary>{ Text::Guidance.get(language) }</summary>
                    <p>{ question.guidance.get(language) }</p>
                    if !question.evidence.is_empty() {
                        <p class="evidence-kinds">{ evidence(question, language) }</p>
                    }
                </details>
            }
            { answer_control(props, language) }
            if let (true, Some((href, label))) = (finding, &props.actions_link) {
                <a class="finding-actions" href={href.clone()}>{ label.get(language) }</a>
            }
            { photos(props, None, language) }
            <label class="note-label" for={note_id.clone()}>{ Text::NoteLabel.get(language) }</label>
            <textarea id={note_id} class="note" rows="2" value={props.answer.note.clone()} oninput={on_note} />
        </article>
    }
}

fn answer_control(props: &QuestionCardProps, language: Language) -> Html {
    let question = &props.question.0;
    let id = question.id.clone();
    let value = props.answer.value.as_ref();
    let set = {
        let id = id.clone();
        props
            .on_edit
            .reform(move |value: Option<AnswerValue>| Edit::Answer {
                question: id.clone(),
                value,
            })
    };
    let label = Text::AnswerTo.fill(language, &[("id", &id)]);
    // Questions of the scalar types read and write their value as a table cell would.
    let cell = value.and_then(AnswerValue::as_cell);
    match question.answer_type {
        AnswerType::Compliance => html! {
            <AnswerButtons
                {label}
                value={value.and_then(AnswerValue::compliance)}
                on_change={set.reform(|c: Option<audit_core::Compliance>| c.map(AnswerValue::from))}
            />
        },
        AnswerType::SingleChoice | AnswerType::MultipleChoice => {
            let multiple = question.answer_type == AnswerType::MultipleChoice;
            let chosen = cell.as_ref().map(Cell::chosen).unwrap_or_default();
            let on_change = set.reform(move |ids: Vec<String>| {
                Cell::from_choice(multiple, ids).map(AnswerValue::from)
            });
            html! {
                <ChoiceButtons {label} options={question.options.clone()} {chosen} {multiple} {on_change} />
            }
        }
        AnswerType::Text => {
            let oninput = set.reform(|e: InputEvent| {
                Some(AnswerValue::Text(
                    e.target_unchecked_into::<HtmlTextAreaElement>().value(),
                ))
            });
            html! {
                <>
                    <label class="visually-hidden" for={format!("q-{id}-answer")}>{ label }</label>
                    <textarea id={format!("q-{id}-answer")} class="text-answer" rows="3"
                        value={value.and_then(AnswerValue::text).unwrap_or_default().to_owned()} {oninput} />
                </>
            }
        }
        AnswerType::Number | AnswerType::Date => {
            let kind = if question.answer_type == AnswerType::Number {
                FieldKind::Number
            } else {
                FieldKind::Date
            };
            let on_change = set.reform(|v: Option<Cell>| v.map(AnswerValue::from));
            html! {
                <FieldInput
                    id={format!("q-{id}-answer")}
                    label={Text::AnswerLabel.get(language)}
                    {kind}
                    value={cell}
                    unit={question.unit.get(language).to_owned()}
                    min={question.min}
                    max={question.max}
                    {on_change}
                />
            }
        }
        AnswerType::Evidence => {
            let rows = value.map(|v| v.rows().to_vec()).unwrap_or_default();
            let row_extras = (0..rows.len())
                .map(|slot| photos(props, Some(slot), language))
                .collect::<Vec<_>>();
            html! {
                <TableAnswer
                    question={id}
                    columns={vec![caption_column()]}
                    {rows}
                    max_rows={question.max_photos}
                    row_name={Text::PhotoNumber}
                    add_label={Text::AddPhoto}
                    on_edit={props.on_edit.clone()}
                    {row_extras}
                />
            }
        }
        AnswerType::Table => html! {
            <TableAnswer
                question={id}
                columns={question.columns.clone()}
                rows={value.map(|v| v.rows().to_vec()).unwrap_or_default()}
                row_name={Text::RowNumber}
                add_label={Text::AddRow}
                on_edit={props.on_edit.clone()}
            />
        },
    }
}

/// The photos of the question (`slot` is `None`) or of one evidence slot, and the way to add
/// more while the audit is a draft. An evidence question takes photos in its slots, which
/// share the question's limit.
fn photos(props: &QuestionCardProps, slot: Option<usize>, language: Language) -> Html {
    let question = AttrValue::from(props.question.id.clone());
    let all = &props.answer.photos;
    // A file may name a slot the answer does not have: such photos show with the question's.
    let slots = match (props.question.answer_type, &props.answer.value) {
        (AnswerType::Evidence, Some(value)) => value.rows().len(),
        _ => 0,
    };
    let belongs = |photo: &Photo| match slot {
        Some(_) => photo.slot == slot,
        None => photo.slot.is_none_or(|s| s >= slots),
    };
    let shown: Vec<Photo> = all.iter().filter(|p| belongs(p)).cloned().collect();
    let picker =
        !props.finalized && (slot.is_some() || props.question.answer_type != AnswerType::Evidence);
    if shown.is_empty() && !picker {
        return html! {};
    }
    let label = match slot {
        Some(slot) => Text::PhotosOfSlot.fill(language, &[("n", &(slot + 1).to_string())]),
        None => Text::PhotosOfQuestion.get(language).to_owned(),
    };
    html! {
        <div class="photos" role="group" aria-label={label}>
            <PhotoGallery
                question={question.clone()}
                photos={shown}
                store={props.photos.clone()}
                finalized={props.finalized}
                on_edit={props.on_edit.clone()}
            />
            if picker {
                <PhotoPicker
                    {question}
                    {slot}
                    store={props.photos.clone()}
                    count={all.len()}
                    limit={Audit::photo_limit(&props.question.0)}
                    on_edit={props.on_edit.clone()}
                />
            }
        </div>
    }
}

/// An evidence slot is a one-column row: what the photo shows; its photos follow it.
fn caption_column() -> Column {
    Column {
        id: "caption".into(),
        label: Language::ALL
            .into_iter()
            .map(|l| (l, Text::PhotoCaption.get(l).to_owned()))
            .collect::<LocalizedText>(),
        column_type: ColumnType::Text,
        options: Vec::new(),
        unit: LocalizedText::default(),
        min: None,
        max: None,
    }
}

fn evidence(question: &Question, language: Language) -> String {
    let kinds = question
        .evidence
        .iter()
        .map(|kind| {
            match kind {
                EvidenceKind::Document => Text::EvidenceDocument,
                EvidenceKind::Observation => Text::EvidenceObservation,
                EvidenceKind::WorkerInterview => Text::EvidenceWorkerInterview,
                EvidenceKind::ManagementInterview => Text::EvidenceManagementInterview,
                EvidenceKind::RecruiterInterview => Text::EvidenceRecruiterInterview,
                EvidenceKind::External => Text::EvidenceExternal,
            }
            .get(language)
        })
        .collect::<Vec<_>>()
        .join(", ");
    Text::EvidenceToSeek.fill(language, &[("kinds", &kinds)])
}

/// ILO indicators, recommendations and sources, in the checklist's own notation.
fn tags(question: &Question) -> String {
    let tags = &question.tags;
    let ilo = (!tags.ilo.is_empty()).then(|| {
        let numbers: Vec<String> = tags.ilo.iter().map(u8::to_string).collect();
        format!("ILO {}", numbers.join(", "))
    });
    let rec = (!tags.rec.is_empty()).then(|| {
        let recs: Vec<&str> = tags.rec.iter().map(|r| r.label()).collect();
        format!("Rec. {}", recs.join(", "))
    });
    let sources = (!tags.sources.is_empty()).then(|| tags.sources.join(", "));
    [ilo, rec, sources]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

fn type_name(kind: AnswerType) -> &'static str {
    match kind {
        AnswerType::Compliance => "compliance",
        AnswerType::SingleChoice => "single_choice",
        AnswerType::MultipleChoice => "multiple_choice",
        AnswerType::Text => "text",
        AnswerType::Number => "number",
        AnswerType::Date => "date",
        AnswerType::Evidence => "evidence",
        AnswerType::Table => "table",
    }
}
