use audit_core::workflow::Audit;
use audit_core::{Day, FollowUpOf};
use yew::prelude::*;

use crate::components::Notice;
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::route::Route;
use crate::storage::{AuditStore, StorageError};

#[derive(Properties, PartialEq)]
pub struct FollowUpBannerProps {
    pub follows: FollowUpOf,
    /// The supplier as copied into this visit, named when the earlier audit is not here.
    pub supplier: AttrValue,
    pub audits: AuditStore,
}

/// Names the audit this visit follows up by the hash its report prints, and links to it when
/// it is on this device.
#[component]
pub fn FollowUpBanner(props: &FollowUpBannerProps) -> Html {
    let language = use_language();
    // None while reading; then the earlier audit, if this device has it.
    let earlier = use_state(|| None::<Result<Option<Audit>, StorageError>>);
    {
        let (earlier, audits, id) = (earlier.clone(), props.audits.clone(), props.follows.id);
        use_effect_with(id, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                earlier.set(Some(audits.get(id).await));
            });
        });
    }
    let hash: String = props.follows.sha256.chars().take(12).collect();
    let sentence = match &*earlier {
        Some(Ok(Some(audit))) => {
            let record = audit.record();
            let date = Day::parse(&record.header.date)
                .ok()
                .or_else(|| record.finalized.as_ref().map(Day::of))
                .map_or_else(|| record.header.date.clone(), |d| d.to_string());
            Text::FollowUpOf.fill(
                language,
                &[
                    ("supplier", &record.header.supplier),
                    ("date", &date),
                    ("hash", &hash),
                ],
            )
        }
        Some(Ok(None) | Err(_)) => Text::FollowUpOfElsewhere
            .fill(language, &[("supplier", &props.supplier), ("hash", &hash)]),
        None => return html! {},
    };
    html! {
        <div class="follow-up-banner" role="note" data-follows={props.follows.id.to_string()}>
            <p>{ sentence }</p>
            if let Some(Err(error)) = &*earlier {
                <Notice message={error.message(language)} />
            }
            if let Some(Ok(Some(audit))) = &*earlier {
                <a class="earlier-audit" href={Route::Audit(audit.id()).href()}>
                    { Text::OpenEarlierAudit.get(language) }
                </a>
            }
        </div>
    }
}
