//! What the browser does with the audits on this device: whether it keeps them when space runs
//! short, and how much of the room it allows is used.

use audit_core::storage_use::StorageUse;
use yew::prelude::*;

use crate::components::Notice;
use crate::effects::storage_manager;
use crate::hooks::use_language;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct StorageStatusProps {
    /// Whether any audit is saved yet (the home screen's listing): persistence is asked for
    /// only then.
    pub has_audits: bool,
}

/// Asks the browser to keep the app's data once at least one audit is saved (Chromium grants it
/// from the site's engagement, so asking on a first visit with nothing saved mostly fails and
/// protects nothing), then says in plain words what the browser decided and how full storage is.
/// Shows nothing of what the browser does not tell.
#[component]
pub fn StorageStatus(props: &StorageStatusProps) -> Html {
    let language = use_language();
    let kept = use_state(|| None::<bool>);
    let used = use_state(|| None::<StorageUse>);
    {
        let (kept, used) = (kept.clone(), used.clone());
        use_effect_with(props.has_audits, move |has_audits| {
            let has_audits = *has_audits;
            wasm_bindgen_futures::spawn_local(async move {
                let mut answer = storage_manager::persisted().await;
                if answer == Some(false) && has_audits {
                    answer = storage_manager::persist().await.or(answer);
                }
                kept.set(answer);
                used.set(storage_manager::estimate().await);
            });
        });
    }
    if kept.is_none() && used.is_none() {
        return html! {};
    }
    html! {
        <div class="storage-status">
            if let Some(kept) = *kept {
                <p class={if kept { "storage-kept" } else { "storage-at-risk" }}>
                    { if kept { Text::StorageKept } else { Text::StorageAtRisk }.get(language) }
                </p>
            }
            if let Some(used) = *used {
                <p class="storage-estimate">
                    { Text::StorageEstimate.fill(language, &[("used", &used.used_mb()), ("quota", &used.quota_mb())]) }
                </p>
                if used.almost_full() {
                    <Notice message={Text::StorageAlmostFull.get(language)} />
                }
            }
        </div>
    }
}
