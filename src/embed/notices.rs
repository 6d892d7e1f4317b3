use std::rc::Rc;

use audit_core::Language;
use audit_core::embed::ConfigError;
use yew::prelude::*;

use crate::i18n::Text;

/// The problems shown above every screen: ignored embedding parameters, a configured checklist
/// that could not be offered, saved definitions that could not be read. The list only grows;
/// `App` holds it, and the rest of the app adds to it through a callback.
#[derive(Debug, Default, PartialEq)]
pub struct Notices(Vec<AttrValue>);

impl Notices {
    /// Starts with the parameters of the embedding address that were ignored.
    pub fn of_address(problems: &[ConfigError], language: Language) -> Self {
        Self(
            problems
                .iter()
                .map(|error| {
                    Text::EmbedAddressProblem
                        .fill(language, &[("error", &error.to_string())])
                        .into()
                })
                .collect(),
        )
    }

    pub fn iter(&self) -> impl Iterator<Item = &AttrValue> {
        self.0.iter()
    }
}

impl Reducible for Notices {
    type Action = String;

    fn reduce(self: Rc<Self>, message: String) -> Rc<Self> {
        let mut all = self.0.clone();
        all.push(message.into());
        Rc::new(Self(all))
    }
}
