fn main() {
    yew::Renderer::<supplier_audit::app::App>::new().render();
}
