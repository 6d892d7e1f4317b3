//! Components and storage in a real headless Chromium: mount, click, read the DOM.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use audit_core::{
    Answer, AnswerType, AnswerValue, AuditRecord, ChecklistRef, Edit, LocalizedText, Question,
    Severity, Timestamp, Uuid,
};
use supplier_audit::components::{AnswerButtons, QuestionCard};
use supplier_audit::storage::{Storage, StoredAudit};
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
    let value = use_state(|| None::<AnswerValue>);
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
}

#[component]
fn CardHarness(props: &CardHarnessProps) -> Html {
    let question = Question {
        id: "E1".into(),
        answer_type: AnswerType::Compliance,
        text: LocalizedText::english("Do workers keep their own passports?"),
        guidance: LocalizedText::english("Ask in private."),
        severity: Severity::Critical,
        required: true,
    };
    let edits = props.edits.clone();
    let on_edit = Callback::from(move |edit| edits.borrow_mut().push(edit));
    html! { <QuestionCard {question} answer={Answer::default()} {on_edit} /> }
}

#[wasm_bindgen_test]
async fn question_card_reports_answers_and_notes_as_edits() {
    let root = mount_point();
    let edits = Rc::new(RefCell::new(Vec::new()));
    let props = CardHarnessProps {
        edits: edits.clone(),
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
                value: Some(AnswerValue::Yes)
            },
            Edit::Note {
                question: "E1".into(),
                note: "Checked 12 passports".into()
            },
        ]
    );
}

#[wasm_bindgen_test]
async fn records_survive_a_round_trip_through_indexed_db() {
    let store = Storage::open()
        .await
        .expect("IndexedDB opens in Chromium")
        .audits;
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
    store.put(&record).await.expect("the write succeeds");

    let stored = StoredAudit {
        record: record.clone(),
        signed: None,
    };
    assert_eq!(store.get(id).await.unwrap(), Some(stored.clone()));
    let listing = store.list().await.unwrap();
    assert!(listing.audits.contains(&stored));
    assert!(listing.unreadable.is_empty());
    let unknown = Uuid::parse_str("00000000-0000-4000-8000-000000000000").unwrap();
    assert_eq!(store.get(unknown).await.unwrap(), None);
}
