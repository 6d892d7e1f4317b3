//! One open audit: loads it, finds its checklist, sends actions to the core's workflow model,
//! and carries out the effects the model returns, in order.

use std::cell::Cell;
use std::rc::Rc;

use audit_core::Uuid;
use audit_core::signing::SigningRequest;
use audit_core::workflow::{Action, Audit, Effect};
use yew::prelude::*;

use super::audit_state::{AuditAction, AuditState, Lookup};
use super::{navigate, use_language};
use crate::catalogue;
use crate::effects::{download, timing};
use crate::i18n::Text;
use crate::route::Route;
use crate::storage::{Storage, StorageError};

/// Whether the latest change has reached the device's storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Saved,
    Saving,
    Failed(StorageError),
}

/// What the audit page renders from, and how it acts.
#[derive(Clone, PartialEq)]
pub struct AuditHandle {
    pub state: UseReducerHandle<AuditState>,
    pub save_state: SaveState,
    /// An effect that could not be carried out (a download, a signature), as a sentence.
    pub problem: Option<String>,
    pub act: Callback<Action>,
}

#[hook]
pub fn use_audit(storage: &Storage, id: Uuid) -> AuditHandle {
    let language = use_language();
    let state = use_reducer(|| AuditState::Loading);
    let save_state = use_state(|| SaveState::Saved);
    let problem = use_state(|| None::<String>);
    {
        let (state, audits) = (state.dispatcher(), storage.audits.clone());
        use_effect_with(id, move |id| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                state.dispatch(AuditAction::Loaded(audits.get(id).await));
            });
        });
    }
    {
        let reference = match &*state {
            AuditState::Ready(open) => Some(open.audit.record().checklist.clone()),
            _ => None,
        };
        let (state, audits) = (state.dispatcher(), storage.audits.clone());
        use_effect_with(reference, move |reference| {
            if let Some(reference) = reference.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let found = catalogue::resolve(&audits, &reference).await;
                    state.dispatch(AuditAction::ChecklistFound(
                        found.map_or(Lookup::NotFound, |a| Lookup::Found(a.loaded)),
                    ));
                });
            }
        });
    }
    // Each effect is run once: the newest number run so far survives re-renders.
    let ran = use_mut_ref(|| Cell::new(0u64));
    {
        let (open, runner) = match &*state {
            AuditState::Ready(open) => (Some(open.clone()), state.dispatcher()),
            _ => (None, state.dispatcher()),
        };
        let last = open
            .as_ref()
            .and_then(|o| o.effects.last().map(|(n, _)| *n));
        let (storage, save_state, problem) = (storage.clone(), save_state.clone(), problem.clone());
        use_effect_with(last, move |last| {
            let (Some(open), Some(last)) = (open, *last) else {
                return;
            };
            let from = ran.borrow().replace(last);
            let effects: Vec<Effect> = open
                .effects
                .iter()
                .filter(|(n, _)| *n > from)
                .map(|(_, e)| e.clone())
                .collect();
            runner.dispatch(AuditAction::Ran(last));
            let runner = Runner {
                audit: open.audit.clone(),
                storage,
                save_state,
                problem,
                dispatch: runner,
                language,
            };
            wasm_bindgen_futures::spawn_local(async move {
                for effect in effects {
                    runner.run(effect).await;
                }
            });
        });
    }
    // One callback for the page's life, so that props holding it compare equal across renders.
    let act = {
        let state = state.dispatcher();
        use_callback((), move |action, ()| {
            state.dispatch(AuditAction::Do(action))
        })
    };
    AuditHandle {
        state,
        save_state: (*save_state).clone(),
        problem: (*problem).clone(),
        act,
    }
}

/// Carries out effects for one audit.
struct Runner {
    audit: Rc<Audit>,
    storage: Storage,
    save_state: UseStateHandle<SaveState>,
    problem: UseStateHandle<Option<String>>,
    dispatch: UseReducerDispatcher<AuditState>,
    language: audit_core::Language,
}

impl Runner {
    async fn run(&self, effect: Effect) {
        match effect {
            Effect::Save { stored, reached } => {
                let own = stored.id == self.audit.id();
                if own {
                    self.save_state.set(SaveState::Saving);
                }
                let span = timing::start("supplier-audit:save");
                let written = self.storage.audits.put(&stored).await;
                span.end();
                if own {
                    crate::embed::audit_saved(&self.audit, &reached, &written);
                    self.save_state.set(match written {
                        Ok(()) => SaveState::Saved,
                        Err(error) => SaveState::Failed(error),
                    });
                } else if let Err(error) = written {
                    self.problem.set(Some(error.message(self.language)));
                }
            }
            Effect::Sign(request) => {
                // From the request to the checked proof in the audit: the key, then the core.
                let span = timing::start("supplier-audit:sign");
                let signed = self.sign(request.data(), request.signer()).await;
                self.signed(request, signed);
                span.end();
            }

            Effect::Download { name, body } => {
                let outcome = download::download_json(&name, &body);
                self.problem.set(outcome.err().map(|e| {
                    let reason = e.as_string().unwrap_or_else(|| format!("{e:?}"));
                    Text::ExportFailed.fill(self.language, &[("reason", &reason)])
                }));
            }
            Effect::Open(id) => navigate(&Route::Audit(id)),
        }
    }

    fn signed(&self, request: Box<SigningRequest>, signature: Result<[u8; 64], String>) {
        match signature {
            Ok(signature) => self
                .dispatch
                .dispatch(AuditAction::Do(Action::AddSignature(request, signature))),
            Err(message) => {
                self.problem.set(Some(message));
                self.dispatch.dispatch(AuditAction::SigningFailed);
            }
        }
    }

    /// Signs with this device's key for `signer`, which never leaves WebCrypto.
    async fn sign(
        &self,
        data: &[u8; 64],
        signer: &audit_core::signing::DidKey,
    ) -> Result<[u8; 64], String> {
        let language = self.language;
        let failed = |reason: String| Text::SignFailed.fill(language, &[("reason", &reason)]);
        let own = self
            .storage
            .identities
            .own()
            .await
            .map_err(|e| failed(e.message(language)))?;
        let identity = own
            .iter()
            .find(|i| &i.card.did == signer)
            .ok_or_else(|| failed(Text::NoKeyOnDevice.get(language).to_owned()))?;
        identity
            .key
            .sign(data)
            .await
            .map_err(|e| failed(e.message(language)))
    }
}
