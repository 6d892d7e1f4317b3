use super::{Origin, OriginError, Theme, ThemeError};
use crate::Language;

/// What a host page configures in the app's URL, e.g.
/// `?checklist=supplier-due-diligence&lang=fr&primary=%23005a9c&parentOrigin=https://ministry.example`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    /// The checklist to offer: a bundled one, or a ministry's definition at a URL.
    pub checklist: Option<ChecklistSource>,
    /// The language the host asks for. The language switcher starts from it.
    pub language: Option<Language>,
    pub theme: Theme,
    /// The only origin messages go to and come from; without it the app posts nothing.
    pub parent_origin: Option<Origin>,
    /// Whether the `signed` message carries the signed document itself (`sendDocument=1`).
    pub send_document: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChecklistSource {
    Bundled(String),
    /// An absolute http(s) URL, fetched with CORS; its origin must be allowed by the server's
    /// `connect-src`.
    Url {
        url: String,
        origin: Origin,
    },
}

/// A parameter that was ignored, and why; the rest of the configuration still applies.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("lang: \"{0}\" is not a supported language; use en, fr, es or ar")]
    Language(String),
    #[error("parentOrigin: {0}")]
    ParentOrigin(OriginError),
    #[error(
        "checklist: \"{0}\" is neither a checklist id (letters, digits, '-', '_', '.') \
         nor an https:// or http:// URL"
    )]
    Checklist(String),
    #[error("checklist: {0}")]
    ChecklistUrl(OriginError),
    #[error("{0}")]
    Theme(ThemeError),
    #[error("sendDocument: \"{0}\" must be 1 or 0")]
    SendDocument(String),
}

impl EmbedConfig {
    /// Reads the decoded query parameters. Unknown names are left to the host; a known name
    /// with a bad value is reported and ignored, so that one typo does not stop the app.
    pub fn from_params<'a>(
        params: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (EmbedConfig, Vec<ConfigError>) {
        let mut config = EmbedConfig::default();
        let mut errors = Vec::new();
        for (name, value) in params {
            if let Err(error) = config.set(name, value) {
                errors.push(error);
            }
        }
        (config, errors)
    }

    fn set(&mut self, name: &str, value: &str) -> Result<(), ConfigError> {
        match name {
            "checklist" => self.checklist = Some(ChecklistSource::parse(value)?),
            "lang" => {
                let language = Language::from_code(value)
                    .ok_or_else(|| ConfigError::Language(value.to_owned()))?;
                self.language = Some(language);
            }
            "parentOrigin" => {
                self.parent_origin = Some(Origin::parse(value).map_err(ConfigError::ParentOrigin)?);
            }
            "sendDocument" => {
                self.send_document = match value {
                    "1" | "true" => true,
                    "0" | "false" => false,
                    _ => return Err(ConfigError::SendDocument(value.to_owned())),
                };
            }
            _ => {
                self.theme.set(name, value).map_err(ConfigError::Theme)?;
            }
        }
        Ok(())
    }
}

impl ChecklistSource {
    pub fn parse(value: &str) -> Result<ChecklistSource, ConfigError> {
        let lower = value.to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            let origin = Origin::of_url(value).map_err(ConfigError::ChecklistUrl)?;
            return Ok(ChecklistSource::Url {
                url: value.to_owned(),
                origin,
            });
        }
        let is_id = !value.is_empty()
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if is_id {
            Ok(ChecklistSource::Bundled(value.to_owned()))
        } else {
            Err(ConfigError::Checklist(value.to_owned()))
        }
    }
}
