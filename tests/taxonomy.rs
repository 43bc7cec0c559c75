//! The taxonomy's labels on example sentences (tests/common/mod.rs): one
//! sentence of each kind, French and English, with what it must get.

use claimlens::{analyze, Claim, Label, Lang, Options};

mod common;
use common::{CLAIM_EXAMPLES, EXAMPLES, NONE_EXAMPLES};

fn forced(lang: Lang) -> Options {
    Options {
        lang: Some(lang),
        ..Options::default()
    }
}

#[test]
fn examples_get_the_taxonomy_labels() {
    let mut wrong = Vec::new();
    for (lang, text, labels) in EXAMPLES {
        let got: Vec<Label> = analyze(text, &forced(*lang))
            .flags
            .iter()
            .map(|f| f.label)
            .collect();
        if got != *labels {
            wrong.push(format!("{text:?}: expected {labels:?}, got {got:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} examples mislabelled:\n{}",
        wrong.len(),
        EXAMPLES.len(),
        wrong.join("\n")
    );
}

#[test]
fn examples_detect_their_language() {
    for (lang, text, _) in EXAMPLES {
        assert_eq!(
            analyze(text, &Options::default()).language,
            *lang,
            "{text:?}"
        );
    }
}

#[test]
fn unsourced_examples_say_why() {
    let mut wrong = Vec::new();
    for (lang, text, claim) in CLAIM_EXAMPLES {
        let got: Vec<(Label, Option<Claim>)> = analyze(text, &forced(*lang))
            .flags
            .iter()
            .map(|f| (f.label, f.claim))
            .collect();
        if got != [(Label::Unsourced, Some(*claim))] {
            wrong.push(format!(
                "{text:?}: expected unsourced {claim:?}, got {got:?}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} wrong:\n{}",
        wrong.len(),
        CLAIM_EXAMPLES.len(),
        wrong.join("\n")
    );
}

#[test]
fn lines_that_assert_nothing_get_no_flag() {
    let mut wrong = Vec::new();
    for (lang, text) in NONE_EXAMPLES {
        let analysis = analyze(text, &forced(*lang));
        if !analysis.flags.is_empty() {
            let got: Vec<_> = analysis
                .flags
                .iter()
                .map(|f| (f.label, f.source.as_deref()))
                .collect();
            wrong.push(format!("{text:?}: expected no flag, got {got:?}"));
        }
        // Counted all the same: "sentences" is the denominator of "share sourced".
        assert!(analysis.sentences >= 1, "{text:?} counted as no sentence");
    }
    assert!(
        wrong.is_empty(),
        "{} of {} flagged:\n{}",
        wrong.len(),
        NONE_EXAMPLES.len(),
        wrong.join("\n")
    );
}
