use audit_core::{AuditHeader, Edit, HeaderField};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct HeaderFormProps {
    pub header: AuditHeader,
    pub on_edit: Callback<Edit>,
}

/// Who and where is being audited, and by whom.
#[component]
pub fn HeaderForm(props: &HeaderFormProps) -> Html {
    let language = use_language();
    html! {
        <fieldset class="header-form">
            <legend>{ Text::AuditDetails.get(language) }</legend>
            for field in HeaderField::ALL {
                <HeaderInput
                    {field}
                    value={props.header.get(field).to_owned()}
                    on_edit={props.on_edit.clone()}
                />
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct HeaderInputProps {
    field: HeaderField,
    value: AttrValue,
    on_edit: Callback<Edit>,
}

#[component]
fn HeaderInput(props: &HeaderInputProps) -> Html {
    let language = use_language();
    let field = props.field;
    let (label, name, kind, autocomplete) = match field {
        HeaderField::Supplier => (Text::Supplier, "supplier", "text", "organization"),
        HeaderField::Site => (Text::Site, "site", "text", "off"),
        HeaderField::Address => (Text::Address, "address", "text", "street-address"),
        HeaderField::Auditor => (Text::Auditor, "auditor", "text", "name"),
        HeaderField::Date => (Text::AuditDate, "date", "date", "off"),
    };
    let oninput = props.on_edit.reform(move |e: InputEvent| {
        Edit::Header(field, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let id = format!("header-{name}");
    html! {
        <div class="field">
            <label for={id.clone()}>{ label.get(language) }</label>
            <input {id} {name} type={kind} {autocomplete} value={props.value.clone()} {oninput} />
        </div>
    }
}
