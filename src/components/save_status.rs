use yew::prelude::*;

use crate::components::Notice;
use crate::hooks::{SaveState, use_language};
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct SaveStatusProps {
    pub state: SaveState,
}

#[component]
pub fn SaveStatus(props: &SaveStatusProps) -> Html {
    let language = use_language();
    match &props.state {
        SaveState::Saved => {
            html! { <p class="save-status saved" role="status">{ Text::Saved.get(language) }</p> }
        }
        SaveState::Saving => {
            html! { <p class="save-status saving" role="status">{ Text::Saving.get(language) }</p> }
        }
        SaveState::Failed(error) => html! { <Notice message={error.message(language)} /> },
    }
}
