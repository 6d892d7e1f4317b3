//! Which screen is shown, kept in the URL fragment so that a reload returns to it.

use audit_core::Uuid;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Audit(Uuid),
    Identities,
    Verify,
}

impl Route {
    pub fn from_hash(hash: &str) -> Route {
        match hash {
            "#/identities" => Route::Identities,
            "#/verify" => Route::Verify,
            _ => hash
                .strip_prefix("#/audit/")
                .and_then(|id| Uuid::parse_str(id).ok())
                .map_or(Route::Home, Route::Audit),
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Audit(id) => format!("#/audit/{id}"),
            Route::Identities => "#/identities".to_owned(),
            Route::Verify => "#/verify".to_owned(),
        }
    }
}
