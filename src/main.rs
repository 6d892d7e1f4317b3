fn main() {
    supplier_audit::embed::start();
    yew::Renderer::<supplier_audit::app::App>::new().render();
}
