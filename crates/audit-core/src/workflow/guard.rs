use serde_json::Value;

use crate::signing::SignedDocument;

use super::Stored;

/// Why a write was refused: what is stored now holds something the incoming text would lose.
/// A stale tab or window is the usual writer: it still holds an older draft while another one
/// finalized or signed the same audit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Overwrite {
    /// The stored entry cannot be read, so nothing can prove the write loses nothing.
    #[error("the saved audit cannot be read, so it is kept as it is")]
    StoredUnreadable,
    /// The incoming text is not an audit at all.
    #[error("the new text is not an audit")]
    IncomingUnreadable,
    /// A proof stored now is missing from the incoming text (or it has no proof at all).
    #[error("the saved audit has a signature the new text lacks")]
    DropsProof,
    /// The signed content would change: every proof stored now would stop verifying.
    #[error("the saved audit is signed and the new text changes what was signed")]
    ChangesSigned,
    /// A finalized audit would become a draft again.
    #[error("the saved audit is finalized and the new text is a draft")]
    Reopens,
    /// The audit was finalized at another moment (by another tab from an older draft).
    #[error("the saved audit was finalized at another moment")]
    FinalizedElsewhere,
}

/// Whether `incoming` may replace `stored_now`, the text saved under the same id. Drafts
/// replace drafts freely (one writer per audit is the shell's job); from finalizing on, a
/// write may only add: signatories before the first proof, then proofs.
pub fn may_replace(stored_now: &str, incoming: &Stored) -> Result<(), Overwrite> {
    let stored = SignedDocument::parse(stored_now).map_err(|_| Overwrite::StoredUnreadable)?;
    let stored_proofs = stored.proofs();
    let stored_finalized = finalized(&stored);
    if stored_proofs.is_empty() && stored_finalized.is_none() {
        return Ok(());
    }
    let incoming =
        SignedDocument::parse(&incoming.text).map_err(|_| Overwrite::IncomingUnreadable)?;
    let incoming_proofs = incoming.proofs();
    if !stored_proofs.iter().all(|p| incoming_proofs.contains(p)) {
        return Err(Overwrite::DropsProof);
    }
    if !stored_proofs.is_empty() && stored.unsecured() != incoming.unsecured() {
        return Err(Overwrite::ChangesSigned);
    }
    match finalized(&incoming) {
        None => Err(Overwrite::Reopens),
        Some(moment) if Some(moment) != stored_finalized => Err(Overwrite::FinalizedElsewhere),
        Some(_) => Ok(()),
    }
}

/// The `finalized` member, when it is set.
fn finalized(document: &SignedDocument) -> Option<&Value> {
    document.member("finalized").filter(|v| !v.is_null())
}
