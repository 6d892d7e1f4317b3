//! Reusable pieces of the audit screens.

pub mod answer_buttons;
pub mod checklist_loader;
pub mod file_picker;
pub mod header_form;
pub mod notice;
pub mod progress_summary;
pub mod qr_code;
pub mod question_card;
pub mod save_status;
pub mod signing_panel;
pub mod verification_report;

pub use answer_buttons::AnswerButtons;
pub use checklist_loader::ChecklistLoader;
pub use file_picker::{FilePicker, PickedFile};
pub use header_form::HeaderForm;
pub use notice::Notice;
pub use progress_summary::ProgressSummary;
pub use qr_code::QrCode;
pub use question_card::QuestionCard;
pub use save_status::{SaveState, SaveStatus};
pub use signing_panel::SigningPanel;
pub use verification_report::VerificationReportView;
