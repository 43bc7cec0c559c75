//! Properties every analysis must have, whatever the text: no panic, offsets that
//! a Rust or JavaScript caller can slice with, flags in order, and offsets that
//! move with the text (a prefix shifts every flag by its own length).

use claimlens::{analyze, Analysis, Flag, Label, Lang, Options, Span};
use proptest::prelude::*;
use proptest::test_runner::Config;

mod common;
use common::EXAMPLES;

/// Pieces that trip up segmenters and offset arithmetic, joined at random.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    // quotation marks and apostrophes
    "«", "»", "« ", " »", "«\u{a0}", "\u{a0}»", "«\u{202f}", "\u{202f}»", "“", "”", "\"", "‘", "’", "'",
    "„", "‹", "›",
    // sentence ends and other punctuation
    ".", "…", "...", "?", "!", "?!", ":", "\u{a0}:", ";", ",", "(", ")", "[", "]", "|", "—", "–", "-",
    // spaces and line breaks
    " ", "  ", "\u{a0}", "\u{202f}", "\t", "\n", "\n\n", "\r\n", "\r", "\u{2028}", "\u{85}",
    // numbers and abbreviations
    "0", "7", "42", "3,5", "3.5", "17 %", "17\u{202f}%", "1\u{202f}500", "2025", "M.", "Mme", "Dr.",
    "U.S.", "p. 12", "etc.", "n°", "£486", "€",
    // letters: accents, precomposed and combining
    "é", "É", "è", "ç", "à", "œ", "e\u{301}", "E\u{301}\u{327}", "ß", "İ", "ﬁ",
    // emoji, modifiers, ZWJ sequences, flags
    "👍🏽", "😀", "👩\u{200d}👩\u{200d}👧\u{200d}👦", "🏳\u{fe0f}\u{200d}🌈", "🇫🇷", "\u{200d}", "\u{fe0f}",
    // control and format characters, right-to-left text
    "\0", "\u{7}", "\u{feff}", "\u{200b}", "\u{200f}", "\u{202e}", "שלום", "مرحبا بكم", "漢字",
    // words that cues and attribution look for, French and English
    "Le", "la", "les", "the", "The", "selon", "Selon", "d'après", "D’après", "pour", "Pour",
    "according to", "According to", "said", "says", "a déclaré", "affirme", "a-t-il ajouté",
    "a-t-elle ajouté", "Il a ajouté que", "She added that", "Luka Malle", "Jeanne Dupré", "Reuters",
    "le ministère", "des sources", "certains observateurs estiment", "experts say", "critics argue",
    "it is widely believed", "a été présenté comme", "grâce à", "because", "led to", "un succès",
    "Lire aussi", "Read more", "©", "Par", "By", "Tous droits réservés",
];

fn pieces_joined(sep: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..48).prop_map(move |v| v.join(sep))
}

/// Arbitrary strings, arbitrary chars (newlines and controls included), and tricky pieces.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<char>(), 0..120).prop_map(String::from_iter),
        pieces_joined(""),
        pieces_joined(" "),
    ]
}

fn any_lang() -> impl Strategy<Value = Option<Lang>> {
    prop_oneof![Just(None), Just(Some(Lang::Fr)), Just(Some(Lang::En))]
}

fn forced(lang: Lang) -> Options {
    Options {
        lang: Some(lang),
        ..Options::default()
    }
}

/// Counted here, not with `claimlens::utf16_len`: the check must not trust the code it checks.
fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// A byte range of `text` with its UTF-16 twin: on char boundaries, in bounds, in order.
fn check_range(
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
fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
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

fn shift_span(span: Span, bytes: usize, units: usize) -> Span {
    Span {
        start: span.start + bytes,
        end: span.end + bytes,
        start_utf16: span.start_utf16 + units,
        end_utf16: span.end_utf16 + units,
    }
}

fn shift_flag(flag: &Flag, bytes: usize, units: usize) -> Flag {
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
const PREFIXES: &[&str] = &[
    "x\n", "é\n", "«\n", "😀\n", "x\n\n", "é\n\n", "«\n\n", "😀\n\n", " ", "\u{a0}", "\n",
];

/// The analysis of `prefix + text` is the analysis of `text` moved by the prefix's length.
fn check_shift(text: &str, options: &Options) -> Result<(), String> {
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

#[test]
fn examples_are_well_formed() {
    for (lang, text, _) in EXAMPLES {
        for options in [forced(*lang), Options::default()] {
            let analysis = analyze(text, &options);
            if let Err(e) = check(text, &analysis) {
                panic!("{text:?}: {e}");
            }
        }
    }
}

#[test]
fn examples_shift_with_a_prefix() {
    for (lang, text, _) in EXAMPLES {
        let options = forced(*lang);
        // Every example asserts something: without flags the shift would prove nothing.
        assert!(
            !analyze(text, &options).flags.is_empty(),
            "no flag on {text:?}"
        );
        if let Err(e) = check_shift(text, &options) {
            panic!("{e}");
        }
    }
}

#[test]
fn all_examples_in_one_text_shift_with_a_prefix() {
    for lang in [Lang::Fr, Lang::En] {
        let text: Vec<&str> = EXAMPLES
            .iter()
            .filter(|(l, _, _)| *l == lang)
            .map(|(_, t, _)| *t)
            .collect();
        let text = text.join("\n");
        let options = forced(lang);
        let analysis = analyze(&text, &options);
        check(&text, &analysis).unwrap();
        if let Err(e) = check_shift(&text, &options) {
            panic!("{e}");
        }
    }
}

/// The samples, and the dev articles when ../shared is beside the repo.
fn real_texts() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![root.join("samples/fr.txt"), root.join("samples/en.txt")];
    if let Ok(entries) = std::fs::read_dir(root.join("../shared/corpus/dev")) {
        let mut dev: Vec<_> = entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        dev.sort();
        paths.extend(dev);
    }
    paths
        .into_iter()
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn real_texts_are_well_formed_and_shift_with_a_prefix() {
    for (name, text) in real_texts() {
        let analysis = analyze(&text, &Options::default());
        assert!(!analysis.flags.is_empty(), "no flag in {name}");
        if let Err(e) = check(&text, &analysis) {
            panic!("{name}: {e}");
        }
        if let Err(e) = check_shift(&text, &forced(analysis.language)) {
            panic!("{name}: {e}");
        }
    }
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

// 256 cases per property (proptest's default); PROPTEST_CASES=N for a longer hunt.
proptest! {
    #[test]
    fn any_text_gives_a_well_formed_analysis(text in any_text(), lang in any_lang()) {
        let options = Options { lang, ..Options::default() };
        let analysis = analyze(&text, &options);
        if let Some(lang) = lang {
            prop_assert_eq!(analysis.language, lang);
        }
        let checked = check(&text, &analysis);
        prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
        // The same input gives the same output.
        prop_assert_eq!(analyze(&text, &options), analysis);
    }

    #[test]
    fn any_text_shifts_with_a_prefix(text in any_text(), lang in prop_oneof![Just(Lang::Fr), Just(Lang::En)]) {
        let shifted = check_shift(&text, &forced(lang));
        prop_assert!(shifted.is_ok(), "{}", shifted.unwrap_err());
    }

    #[test]
    fn asking_for_fewer_labels_only_filters(
        text in any_text(),
        lang in prop_oneof![Just(Lang::Fr), Just(Lang::En)],
        labels in prop::sample::subsequence(Label::ALL.to_vec(), 0..=Label::ALL.len()),
    ) {
        let all = analyze(&text, &forced(lang));
        let some = analyze(&text, &Options { lang: Some(lang), labels: labels.clone(), ..Options::default() });
        let expected: Vec<Flag> = all.flags.iter().filter(|f| labels.contains(&f.label)).cloned().collect();
        prop_assert_eq!(some.flags, expected);
        prop_assert_eq!(some.sentences, all.sentences);
    }
}

#[test]
fn example_sentences_joined_by_tricky_pieces_give_well_formed_analyses() {
    // Real sentences cut and glued with the tricky pieces: cues fire on mangled text.
    let mut runner = proptest::test_runner::TestRunner::new(Config::default());
    let example = prop::sample::select(EXAMPLES.iter().map(|(_, t, _)| *t).collect::<Vec<_>>());
    let glued = prop::collection::vec((example, prop::sample::select(PIECES), 0usize..200), 1..6)
        .prop_map(|parts| {
            parts
                .into_iter()
                .map(|(text, piece, cut)| {
                    let cut = (0..=cut.min(text.len()))
                        .rev()
                        .find(|&i| text.is_char_boundary(i))
                        .unwrap_or(0);
                    format!("{}{piece}{}", &text[..cut], &text[cut..])
                })
                .collect::<String>()
        });
    runner
        .run(&(glued, any_lang()), |(text, lang)| {
            let analysis = analyze(
                &text,
                &Options {
                    lang,
                    ..Options::default()
                },
            );
            let checked = check(&text, &analysis);
            prop_assert!(checked.is_ok(), "{:?}: {}", text, checked.unwrap_err());
            if let Some(lang) = lang {
                let shifted = check_shift(&text, &forced(lang));
                prop_assert!(shifted.is_ok(), "{}", shifted.unwrap_err());
            }
            Ok(())
        })
        .unwrap();
}
