use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmDialogProps {
    /// The id of the question, for `aria-labelledby`.
    pub id: AttrValue,
    pub question: AttrValue,
    pub confirm_label: AttrValue,
    /// The confirming button's class, so that tests and styles can tell the dialogs apart.
    pub confirm_class: AttrValue,
    pub cancel_label: AttrValue,
    pub on_confirm: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// Asks once more before something that cannot be undone.
#[component]
pub fn ConfirmDialog(props: &ConfirmDialogProps) -> Html {
    html! {
        <div class="confirm" role="alertdialog" aria-labelledby={props.id.clone()}>
            <p id={props.id.clone()}>{ props.question.clone() }</p>
            <button type="button" class={props.confirm_class.clone()} onclick={props.on_confirm.reform(|_| ())}>
                { props.confirm_label.clone() }
            </button>
            <button type="button" class="cancel" onclick={props.on_cancel.reform(|_| ())}>
                { props.cancel_label.clone() }
            </button>
        </div>
    }
}
