use yew::prelude::*;

use crate::components::Notice;
use crate::storage::StorageError;

/// Whether the latest change has reached the device's storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Saved,
    Saving,
    Failed(StorageError),
}

#[derive(Properties, PartialEq)]
pub struct SaveStatusProps {
    pub state: SaveState,
}

#[component]
pub fn SaveStatus(props: &SaveStatusProps) -> Html {
    match &props.state {
        SaveState::Saved => {
            html! { <p class="save-status saved" role="status">{ "All changes saved on this device" }</p> }
        }
        SaveState::Saving => {
            html! { <p class="save-status saving" role="status">{ "Saving…" }</p> }
        }
        SaveState::Failed(error) => html! { <Notice message={error.to_string()} /> },
    }
}
