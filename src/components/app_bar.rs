use yew::prelude::*;

use crate::components::{AppStatus, LanguageSwitcher};
use crate::hooks::use_language;
use crate::i18n::Text;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct AppBarProps {
    /// The screen shown, marked in the navigation.
    pub route: Route,
}

/// The bar on every screen: the app's name, the main navigation, the language and the app's
/// status. The first screen draws the same bar, so that nothing moves when the app takes over.
#[component]
pub fn AppBar(props: &AppBarProps) -> Html {
    let language = use_language();
    let link = |target: Route, label: Text| {
        let current = (props.route == target).then_some("page");
        html! { <a href={target.href()} aria-current={current}>{ label.get(language) }</a> }
    };
    let audit_open = matches!(
        props.route,
        Route::Audit(_) | Route::AuditAt(..) | Route::Review(_)
    );
    html! {
        <header class="app-bar">
            <a class="app-name" href={Route::Home.href()}>{ Text::AppName.get(language) }</a>
            <nav aria-label={Text::NavMain.get(language)}>
                { link(Route::Home, Text::NavAudits) }
                { link(Route::Identities, Text::NavIdentities) }
                { link(Route::Verify, Text::NavVerify) }
                { link(Route::Backup, Text::NavBackup) }
            </nav>
            <LanguageSwitcher />
            <AppStatus {audit_open} />
        </header>
    }
}
