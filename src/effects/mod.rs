//! The outside world the core must not touch: time, randomness, files, preferences.

pub mod audit_lock;
pub mod bundle_io;
pub mod clock;
pub mod download;
pub mod hand_over;
pub mod js_error;
pub mod language;
pub mod photo_encode;
pub mod save_queue;
pub mod service_worker;
pub mod session;
pub mod storage_manager;
pub mod timing;
