use supplier_audit::app::{App, AppProps};
use supplier_audit::effects::hand_over;
use supplier_audit::storage::Opening;

fn main() {
    supplier_audit::embed::start();
    // Before the first render, which then overlaps it.
    let opening = Opening::start();
    let props = AppProps { opening };
    // After the first screen (`boot.js` ran it on a visit to the home screen): drawn outside the
    // page, then put in its place once loaded.
    match hand_over::first_screen().zip(hand_over::new_root()) {
        Some((first, root)) => {
            yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
            hand_over::when_loaded(root, first);
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
