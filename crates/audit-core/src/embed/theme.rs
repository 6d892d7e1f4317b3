/// The look a host may give the app: a few CSS custom properties of `style.css`,
/// applied by the shell with CSSOM setters (never a `style` attribute).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    /// `--primary`: the app bar, main buttons and focus ring.
    pub primary: Option<String>,
    /// `--primary-contrast`: text on the primary colour.
    pub on_primary: Option<String>,
    /// `--background`: the page behind the cards.
    pub background: Option<String>,
    /// `--font`: the font stack.
    pub font: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ThemeError {
    #[error("{name}: \"{value}\" is not a colour; write it as #rgb or #rrggbb")]
    Colour { name: String, value: String },
    #[error(
        "font: \"{0}\" is not a font stack; list family names separated by commas, \
         e.g. Marianne, Arial, sans-serif"
    )]
    Font(String),
}

/// The longest font stack accepted: more is never needed and only invites abuse.
const MAX_FONT_STACK: usize = 200;

impl Theme {
    /// Sets one theme parameter from the URL. Returns `false` when `name` is not a theme parameter.
    pub(crate) fn set(&mut self, name: &str, value: &str) -> Result<bool, ThemeError> {
        let slot = match name {
            "primary" => &mut self.primary,
            "onPrimary" => &mut self.on_primary,
            "background" => &mut self.background,
            "font" => {
                self.font = Some(font_stack(value)?);
                return Ok(true);
            }
            _ => return Ok(false),
        };
        *slot = Some(colour(name, value)?);
        Ok(true)
    }

    /// The CSS custom properties to set on the root element, by name.
    pub fn properties(&self) -> Vec<(&'static str, &str)> {
        [
            ("--primary", &self.primary),
            ("--primary-contrast", &self.on_primary),
            ("--background", &self.background),
            ("--font", &self.font),
        ]
        .into_iter()
        .filter_map(|(property, value)| value.as_deref().map(|v| (property, v)))
        .collect()
    }
}

fn colour(name: &str, value: &str) -> Result<String, ThemeError> {
    let digits = value.strip_prefix('#').unwrap_or("");
    if matches!(digits.len(), 3 | 6) && digits.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(value.to_ascii_lowercase())
    } else {
        Err(ThemeError::Colour {
            name: name.to_owned(),
            value: value.to_owned(),
        })
    }
}

/// Family names of letters, digits, spaces and hyphens, optionally in double quotes.
fn font_stack(value: &str) -> Result<String, ThemeError> {
    let family_ok = |family: &str| {
        let family = family.trim();
        let bare = family
            .strip_prefix('"')
            .and_then(|f| f.strip_suffix('"'))
            .unwrap_or(family);
        !bare.is_empty()
            && bare
                .chars()
                .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
    };
    if value.len() <= MAX_FONT_STACK && value.split(',').all(family_ok) {
        Ok(value.trim().to_owned())
    } else {
        Err(ThemeError::Font(value.to_owned()))
    }
}
