//! Runs the `claimlens` binary as a user does (NO_COLOR unset), shared by the
//! CLI tests (tests/cli.rs) and the hostile-input tests (tests/hostile/cli.rs).

use std::io::Write;
use std::process::{Command, Output, Stdio};

pub fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimlens"));
    cmd.env_remove("NO_COLOR");
    cmd
}

/// Runs `claimlens args…` with `input` on standard input.
pub fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn claimlens");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("feed stdin");
    child.wait_with_output().expect("wait claimlens")
}
