//! Reusable pieces of the audit screens.

pub mod answer_buttons;
pub mod header_form;
pub mod notice;
pub mod progress_summary;
pub mod question_card;
pub mod save_status;

pub use answer_buttons::AnswerButtons;
pub use header_form::HeaderForm;
pub use notice::Notice;
pub use progress_summary::ProgressSummary;
pub use question_card::QuestionCard;
pub use save_status::{SaveState, SaveStatus};
