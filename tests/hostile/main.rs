//! Pathological inputs (issue #5), one test per family of families.rs at a
//! test size: the analysis must not panic, must keep the flag contract
//! (tests/contract/, shared with the property tests and the fuzz targets),
//! and must still read the sentences a reader would see in them. Their speed,
//! 1 KB to 10 MB, is measured by benches/scaling.rs, never asserted here.

mod cli;
#[path = "../contract/mod.rs"]
mod contract;
mod families;
mod fixes;

use claimlens::{analyze, Analysis, Flag, Label, Lang, Options};

use families::{generate, Family};

/// The analysis of `text` with the default options, which must keep the contract.
fn well_formed(text: &str) -> Analysis {
    let analysis = analyze(text, &Options::default());
    if let Err(e) = contract::check(text, &Options::default(), &analysis) {
        panic!("{:?}…: {e}", text.chars().take(80).collect::<String>());
    }
    analysis
}

/// The sentence a flag covers.
fn sentence<'t>(text: &'t str, f: &Flag) -> &'t str {
    &text[f.start..f.end]
}

/// Big enough for thousands of sentences, small enough for a debug build.
const SIZE: usize = 200 << 10;

fn analysed(family: Family, bytes: usize) -> (String, Analysis) {
    let text = generate(family, bytes);
    assert!(
        text.len() + 4 > bytes && text.len() <= bytes,
        "{}",
        text.len()
    );
    assert_eq!(text.contains('\n'), !family.one_line(), "{family:?}");
    let analysis = well_formed(&text);
    (text, analysis)
}

/// Every flagged sentence that starts with `prefix` has `label` and a source
/// that starts with `source` and is written in the sentence itself
/// (`Some("")`: any source of its own); and every occurrence of `prefix` but
/// the last (which the cut may have shortened) is such a flagged sentence.
fn expect(text: &str, a: &Analysis, prefix: &str, label: Label, source: Option<&str>) {
    let occurrences = text.matches(prefix).count();
    let mut found = 0;
    // The last flag is left out: the cut may have shortened its sentence.
    let flags = &a.flags[..a.flags.len().saturating_sub(1)];
    for f in flags
        .iter()
        .filter(|f| sentence(text, f).starts_with(prefix))
    {
        let s = sentence(text, f);
        assert_eq!(f.label, label, "{s:?}: {f:?}");
        if let Some(want) = source {
            // ("Le ministre (Anne Ferrand)": the words of the sentence, then
            // who they stand for.)
            let shown = f.source.as_deref().unwrap_or_default();
            let got = match &f.refers_to {
                Some(name) => shown.strip_suffix(&format!(" ({name})")).unwrap_or(shown),
                None => shown,
            };
            assert!(
                got.starts_with(want) && !got.is_empty() && s.contains(got),
                "{s:?}: source {got:?} should start with {want:?}, in the sentence"
            );
        }
        found += 1;
    }
    assert!(
        occurrences > 1 && found + 1 >= occurrences,
        "{prefix:?}: {occurrences} in the text, {found} flagged as {label:?}"
    );
}

/// No flag but on sentences that start with one of `prefixes`.
fn only(text: &str, a: &Analysis, prefixes: &[&str]) {
    for f in &a.flags {
        let s = sentence(text, f);
        assert!(
            prefixes.iter().any(|p| s.starts_with(p)),
            "unexpected flag on {:?}: {f:?}",
            s.chars().take(120).collect::<String>()
        );
    }
}

#[test]
fn one_line_of_prose() {
    let (text, a) = analysed(Family::OneLine, SIZE);
    // One line is one paragraph in one language: the English sentences in
    // it are read as French, the French ones all keep their labels.
    assert_eq!(a.language, Lang::Fr);
    expect(
        &text,
        &a,
        "« Nous rouvrirons",
        Label::Quote,
        Some("la ministre "),
    );
    expect(
        &text,
        &a,
        "Selon la préfecture",
        Label::Attributed,
        Some("la préfecture"),
    );
    expect(
        &text,
        &a,
        "Des sources proches",
        Label::Vague,
        Some("Des sources"),
    );
    expect(&text, &a, "Le prix du gazole", Label::Unsourced, None);
    assert!(
        a.sentences + 1 >= text.matches(". ").count(),
        "sentences were merged"
    );
}

#[test]
fn a_quotation_that_never_closes() {
    let (text, a) = analysed(Family::NeverClosed, SIZE);
    // Its opening mark is read as plain text: the sentence is still
    // attributed, and the quotations after it are still quotations.
    let first = &a.flags[0];
    assert_eq!(
        sentence(&text, first),
        "« Nous ne lâcherons rien, lance la syndicaliste Anne Ferrand."
    );
    assert_eq!(
        (first.label, first.source.as_deref()),
        (Label::Attributed, Some("la syndicaliste Anne Ferrand"))
    );
    expect(
        &text,
        &a,
        "« Nous rouvrirons",
        Label::Quote,
        Some("la ministre "),
    );
    expect(
        &text,
        &a,
        "Selon la préfecture",
        Label::Attributed,
        Some("la préfecture"),
    );
}

#[test]
fn a_hundred_thousand_unbalanced_marks() {
    let (text, a) = analysed(Family::Unbalanced, 600 << 10);
    let marks = text.matches(['«', '“']).count();
    let closers = text.matches(['»', '”']).count();
    assert!(
        marks >= 100_000 && closers == 0,
        "{marks} opening marks, {closers} closing"
    );
    expect(
        &text,
        &a,
        "Selon l'Insee",
        Label::Attributed,
        Some("l'Insee"),
    );
    expect(
        &text,
        &a,
        "« Le maire « a confirmé",
        Label::Attributed,
        Some(""),
    );
}

#[test]
fn quotations_nested_five_deep() {
    let (text, a) = analysed(Family::Nested, SIZE);
    expect(&text, &a, "« Mon adjoint", Label::Quote, Some(""));
    expect(&text, &a, "“She told me", Label::Quote, Some(""));
    // The quotation is the outermost one, all five levels inside it.
    for f in &a.flags[..a.flags.len() - 1] {
        let q = f.quote.expect("a quotation");
        let quoted = &text[q.start..q.end];
        let marks = ['«', '“', '‹', '‘', '"']
            .iter()
            .filter(|&&m| quoted.contains(m))
            .count();
        assert_eq!(marks, 5, "{quoted:?}");
        assert!(
            quoted.ends_with("” »") || quoted.ends_with("’,”"),
            "{quoted:?}"
        );
    }
}

#[test]
fn text_that_is_all_digits() {
    let (text, a) = analysed(Family::Digits, SIZE);
    assert!(text.bytes().all(|b| b.is_ascii_digit()));
    assert_eq!((a.sentences, a.flags.len()), (1, 0));
    // Numbers with separators, stops and brackets: many sentences, no claim
    // a reader could weigh, no "[102]" taken for a reference.
    let (text, a) = analysed(Family::DigitsSpaced, SIZE);
    assert!(!text.contains(|c: char| c.is_alphabetic()));
    assert!(a.sentences > 1000, "{} sentences", a.sentences);
    assert_eq!(a.flags, []);
}

#[test]
fn right_to_left_text_between_french_sentences() {
    let (text, a) = analysed(Family::Rtl, SIZE);
    assert_eq!(a.language, Lang::Fr);
    expect(&text, &a, "« Nous resterons", Label::Quote, Some(""));
    expect(
        &text,
        &a,
        "Selon l'agence",
        Label::Attributed,
        Some("l'agence"),
    );
    expect(
        &text,
        &a,
        "Le porte-parole a affirmé",
        Label::Quote,
        Some("Le porte-parole"),
    );
    // The Arabic and Hebrew sentences are their own, and the analyser does
    // not read them: no flag.
    only(
        &text,
        &a,
        &["« Nous resterons", "Selon l'agence", "Le porte-parole"],
    );
}

#[test]
fn emoji_sequences_inside_quotations() {
    let (text, a) = analysed(Family::Emoji, SIZE);
    expect(
        &text,
        &a,
        "« On a gagné",
        Label::Quote,
        Some("la capitaine "),
    );
    expect(&text, &a, "\"Our family", Label::Quote, Some(""));
    expect(
        &text,
        &a,
        "Selon la mairie",
        Label::Attributed,
        Some("la mairie"),
    );
    let quote = a.flags.iter().find_map(|f| f.quote).expect("a quotation");
    assert_eq!(
        &text[quote.start..quote.end],
        "« On a gagné 👩🏽\u{200d}🤝\u{200d}👨🏻 ! »"
    );
}

#[test]
fn accents_as_combining_marks() {
    let (text, a) = analysed(Family::Combining, SIZE);
    expect(&text, &a, "« Nous tiendrons", Label::Quote, Some(""));
    expect(
        &text,
        &a,
        "D'apre\u{300}s la pre\u{301}fecture",
        Label::Attributed,
        Some("la pre\u{301}fecture"),
    );
    expect(
        &text,
        &a,
        "Le ministre a affirme\u{301}",
        Label::Attributed,
        Some("Le ministre"),
    );
    let cue = a.flags[0].cue.as_deref();
    assert_eq!(cue, Some("de\u{301}clare\u{301}"), "the cue as written");
}

#[test]
fn control_characters_between_sentences() {
    let (text, a) = analysed(Family::Controls, SIZE);
    expect(
        &text,
        &a,
        "« Nous tiendrons »,\0 a déclaré",
        Label::Quote,
        Some(""),
    );
    expect(
        &text,
        &a,
        "Selon l'Insee",
        Label::Attributed,
        Some("l'Insee"),
    );
    expect(&text, &a, "Experts say", Label::Vague, Some("Experts"));
    expect(&text, &a, "Le pont a coûté", Label::Unsourced, None);
    // No flag starts or ends on an invisible character.
    for f in &a.flags {
        let s = sentence(&text, f);
        let ends = [s.chars().next(), s.chars().next_back()];
        assert!(
            !ends
                .iter()
                .flatten()
                .any(|c| c.is_control() || *c == '\u{feff}'),
            "{s:?}"
        );
    }
}

#[test]
fn a_dialogue_line_that_never_ends() {
    let (text, a) = analysed(Family::NoStop, SIZE);
    assert!(text.starts_with("— "));
    // Commas cut nothing: one sentence, however long.
    assert_eq!(a.sentences, 1);
}

#[test]
fn thousands_of_distinct_sources() {
    let (text, a) = analysed(Family::Sources, SIZE);
    expect(&text, &a, "« Nous tiendrons", Label::Quote, Some(""));
    expect(&text, &a, "Selon ", Label::Attributed, Some(""));
    let mut sources: Vec<&str> = a.flags.iter().filter_map(|f| f.source.as_deref()).collect();
    sources.sort_unstable();
    sources.dedup();
    assert!(sources.len() > 2000, "{} distinct sources", sources.len());
}
