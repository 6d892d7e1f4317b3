//! Spreadsheets of an audit: its answers, and its corrective actions.
//!
//! The words (column headings, "Yes", "Critical", "In progress"…) come from the shell through
//! [`Words`], so that the core holds no UI text and the files read in the user's language.
//! Every file is UTF-8 with a byte-order mark, and every cell is safe to open in a spreadsheet
//! program (see [`cell`]).

mod actions;
mod answers;
mod cell;
mod words;

pub use actions::actions_csv;
pub use answers::answers_csv;
pub use cell::{BOM, safe_cell};
pub use words::{Heading, Words};
