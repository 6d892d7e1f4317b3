use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Language;

/// A text given per language, e.g. `{"en": "Policy", "fr": "Politique"}`.
/// English is required by validation and is what a missing language falls back to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText(BTreeMap<Language, String>);

impl LocalizedText {
    pub fn english(text: impl Into<String>) -> Self {
        LocalizedText(BTreeMap::from([(Language::En, text.into())]))
    }

    /// The text in `language`, else in English, else empty.
    pub fn get(&self, language: Language) -> &str {
        self.0
            .get(&language)
            .or_else(|| self.0.get(&Language::En))
            .map_or("", String::as_str)
    }

    pub fn has(&self, language: Language) -> bool {
        self.0.get(&language).is_some_and(|t| !t.trim().is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(Language, String)> for LocalizedText {
    fn from_iter<I: IntoIterator<Item = (Language, String)>>(pairs: I) -> Self {
        LocalizedText(pairs.into_iter().collect())
    }
}
