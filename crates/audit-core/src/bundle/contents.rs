use std::collections::BTreeMap;

use crate::evidence::PhotoHash;
use crate::import::parse_checklist;
use crate::workflow::Audit;

use super::BundleError;
use super::layout::photo_entry;

/// What a bundle carries: the audit's stored text, exactly as saved; the text of its checklist
/// if the sender had it; the bytes of every photo the record names, by hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    pub audit: String,
    pub checklist: Option<String>,
    pub photos: BTreeMap<PhotoHash, Vec<u8>>,
}

impl Bundle {
    /// Whether the parts belong together: the audit reads, every photo it names is there with
    /// matching bytes and no other, and the checklist is the one the audit pins. Writing and
    /// reading both check, so no device makes or takes a bundle that another would refuse.
    pub fn check(&self) -> Result<Audit, BundleError> {
        let audit = Audit::from_stored(&self.audit).map_err(|e| BundleError::NotAnAudit {
            reason: e.to_string(),
        })?;
        let record = audit.record();
        let mut named = BTreeMap::new();
        for (_, photo) in record.photos() {
            named.insert(&photo.sha256, photo);
        }
        for (hash, photo) in &named {
            let bytes = self
                .photos
                .get(*hash)
                .ok_or_else(|| BundleError::MissingPhoto {
                    hash: hash.to_string(),
                })?;
            photo
                .matches(bytes)
                .map_err(|_| BundleError::PhotoMismatch {
                    name: photo_entry(hash),
                })?;
        }
        if let Some(extra) = self.photos.keys().find(|hash| !named.contains_key(hash)) {
            return Err(BundleError::ExtraPhoto {
                name: photo_entry(extra),
            });
        }
        if let Some(text) = &self.checklist {
            let loaded = parse_checklist(text).map_err(|e| BundleError::NotAChecklist {
                reason: e.to_string(),
            })?;
            if loaded.sha256 != record.checklist.sha256 {
                return Err(BundleError::OtherChecklist {
                    expected: record.checklist.sha256.clone(),
                });
            }
        }
        Ok(audit)
    }
}
