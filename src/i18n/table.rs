/// Declares [`Text`](super::Text), its list `Text::ALL` and `Text::get(language)`
/// from rows of `Key { en: "…", fr: "…", es: "…", ar: "…" }`.
macro_rules! texts {
    ($($key:ident { en: $en:literal, fr: $fr:literal, es: $es:literal, ar: $ar:literal $(,)? })*) => {
        /// A UI string, named for what it says.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text { $($key),* }

        impl Text {
            pub const ALL: &'static [Text] = &[$(Text::$key),*];

            pub fn get(self, language: audit_core::Language) -> &'static str {
                use audit_core::Language::*;
                match self {
                    $(Text::$key => match language { En => $en, Fr => $fr, Es => $es, Ar => $ar },)*
                }
            }
        }
    };
}
