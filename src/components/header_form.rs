use audit_core::{AuditHeader, Edit, HeaderField};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderFormProps {
    pub header: AuditHeader,
    pub on_edit: Callback<Edit>,
    #[prop_or_default]
    pub read_only: bool,
}

/// Who and where is being audited, and by whom.
#[component]
pub fn HeaderForm(props: &HeaderFormProps) -> Html {
    html! {
        <fieldset class="header-form">
            <legend>{ "Audit details" }</legend>
            for field in HeaderField::ALL {
                <HeaderInput
                    {field}
                    value={props.header.get(field).to_owned()}
                    read_only={props.read_only}
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
    read_only: bool,
    on_edit: Callback<Edit>,
}

#[component]
fn HeaderInput(props: &HeaderInputProps) -> Html {
    let field = props.field;
    let (label, name, kind, autocomplete) = match field {
        HeaderField::Supplier => ("Supplier", "supplier", "text", "organization"),
        HeaderField::Site => ("Site", "site", "text", "off"),
        HeaderField::Address => ("Address", "address", "text", "street-address"),
        HeaderField::Auditor => ("Auditor", "auditor", "text", "name"),
        HeaderField::Date => ("Date of the audit", "date", "date", "off"),
    };
    let oninput = props.on_edit.reform(move |e: InputEvent| {
        Edit::Header(field, e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let id = format!("header-{name}");
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <input {id} {name} type={kind} {autocomplete} value={props.value.clone()} {oninput} readonly={props.read_only} />
        </div>
    }
}
