use audit_core::Language;
use yew::prelude::*;

use crate::i18n::Text;

/// The language the UI is shown in, and how to change it; provided by the app.
#[derive(Clone, Debug, PartialEq)]
pub struct LanguageChoice {
    pub language: Language,
    pub choose: Callback<Language>,
}

impl LanguageChoice {
    /// The language held in `chosen`, which a choice sets.
    pub fn held_in(chosen: &UseStateHandle<Language>) -> LanguageChoice {
        let setter = chosen.setter();
        LanguageChoice {
            language: **chosen,
            choose: Callback::from(move |l| setter.set(l)),
        }
    }
}

/// The current UI language (English where no app provides one, as in component tests).
#[hook]
pub fn use_language() -> Language {
    use_context::<LanguageChoice>().map_or(Language::En, |c| c.language)
}

/// A translator bound to the current language: `t(Text::Yes)`.
#[hook]
pub fn use_text() -> impl Fn(Text) -> &'static str {
    let language = use_language();
    move |text: Text| text.get(language)
}
