//! The public entry point, `claimlens::analyze`, on any text with any
//! options (links with out-of-range or mid-character offsets included).
#![no_main]

use claimlens_fuzz::{input, invariants};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = input::analyze(data);
    let a = claimlens::analyze(&input.body, &input.options);
    invariants::analysis(&input.body, &input.options, &a);
    if input.recheck {
        invariants::recheck(&input.body, &input.options, &a);
    }
});
