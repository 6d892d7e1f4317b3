use std::rc::Rc;

use audit_core::LoadedChecklist;
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties)]
pub struct AboutChecklistProps {
    pub checklist: Rc<LoadedChecklist>,
}

/// The same loaded definition: compared by pointer, never question by question.
impl PartialEq for AboutChecklistProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.checklist, &other.checklist)
    }
}

/// What a checklist covers and what it rests on: its sections and its sources.
#[component]
pub fn AboutChecklist(props: &AboutChecklistProps) -> Html {
    let language = use_language();
    let c = &props.checklist.checklist;
    let count = |n: usize| Text::QuestionCount.fill(language, &[("count", &n.to_string())]);
    html! {
        <details class="about-checklist">
            <summary>{ Text::AboutChecklist.get(language) }</summary>
            <p class="meta">{ Text::VersionAndCount.fill(language, &[
                ("version", &c.version.to_string()),
                ("count", &c.questions().count().to_string()),
            ]) }</p>
            if !c.description.is_empty() {
                <p>{ c.description.get(language) }</p>
            }
            <h3>{ Text::SectionsHeading.get(language) }</h3>
            <ol class="about-sections">
                for section in &c.sections {
                    <li data-section={section.id.clone()}>
                        { section.title.get(language) }
                        <span class="meta">{ format!(" · {}", count(section.questions.len())) }</span>
                    </li>
                }
            </ol>
            if !c.sources.is_empty() {
                <h3>{ Text::SourcesHeading.get(language) }</h3>
                <dl class="about-sources">
                    for source in &c.sources {
                        <dt>{ &source.key }</dt>
                        <dd>{ source.citation.get(language) }</dd>
                    }
                </dl>
            }
        </details>
    }
}
