//! The shift property's helpers, and the proof that the contract checker
//! (tests/contract/, shared with the hostile tests and the fuzz targets)
//! refuses analyses that break a rule.

use claimlens::{analyze, Analysis, Claim, Flag, Label, Lang, Link, Options, Span};

use crate::contract::{check, occurring};

/// Counted here, not with `claimlens::utf16_len`: the check must not trust the code it checks.
pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
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
        refers_to: None,
        quote: None,
        cue: None,
        rule: "builtin/factual".into(),
        claim: Some(Claim::Factual),
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
    let text = "Été 2025. « Il fait chaud », dit Anne Roy.";
    let all = Options::default();
    assert!(check(text, &all, &analysis_of(vec![])).is_ok());
    // "Été 2025." is bytes 0..11, UTF-16 0..9; the quotation is 12..31, UTF-16 10..27.
    let good = Flag {
        end_utf16: 9,
        ..one_flag(0, 11)
    };
    assert_eq!(check(text, &all, &analysis_of(vec![good.clone()])), Ok(()));
    let quote = Flag {
        label: Label::Quote,
        start: 12,
        end: text.len(),
        start_utf16: 10,
        end_utf16: utf16_len(text),
        quote: Some(Span {
            start: 12,
            end: 31,
            start_utf16: 10,
            end_utf16: 27,
        }),
        source: Some("Anne Roy".into()),
        cue: Some("dit".into()),
        claim: None,
        ..good.clone()
    };
    assert_eq!(check(text, &all, &analysis_of(vec![quote.clone()])), Ok(()));
    // A description followed by the name it refers to, both written.
    let text2 = "Anne Roy parle. « Il fait chaud », dit la maire.";
    let described = Flag {
        start: 16,
        end: text2.len(),
        start_utf16: 16,
        end_utf16: utf16_len(text2),
        label: Label::Attributed,
        quote: None,
        source: Some("la maire (Anne Roy)".into()),
        refers_to: Some("Anne Roy".into()),
        ..quote.clone()
    };
    assert_eq!(
        check(text2, &all, &analysis_of(vec![described.clone()])),
        Ok(())
    );
    for (what, broken) in [
        (
            "invented name",
            Flag {
                source: Some("la maire (Zoé Roy)".into()),
                refers_to: Some("Zoé Roy".into()),
                ..described.clone()
            },
        ),
        (
            "name not shown",
            Flag {
                source: Some("la maire".into()),
                ..described.clone()
            },
        ),
        (
            "name without source",
            Flag {
                source: None,
                ..described.clone()
            },
        ),
    ] {
        assert!(
            check(text2, &all, &analysis_of(vec![broken])).is_err(),
            "{what}"
        );
    }
    let q = quote.quote.unwrap();

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
                quote: None,
                ..quote.clone()
            },
        ),
        (
            "quote on an unsourced flag",
            Flag {
                label: Label::Unsourced,
                claim: Some(Claim::Factual),
                ..quote.clone()
            },
        ),
        (
            "quote on an attributed flag",
            Flag {
                label: Label::Attributed,
                ..quote.clone()
            },
        ),
        (
            "claim on an attributed flag",
            Flag {
                label: Label::Attributed,
                ..good.clone()
            },
        ),
        (
            "claim on a quote",
            Flag {
                claim: Some(Claim::Factual),
                ..quote.clone()
            },
        ),
        (
            "unsourced without a claim",
            Flag {
                claim: None,
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
            "reason on two lines",
            Flag {
                reason: "Un.\nDeux.".into(),
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
            "blank source",
            Flag {
                source: Some(" ".into()),
                ..good.clone()
            },
        ),
        (
            "blank cue",
            Flag {
                cue: Some("".into()),
                ..good.clone()
            },
        ),
        (
            "quote outside the sentence",
            Flag {
                quote: Some(Span {
                    end: q.end + 99,
                    ..q
                }),
                ..quote.clone()
            },
        ),
        (
            "empty quote",
            Flag {
                quote: Some(Span {
                    end: q.start,
                    end_utf16: q.start_utf16,
                    ..q
                }),
                ..quote.clone()
            },
        ),
        (
            "quote UTF-16",
            Flag {
                quote: Some(Span {
                    start_utf16: q.start_utf16 + 1,
                    ..q
                }),
                ..quote.clone()
            },
        ),
    ];
    for (what, flag) in cases {
        assert!(
            check(text, &all, &analysis_of(vec![flag])).is_err(),
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
        check(text, &all, &analysis_of(overlapping)).is_err(),
        "checker accepted overlapping flags"
    );
    let too_few_sentences = Analysis {
        sentences: 0,
        ..analysis_of(vec![good.clone()])
    };
    assert!(
        check(text, &all, &too_few_sentences).is_err(),
        "checker accepted more flags than sentences"
    );
    let only_quotes = Options {
        labels: vec![Label::Quote],
        ..Options::default()
    };
    assert!(
        check(text, &only_quotes, &analysis_of(vec![good.clone()])).is_err(),
        "checker accepted a label not asked for"
    );
    let english = Options {
        lang: Some(Lang::En),
        ..Options::default()
    };
    assert!(
        check(text, &english, &analysis_of(vec![])).is_err(),
        "checker accepted a language not forced"
    );
    // A link's href is a source the text need not spell out.
    let href = "https://meteo.example/juillet";
    let linked = Flag {
        source: Some(href.into()),
        ..good
    };
    let link = Link {
        start: 0,
        end: 4,
        href: href.into(),
    };
    let with_link = Options {
        links: vec![link],
        ..Options::default()
    };
    assert!(check(text, &all, &analysis_of(vec![linked.clone()])).is_err());
    assert_eq!(check(text, &with_link, &analysis_of(vec![linked])), Ok(()));
    // A reference marker "[ 12 ]" is the source "[12]": written, up to blanks.
    let marked = "Il a plu[ 12 ].";
    let marker = Flag {
        label: Label::Attributed,
        claim: None,
        source: Some("[12]".into()),
        cue: Some("[12]".into()),
        ..one_flag(0, marked.len())
    };
    assert_eq!(
        check(marked, &all, &analysis_of(vec![marker.clone()])),
        Ok(())
    );
    let elsewhere = Flag {
        source: Some("[13]".into()),
        ..marker
    };
    assert!(check(marked, &all, &analysis_of(vec![elsewhere])).is_err());
}

#[test]
fn sources_are_found_in_one_pass_over_the_text() {
    // Needles inside one another, sharing prefixes and suffixes, and absent.
    let text = "selon le ministre Daniel Osei, puis Osei seul; l'expert Luka Malle.";
    let needles = [
        "Osei",
        "Daniel Osei",
        "le ministre Daniel Osei",
        "Luka Malle",
        "Luka Mall",
        "uka",
        "Malle, analyste",
        "Oseille",
        "",
        ".",
    ];
    let want: Vec<bool> = needles.iter().map(|n| text.contains(n)).collect();
    assert!(want.contains(&false) && want.contains(&true));
    assert_eq!(occurring(text, &needles), want);
    // Many names in a long text.
    let names: Vec<String> = (0..3000)
        .map(|i| format!("Personne{i} Nom{}", i * 7))
        .collect();
    let long = names.join(", a déclaré ");
    let mut needles: Vec<&str> = names.iter().map(String::as_str).collect();
    needles.push("Personne1 Nom8");
    let found = occurring(&long, &needles);
    assert!(found[..3000].iter().all(|&f| f) && !found[3000]);
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
