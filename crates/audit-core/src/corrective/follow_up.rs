use serde::{Deserialize, Serialize};

use crate::{AuditHeader, AuditRecord, Timestamp, Uuid};

use super::ActionStatus;

/// The audit a follow-up visit checks: its id, and the SHA-256 of its RFC 8785 canonical
/// stored form (the signed document with its proofs, or the finalized record), the hash
/// its report prints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUpOf {
    pub id: Uuid,
    pub sha256: String,
}

impl AuditRecord {
    /// A new draft that follows up this finalized audit: same checklist and site, no answers,
    /// and a copy of every action not yet verified, each keeping its id and pointing back
    /// to it, so that the visit can record whether it is now verified.
    pub fn follow_up(&self, id: Uuid, now: Timestamp, sha256: String) -> AuditRecord {
        let mut next = AuditRecord::new(id, self.checklist.clone(), now);
        next.header = AuditHeader {
            supplier: self.header.supplier.clone(),
            site: self.header.site.clone(),
            address: self.header.address.clone(),
            ..AuditHeader::default()
        };
        next.actions = self
            .actions
            .iter()
            .filter(|a| a.status != ActionStatus::Verified)
            .map(|a| crate::CorrectiveAction {
                follows: Some(a.id),
                ..a.clone()
            })
            .collect();
        next.follow_up_of = Some(FollowUpOf {
            id: self.id,
            sha256,
        });
        next
    }
}
