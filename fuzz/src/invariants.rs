//! What must hold of any analysis and any HTML extraction. A failed
//! assertion is a crash the fuzzer saves with its input.

use claimlens::html::Extracted;
use claimlens::{analyze, utf16_len, Analysis, Flag, Label, Options};

/// Checks `a`, the analysis of `text` with `options` (see `taxonomy.md`).
pub fn analysis(text: &str, options: &Options, a: &Analysis) {
    if let Some(lang) = options.lang {
        assert_eq!(a.language, lang, "a forced language is the page's");
    }
    assert!(
        a.sentences >= a.flags.len(),
        "at most one flag per sentence"
    );
    let mut prev_end = 0;
    for f in &a.flags {
        assert!(
            prev_end <= f.start && f.start < f.end && f.end <= text.len(),
            "flags in text order, not overlapping, not empty, inside the text: {f:?} after {prev_end}"
        );
        assert!(
            on_boundary(text, f.start) && on_boundary(text, f.end),
            "{f:?}"
        );
        prev_end = f.end;
        flag(text, options, f);
    }
    utf16_offsets(text, &a.flags);
}

fn flag(text: &str, options: &Options, f: &Flag) {
    assert!(
        options.labels.contains(&f.label),
        "unrequested label: {f:?}"
    );
    if let Some(q) = &f.quote {
        // The segmenter cuts a quotation at the end of the sentence that opens it.
        assert!(
            f.start <= q.start && q.start < q.end && q.end <= f.end,
            "a quotation lies inside its sentence: {f:?}"
        );
        assert!(
            on_boundary(text, q.start) && on_boundary(text, q.end),
            "{f:?}"
        );
    }
    for (name, value) in [("source", &f.source), ("cue", &f.cue)] {
        assert!(
            value.as_ref().is_none_or(|v| !v.trim().is_empty()),
            "{name} is Some but blank: {f:?}"
        );
    }
    assert!(!f.reason.trim().is_empty(), "no reason: {f:?}");
    // taxonomy.md: a quote has its quotation; only quote and vague carry one;
    // only unsourced sentences carry a claim kind, and always do.
    match f.label {
        Label::Quote => assert!(f.quote.is_some(), "{f:?}"),
        Label::Attributed | Label::Unsourced => assert!(f.quote.is_none(), "{f:?}"),
        Label::Vague => {}
    }
    assert_eq!(f.claim.is_some(), f.label == Label::Unsourced, "{f:?}");
}

/// Every UTF-16 offset is the UTF-16 length of the text before it. Offsets
/// are checked in order, each prefix measured once (linear, not quadratic).
fn utf16_offsets(text: &str, flags: &[Flag]) {
    let (mut byte, mut units) = (0, 0);
    let mut at = |b: usize| {
        units += utf16_len(&text[byte..b]);
        byte = b;
        units
    };
    for f in flags {
        assert_eq!(f.start_utf16, at(f.start), "start_utf16 of {f:?}");
        if let Some(q) = &f.quote {
            assert_eq!(q.start_utf16, at(q.start), "quote start_utf16 of {f:?}");
            assert_eq!(q.end_utf16, at(q.end), "quote end_utf16 of {f:?}");
        }
        assert_eq!(f.end_utf16, at(f.end), "end_utf16 of {f:?}");
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
