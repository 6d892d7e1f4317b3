use crate::{AuditRecord, Timestamp, Uuid};

use super::{Audit, Effect};

impl Audit {
    /// A new draft made from this audit, as an auditor expects when visiting the same supplier
    /// again or a similar site: the same checklist version, the same supplier, site, address
    /// and auditor, every answer and note. What belongs to the original visit stays behind:
    /// the audit day (set for the new visit), finalization, signatories and signatures, and
    /// the link to a previous version (the copy is a new audit, not a revision). Created and
    /// changed `now`. The effects save it, then open it.
    pub fn duplicate(&self, id: Uuid, now: Timestamp) -> (Audit, Vec<Effect>) {
        let original = self.record();
        let mut header = original.header.clone();
        header.date.clear();
        // A new version's copy (new id and dates, no finalization or signatories), unlinked.
        let record = AuditRecord {
            header,
            previous_version: None,
            summary: None,
            ..original.new_version(id, now)
        };
        let copy = Audit::draft(record);
        let effects = vec![
            Effect::Save {
                stored: copy.stored(),
                reached: Vec::new(),
            },
            Effect::Open(id),
        ];
        (copy, effects)
    }
}
