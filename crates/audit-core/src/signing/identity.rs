use serde::{Deserialize, Serialize};

use super::{DidKey, Role, Signatory};
use crate::import::{ImportError, from_json_text};

/// Marks a JSON file as a public identity card.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdentityFormat {
    #[default]
    #[serde(rename = "supplier-audit-identity/1")]
    V1,
}

/// What a person shares so that others can list them as a signatory: never a private key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityCard {
    pub format: IdentityFormat,
    pub name: String,
    pub organisation: String,
    pub role: Role,
    pub did: DidKey,
}

impl IdentityCard {
    pub fn new(name: String, organisation: String, role: Role, did: DidKey) -> IdentityCard {
        IdentityCard {
            format: IdentityFormat::V1,
            name,
            organisation,
            role,
            did,
        }
    }

    pub fn parse(text: &str) -> Result<IdentityCard, ImportError> {
        from_json_text(text)
    }

    pub fn signatory(&self) -> Signatory {
        Signatory {
            role: self.role,
            name: self.name.clone(),
            organisation: self.organisation.clone(),
            did: self.did.clone(),
        }
    }
}
