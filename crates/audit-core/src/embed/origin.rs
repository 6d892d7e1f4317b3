use std::fmt;

/// A web origin: scheme, host and optional port, as `location.origin` and
/// `MessageEvent.origin` spell it (e.g. `https://labour.ministry.example`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Origin(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum OriginError {
    #[error("\"{0}\" must start with https:// or http://")]
    Scheme(String),
    #[error("\"{0}\" has no valid host name")]
    Host(String),
    #[error("\"{0}\" has an invalid port")]
    Port(String),
    #[error("\"{0}\" is more than an origin: leave out the path, query and fragment")]
    NotOnlyOrigin(String),
}

impl Origin {
    /// Reads an origin and nothing more; a single trailing `/` is tolerated.
    pub fn parse(text: &str) -> Result<Origin, OriginError> {
        let (origin, rest) = split(text)?;
        if !rest.is_empty() && rest != "/" {
            return Err(OriginError::NotOnlyOrigin(text.to_owned()));
        }
        Ok(origin)
    }

    /// The origin of an absolute http(s) URL.
    pub fn of_url(url: &str) -> Result<Origin, OriginError> {
        split(url).map(|(origin, _)| origin)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Splits an absolute URL into its origin and the rest (path, query, fragment).
fn split(text: &str) -> Result<(Origin, &str), OriginError> {
    let (scheme, after) = ["https", "http"]
        .into_iter()
        .find_map(|scheme| {
            let prefix = text.get(..scheme.len() + 3)?;
            prefix
                .eq_ignore_ascii_case(&format!("{scheme}://"))
                .then(|| (scheme, &text[scheme.len() + 3..]))
        })
        .ok_or_else(|| OriginError::Scheme(text.to_owned()))?;
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let (authority, rest) = after.split_at(end);
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !host.ends_with(':') || host.starts_with('[') => (host, Some(port)),
        _ => (authority, None),
    };
    if !valid_host(host) {
        return Err(OriginError::Host(text.to_owned()));
    }
    let port = match port {
        None => String::new(),
        Some(port) => match port.parse::<u16>() {
            Ok(number) if !port.starts_with('+') && number > 0 => format!(":{number}"),
            _ => return Err(OriginError::Port(text.to_owned())),
        },
    };
    let origin = format!("{scheme}://{}{port}", host.to_ascii_lowercase());
    Ok((Origin(origin), rest))
}

fn valid_host(host: &str) -> bool {
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return !inner.is_empty() && inner.chars().all(|c| c.is_ascii_hexdigit() || c == ':');
    }
    !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}
