//! One writer per audit across the tabs and windows of this browser, through the Web Locks
//! API (`navigator.locks`): the tab that holds `supplier-audit:audit:<id>` writes; any other
//! shows the audit read-only until it takes the lock over or the holder closes.
//!
//! web-sys has `LockManager` only behind `web_sys_unstable_apis`, so the few calls go through
//! `js_sys::Reflect`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use audit_core::Uuid;
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// Whether this tab may write the audit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    /// The lock was asked for and no answer came yet.
    Asking,
    /// This tab holds the lock: it is the audit's one writer.
    Held,
    /// The browser has no Web Locks (or refuses them here): tabs cannot agree on a writer, so
    /// each writes, and the storage guard still refuses any write that would drop a signature.
    Uncoordinated,
    /// Another tab or window holds the lock.
    Elsewhere,
    /// Another tab or window took the lock from this one.
    TakenOver,
}

impl Claim {
    pub fn may_write(self) -> bool {
        matches!(self, Claim::Held | Claim::Uncoordinated)
    }
}

/// This tab's claim on one audit; dropping it releases the lock.
pub struct AuditLock(Rc<Holder>);

struct Holder {
    name: String,
    on_claim: Callback<Claim>,
    /// Resolves the promise the held lock waits on: calling it releases the lock.
    release: RefCell<Option<Function>>,
    /// A request that waits for the lock to be free is queued.
    waiting: Cell<bool>,
    /// The page left the audit: a lock granted from now on is released at once.
    dropped: Cell<bool>,
}

impl AuditLock {
    /// Takes the lock of audit `id` if it is free; else reports [`Claim::Elsewhere`] and waits
    /// for it, so that this tab becomes the writer when the other one closes. `on_claim` hears
    /// every change.
    pub fn claim(id: Uuid, on_claim: Callback<Claim>) -> AuditLock {
        let holder = Rc::new(Holder {
            name: format!("supplier-audit:audit:{id}"),
            on_claim,
            release: RefCell::new(None),
            waiting: Cell::new(false),
            dropped: Cell::new(false),
        });
        holder.tell(Claim::Asking);
        let granted = {
            let holder = holder.clone();
            move |lock: JsValue| {
                if lock.is_null() {
                    holder.tell(Claim::Elsewhere);
                    holder.wait();
                    JsValue::UNDEFINED
                } else {
                    holder.hold()
                }
            }
        };
        holder.request(&[("ifAvailable", true)], granted);
        AuditLock(holder)
    }

    /// Takes the lock from whichever tab holds it; that tab becomes read-only.
    pub fn take_over(&self) {
        let holder = self.0.clone();
        self.0.request(&[("steal", true)], move |_| holder.hold());
    }
}

impl Drop for AuditLock {
    fn drop(&mut self) {
        self.0.dropped.set(true);
        self.0.let_go();
    }
}

impl Holder {
    /// Calls `navigator.locks.request(name, options, granted)`; a browser without Web Locks,
    /// or one that refuses them in this context, leaves the tab uncoordinated.
    fn request(
        self: &Rc<Self>,
        options: &[(&str, bool)],
        granted: impl FnOnce(JsValue) -> JsValue + 'static,
    ) {
        let requested = (|| {
            let navigator = Reflect::get(&gloo_utils::window(), &"navigator".into()).ok()?;
            let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
            let request = Reflect::get(&locks, &"request".into())
                .ok()?
                .dyn_into::<Function>()
                .ok()?;
            let settings = Object::new();
            for (name, value) in options {
                Reflect::set(&settings, &(*name).into(), &(*value).into()).ok()?;
            }
            let granted = Closure::once_into_js(granted);
            request
                .call3(&locks, &self.name.as_str().into(), &settings, &granted)
                .ok()?
                .dyn_into::<Promise>()
                .ok()
        })();
        let Some(requested) = requested else {
            self.tell(Claim::Uncoordinated);
            return;
        };
        let holder = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(error) = JsFuture::from(requested).await {
                holder.ended(&error);
            }
        });
    }

    /// The lock is granted: keep it until released, by returning a promise that stays
    /// pending until then.
    fn hold(&self) -> JsValue {
        if self.dropped.get() {
            return JsValue::UNDEFINED;
        }
        let mut release = None;
        let held = Promise::new(&mut |resolve, _| release = Some(resolve));
        self.release.replace(release);
        self.tell(Claim::Held);
        held.into()
    }

    /// Queues one request that is granted when the lock is free.
    fn wait(self: &Rc<Self>) {
        if self.dropped.get() || self.waiting.replace(true) {
            return;
        }
        let holder = self.clone();
        self.request(&[], move |_| {
            holder.waiting.set(false);
            holder.hold()
        });
    }

    /// A request failed: `AbortError` when another tab stole the held lock; anything else
    /// means locks cannot be used here.
    fn ended(self: &Rc<Self>, error: &JsValue) {
        if self.dropped.get() {
            return;
        }
        self.release.replace(None);
        let name = Reflect::get(error, &"name".into()).ok();
        if name.and_then(|n| n.as_string()).as_deref() == Some("AbortError") {
            self.tell(Claim::TakenOver);
            self.wait();
        } else {
            self.tell(Claim::Uncoordinated);
        }
    }

    /// Reports a change, unless the page already left the audit.
    fn tell(&self, claim: Claim) {
        if !self.dropped.get() {
            self.on_claim.emit(claim);
        }
    }

    fn let_go(&self) {
        if let Some(release) = self.release.take() {
            let _ = release.call0(&JsValue::UNDEFINED);
        }
    }
}
