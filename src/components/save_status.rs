use yew::prelude::*;

use crate::components::Notice;
use crate::hooks::{SaveState, use_language};
use crate::i18n::Text;

/// Whether the latest change is on the device, from the audit page's `SaveState` context: a
/// save's progress re-renders this line alone, not the form around it.
#[component]
pub fn SaveStatus() -> Html {
    let language = use_language();
    let Some(state) = use_context::<SaveState>() else {
        return html! {};
    };
    match &state {
        SaveState::Saved => {
            html! { <p class="save-status saved" role="status">{ Text::Saved.get(language) }</p> }
        }
        SaveState::Saving => {
            html! { <p class="save-status saving" role="status">{ Text::Saving.get(language) }</p> }
        }
        SaveState::Failed(error) => html! { <Notice message={error.message(language)} /> },
    }
}
