use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct ChecklistCardProps {
    pub id: AttrValue,
    pub version: AttrValue,
    pub title: AttrValue,
    pub description: AttrValue,
    pub questions: usize,
    pub on_start: Callback<()>,
    /// Tapped, and the audit is on its way (the first screen, while the app loads).
    #[prop_or_default]
    pub starting: bool,
}

/// One checklist on the home screen, with the button that starts an audit on it. Shared by the
/// first screen and the app's home, so that the hand-over between them moves nothing.
#[component]
pub fn ChecklistCard(props: &ChecklistCardProps) -> Html {
    let language = use_language();
    let onclick = props.on_start.reform(|_: MouseEvent| ());
    let meta = Text::VersionAndCount.fill(
        language,
        &[
            ("version", &props.version),
            ("count", &props.questions.to_string()),
        ],
    );
    html! {
        <li class="checklist-card" data-checklist={props.id.clone()}>
            <h2>{ props.title.clone() }</h2>
            <p class="meta">{ meta }</p>
            <p>{ props.description.clone() }</p>
            <button type="button" class="start" aria-busy={props.starting.then_some("true")} {onclick}>
                { Text::StartAudit.get(language) }
            </button>
        </li>
    }
}
