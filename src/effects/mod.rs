//! The outside world the core must not touch: time, randomness, files, preferences.

pub mod clock;
pub mod download;
pub mod language;
pub mod storage_manager;
pub mod timing;
