//! Properties every analysis must have, whatever the text: no panic, offsets that
//! a Rust or JavaScript caller can slice with, flags in order, and offsets that
//! move with the text (a prefix shifts every flag by its own length).

use claimlens::{analyze, Flag, Label, Lang, Options};
use proptest::prelude::*;
use proptest::test_runner::Config;

mod check;
#[path = "../common/mod.rs"]
mod common;
#[path = "../contract/mod.rs"]
mod contract;

use check::check_shift;
use common::EXAMPLES;
use contract::check;

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
    proptest::option::of(proptest::sample::select(Lang::ALL.to_vec()))
}

fn forced(lang: Lang) -> Options {
    Options {
        lang: Some(lang),
        ..Options::default()
    }
}

#[test]
fn examples_are_well_formed() {
    for (lang, text, _) in EXAMPLES {
        for options in [forced(*lang), Options::default()] {
            let analysis = analyze(text, &options);
            if let Err(e) = check(text, &options, &analysis) {
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
    for lang in Lang::ALL {
        let text: Vec<&str> = EXAMPLES
            .iter()
            .filter(|(l, _, _)| *l == lang)
            .map(|(_, t, _)| *t)
            .collect();
        let text = text.join("\n");
        let options = forced(lang);
        let analysis = analyze(&text, &options);
        check(&text, &options, &analysis).unwrap();
        if let Err(e) = check_shift(&text, &options) {
            panic!("{e}");
        }
    }
}

#[test]
fn a_reference_marker_is_written_tight() {
    // Found by fuzzing: "[", blanks or NULs, "12]" once named the source
    // "[12]", which the text does not spell. A marker is written "[12]".
    for text in [
        "Le tribunal a été saisi[ 12 ].",
        "Le tribunal a été saisi[\0\0\0 12].",
    ] {
        let options = Options::default();
        let analysis = analyze(text, &options);
        check(text, &options, &analysis).unwrap();
        assert!(
            analysis.flags.iter().all(|f| f.source.is_none()),
            "{text:?}: {:?}",
            analysis.flags
        );
    }
    let text = "Le tribunal a été saisi[12].";
    let analysis = analyze(text, &Options::default());
    assert_eq!(analysis.flags[0].source.as_deref(), Some("[12]"));
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
        if let Err(e) = check(&text, &Options::default(), &analysis) {
            panic!("{name}: {e}");
        }
        if let Err(e) = check_shift(&text, &forced(analysis.language)) {
            panic!("{name}: {e}");
        }
    }
}

// 256 cases per property (proptest's default); PROPTEST_CASES=N for a longer hunt.
proptest! {
    #[test]
    fn any_text_gives_a_well_formed_analysis(text in any_text(), lang in any_lang()) {
        let options = Options { lang, ..Options::default() };
        let analysis = analyze(&text, &options);
        let checked = check(&text, &options, &analysis);
        prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
        // The same input gives the same output.
        prop_assert_eq!(analyze(&text, &options), analysis);
    }

    #[test]
    fn any_text_shifts_with_a_prefix(text in any_text(), lang in proptest::sample::select(Lang::ALL.to_vec())) {
        let shifted = check_shift(&text, &forced(lang));
        prop_assert!(shifted.is_ok(), "{}", shifted.unwrap_err());
    }

    #[test]
    fn asking_for_fewer_labels_only_filters(
        text in any_text(),
        lang in proptest::sample::select(Lang::ALL.to_vec()),
        labels in prop::sample::subsequence(Label::ALL.to_vec(), 0..=Label::ALL.len()),
    ) {
        let all = analyze(&text, &forced(lang));
        let options = Options { lang: Some(lang), labels: labels.clone(), ..Options::default() };
        let some = analyze(&text, &options);
        let checked = check(&text, &options, &some);
        prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
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
            let options = Options {
                lang,
                ..Options::default()
            };
            let analysis = analyze(&text, &options);
            let checked = check(&text, &options, &analysis);
            prop_assert!(checked.is_ok(), "{:?}: {}", text, checked.unwrap_err());
            if let Some(lang) = lang {
                let shifted = check_shift(&text, &forced(lang));
                prop_assert!(shifted.is_ok(), "{}", shifted.unwrap_err());
            }
            Ok(())
        })
        .unwrap();
}
