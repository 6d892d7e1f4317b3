//! The outside world the core must not touch: time, randomness, files.

pub mod clock;
pub mod download;
