use audit_core::Language;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::hooks::LanguageChoice;
use crate::i18n::Text;

/// Each language named in itself, so that anyone can find their own.
fn own_name(language: Language) -> &'static str {
    match language {
        Language::En => "English",
        Language::Fr => "Français",
        Language::Es => "Español",
        Language::Ar => "العربية",
    }
}

/// A select in the app bar; changing it re-renders everything and touches no answer.
#[component]
pub fn LanguageSwitcher() -> Html {
    let Some(choice) = use_context::<LanguageChoice>() else {
        return Html::default();
    };
    let onchange = choice.choose.reform(|e: Event| {
        let code = e.target_unchecked_into::<HtmlSelectElement>().value();
        Language::from_code(&code).unwrap_or(Language::En)
    });
    html! {
        <label class="language-switcher">
            <span class="label">{ Text::LanguageLabel.get(choice.language) }</span>
            <select id="language" {onchange}>
                for language in Language::ALL {
                    <option
                        value={language.code()}
                        lang={language.code()}
                        selected={language == choice.language}
                    >
                        { own_name(language) }
                    </option>
                }
            </select>
        </label>
    }
}
