//! The CLI's `--html` path: a page's visible text and links
//! (`claimlens::html::extract`), analysed with those links, then the JSON.
#![no_main]

use claimlens::{html, Analysis};
use claimlens_fuzz::{input, invariants};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut input = input::html(data);
    // As the CLI does: a byte-order mark is not part of the page.
    let page = input.body.strip_prefix('\u{feff}').unwrap_or(&input.body);
    let ex = html::extract(page);
    invariants::extracted(&ex);
    input.options.links = ex.links.clone();
    let a = claimlens::analyze(&ex.text, &input.options);
    invariants::analysis(&ex.text, &input.options, &a);
    if input.recheck {
        assert_eq!(html::extract(page), ex, "a second reading differs");
        invariants::recheck(&ex.text, &input.options, &a);
    }
    // The CLI prints the analysis as JSON: it must read back the same.
    let json = serde_json::to_string(&a).expect("an analysis serialises");
    let back: Analysis = serde_json::from_str(&json).expect("its JSON reads back");
    assert_eq!(back, a, "JSON round trip");
});
