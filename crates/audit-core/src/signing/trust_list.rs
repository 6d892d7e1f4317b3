use serde::{Deserialize, Serialize};

use super::{DidKey, Role};
use crate::import::{ImportError, from_json_text};

/// Marks a JSON file as a trust list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TrustListFormat {
    #[default]
    #[serde(rename = "supplier-audit-trust-list/1")]
    V1,
}

/// Keys a ministry (or union) vouches for: it binds a did:key to a person and organisation,
/// which the signature alone cannot do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustList {
    pub format: TrustListFormat,
    /// Who publishes the list, e.g. "Ministry of Labour".
    pub publisher: String,
    pub entries: Vec<TrustEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrustEntry {
    pub did: DidKey,
    pub name: String,
    pub organisation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
}

impl TrustList {
    pub fn parse(text: &str) -> Result<TrustList, ImportError> {
        from_json_text(text)
    }

    pub fn find(&self, did: &DidKey) -> Option<&TrustEntry> {
        self.entries.iter().find(|e| &e.did == did)
    }
}
