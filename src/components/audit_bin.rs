use std::rc::Rc;

use audit_core::Uuid;
use yew::prelude::*;

use super::ConfirmDialog;
use super::Notice;
use super::audit_list::supplier_name;
use crate::effects::clock;
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::storage::{BinEntry, StorageError};

#[derive(Properties, PartialEq)]
pub struct AuditBinProps {
    pub entries: Rc<Vec<BinEntry>>,
    /// Entries that cannot be read: said, and deleted with the rest when the bin is emptied.
    pub unreadable: Rc<Vec<StorageError>>,
    pub on_restore: Callback<Uuid>,
    /// Deletes everything in the bin for good; only called once the user confirmed.
    pub on_empty: Callback<()>,
}

/// The deleted audits, each restorable for 30 days, and emptying the bin after one more
/// question.
#[component]
pub fn AuditBin(props: &AuditBinProps) -> Html {
    let language = use_language();
    let asking = use_state(|| false);
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |()| asking.set(false))
    };
    let confirm = {
        let (asking, on_empty) = (asking.clone(), props.on_empty.clone());
        Callback::from(move |()| {
            asking.set(false);
            on_empty.emit(());
        })
    };
    let count = props.entries.len() + props.unreadable.len();
    html! {
        <section class="bin" aria-labelledby="bin-title">
            <h2 id="bin-title">{ Text::Bin.get(language) }</h2>
            <p class="hint">{ Text::BinHint.get(language) }</p>
            for problem in props.unreadable.iter() {
                <Notice message={problem.message(language)} />
            }
            if props.entries.is_empty() && props.unreadable.is_empty() {
                <p class="empty">{ Text::BinEmpty.get(language) }</p>
            } else {
                <ul class="binned-audits">
                    for entry in props.entries.iter() {
                        { binned(entry, &props.on_restore, language) }
                    }
                </ul>
                if *asking {
                    <ConfirmDialog
                        id="confirm-empty-bin"
                        question={Text::ConfirmEmptyBin.fill(language, &[("count", &count.to_string())])}
                        confirm_label={Text::DeleteForGood.get(language)}
                        confirm_class="empty-bin-confirm"
                        cancel_label={Text::Cancel.get(language)}
                        on_confirm={confirm}
                        on_cancel={cancel}
                    />
                } else {
                    <button type="button" class="empty-bin" onclick={ask}>{ Text::EmptyBin.get(language) }</button>
                }
            }
        </section>
    }
}

fn binned(entry: &BinEntry, on_restore: &Callback<Uuid>, language: audit_core::Language) -> Html {
    let id = entry.audit.id();
    let supplier = supplier_name(&entry.audit, language);
    let deleted = Text::BinDeleted.fill(
        language,
        &[
            ("time", &clock::local(&entry.binned.deleted, language)),
            ("until", &clock::local(&entry.binned.kept_until(), language)),
        ],
    );
    html! {
        <li key={id.to_string()} class="binned-audit" data-audit={id.to_string()}>
            <span class="supplier">{ supplier }</span>
            <span class="place">{ entry.audit.record().header.site.clone() }</span>
            <span class="deleted">{ deleted }</span>
            <button type="button" class="restore"
                aria-label={Text::RestoreAudit.fill(language, &[("supplier", supplier)])}
                onclick={on_restore.reform(move |_| id)}>
                { Text::Restore.get(language) }
            </button>
        </li>
    }
}
