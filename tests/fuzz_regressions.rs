//! Inputs the fuzz targets (fuzz/) found to break an invariant, kept as tests.

use claimlens::{analyze, Label, Link, Options};

fn with_link(text: &str, covered: &str, href: &str) -> Options {
    let start = text.find(covered).expect("covered text is in the text");
    Options {
        links: vec![Link {
            start,
            end: start + covered.len(),
            href: href.to_owned(),
        }],
        ..Options::default()
    }
}

/// A link with a blank href named no one, yet it sourced its sentence, and
/// the quotation after it was credited to "" ("Direct quotation from .").
#[test]
fn a_link_without_href_sources_nothing() {
    for (text, covered) in [
        (
            "La piscine fermera en mai. « Nous rouvrirons à l'automne »",
            "La piscine fermera en mai.",
        ),
        (
            "The pool will shut in May. “We will reopen in the autumn”",
            "The pool will shut in May.",
        ),
    ] {
        for href in ["", "  "] {
            let a = analyze(text, &with_link(text, covered, href));
            for f in &a.flags {
                assert!(
                    f.source.as_deref().is_none_or(|s| !s.trim().is_empty()),
                    "{text:?} with href {href:?}: {f:?}"
                );
                assert_ne!(f.label, Label::Attributed, "{text:?}: {f:?}");
            }
            // The same text without the link reads the same.
            assert_eq!(a, analyze(text, &Options::default()), "{text:?}");
        }
        // A real href still sources the sentence it covers.
        let a = analyze(
            text,
            &with_link(text, covered, "https://example.org/conseil"),
        );
        assert_eq!(
            a.flags[0].label,
            Label::Attributed,
            "{text:?}: {:?}",
            a.flags
        );
    }
}

/// A description ending one line ("selon l'expeody>") was resolved to the
/// names opening the next ("Accueil\nSécurité"), and the reason spanned two
/// lines. An apposition is read within one line; a reason is one line.
#[test]
fn a_source_never_runs_across_a_line() {
    let options = Options {
        lang: Some(claimlens::Lang::Fr),
        ..Options::default()
    };
    let text = "Cependant, selon l’expeody>\nAccueil\nSécurité au Mali : pour la France, la Russie a échoué\nCependant, selon l’expeody>";
    let a = analyze(text, &options);
    assert!(!a.flags.is_empty(), "{a:?}");
    for f in &a.flags {
        let src = f.source.as_deref().unwrap_or("");
        assert!(!src.contains('\n') && !src.contains("Accueil"), "{f:?}");
        assert!(!f.reason.contains('\n'), "{f:?}");
    }
}

/// A gerund's marker ending the text ("… a dit le maire en") was read with
/// the word after it, past the last token: the analysis panicked.
#[test]
fn a_gerund_marker_at_the_end_of_the_text_reads_nothing_past_it() {
    for text in [
        "« Nous irons », a dit le maire en",
        "Le maire, a dit le ministre en",
        "\"We will go,\" said the mayor while",
    ] {
        let a = analyze(text, &Options::default());
        assert_eq!(a.sentences, 1, "{text:?}");
    }
}
