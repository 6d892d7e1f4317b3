use crate::components::Same;

use audit_core::LoadedChecklist;
use audit_core::workflow::Audit;
use yew::prelude::*;

use crate::components::Notice;
use crate::effects::bundle_io;
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::storage::Storage;

#[derive(Properties, PartialEq)]
pub struct BundleExportsProps {
    pub storage: Storage,
    pub audit: Same<Audit>,
    /// The audit's checklist when this device has it: the spreadsheets need its questions.
    pub checklist: Option<Same<LoadedChecklist>>,
}

/// The audit as a bundle (.zip with its photos) and as spreadsheets of answers and actions.
#[component]
pub fn BundleExports(props: &BundleExportsProps) -> Html {
    let language = use_language();
    let problem = use_state(|| None::<String>);
    let bundle = {
        let (storage, audit, problem) =
            (props.storage.clone(), props.audit.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            let (storage, audit, problem) = (storage.clone(), audit.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = bundle_io::export_bundle(&storage, &audit).await;
                problem.set(outcome.err().map(|e| {
                    Text::BundleExportFailed.fill(language, &[("reason", &e.message(language))])
                }));
            });
        })
    };
    let spreadsheet =
        |export: fn(&audit_core::Checklist, &Audit, audit_core::Language) -> Result<(), String>| {
            let (checklist, audit, problem) = (
                props.checklist.clone(),
                props.audit.clone(),
                problem.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                if let Some(loaded) = &checklist {
                    problem.set(export(&loaded.checklist, &audit, language).err());
                }
            })
        };
    html! {
        <>
            <button type="button" class="export-bundle" onclick={bundle}>
                { Text::ExportBundle.get(language) }
            </button>
            if props.checklist.is_some() {
                <button type="button" class="export-answers-csv"
                    onclick={spreadsheet(bundle_io::export_answers)}>
                    { Text::ExportAnswersCsv.get(language) }
                </button>
                <button type="button" class="export-actions-csv"
                    onclick={spreadsheet(bundle_io::export_actions)}>
                    { Text::ExportActionsCsv.get(language) }
                </button>
            }
            if let Some(message) = (*problem).clone() {
                <Notice {message} />
            }
        </>
    }
}
