use audit_core::{
    ActionChange, ActionStatus, CorrectiveAction, Day, Language, VerificationMethod, overdue_since,
};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::ConfirmDialog;
use crate::hooks::use_language;
use crate::i18n::{Text, actions};

#[derive(Properties, PartialEq)]
pub struct CorrectiveActionFormProps {
    pub action: CorrectiveAction,
    /// The device's day, for the overdue flag.
    pub today: Day,
    /// A finalized audit shows its actions as text.
    pub read_only: bool,
    pub on_change: Callback<ActionChange>,
    pub on_remove: Callback<()>,
}

/// One corrective action: each field is saved as it changes; while the audit is a draft it can
/// be removed, after a confirmation.
#[component]
pub fn CorrectiveActionForm(props: &CorrectiveActionFormProps) -> Html {
    let language = use_language();
    let action = &props.action;
    let base = format!("action-{}", action.id);
    let heading_id = format!("{base}-heading");
    let title = if action.containment {
        Text::ContainmentStep
    } else {
        Text::CorrectiveActionTitle
    };
    html! {
        <article class={classes!("corrective-action", action.containment.then_some("containment"))}
            data-action={action.id.to_string()} aria-labelledby={heading_id.clone()}>
            <h4 id={heading_id}>{ title.get(language) }</h4>
            if let Some(due) = overdue_since(action, props.today) {
                <p class="overdue" role="note">{ Text::OverdueSince.fill(language, &[("date", &due.to_string())]) }</p>
            }
            if props.read_only {
                { summary(action, language) }
            } else {
                <Fields action={action.clone()} on_change={props.on_change.clone()} />
                if action.follows.is_some() {
                    { verified_choice(action, &props.on_change, language) }
                }
                <RemoveAction dialog_id={format!("{base}-remove")} on_remove={props.on_remove.clone()} />
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct FieldsProps {
    action: CorrectiveAction,
    on_change: Callback<ActionChange>,
}

/// The editable fields; a due date that is not a whole day is not saved, and says so.
#[component]
fn Fields(props: &FieldsProps) -> Html {
    let language = use_language();
    let bad_due = use_state(|| false);
    let action = &props.action;
    let id = |field: &str| format!("action-{}-{field}", action.id);
    let text = |make: fn(String) -> ActionChange| {
        props.on_change.reform(move |e: InputEvent| {
            make(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let long_text = |make: fn(String) -> ActionChange| {
        props.on_change.reform(move |e: InputEvent| {
            make(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_due = {
        let (on_change, bad_due) = (props.on_change.clone(), bad_due.clone());
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            match Day::parse(&value) {
                Ok(day) => {
                    bad_due.set(false);
                    on_change.emit(ActionChange::Due(day));
                }
                Err(_) => bad_due.set(true),
            }
        })
    };
    let on_status = props.on_change.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        ActionChange::Status(
            ActionStatus::ALL
                .into_iter()
                .find(|s| status_code(*s) == value)
                .unwrap_or(ActionStatus::Open),
        )
    });
    let on_verification = props.on_change.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        ActionChange::Verification(if value == "desk" {
            VerificationMethod::Desk
        } else {
            VerificationMethod::OnSite
        })
    });
    let due_hint = id("due-hint");
    html! {
        <div class="action-fields">
            <label for={id("what")}>{ Text::ActionWhat.get(language) }</label>
            <textarea id={id("what")} class="action-what" rows="2" value={action.what.clone()}
                oninput={long_text(ActionChange::What)} />
            <label for={id("owner")}>{ Text::ActionOwner.get(language) }</label>
            <input id={id("owner")} class="action-owner" type="text" value={action.owner.clone()}
                oninput={text(ActionChange::Owner)} />
            <label for={id("due")}>{ Text::ActionDue.get(language) }</label>
            <input id={id("due")} class="action-due" type="date" value={action.due.to_string()}
                onchange={on_due} aria-invalid={bad_due.then_some("true")}
                aria-describedby={bad_due.then_some(due_hint.clone())} />
            if *bad_due {
                <p class="field-problem" id={due_hint} role="alert">{
                    Text::ActionDueInvalid.fill(language, &[("date", &action.due.to_string())])
                }</p>
            }
            <label for={id("status")}>{ Text::ActionStatusLabel.get(language) }</label>
            <select id={id("status")} class="action-status" onchange={on_status}>
                for status in ActionStatus::ALL {
                    <option value={status_code(status)} selected={status == action.status}>
                        { actions::status(status).get(language) }
                    </option>
                }
            </select>
            <label for={id("verification")}>{ Text::ActionVerificationLabel.get(language) }</label>
            <select id={id("verification")} class="action-verification" onchange={on_verification}>
                for method in [VerificationMethod::Desk, VerificationMethod::OnSite] {
                    <option value={verification_code(method)} selected={method == action.verification}>
                        { actions::verification(method).get(language) }
                    </option>
                }
            </select>
            <label for={id("evidence")}>{ Text::ActionEvidence.get(language) }</label>
            <textarea id={id("evidence")} class="action-evidence" rows="2" value={action.evidence.clone()}
                oninput={long_text(ActionChange::Evidence)} />
        </div>
    }
}

/// At a follow-up visit: is the earlier audit's action now verified? "Not verified yet" puts a
/// verified action back to open; an action not yet verified keeps its status.
fn verified_choice(
    action: &CorrectiveAction,
    on_change: &Callback<ActionChange>,
    language: Language,
) -> Html {
    let verified = action.status == ActionStatus::Verified;
    let label_id = format!("action-{}-verified-label", action.id);
    let not_yet = if verified {
        on_change.reform(|_: MouseEvent| ActionChange::Status(ActionStatus::Open))
    } else {
        Callback::noop()
    };
    html! {
        <div class="verified-choice" role="group" aria-labelledby={label_id.clone()}>
            <p id={label_id}>{ Text::VerifiedAtThisVisit.get(language) }</p>
            <button type="button" class="mark-verified" aria-pressed={verified.to_string()}
                onclick={on_change.reform(|_: MouseEvent| ActionChange::Status(ActionStatus::Verified))}>
                { Text::StatusVerified.get(language) }
            </button>
            <button type="button" class="mark-not-verified" aria-pressed={(!verified).to_string()}
                onclick={not_yet}>
                { Text::NotVerifiedYet.get(language) }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RemoveActionProps {
    /// The confirmation's question id, for `aria-labelledby`.
    dialog_id: AttrValue,
    on_remove: Callback<()>,
}

/// Removing deletes what the auditor wrote, so it asks once more.
#[component]
fn RemoveAction(props: &RemoveActionProps) -> Html {
    let language = use_language();
    let asking = use_state(|| false);
    if !*asking {
        let asking = asking.clone();
        return html! {
            <button type="button" class="remove-action" onclick={move |_| asking.set(true)}>
                { Text::RemoveAction.get(language) }
            </button>
        };
    }
    html! {
        <ConfirmDialog
            id={props.dialog_id.clone()}
            question={Text::ConfirmRemoveAction.get(language)}
            confirm_label={Text::Remove.get(language)}
            confirm_class="confirm-remove-action"
            cancel_label={Text::Cancel.get(language)}
            on_confirm={props.on_remove.clone()}
            on_cancel={Callback::from(move |()| asking.set(false))}
        />
    }
}

/// The action as text, once the audit is finalized.
fn summary(action: &CorrectiveAction, language: Language) -> Html {
    let or_dash = |text: &str| {
        if text.trim().is_empty() {
            "—".to_owned()
        } else {
            text.to_owned()
        }
    };
    html! {
        <dl class="action-summary">
            <dt>{ Text::ActionWhat.get(language) }</dt>
            <dd class="action-what">{ or_dash(&action.what) }</dd>
            <dt>{ Text::ActionOwner.get(language) }</dt>
            <dd class="action-owner">{ or_dash(&action.owner) }</dd>
            <dt>{ Text::ActionDue.get(language) }</dt>
            <dd class="action-due">{ action.due.to_string() }</dd>
            <dt>{ Text::ActionStatusLabel.get(language) }</dt>
            <dd class="action-status">{ actions::status(action.status).get(language) }</dd>
            <dt>{ Text::ActionVerificationLabel.get(language) }</dt>
            <dd class="action-verification">{ actions::verification(action.verification).get(language) }</dd>
            <dt>{ Text::ActionEvidence.get(language) }</dt>
            <dd class="action-evidence">{ or_dash(&action.evidence) }</dd>
        </dl>
    }
}

fn status_code(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Open => "open",
        ActionStatus::InProgress => "in_progress",
        ActionStatus::Done => "done",
        ActionStatus::Verified => "verified",
    }
}

fn verification_code(method: VerificationMethod) -> &'static str {
    match method {
        VerificationMethod::Desk => "desk",
        VerificationMethod::OnSite => "on_site",
    }
}
