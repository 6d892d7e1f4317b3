use audit_core::CorrectiveAction;
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::{Text, actions};

#[derive(Properties, PartialEq)]
pub struct ActionListProps {
    /// The corrective actions of one finding, in plan order.
    pub actions: Vec<CorrectiveAction>,
}

/// One finding's corrective actions as a table: what, who, by when, where it stands and how it
/// will be checked; a containment step is labelled as such.
#[component]
pub fn ActionList(props: &ActionListProps) -> Html {
    let language = use_language();
    if props.actions.is_empty() {
        return html! { <p class="report-no-actions">{ Text::ReportNoActions.get(language) }</p> };
    }
    html! {
        <table class="report-actions">
            <caption class="visually-hidden">{ Text::ReportActions.get(language) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ Text::ReportActionWhat.get(language) }</th>
                    <th scope="col">{ Text::ReportActionOwner.get(language) }</th>
                    <th scope="col">{ Text::ReportActionDue.get(language) }</th>
                    <th scope="col">{ Text::ReportActionStatus.get(language) }</th>
                    <th scope="col">{ Text::ReportActionVerification.get(language) }</th>
                </tr>
            </thead>
            <tbody>
                for action in &props.actions {
                    <tr data-action={action.id.to_string()}>
                        <td>
                            if action.containment {
                                <strong class="containment">{ Text::ReportContainment.get(language) }</strong>
                                { " " }
                            }
                            <bdi>{ &action.what }</bdi>
                        </td>
                        <td><bdi>{ &action.owner }</bdi></td>
                        <td class="due">{ action.due.to_string() }</td>
                        <td>{ actions::status(action.status).get(language) }</td>
                        <td>{ actions::verification(action.verification).get(language) }</td>
                    </tr>
                }
            </tbody>
        </table>
    }
}
