//! The open audit as Yew state: a thin `Reducible` over the core's workflow model. Every rule
//! is decided by `Audit::update`; this adapter keeps its result, queues the effects it returns
//! for the effect runner, and remembers a refusal to show.

use std::rc::Rc;

use audit_core::LoadedChecklist;
use audit_core::workflow::{Action, Audit, Effect, Refusal};
use yew::Reducible;

use crate::storage::StorageError;

#[derive(Clone, Debug)]
pub enum AuditState {
    Loading,
    Missing,
    Failed(StorageError),
    Ready(Rc<Open>),
}

/// A loaded audit and what the page must do with it next.
#[derive(Debug)]
pub struct Open {
    pub audit: Rc<Audit>,
    /// The audit's own checklist definition.
    pub checklist: Lookup,
    /// Counts accepted changes since loading.
    pub revision: u64,
    /// Counts the times the audit was read again from storage (see [`AuditAction::Reloaded`]).
    pub reloads: u64,
    /// Effects not yet carried out, numbered in the order the core returned them.
    pub effects: Rc<[(u64, Effect)]>,
    /// How many effects were ever queued: numbers never repeat, even once the queue is empty.
    queued: u64,
    /// The last refused action, until the next accepted one.
    pub refusal: Option<Rc<Refusal>>,
    /// A signature was asked for and has not come back yet.
    pub signing: bool,
}

/// Finding the exact checklist an audit was started on.
#[derive(Clone, Debug)]
pub enum Lookup {
    Looking,
    Found(Rc<LoadedChecklist>),
    NotFound,
}

/// The same loaded definition is the same checklist: compared by pointer, never question by
/// question (this comparison runs on every render of a long audit).
impl PartialEq for Lookup {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Lookup::Found(a), Lookup::Found(b)) => Rc::ptr_eq(a, b),
            (Lookup::Looking, Lookup::Looking) | (Lookup::NotFound, Lookup::NotFound) => true,
            _ => false,
        }
    }
}

impl Lookup {
    pub fn checklist(&self) -> Option<&audit_core::Checklist> {
        match self {
            Lookup::Found(loaded) => Some(&loaded.checklist),
            _ => None,
        }
    }
}

pub enum AuditAction {
    Loaded(Result<Option<Audit>, StorageError>),
    ChecklistFound(Lookup),
    Do(Action),
    /// The audit as stored now, read again when this tab became its writer: another tab may
    /// have changed it meanwhile, and editing an older copy would undo that.
    Reloaded(Audit),
    /// The effect runner has carried out every effect up to this number.
    Ran(u64),
    /// The key holder could not sign; nothing changes but the busy state.
    SigningFailed,
}

/// Equal when a render would show the same thing and run no new effect: the effect queue
/// itself is left out, so that emptying it (`Ran`) does not render the page again.
impl PartialEq for AuditState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (AuditState::Ready(a), AuditState::Ready(b)) => Rc::ptr_eq(a, b) || a.shows_as(b),
            (AuditState::Loading, AuditState::Loading) => true,
            (AuditState::Missing, AuditState::Missing) => true,
            (AuditState::Failed(a), AuditState::Failed(b)) => a == b,
            _ => false,
        }
    }
}

impl Reducible for AuditState {
    type Action = AuditAction;

    fn reduce(self: Rc<Self>, action: AuditAction) -> Rc<Self> {
        let open = match (&*self, action) {
            (_, AuditAction::Loaded(Ok(Some(audit)))) => {
                return Rc::new(AuditState::Ready(Rc::new(Open {
                    audit: Rc::new(audit),
                    checklist: Lookup::Looking,
                    revision: 0,
                    reloads: 0,
                    effects: Rc::new([]),
                    queued: 0,
                    refusal: None,
                    signing: false,
                })));
            }
            (_, AuditAction::Loaded(Ok(None))) => return Rc::new(AuditState::Missing),
            (_, AuditAction::Loaded(Err(error))) => return Rc::new(AuditState::Failed(error)),
            (AuditState::Ready(open), action) => open.next(action),
            // A change can only come from a rendered audit; anything else changes nothing.
            _ => return self,
        };
        Rc::new(AuditState::Ready(Rc::new(open)))
    }
}

impl Open {
    /// The same audit revision, checklist, refusal and busy state, with no effect queued since.
    fn shows_as(&self, other: &Open) -> bool {
        Rc::ptr_eq(&self.audit, &other.audit)
            && self.checklist == other.checklist
            && self.revision == other.revision
            && self.reloads == other.reloads
            && self.queued == other.queued
            && match (&self.refusal, &other.refusal) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
            && self.signing == other.signing
    }

    fn next(&self, action: AuditAction) -> Open {
        let mut next = Open {
            audit: self.audit.clone(),
            checklist: self.checklist.clone(),
            revision: self.revision,
            reloads: self.reloads,
            effects: self.effects.clone(),
            queued: self.queued,
            refusal: self.refusal.clone(),
            signing: self.signing,
        };
        match action {
            AuditAction::Loaded(_) => {}
            AuditAction::Reloaded(audit) => {
                next.audit = Rc::new(audit);
                next.revision += 1;
                next.reloads += 1;
                next.refusal = None;
            }
            AuditAction::ChecklistFound(checklist) => next.checklist = checklist,
            AuditAction::Ran(done) => {
                next.effects = self
                    .effects
                    .iter()
                    .filter(|(n, _)| *n > done)
                    .cloned()
                    .collect();
            }
            AuditAction::SigningFailed => next.signing = false,
            AuditAction::Do(action) => {
                let signing = match action {
                    Action::PrepareSignature(_) => true,
                    Action::AddSignature(..) => false,
                    _ => self.signing,
                };
                let mut audit = (*self.audit).clone();
                match audit.update(action, self.checklist.checklist()) {
                    Ok(effects) => {
                        let id = audit.id();
                        let changed = effects
                            .iter()
                            .any(|e| matches!(e, Effect::Save { stored, .. } if stored.id == id));
                        if changed {
                            next.audit = Rc::new(audit);
                            next.revision += 1;
                        }
                        let first = self.queued + 1;
                        next.queued += effects.len() as u64;
                        next.effects = self
                            .effects
                            .iter()
                            .cloned()
                            .chain((first..).zip(effects))
                            .collect();
                        next.refusal = None;
                        next.signing = signing;
                    }
                    Err(refusal) => {
                        next.refusal = Some(Rc::new(refusal));
                        next.signing = false;
                    }
                }
            }
        }
        next
    }
}
