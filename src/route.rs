//! Which screen is shown, kept in the URL fragment so that a reload returns to it.

use audit_core::Uuid;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    /// Start an audit on the shipped checklist with this id, then open it: how the first screen
    /// hands a tap on "Start" over to the app.
    Start(String),
    Audit(Uuid),
    /// An audit open at one section, or at the section holding one question.
    AuditAt(Uuid, Place),
    /// "Check your answers" before finalizing an audit.
    Review(Uuid),
    /// An audit's printable report, read-only.
    Report(Uuid),
    Identities,
    Verify,
    Backup,
}

/// Where in an audit: long checklists show one section at a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Section(String),
    Question(String),
    /// The findings and their corrective actions, at one finding when named.
    Findings(Option<String>),
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        match hash {
            "#/identities" => Route::Identities,
            "#/verify" => Route::Verify,
            "#/backup" => Route::Backup,
            _ => match hash.strip_prefix("#/start/") {
                Some(id) if !id.is_empty() => Route::Start(id.to_owned()),
                _ => hash
                    .strip_prefix("#/audit/")
                    .and_then(Route::audit)
                    .unwrap_or(Route::Home),
            },
        }
    }

    fn audit(path: &str) -> Option<Route> {
        let mut parts = path.splitn(3, '/');
        let id = Uuid::parse_str(parts.next()?).ok()?;
        let place = match (parts.next(), parts.next()) {
            (None, _) => return Some(Route::Audit(id)),
            (Some("review"), None) => return Some(Route::Review(id)),
            (Some("report"), None) => return Some(Route::Report(id)),
            (Some("section"), Some(section)) => Place::Section(section.to_owned()),
            (Some("question"), Some(question)) => Place::Question(question.to_owned()),
            (Some("findings"), question) => Place::Findings(question.map(str::to_owned)),
            _ => return Some(Route::Audit(id)),
        };
        Some(Route::AuditAt(id, place))
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Start(id) => format!("#/start/{id}"),
            Route::Audit(id) => format!("#/audit/{id}"),
            Route::AuditAt(id, Place::Section(section)) => {
                format!("#/audit/{id}/section/{section}")
            }
            Route::AuditAt(id, Place::Question(question)) => {
                format!("#/audit/{id}/question/{question}")
            }
            Route::AuditAt(id, Place::Findings(None)) => format!("#/audit/{id}/findings"),
            Route::AuditAt(id, Place::Findings(Some(question))) => {
                format!("#/audit/{id}/findings/{question}")
            }
            Route::Review(id) => format!("#/audit/{id}/review"),
            Route::Report(id) => format!("#/audit/{id}/report"),
            Route::Identities => "#/identities".to_owned(),
            Route::Verify => "#/verify".to_owned(),
            Route::Backup => "#/backup".to_owned(),
        }
    }
}
