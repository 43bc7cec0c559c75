//! What must hold of any analysis and any HTML extraction. A failed
//! assertion is a crash the fuzzer saves with its input.

use claimlens::html::Extracted;
use claimlens::{analyze, Analysis, Label, Options};

/// Checks `a`, the analysis of `text` with `options`: the flag contract
/// (`tests/contract/`).
pub fn analysis(text: &str, options: &Options, a: &Analysis) {
    if let Err(e) = crate::contract::check(text, options, a) {
        panic!("{e}");
    }
}

/// Analyses again with every label and only the links that can apply
/// (inside the text, with an href):
/// the same result, once the labels not asked for are left out. Checks
/// determinism, that labels only filter, and that invalid links are ignored.
pub fn recheck(text: &str, options: &Options, a: &Analysis) {
    let all = Options {
        lang: options.lang,
        labels: Label::ALL.to_vec(),
        links: options
            .links
            .iter()
            .filter(|l| l.start < l.end && l.end <= text.len() && !l.href.trim().is_empty())
            .cloned()
            .collect(),
    };
    let mut again = analyze(text, &all);
    again.flags.retain(|f| options.labels.contains(&f.label));
    assert_eq!(&again, a, "a second analysis differs");
}

/// Checks what the HTML reader promises: whitespace collapsed to single
/// spaces and line breaks, nothing blank at either end, links sorted, inside
/// the text on char boundaries, over visible text, with a real href.
pub fn extracted(ex: &Extracted) {
    let text = &ex.text;
    assert!(
        !text.contains(['\t', '\r', '\x0C']),
        "only spaces and line breaks separate words: {text:?}"
    );
    let sep = |c: char| c == ' ' || c == '\n';
    assert!(
        !text.starts_with(sep) && !text.ends_with(sep),
        "blank at an end: {text:?}"
    );
    assert!(
        !text
            .as_bytes()
            .windows(2)
            .any(|w| sep(char::from(w[0])) && sep(char::from(w[1]))),
        "whitespace not collapsed: {text:?}"
    );
    let mut prev = (0, 0);
    for l in &ex.links {
        assert!(prev <= (l.start, l.end), "links sorted: {:?}", ex.links);
        prev = (l.start, l.end);
        assert!(l.start < l.end && l.end <= text.len(), "{l:?} in {text:?}");
        assert!(
            on_boundary(text, l.start) && on_boundary(text, l.end),
            "{l:?}"
        );
        let covered = &text[l.start..l.end];
        assert!(
            !covered.starts_with(sep) && !covered.ends_with(sep),
            "a link starts and ends on visible text: {l:?} {covered:?}"
        );
        let href = l.href.as_str();
        assert_eq!(href, href.trim(), "hrefs are trimmed");
        assert!(
            !href.contains(['\t', '\n', '\r']),
            "hrefs hold no tab or line break, as a browser reads them: {l:?}"
        );
        assert!(
            !href.is_empty()
                && !href.starts_with('#')
                && !href
                    .get(..11)
                    .is_some_and(|s| s.eq_ignore_ascii_case("javascript:")),
            "a link that sources nothing was kept: {l:?}"
        );
    }
}

fn on_boundary(text: &str, at: usize) -> bool {
    text.is_char_boundary(at)
}
