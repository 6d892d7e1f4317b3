use serde::{Deserialize, Serialize};

/// The languages the product ships in. English is the fallback for every text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Fr,
    Es,
    Ar,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::En, Language::Fr, Language::Es, Language::Ar];

    /// The BCP 47 code, as used in `lang` attributes and checklist files.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Ar => "ar",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    pub fn is_right_to_left(self) -> bool {
        self == Language::Ar
    }
}
