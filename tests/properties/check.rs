//! The checker of analyses: everything a caller may rely on, and the proof
//! that it refuses analyses that break a rule.

use claimlens::{analyze, Analysis, Flag, Label, Lang, Options, Span};

/// Counted here, not with `claimlens::utf16_len`: the check must not trust the code it checks.
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// A byte range of `text` with its UTF-16 twin: on char boundaries, in bounds, in order.
pub fn check_range(
    text: &str,
    start: usize,
    end: usize,
    start16: usize,
    end16: usize,
) -> Result<(), String> {
    if start > end || end > text.len() {
        return Err(format!(
            "range {start}..{end} out of order or past the end ({})",
            text.len()
        ));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!("range {start}..{end} is not on char boundaries"));
    }
    let (want_start16, want_end16) = (utf16_len(&text[..start]), utf16_len(&text[..end]));
    if (start16, end16) != (want_start16, want_end16) {
        return Err(format!(
            "range {start}..{end}: UTF-16 {start16}..{end16}, expected {want_start16}..{want_end16}"
        ));
    }
    Ok(())
}

/// Everything a caller may rely on in an analysis of `text`.
pub fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    let mut previous_end = 0;
    for (i, flag) in analysis.flags.iter().enumerate() {
        let fail = |what: String| {
            Err(format!(
                "flag {i} ({:?} {}..{}): {what}",
                flag.label, flag.start, flag.end
            ))
        };
        if let Err(e) = check_range(text, flag.start, flag.end, flag.start_utf16, flag.end_utf16) {
            return fail(e);
        }
        if flag.start == flag.end {
            return fail("empty sentence".into());
        }
        if flag.start < previous_end {
            return fail(format!(
                "starts before the previous flag ends ({previous_end})"
            ));
        }
        previous_end = flag.end;
        if let Some(q) = flag.quote {
            if let Err(e) = check_range(text, q.start, q.end, q.start_utf16, q.end_utf16) {
                return fail(format!("quote: {e}"));
            }
            if q.start < flag.start || q.end > flag.end {
                return fail(format!(
                    "quote {}..{} lies outside its sentence",
                    q.start, q.end
                ));
            }
        }
        if flag.label == Label::Quote && flag.quote.is_none() {
            return fail("a quote flag without a quote span".into());
        }
        if flag.claim.is_some() && flag.label != Label::Unsourced {
            return fail(format!(
                "claim {:?} on a flag that is not unsourced",
                flag.claim
            ));
        }
        if flag.reason.trim().is_empty() || flag.reason.contains('\n') {
            return fail(format!(
                "reason must be one non-empty line: {:?}",
                flag.reason
            ));
        }
        if let Some(source) = &flag.source {
            if source.trim().is_empty() || !text.contains(source.as_str()) {
                return fail(format!("source {source:?} is not written in the text"));
            }
        }
    }
    if analysis.sentences < analysis.flags.len() {
        return Err(format!(
            "{} sentences but {} flags",
            analysis.sentences,
            analysis.flags.len()
        ));
    }
    Ok(())
}

pub fn shift_span(span: Span, bytes: usize, units: usize) -> Span {
    Span {
        start: span.start + bytes,
        end: span.end + bytes,
        start_utf16: span.start_utf16 + units,
        end_utf16: span.end_utf16 + units,
    }
}

pub fn shift_flag(flag: &Flag, bytes: usize, units: usize) -> Flag {
    Flag {
        start: flag.start + bytes,
        end: flag.end + bytes,
        start_utf16: flag.start_utf16 + units,
        end_utf16: flag.end_utf16 + units,
        quote: flag.quote.map(|q| shift_span(q, bytes, units)),
        ..flag.clone()
    }
}

/// Prefixes that must leave every flag as it was, only moved. A printing character
/// stands on its own line, so that it cannot join (and change) the first sentence;
/// a lone space or line break is put directly before the text.
pub const PREFIXES: &[&str] = &[
    "x\n", "é\n", "«\n", "😀\n", "x\n\n", "é\n\n", "«\n\n", "😀\n\n", " ", "\u{a0}", "\n",
];

/// The analysis of `prefix + text` is the analysis of `text` moved by the prefix's length.
pub fn check_shift(text: &str, options: &Options) -> Result<(), String> {
    let base = analyze(text, options);
    for prefix in PREFIXES {
        let moved = analyze(&format!("{prefix}{text}"), options);
        let expected: Vec<Flag> = base
            .flags
            .iter()
            .map(|f| shift_flag(f, prefix.len(), utf16_len(prefix)))
            .collect();
        if moved.flags != expected {
            return Err(format!(
                "prefix {prefix:?} changed the flags of {text:?}\n  expected {expected:#?}\n  got {:#?}",
                moved.flags
            ));
        }
    }
    Ok(())
}

// The checker itself: each of these analyses breaks one rule and must be refused.
fn one_flag(start: usize, end: usize) -> Flag {
    Flag {
        label: Label::Unsourced,
        start,
        end,
        start_utf16: start,
        end_utf16: end,
        source: None,
        quote: None,
        cue: None,
        rule: "builtin/factual".into(),
        claim: None,
        reason: "Nothing says who vouches for this.".into(),
    }
}

fn analysis_of(flags: Vec<Flag>) -> Analysis {
    Analysis {
        language: Lang::Fr,
        sentences: flags.len(),
        flags,
    }
}

#[test]
fn checker_refuses_broken_flags() {
    let text = "Été 2025. Il fait chaud.";
    assert!(check(text, &analysis_of(vec![])).is_ok());
    // "Été 2025." is bytes 0..11, UTF-16 0..9.
    let good = Flag {
        end_utf16: 9,
        ..one_flag(0, 11)
    };
    assert!(check(text, &analysis_of(vec![good.clone()])).is_ok());

    let cases: Vec<(&str, Flag)> = vec![
        (
            "inside a char",
            Flag {
                start: 1,
                ..good.clone()
            },
        ),
        ("UTF-16 counted as bytes", one_flag(0, 11)),
        (
            "past the end",
            Flag {
                end: 99,
                ..good.clone()
            },
        ),
        (
            "empty",
            Flag {
                start: 11,
                end: 11,
                start_utf16: 9,
                end_utf16: 9,
                ..good.clone()
            },
        ),
        (
            "quote label without a quote",
            Flag {
                label: Label::Quote,
                ..good.clone()
            },
        ),
        (
            "claim on an attributed flag",
            Flag {
                label: Label::Attributed,
                claim: Some(claimlens::Claim::Factual),
                ..good.clone()
            },
        ),
        (
            "empty reason",
            Flag {
                reason: " ".into(),
                ..good.clone()
            },
        ),
        (
            "invented source",
            Flag {
                source: Some("Le Monde".into()),
                ..good.clone()
            },
        ),
        (
            "quote outside the sentence",
            Flag {
                quote: Some(Span {
                    start: 12,
                    end: 14,
                    start_utf16: 10,
                    end_utf16: 12,
                }),
                ..good.clone()
            },
        ),
    ];
    for (what, flag) in cases {
        assert!(
            check(text, &analysis_of(vec![flag])).is_err(),
            "checker accepted: {what}"
        );
    }
    let overlapping = vec![
        good.clone(),
        Flag {
            start: 5,
            start_utf16: 3,
            ..good.clone()
        },
    ];
    assert!(
        check(text, &analysis_of(overlapping)).is_err(),
        "checker accepted overlapping flags"
    );
    let too_few_sentences = Analysis {
        sentences: 0,
        ..analysis_of(vec![good])
    };
    assert!(
        check(text, &too_few_sentences).is_err(),
        "checker accepted more flags than sentences"
    );
}

#[test]
fn shift_check_refuses_offsets_from_zero() {
    // `shift_flag` is what the shift property compares against: it must move every offset.
    let flag = Flag {
        quote: Some(Span {
            start: 2,
            end: 4,
            start_utf16: 2,
            end_utf16: 4,
        }),
        ..one_flag(1, 5)
    };
    let moved = shift_flag(&flag, 4, 2);
    assert_eq!(
        (moved.start, moved.end, moved.start_utf16, moved.end_utf16),
        (5, 9, 3, 7)
    );
    assert_eq!(
        moved.quote,
        Some(Span {
            start: 6,
            end: 8,
            start_utf16: 4,
            end_utf16: 6
        })
    );
    assert_ne!(moved, flag);
}
