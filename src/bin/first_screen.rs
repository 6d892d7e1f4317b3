//! The first screen's own binary: see `supplier_audit::first_screen`. Built and placed by
//! `scripts/first-screen.mjs`; `boot.js` runs it on a visit to the home screen, before the app.

use supplier_audit::first_screen::{FirstScreen, ROOT_ID};

fn main() {
    let document = gloo_utils::document();
    let (Ok(root), Some(body)) = (document.create_element("div"), document.body()) else {
        return;
    };
    root.set_id(ROOT_ID);
    if body.append_child(&root).is_ok() {
        yew::Renderer::<FirstScreen>::with_root(root).render();
    }
}
