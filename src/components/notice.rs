use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub message: AttrValue,
}

/// A problem the user must see; announced at once by screen readers.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    html! { <p class="notice" role="alert">{ props.message.clone() }</p> }
}
