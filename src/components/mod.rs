//! Reusable pieces of the audit screens.

pub mod about_checklist;
pub mod answer_buttons;
pub mod checklist_loader;
pub mod choice_buttons;
pub mod field_input;
pub mod file_picker;
pub mod header_form;
pub mod language_switcher;
pub mod notice;
pub mod progress_summary;
pub mod qr_code;
pub mod question_card;
pub mod save_status;
pub mod score_summary;
pub mod signing_panel;
pub mod table_answer;
pub mod verification_report;
pub mod zero_tolerance_alert;

pub use about_checklist::AboutChecklist;
pub use answer_buttons::AnswerButtons;
pub use checklist_loader::ChecklistLoader;
pub use choice_buttons::ChoiceButtons;
pub use field_input::{FieldInput, FieldKind};
pub use file_picker::{FilePicker, PickedFile};
pub use header_form::HeaderForm;
pub use language_switcher::LanguageSwitcher;
pub use notice::Notice;
pub use progress_summary::ProgressSummary;
pub use qr_code::QrCode;
pub use question_card::QuestionCard;
pub use save_status::{SaveState, SaveStatus};
pub use score_summary::ScoreSummary;
pub use signing_panel::SigningPanel;
pub use table_answer::TableAnswer;
pub use verification_report::VerificationReportView;
pub use zero_tolerance_alert::ZeroToleranceAlert;
