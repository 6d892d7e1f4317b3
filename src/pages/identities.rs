use audit_core::Language;
use audit_core::signing::{DidKey, IdentityCard, Role};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::{ConfirmDialog, FilePicker, Notice, PickedFile, QrCode};
use crate::effects::download;
use crate::hooks::use_language;
use crate::i18n::{Text, errors};
use crate::keys::PrivateKey;
use crate::storage::{IdentityStore, OwnIdentity, Storage, StorageError};

#[derive(Properties, PartialEq)]
pub struct IdentitiesPageProps {
    pub storage: Storage,
}

/// This device's signing identities, and the identity cards of other parties.
#[component]
pub fn IdentitiesPage(props: &IdentitiesPageProps) -> Html {
    let language = use_language();
    let own = use_state(Vec::<OwnIdentity>::new);
    let contacts = use_state(Vec::<IdentityCard>::new);
    let problem = use_state(|| None::<String>);
    let reload = {
        let (store, own, contacts, problem) = (
            props.storage.identities.clone(),
            own.clone(),
            contacts.clone(),
            problem.clone(),
        );
        Callback::from(move |()| {
            let (store, own, contacts, problem) = (
                store.clone(),
                own.clone(),
                contacts.clone(),
                problem.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match store.all().await {
                    Ok((mine, theirs)) => {
                        own.set(mine);
                        contacts.set(theirs);
                    }
                    Err(error) => problem.set(Some(error.message(language))),
                }
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with((), move |_| reload.emit(()));
    }
    let run = {
        let (store, reload, problem) = (
            props.storage.identities.clone(),
            reload.clone(),
            problem.clone(),
        );
        move |task: Task| {
            let (store, reload, problem) = (store.clone(), reload.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match task.run(&store, language).await {
                    Ok(()) => {
                        problem.set(None);
                        reload.emit(());
                    }
                    Err(message) => problem.set(Some(message)),
                }
            });
        }
    };
    let run = Callback::from(run);
    html! {
        <div class="identities">
            <h1>{ Text::IdentitiesTitle.get(language) }</h1>
            <p class="hint">{ Text::IdentitiesHint.get(language) }</p>
            if let Some(message) = (*problem).clone() {
                <Notice {message} />
            }
            <ul class="own-identities">
                for identity in own.iter() {
                    <li key={identity.card.did.to_string()}>
                        <OwnIdentityCard identity={identity.clone()} on_delete={run.reform(Task::DeleteOwn)} />
                    </li>
                }
            </ul>
            <CreateIdentity on_create={run.reform(|(name, organisation, role)| Task::Create { name, organisation, role })} />
            <h1>{ Text::OtherParties.get(language) }</h1>
            <ul class="contacts">
                for card in contacts.iter() {
                    <li key={card.did.to_string()} class="contact">
                        <strong>{ &card.name }</strong>
                        { format!(" · {} · {}", card.organisation, errors::role(card.role, language)) }
                        <code class="did">{ card.did.to_string() }</code>
                        <button type="button" class="remove" onclick={run.reform({ let did = card.did.clone(); move |_| Task::DeleteContact(did.clone()) })}>{ Text::Remove.get(language) }</button>
                    </li>
                }
            </ul>
            <FilePicker id="import-card" label={Text::ImportIdentityCard.get(language)} on_pick={run.reform(Task::Import)} />
        </div>
    }
}

/// One change to the identity stores.
enum Task {
    Create {
        name: String,
        organisation: String,
        role: Role,
    },
    DeleteOwn(DidKey),
    Import(Result<PickedFile, String>),
    DeleteContact(DidKey),
}

impl Task {
    async fn run(self, store: &IdentityStore, language: Language) -> Result<(), String> {
        let stored = |e: StorageError| e.message(language);
        match self {
            Task::Create {
                name,
                organisation,
                role,
            } => {
                if name.trim().is_empty() {
                    return Err(Text::IdentityNameNeeded.get(language).into());
                }
                let (key, did) = PrivateKey::create()
                    .await
                    .map_err(|e| e.message(language))?;
                let card =
                    IdentityCard::new(name.trim().into(), organisation.trim().into(), role, did);
                store
                    .put_own(&OwnIdentity { card, key })
                    .await
                    .map_err(stored)
            }
            Task::DeleteOwn(did) => store.delete_own(&did).await.map_err(stored),
            Task::Import(picked) => {
                let file = picked?;
                let card = IdentityCard::parse(&file.text).map_err(|e| {
                    Text::NamedFileProblem.fill(
                        language,
                        &[("file", &file.name), ("reason", &e.to_string())],
                    )
                })?;
                store.put_contact(&card).await.map_err(stored)
            }
            Task::DeleteContact(did) => store.delete_contact(&did).await.map_err(stored),
        }
    }
}

#[derive(Properties, PartialEq)]
struct OwnIdentityCardProps {
    identity: OwnIdentity,
    on_delete: Callback<DidKey>,
}

#[component]
fn OwnIdentityCard(props: &OwnIdentityCardProps) -> Html {
    let language = use_language();
    let card = &props.identity.card;
    let show_qr = use_state(|| false);
    let confirming = use_state(|| false);
    let json = serde_json::to_string_pretty(card).expect("an identity card always serialises");
    let export = {
        let (json, name) = (
            json.clone(),
            format!(
                "identity-{}.json",
                card.name.to_lowercase().replace(' ', "-")
            ),
        );
        Callback::from(move |_: MouseEvent| {
            let _ = download::download_json(&name, &json);
        })
    };
    let toggle_qr = {
        let show_qr = show_qr.clone();
        move |_| show_qr.set(!*show_qr)
    };
    let ask = {
        let confirming = confirming.clone();
        move |_| confirming.set(true)
    };
    html! {
        <article class="identity-card" data-did={card.did.to_string()}>
            <h2>{ &card.name }</h2>
            <p>{ format!("{} · {}", card.organisation, errors::role(card.role, language)) }</p>
            <code class="did">{ card.did.to_string() }</code>
            <p class="meta">{ props.identity.key.protection().get(language) }</p>
            <div class="actions">
                <button type="button" class="export-card" onclick={export}>{ Text::ExportIdentityCard.get(language) }</button>
                <button type="button" class="show-qr" onclick={toggle_qr}>{ if *show_qr { Text::HideQrCode.get(language) } else { Text::ShowQrCode.get(language) } }</button>
                <button type="button" class="delete" onclick={ask}>{ Text::DeleteIdentity.get(language) }</button>
            </div>
            if *show_qr {
                <QrCode data={json.clone()} label={Text::IdentityCardQrLabel.fill(language, &[("name", &card.name)])} />
            }
            if *confirming {
                <ConfirmDialog
                    id="delete-question"
                    question={Text::ConfirmDeleteIdentity.fill(language, &[("name", &card.name)])}
                    confirm_label={Text::DeleteForGood.get(language)}
                    confirm_class="confirm-delete"
                    cancel_label={Text::KeepIdentity.get(language)}
                    on_confirm={props.on_delete.reform({ let did = card.did.clone(); move |()| did.clone() })}
                    on_cancel={Callback::from({ let confirming = confirming.clone(); move |()| confirming.set(false) })}
                />
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct CreateIdentityProps {
    on_create: Callback<(String, String, Role)>,
}

#[component]
fn CreateIdentity(props: &CreateIdentityProps) -> Html {
    let language = use_language();
    let (name, organisation, role) = (use_node_ref(), use_node_ref(), use_node_ref());
    let onclick = {
        let (name, organisation, role, on_create) = (
            name.clone(),
            organisation.clone(),
            role.clone(),
            props.on_create.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let text = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let chosen = role
                .cast::<HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            let role = Role::ALL
                .into_iter()
                .find(|r| format!("{r:?}") == chosen)
                .unwrap_or(Role::Auditor);
            on_create.emit((text(&name), text(&organisation), role));
        })
    };
    html! {
        <fieldset class="create-identity">
            <legend>{ Text::CreateIdentityTitle.get(language) }</legend>
            <div class="field">
                <label for="identity-name">{ Text::IdentityName.get(language) }</label>
                <input id="identity-name" ref={name} autocomplete="name" />
            </div>
            <div class="field">
                <label for="identity-organisation">{ Text::IdentityOrganisation.get(language) }</label>
                <input id="identity-organisation" ref={organisation} autocomplete="organization" />
            </div>
            <div class="field">
                <label for="identity-role">{ Text::IdentityRole.get(language) }</label>
                <select id="identity-role" ref={role}>
                    for role in Role::ALL {
                        // Yew inserts options last to first, so the default must be marked.
                        <option value={format!("{role:?}")} selected={role == Role::Auditor}>{ errors::role(role, language) }</option>
                    }
                </select>
            </div>
            <button type="button" class="create" {onclick}>{ Text::CreateIdentity.get(language) }</button>
        </fieldset>
    }
}
