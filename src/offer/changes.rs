use std::cell::RefCell;

use yew::prelude::*;

thread_local! {
    static COUNT: RefCell<u64> = const { RefCell::new(0) };
    static LISTENERS: RefCell<Vec<(u64, UseStateSetter<u64>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_LISTENER: RefCell<u64> = const { RefCell::new(0) };
}

/// Tells every component using [`use_offer_changes`] that the offered checklists changed.
pub fn notify() {
    let count = COUNT.with_borrow_mut(|c| {
        *c += 1;
        *c
    });
    LISTENERS.with_borrow(|listeners| {
        for (_, setter) in listeners {
            setter.set(count);
        }
    });
}

/// A number that changes whenever the offer does; re-renders the caller each time.
#[hook]
pub fn use_offer_changes() -> u64 {
    let count = use_state(|| COUNT.with_borrow(|c| *c));
    {
        let setter = count.setter();
        use_effect_with((), move |_| {
            let id = NEXT_LISTENER.with_borrow_mut(|n| {
                *n += 1;
                *n
            });
            LISTENERS.with_borrow_mut(|l| l.push((id, setter)));
            move || LISTENERS.with_borrow_mut(|l| l.retain(|(other, _)| *other != id))
        });
    }
    *count
}
