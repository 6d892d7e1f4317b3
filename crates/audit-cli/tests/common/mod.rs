//! Running the real binary, for the CLI's integration tests.

// Each test binary includes this module and uses only part of it.
#![allow(dead_code)]

use std::process::{Command, Output};

pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_audit-cli"))
        .args(args)
        .output()
        .expect("the binary runs")
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}
