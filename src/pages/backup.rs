use audit_core::backup::{Backup, Entry, Outcome, plan};
use yew::prelude::*;

use crate::components::{FilePicker, Notice, PickedFile};
use crate::effects::{clock, download};
use crate::hooks::use_language;
use crate::i18n::{Text, backup as wording};
use crate::offer;
use crate::storage::{Storage, StorageError};

#[derive(Properties, PartialEq)]
pub struct BackupPageProps {
    pub storage: Storage,
}

/// Where the last action stands.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Working,
    BackedUp { file: String, audits: usize },
    Restored { file: String, entries: Vec<Entry> },
    Failed(String),
}

/// Backs up everything to one file, and restores such a file, saying what each entry became.
#[component]
pub fn BackupPage(props: &BackupPageProps) -> Html {
    let language = use_language();
    let status = use_state(|| Status::Idle);
    let back_up = {
        let (store, status) = (props.storage.backup.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let (store, status) = (store.clone(), status.clone());
            status.set(Status::Working);
            wasm_bindgen_futures::spawn_local(async move {
                let failed = |reason: String| {
                    Status::Failed(Text::BackupFailed.fill(language, &[("reason", &reason)]))
                };
                status.set(match store.contents().await {
                    Err(e) => failed(e.message(language)),
                    Ok(contents) => {
                        let backup = Backup::of(&contents, clock::now());
                        let file = backup.file_name();
                        match download::download_json(&file, &backup.to_json()) {
                            Ok(()) => Status::BackedUp {
                                file,
                                audits: backup.audits.len(),
                            },
                            Err(e) => failed(e.as_string().unwrap_or_else(|| format!("{e:?}"))),
                        }
                    }
                });
            });
        })
    };
    let restore = {
        let (store, checklists, status) = (
            props.storage.backup.clone(),
            props.storage.checklists.clone(),
            status.clone(),
        );
        Callback::from(move |picked: Result<PickedFile, String>| {
            let (store, checklists, status) = (store.clone(), checklists.clone(), status.clone());
            let file = match picked {
                Ok(file) => file,
                Err(message) => return status.set(Status::Failed(message)),
            };
            let backup = match Backup::parse(&file.text) {
                Ok(backup) => backup,
                Err(e) => {
                    let message = wording::refusal(&file.name, &e, language);
                    return status.set(Status::Failed(message));
                }
            };
            status.set(Status::Working);
            wasm_bindgen_futures::spawn_local(async move {
                let written = async {
                    let restore = plan(&backup, &store.contents().await?, &clock::now());
                    store.write(&restore).await?;
                    if !restore.checklists.is_empty() {
                        // Offered at once, as at start-up; the entries read back were checked
                        // by the plan, and problems of older entries were shown at start-up.
                        let _ = offer::restore(&checklists, language).await;
                    }
                    Ok::<_, StorageError>(restore)
                };
                status.set(match written.await {
                    Ok(restore) => Status::Restored {
                        file: file.name,
                        entries: restore.entries,
                    },
                    Err(e) => Status::Failed(
                        Text::RestoreStopped.fill(language, &[("reason", &e.message(language))]),
                    ),
                });
            });
        })
    };
    let working = *status == Status::Working;
    html! {
        <div class="backup">
            <h1>{ Text::BackupTitle.get(language) }</h1>
            <p class="hint">{ Text::BackupHint.get(language) }</p>
            <p class="keys-warning">{ Text::BackupNoKeys.get(language) }</p>
            <button type="button" class="back-up" onclick={back_up} disabled={working}>
                { Text::BackUpEverything.get(language) }
            </button>
            <h2>{ Text::RestoreTitle.get(language) }</h2>
            <p class="hint">{ Text::RestoreHint.get(language) }</p>
            <FilePicker id="restore-file" label={Text::RestorePicker.get(language)} on_pick={restore} />
            <div class="backup-status" role="status">
                { status_view(&status, language) }
            </div>
        </div>
    }
}

fn status_view(status: &Status, language: audit_core::Language) -> Html {
    match status {
        Status::Idle => Html::default(),
        Status::Working => html! { <p>{ Text::BackupWorking.get(language) }</p> },
        Status::Failed(message) => html! { <Notice message={message.clone()} /> },
        Status::BackedUp { file, audits } => html! {
            <p class="backed-up">{ Text::BackupDone.fill(language, &[
                ("file", file),
                ("count", &audits.to_string()),
            ]) }</p>
        },
        Status::Restored { file, entries } => {
            let count = |f: fn(&Outcome) -> bool| {
                entries.iter().filter(|e| f(&e.outcome)).count().to_string()
            };
            let summary = Text::RestoreSummary.fill(
                language,
                &[
                    ("file", file),
                    ("added", &count(|o| matches!(o, Outcome::Added))),
                    ("updated", &count(|o| matches!(o, Outcome::Updated(_)))),
                    ("skipped", &count(|o| matches!(o, Outcome::Skipped(_)))),
                    ("refused", &count(|o| matches!(o, Outcome::Refused(_)))),
                ],
            );
            html! {
                <>
                    <p class="restore-summary">{ summary }</p>
                    <ul class="restore-entries">
                        for entry in entries {
                            <li class={outcome_class(&entry.outcome)}>{ wording::entry(entry, language) }</li>
                        }
                    </ul>
                </>
            }
        }
    }
}

fn outcome_class(outcome: &Outcome) -> &'static str {
    match outcome {
        Outcome::Added => "added",
        Outcome::Updated(_) => "updated",
        Outcome::Skipped(_) => "skipped",
        Outcome::Refused(_) => "refused",
    }
}
