use serde::{Deserialize, Serialize};

use super::DidKey;

/// In what capacity someone signs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Auditor,
    SupplierRepresentative,
    UnionRepresentative,
    Witness,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Auditor,
        Role::SupplierRepresentative,
        Role::UnionRepresentative,
        Role::Witness,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Role::Auditor => "Auditor",
            Role::SupplierRepresentative => "Supplier representative",
            Role::UnionRepresentative => "Union representative",
            Role::Witness => "Witness",
        }
    }
}

/// Someone who must sign. The list is part of the signed content and fixed before the first
/// signature, so that a removed signature shows as a missing signatory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    pub role: Role,
    pub name: String,
    pub organisation: String,
    pub did: DidKey,
}

/// Why a document's `signatories` cannot be read. Never taken to mean "nobody must sign".
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignatoriesError {
    #[error("\"signatories\" must be a list of signatories")]
    NotAList,
    #[error("signatories[{index}]: {reason}")]
    Entry { index: usize, reason: String },
    #[error("signatories[{index}]: {did} is listed twice")]
    Duplicate { index: usize, did: String },
}
