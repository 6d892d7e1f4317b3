//! The network and the service worker that keeps the app for offline use (static/sw.js,
//! registered by static/boot.js): what the page hears from them, and the one thing it asks of
//! the worker, to switch to a newer version when the user restarts.
//!
//! Without a worker (an insecure origin, a browser or frame that refuses one) only the network
//! events are reported; nothing here fails the app or writes to the console.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use audit_core::StatusEvent;
use gloo_events::EventListener;
use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{
    MessageChannel, MessageEvent, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState,
};
use yew::Callback;

type Listeners = Rc<RefCell<Vec<EventListener>>>;

/// Reports to its callback until dropped.
pub struct Watch {
    _listeners: Listeners,
}

/// The browser's word on the network at this moment.
pub fn is_online() -> bool {
    gloo_utils::window().navigator().on_line()
}

/// Whether this page may have a service worker at all (not over plain HTTP on another host,
/// for example).
pub fn available() -> bool {
    container().is_some()
}

/// `navigator.serviceWorker`, which is absent where workers are not allowed.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = gloo_utils::window().navigator();
    Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()?
        .dyn_into::<ServiceWorkerContainer>()
        .ok()
}

fn message(kind: &str) -> JsValue {
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    message.into()
}

/// Reports the network going and coming, whether the worker holds every file of the app, and a
/// newer version installed, until the returned [`Watch`] is dropped.
pub fn watch(report: Callback<StatusEvent>) -> Watch {
    let window = gloo_utils::window();
    let listeners: Listeners = Rc::new(RefCell::new(Vec::new()));
    for (name, event) in [
        ("online", StatusEvent::Online),
        ("offline", StatusEvent::Offline),
    ] {
        let report = report.clone();
        let listener = EventListener::new(&window, name, move |_| report.emit(event));
        listeners.borrow_mut().push(listener);
    }
    if let Some(container) = container() {
        spawn_local(follow_worker(container, report, Rc::downgrade(&listeners)));
    }
    Watch {
        _listeners: listeners,
    }
}

/// Once a worker is active (on a first visit, once it has cached everything), asks it whether
/// its cache is complete, then follows updates: one already waiting, or one found later.
async fn follow_worker(
    container: ServiceWorkerContainer,
    report: Callback<StatusEvent>,
    listeners: Weak<RefCell<Vec<EventListener>>>,
) {
    // Never settles without a registration: then there is nothing to report.
    let Ok(ready) = container.ready() else {
        return;
    };
    let Some(registration) = JsFuture::from(ready)
        .await
        .ok()
        .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
    else {
        return;
    };
    if let Some(active) = registration.active() {
        let complete = cache_complete(&active).await;
        report.emit(StatusEvent::OfflineCopyChecked { complete });
    }
    if registration.waiting().is_some() {
        report.emit(StatusEvent::UpdateReady);
    }
    let Some(listeners) = listeners.upgrade() else {
        return;
    };
    // The browser looks for a new sw.js on each visit, so one may be installing already, its
    // "updatefound" gone before this page ran.
    if let Some(installing) = registration.installing() {
        listeners
            .borrow_mut()
            .push(on_installed(installing, report.clone()));
    }
    let on_update = {
        let registration = registration.clone();
        let listeners = Rc::downgrade(&listeners);
        EventListener::new(&registration.clone(), "updatefound", move |_| {
            if let (Some(worker), Some(listeners)) =
                (registration.installing(), listeners.upgrade())
            {
                listeners
                    .borrow_mut()
                    .push(on_installed(worker, report.clone()));
            }
        })
    };
    // Back on the network after a day in the field: look for a newer version at once.
    let on_online = EventListener::new(&gloo_utils::window(), "online", move |_| {
        if let Ok(update) = registration.update() {
            spawn_local(async move {
                let _ = JsFuture::from(update).await;
            });
        }
    });
    listeners.borrow_mut().extend([on_update, on_online]);
}

/// A new worker that finishes installing is the next version, ready for the next start.
fn on_installed(worker: ServiceWorker, report: Callback<StatusEvent>) -> EventListener {
    EventListener::new(&worker.clone(), "statechange", move |_| {
        if matches!(
            worker.state(),
            ServiceWorkerState::Installed | ServiceWorkerState::Activated
        ) {
            report.emit(StatusEvent::UpdateReady);
        }
    })
}

/// Asks `worker` whether every file of the app is in its cache; false when it cannot say.
async fn cache_complete(worker: &ServiceWorker) -> bool {
    let Ok(channel) = MessageChannel::new() else {
        return false;
    };
    let port = channel.port1();
    let answer = Promise::new(&mut |resolve, _reject| {
        let on_reply = Closure::once_into_js(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        port.set_onmessage(Some(on_reply.unchecked_ref()));
    });
    let transfer = Array::of1(&channel.port2());
    if worker
        .post_message_with_transferable(&message("precache-status"), &transfer)
        .is_err()
    {
        return false;
    }
    let reply = JsFuture::from(answer).await.unwrap_or(JsValue::NULL);
    port.set_onmessage(None);
    Reflect::get(&reply, &"complete".into())
        .ok()
        .and_then(|c| c.as_bool())
        .unwrap_or(false)
}

/// Restarts the app into the new version: the waiting worker takes over (it deletes the old
/// version's files, never any data), then the page reloads. The caller offers this only where no
/// audit is open.
pub fn restart() {
    let reload = || {
        let _ = gloo_utils::window().location().reload();
    };
    let Some(container) = container() else {
        reload();
        return;
    };
    spawn_local(async move {
        let registration = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok());
        let Some(waiting) = registration.and_then(|r| r.waiting()) else {
            // Already in charge (no page held it back): a reload is enough.
            reload();
            return;
        };
        // The page is about to reload: the listener need not be dropped.
        EventListener::once(&container, "controllerchange", move |_| reload()).forget();
        if waiting.post_message(&message("skip-waiting")).is_err() {
            reload();
        }
    });
}
