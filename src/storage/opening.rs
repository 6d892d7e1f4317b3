//! Storage opened from the moment the app starts. On a new device IndexedDB takes a few hundred
//! milliseconds to create the database; started before the first render, that time overlaps
//! drawing the first screen instead of following it.

use std::cell::RefCell;
use std::rc::Rc;

use futures_channel::oneshot;
use yew::Callback;

use super::{Storage, StorageError};

type Outcome = Result<Storage, StorageError>;

/// An opening under way, whose outcome the app takes once.
#[derive(Clone)]
pub struct Opening {
    outcome: Rc<RefCell<Option<oneshot::Receiver<Outcome>>>>,
    outdated: Rc<RefCell<Outdated>>,
}

/// Who hears that a newer version of the app took the database over, and what came before
/// anyone listened.
#[derive(Default)]
struct Outdated {
    listener: Option<Callback<StorageError>>,
    missed: Option<StorageError>,
}

impl Opening {
    pub fn start() -> Opening {
        let (sender, receiver) = oneshot::channel();
        let outdated = Rc::new(RefCell::new(Outdated::default()));
        let heard = outdated.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let opened = Storage::open(move |error| {
                let mut heard = heard.borrow_mut();
                match &heard.listener {
                    Some(listener) => listener.emit(error),
                    None => heard.missed = Some(error),
                }
            })
            .await;
            // Refused only once the app is gone: nobody is left to tell.
            let _ = sender.send(opened);
        });
        Opening {
            outcome: Rc::new(RefCell::new(Some(receiver))),
            outdated,
        }
    }

    /// The outcome, once it is known; `None` if it was taken before. `on_outdated` hears when
    /// a newer version of the app takes the database over, even if that came first.
    pub async fn take(&self, on_outdated: Callback<StorageError>) -> Option<Outcome> {
        {
            let mut outdated = self.outdated.borrow_mut();
            if let Some(missed) = outdated.missed.take() {
                on_outdated.emit(missed);
            }
            outdated.listener = Some(on_outdated);
        }
        let receiver = self.outcome.borrow_mut().take()?;
        receiver.await.ok()
    }
}

/// One opening is itself: props holding it compare equal across renders.
impl PartialEq for Opening {
    fn eq(&self, other: &Opening) -> bool {
        Rc::ptr_eq(&self.outcome, &other.outcome)
    }
}
