//! The audit workflow as one model, in the shape of the Crux `counter` example: an [`Audit`]
//! value, the [`Action`]s people take on it, and [`Audit::update`], which returns the
//! [`Effect`]s the shell must carry out (write, sign, download, open) or a [`Refusal`] that
//! changes nothing.
//!
//! Every rule of the workflow lives here: the signatory lock, that only a listed signatory
//! signs, the summary recomputed before every signature, the stored form, export file
//! names, photo limits, what may be taken in from a file, and what a write may replace. The app's reducer, the CLI
//! and the tests all call these functions.

mod action;
mod audit;
mod bin;
mod duplicate;
mod effect;
mod guard;
mod listing;
mod refusal;
mod review;
mod summary;
mod take_in;

pub use action::Action;
pub use audit::{Audit, StoredError};
pub use bin::{Binned, KEPT_FOR_DAYS};
pub use effect::{Effect, Reached, Stored};
pub use guard::{Overwrite, may_replace};
pub use listing::{AuditStatus, ListFilter, Listed, fold, listed, matches};
pub use refusal::Refusal;
pub use review::{Check, CheckReason, Review, SectionReview};
pub use summary::{SummaryGist, SummaryMismatch, check_summary};
pub use take_in::Incoming;
