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

/// A heading that is mostly a quotation of words said is vague (who said
/// them?); a heading that quotes a title in capitals after "au sujet de",
/// "about", is no one's words.
#[test]
fn a_heading_mostly_quoted_is_vague() {
    let cases = [
        (Lang::Fr, "Le conseil a voté mardi.\n\nLes \"cow-boys de la nouvelle ère\"\n\nLe maire a répondu.\n", Some(Label::Vague)),
        (Lang::Fr, "Le conseil a voté mardi.\n\nPour ses proches, \"le maire n'est plus l'homme de la situation\"\n\nLe maire a répondu.\n", Some(Label::Vague)),
        (Lang::En, "The council voted on Tuesday.\n\nThe \"thugs of the new world\"\n\nThe mayor replied.\n", Some(Label::Vague)),
        (Lang::Fr, "Le conseil a voté mardi.\n\n9 réflexions au sujet de “Sécurité au Mali : pour la France, la Russie a échoué”\n\nLe maire a répondu.\n", None),
        (Lang::En, "The council voted on Tuesday.\n\n9 thoughts about “Security in Mali: for France, Russia has failed”\n\nThe mayor replied.\n", None),
    ];
    for (lang, text, want) in cases {
        let a = analyze(text, &forced(lang));
        let heading = text.split("\n\n").nth(1).unwrap_or_default();
        let got = a
            .flags
            .iter()
            .find(|f| text[f.start..f.end].contains(heading.trim()))
            .map(|f| f.label);
        assert_eq!(got, want, "{heading}");
    }
}
