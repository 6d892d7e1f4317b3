//! Every UI string in the four product languages, in one place.
//!
//! `texts!` in [`strings`] takes each key with exactly `en`, `fr`, `es` and `ar`: a missing
//! translation does not compile, and a browser test checks that none is blank and that
//! every language uses the same `{placeholders}`.

#[macro_use]
mod table;
pub mod actions;
pub mod answer_words;
pub mod backup;
pub mod errors;
pub mod spreadsheet;
mod strings;

use audit_core::Language;
pub use strings::Text;

impl Text {
    /// The text in `language` with each `{name}` replaced by its value.
    pub fn fill(self, language: Language, values: &[(&str, &str)]) -> String {
        values
            .iter()
            .fold(self.get(language).to_owned(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), value)
            })
    }
}
