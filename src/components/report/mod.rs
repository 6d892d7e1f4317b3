//! The parts of an audit's printable report, in the order they print.

mod actions;
mod answers;
mod document_hash;
mod findings;
mod first_page;
mod photo_thumbnail;
mod score_table;
mod signatures;

pub use answers::ReportAnswers;
pub use first_page::ReportFirstPage;
pub use signatures::ReportSignatures;
