use std::collections::BTreeMap;

use crate::signing::IdentityCard;
use crate::workflow::Stored;

/// What a device holds that a backup carries, as the shell read it from its stores: the
/// input both for making a backup and for deciding what restoring one would change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contents {
    /// Every audit, with its text exactly as stored.
    pub audits: Vec<Stored>,
    /// The checklist text each audit was started on, keyed by its SHA-256.
    pub definitions: BTreeMap<String, String>,
    /// Checklists loaded from a URL or a file (a ministry's), keyed by their SHA-256.
    pub checklists: BTreeMap<String, String>,
    /// The public cards of this device's own identities (their private keys stay behind).
    pub identities: Vec<IdentityCard>,
    /// Other people's public cards.
    pub contacts: Vec<IdentityCard>,
}
