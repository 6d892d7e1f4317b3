use supplier_audit::app::{App, AppProps};
use supplier_audit::storage::Opening;

fn main() {
    supplier_audit::embed::start();
    // Before the first render, which then overlaps it.
    let opening = Opening::start();
    yew::Renderer::<App>::with_props(AppProps { opening }).render();
}
