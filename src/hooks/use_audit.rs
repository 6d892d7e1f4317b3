//! One open audit: loads it, finds its checklist, sends actions to the core's workflow model,
//! and carries out the effects the model returns, in order. Only the tab holding the audit's
//! lock sends actions: any other shows it read-only.
//!
//! Nothing is buffered on the way to storage, so leaving the page has nothing to flush: each
//! change yields its `Save` at once, and the reducer, the render that runs the effects and
//! `AuditStore::put` opening its transaction all follow in microtasks of the same task as the
//! keystroke, before a `visibilitychange` or `pagehide` event could be handled.

use std::cell::Cell;
use std::rc::Rc;

use audit_core::Uuid;
use audit_core::signing::SigningRequest;
use audit_core::workflow::{Action, Audit, Effect};
use yew::prelude::*;

use super::audit_state::{AuditAction, AuditState, Lookup};
use super::{navigate, use_language};
use crate::catalogue;
use crate::effects::audit_lock::{AuditLock, Claim};
use crate::effects::save_queue::{Report, SaveQueue};
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
    /// Whether this tab may write the audit; actions are dropped while it may not.
    pub claim: Claim,
    /// Takes the audit's lock from the tab or window holding it.
    pub take_over: Callback<()>,
}

/// What the lock last said, and whether actions may pass now: they pass only once the audit
/// has been read again after this tab became its writer.
struct Gate {
    latest: Cell<Claim>,
    open: Cell<bool>,
}

#[hook]
pub fn use_audit(storage: &Storage, id: Uuid) -> AuditHandle {
    let language = use_language();
    // Re-renders only when what is shown changes (see `AuditState`'s `PartialEq`).
    let state = use_reducer_eq(|| AuditState::Loading);
    let save_state = use_state(|| SaveState::Saved);
    let problem = use_state(|| None::<String>);
    let claim = use_state(|| Claim::Asking);
    let gate = use_memo((), |()| Gate {
        latest: Cell::new(Claim::Asking),
        open: Cell::new(false),
    });
    let lock = use_mut_ref(|| None::<AuditLock>);
    let saves = use_memo((), |()| SaveQueue::default());
    {
        let on_claim = on_claim(id, storage, gate.clone(), claim.clone(), state.dispatcher());
        let lock = lock.clone();
        // Held while the page shows this audit; leaving it releases the lock.
        use_effect_with(id, move |id| {
            lock.replace(Some(AuditLock::claim(*id, on_claim)));
            move || drop(lock.take())
        });
    }
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
        let (storage, saves, save_state, problem, gate) = (
            storage.clone(),
            saves.clone(),
            save_state.clone(),
            problem.clone(),
            gate.clone(),
        );
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
                saves,
                save_state,
                problem,
                dispatch: runner,
                language,
                gate: gate.clone(),
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
        let (state, gate) = (state.dispatcher(), gate.clone());
        use_callback((), move |action, ()| {
            if gate.open.get() {
                state.dispatch(AuditAction::Do(action))
            }
        })
    };
    let take_over = {
        let lock = lock.clone();
        use_callback((), move |(), ()| {
            if let Some(lock) = lock.borrow().as_ref() {
                lock.take_over();
            }
        })
    };
    AuditHandle {
        state,
        save_state: (*save_state).clone(),
        problem: (*problem).clone(),
        act,
        claim: *claim,
        take_over,
    }
}

/// Hears the lock: losing it closes the gate at once; gaining it reads the audit again first.
fn on_claim(
    id: Uuid,
    storage: &Storage,
    gate: Rc<Gate>,
    shown: UseStateHandle<Claim>,
    state: UseReducerDispatcher<AuditState>,
) -> Callback<Claim> {
    let audits = storage.audits.clone();
    Callback::from(move |claim: Claim| {
        gate.latest.set(claim);
        if !claim.may_write() || gate.open.get() {
            gate.open.set(claim.may_write());
            shown.set(claim);
            return;
        }
        let (audits, gate, shown, state) =
            (audits.clone(), gate.clone(), shown.clone(), state.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match audits.get(id).await {
                Ok(Some(audit)) => state.dispatch(AuditAction::Reloaded(audit)),
                other => state.dispatch(AuditAction::Loaded(other)),
            }
            // The lock may have gone again while the audit was being read.
            if gate.latest.get() == claim {
                gate.open.set(true);
                shown.set(claim);
            }
        });
    })
}

/// Carries out effects for one audit.
struct Runner {
    audit: Rc<Audit>,
    storage: Storage,
    saves: Rc<SaveQueue>,
    save_state: UseStateHandle<SaveState>,
    problem: UseStateHandle<Option<String>>,
    dispatch: UseReducerDispatcher<AuditState>,
    language: audit_core::Language,
    gate: Rc<Gate>,
}

impl Runner {
    async fn run(&self, effect: Effect) {
        match effect {
            Effect::Save { stored, reached } => {
                let own = stored.id == self.audit.id();
                if own {
                    self.save_state.set(SaveState::Saving);
                }
                let (audit, save_state, problem, language) = (
                    self.audit.clone(),
                    self.save_state.clone(),
                    self.problem.clone(),
                    self.language,
                );
                let report: Report = Box::new(move |reached, written, newer_waiting| {
                    if own {
                        crate::embed::audit_saved(&audit, reached, written);
                        match written {
                            // "Saved" only once the newest change is on the device.
                            Ok(()) if newer_waiting => {}
                            Ok(()) => save_state.set(SaveState::Saved),
                            Err(error) => save_state.set(SaveState::Failed(error.clone())),
                        }
                    } else if let Err(error) = written {
                        problem.set(Some(error.message(language)));
                    }
                });
                self.saves
                    .save(&self.storage.audits, stored, reached, report)
                    .await;
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
            // Another tab took the audit over while the key was signing: it must not be written.
            Ok(_) if !self.gate.open.get() => self.dispatch.dispatch(AuditAction::SigningFailed),
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
