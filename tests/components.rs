//! Components and storage in a real headless Chromium: mount, click, read the DOM.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use audit_core::workflow::{Audit, Reached};
use audit_core::{
    Answer, AuditRecord, ChecklistRef, Compliance, Edit, Language, Question, Timestamp, Uuid,
};
use supplier_audit::components::{AnswerButtons, QuestionCard, Same, TableAnswer};
use supplier_audit::effects::save_queue::{Report, SaveQueue};
use supplier_audit::i18n::Text;
use supplier_audit::storage::{AuditStore, PhotoStore, Storage};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> Element {
    let document = gloo_utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn pressed(root: &Element) -> Vec<String> {
    let buttons = root
        .query_selector_all("button[aria-pressed=true]")
        .unwrap();
    (0..buttons.length())
        .map(|i| buttons.item(i).unwrap().text_content().unwrap())
        .collect()
}

/// Holds the answer in state, as the audit page does, so clicks show in the DOM.
#[component]
fn AnswerHarness() -> Html {
    let value = use_state(|| None::<Compliance>);
    let on_change = {
        let value = value.clone();
        Callback::from(move |v| value.set(v))
    };
    html! { <AnswerButtons label="Answer to E1" value={*value} {on_change} /> }
}

#[wasm_bindgen_test]
async fn answer_buttons_choose_switch_and_clear() {
    let root = mount_point();
    let _app = yew::Renderer::<AnswerHarness>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all("button").unwrap().length(), 4);
    assert!(pressed(&root).is_empty());

    find(&root, "button[data-answer=no]").click();
    yew::scheduler::flush().await;
    assert_eq!(pressed(&root), ["No"]);

    find(&root, "button[data-answer=partial]").click();
    yew::scheduler::flush().await;
    assert_eq!(pressed(&root), ["Partial"]);

    // Pressing the chosen answer again clears it.
    find(&root, "button[data-answer=partial]").click();
    yew::scheduler::flush().await;
    assert!(pressed(&root).is_empty());
    assert_eq!(
        find(&root, "[role=group]")
            .get_attribute("aria-label")
            .as_deref(),
        Some("Answer to E1")
    );
}

#[derive(Properties, PartialEq)]
struct CardHarnessProps {
    edits: Rc<RefCell<Vec<Edit>>>,
    photos: PhotoStore,
}

#[component]
fn CardHarness(props: &CardHarnessProps) -> Html {
    let question: Question = serde_json::from_value(serde_json::json!({
        "id": "E1",
        "type": "compliance",
        "text": {"en": "Do workers keep their own passports?"},
        "guidance": {"en": "Ask in private."},
        "severity": "critical",
        "required": true
    }))
    .unwrap();
    let edits = props.edits.clone();
    let on_edit = Callback::from(move |edit| edits.borrow_mut().push(edit));
    let question = Same(std::rc::Rc::new(question));
    let photos = props.photos.clone();
    html! { <QuestionCard {question} answer={Answer::default()} {on_edit} {photos} /> }
}

#[wasm_bindgen_test]
async fn question_card_reports_answers_and_notes_as_edits() {
    let root = mount_point();
    let edits = Rc::new(RefCell::new(Vec::new()));
    let props = CardHarnessProps {
        edits: edits.clone(),
        photos: Storage::open(|_| ())
            .await
            .expect("IndexedDB opens in Chromium")
            .photos,
    };
    let _app = yew::Renderer::<CardHarness>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(
        find(&root, ".question-text").text_content().unwrap(),
        "Do workers keep their own passports?"
    );
    assert_eq!(find(&root, ".severity").text_content().unwrap(), "Critical");
    assert!(root.query_selector(".required").unwrap().is_some());

    find(&root, "button[data-answer=yes]").click();
    let note: HtmlTextAreaElement = find(&root, "textarea").unchecked_into();
    note.set_value("Checked 12 passports");
    let init = EventInit::new();
    init.set_bubbles(true);
    note.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    yew::scheduler::flush().await;

    assert_eq!(
        *edits.borrow(),
        [
            Edit::Answer {
                question: "E1".into(),
                value: Some(Compliance::Yes.into())
            },
            Edit::Note {
                question: "E1".into(),
                note: "Checked 12 passports".into()
            },
        ]
    );
}

/// The audits in this page's own IndexedDB.
async fn audit_store() -> AuditStore {
    Storage::open(|_| ())
        .await
        .expect("IndexedDB opens in Chromium")
        .audits
}

#[wasm_bindgen_test]
async fn records_survive_a_round_trip_through_indexed_db() {
    let store = audit_store().await;
    let reference = ChecklistRef {
        id: "minimal".into(),
        version: "1.0.0".parse().unwrap(),
        sha256: "ab".repeat(32),
    };
    let id = Uuid::parse_str("6f0e1d2c-3b4a-4958-8776-a5b4c3d2e1f0").unwrap();
    let mut record = AuditRecord::new(
        id,
        reference,
        Timestamp::parse("2026-11-28T10:00:00Z").unwrap(),
    );
    record.apply(
        Edit::Note {
            question: "E1".into(),
            note: "مرحبا — «note»".into(),
        },
        Timestamp::parse("2026-11-28T10:01:00.500Z").unwrap(),
    );
    let audit = Audit::draft(record);
    store
        .put(&audit.stored())
        .await
        .expect("the write succeeds");

    assert_eq!(store.get(id).await.unwrap(), Some(audit.clone()));
    let listing = store.list().await.unwrap();
    assert!(listing.audits.contains(&audit));
    assert!(listing.unreadable.is_empty());
    let unknown = Uuid::parse_str("00000000-0000-4000-8000-000000000000").unwrap();
    assert_eq!(store.get(unknown).await.unwrap(), None);
}

/// Twenty records of one audit asked for at once, as when keystrokes outrun the disk: one
/// transaction writes only the newest, which carries the milestones of those it replaced.
#[wasm_bindgen_test]
async fn saves_asked_for_during_a_write_collapse_to_the_newest() {
    let store = audit_store().await;
    let id = Uuid::parse_str("0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3").unwrap();
    let reference = ChecklistRef {
        id: "minimal".into(),
        version: "1.0.0".parse().unwrap(),
        sha256: "cd".repeat(32),
    };
    let started = Timestamp::parse("2026-12-01T10:00:00Z").unwrap();
    let queue = Rc::new(SaveQueue::default());
    let reports = Rc::new(RefCell::new(Vec::new()));
    for n in 0..20 {
        let mut record = AuditRecord::new(id, reference.clone(), started.clone());
        let note = format!("note {n}");
        let edit = Edit::Note {
            question: "E1".into(),
            note: note.clone(),
        };
        record.apply(edit, started.clone());
        let reached = match n {
            5 => vec![Reached::Finalized],
            12 => vec![Reached::Signed],
            _ => Vec::new(),
        };
        let (queue, store, reports) = (queue.clone(), store.clone(), reports.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let report: Report = Box::new(move |reached, written, newer_waiting| {
                let entry = (note, reached.to_vec(), written.is_ok(), newer_waiting);
                reports.borrow_mut().push(entry);
            });
            let stored = Audit::draft(record).stored();
            queue.save(&store, stored, reached, report).await;
        });
    }
    for _ in 0..500 {
        if reports
            .borrow()
            .last()
            .is_some_and(|(_, _, _, newer)| !newer)
        {
            break;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(
        *reports.borrow(),
        vec![(
            "note 19".to_owned(),
            vec![Reached::Finalized, Reached::Signed],
            true,
            false
        )]
    );
    let kept = store.get(id).await.unwrap().expect("the audit is stored");
    assert_eq!(kept.record().answers["E1"].note, "note 19");
}

fn input_event(target: &web_sys::EventTarget) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

const ALL_TYPES: &str =
    include_str!("../crates/audit-core/tests/fixtures/all-types-checklist.json");

/// Holds a real record and applies the table's edits with the core, as the audit page does.
#[component]
fn TableHarness() -> Html {
    let checklist = audit_core::parse_checklist(ALL_TYPES).unwrap();
    let question = checklist.checklist.question("P4").unwrap().clone();
    let record = use_state(|| {
        AuditRecord::new(
            Uuid::parse_str("6f0e1d2c-3b4a-4958-8776-a5b4c3d2e1f0").unwrap(),
            checklist.reference(),
            Timestamp::parse("2026-11-28T10:00:00Z").unwrap(),
        )
    });
    let on_edit = {
        let record = record.clone();
        Callback::from(move |edit| {
            let mut next = (*record).clone();
            next.apply(edit, Timestamp::parse("2026-11-28T10:05:00Z").unwrap());
            record.set(next);
        })
    };
    let rows = record
        .answer("P4")
        .and_then(|a| a.value.as_ref())
        .map(|v| v.rows().to_vec())
        .unwrap_or_default();
    let stored = serde_json::to_string(&record.answer("P4")).unwrap();
    html! {
        <>
            <TableAnswer
                question="P4"
                columns={question.columns}
                {rows}
                row_name={Text::RowNumber}
                add_label={Text::AddRow}
                {on_edit}
            />
            <output id="stored">{ stored }</output>
        </>
    }
}

fn stored(root: &Element) -> serde_json::Value {
    serde_json::from_str(&find(root, "#stored").text_content().unwrap()).unwrap()
}

#[wasm_bindgen_test]
async fn table_rows_are_added_edited_and_removed_after_confirming() {
    let root = mount_point();
    let _app = yew::Renderer::<TableHarness>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all(".table-row").unwrap().length(), 0);
    assert_eq!(
        find(&root, ".empty").text_content().unwrap(),
        "No rows yet."
    );

    find(&root, "button.add-row").click();
    yew::scheduler::flush().await;
    find(&root, "button.add-row").click();
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all(".table-row").unwrap().length(), 2);
    assert_eq!(
        find(&root, "[data-row='1'] legend").text_content().unwrap(),
        "Row 2"
    );

    // Type into a text cell and a number cell, choose options.
    let risk: web_sys::HtmlInputElement = find(&root, "#q-P4-r0-risk").unchecked_into();
    risk.set_value("Passports held by HR");
    input_event(&risk);
    let severity: web_sys::HtmlInputElement = find(&root, "#q-P4-r1-severity").unchecked_into();
    severity.set_value("4");
    input_event(&severity);
    yew::scheduler::flush().await;
    find(
        &root,
        "[data-row='0'] [data-column='ilo'] button[data-option='8']",
    )
    .click();
    yew::scheduler::flush().await;
    find(
        &root,
        "[data-row='0'] [data-column='status'] button[data-option='open']",
    )
    .click();
    yew::scheduler::flush().await;
    assert_eq!(
        stored(&root),
        serde_json::json!({"value": [
            {"risk": "Passports held by HR", "ilo": ["8"], "status": "open"},
            {"severity": 4.0}
        ]})
    );
    assert_eq!(
        find(&root, "[data-row='0'] [data-option='8']")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );

    // Removing asks first; cancelling keeps the row.
    find(&root, "[data-row='0'] button.remove-row").click();
    yew::scheduler::flush().await;
    assert!(
        find(&root, "[data-row='0'] .confirm-removal")
            .text_content()
            .unwrap()
            .contains("Remove row 1 and everything in it?")
    );
    find(&root, "[data-row='0'] button.cancel").click();
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all(".table-row").unwrap().length(), 2);

    find(&root, "[data-row='0'] button.remove-row").click();
    yew::scheduler::flush().await;
    find(&root, "[data-row='0'] button.confirm-remove").click();
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all(".table-row").unwrap().length(), 1);
    assert_eq!(
        stored(&root),
        serde_json::json!({"value": [{"severity": 4.0}]})
    );
    // The remaining row now shows in first place, with its own value.
    let severity: web_sys::HtmlInputElement = find(&root, "#q-P4-r0-severity").unchecked_into();
    assert_eq!(severity.value(), "4");
    assert_eq!(
        find(&root, "#q-P4-r0-risk")
            .unchecked_into::<web_sys::HtmlInputElement>()
            .value(),
        ""
    );
}

#[wasm_bindgen_test]
fn every_ui_string_is_translated_with_the_same_placeholders() {
    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }
    for text in Text::ALL {
        let english = text.get(Language::En);
        for language in Language::ALL {
            let translated = text.get(language);
            assert!(
                !translated.trim().is_empty(),
                "{text:?} is blank in {language:?}"
            );
            assert_eq!(
                placeholders(translated),
                placeholders(english),
                "{text:?} in {language:?}"
            );
        }
    }
    // Not left in English by mistake (a few words are the same in French, e.g. "Site").
    let untranslated = Text::ALL
        .iter()
        .filter(|t| t.get(Language::Ar) == t.get(Language::En))
        .count();
    assert_eq!(untranslated, 0, "Arabic strings equal to English");
}
