//! Reporting verbs that need no "that" clause: in an "as" clause, and after
//! a document that reports what it shows.

use super::tests::one;
use crate::{Label, Lang};

fn attributed(text: &str, lang: Lang, source: &str) {
    assert_eq!(
        one(text, lang),
        (Label::Attributed, Some(source.to_string())),
        "{text}"
    );
}

#[test]
fn an_as_clause_vouches_for_the_main_clause() {
    attributed(
        "But as the inspectorate noted, the dam had not been checked since 2009.",
        Lang::En,
        "the inspectorate",
    );
    attributed(
        "Prices have doubled since March, as Mayor Jean Roy pointed out on Monday.",
        Lang::En,
        "Mayor Jean Roy",
    );
    attributed(
        "Comme la Cour des comptes l'a relevé, les dépenses ont doublé en 2019.",
        Lang::Fr,
        "la Cour des comptes",
    );
}

#[test]
fn an_as_clause_with_an_object_or_after_a_noun_reports_nothing() {
    // The verb has an object: "as" tells when, not who vouches.
    let t = "As the minister noted the rise in prices, the crowd grew restless.";
    assert_eq!(one(t, Lang::En).0, Label::Unsourced);
    // "as" after a noun phrase: a comparison, no clause of its own.
    let t = "She named the drama “Ruth” as her favourite TV show.";
    assert_ne!(one(t, Lang::En).0, Label::Attributed);
}

#[test]
fn a_document_reports_what_it_shows() {
    attributed(
        "A CNN poll released on Tuesday showed Mr. Roy with a 16-point lead.",
        Lang::En,
        "A CNN poll released on Tuesday",
    );
    attributed(
        "The April survey found Jean Roy leading the race by seven points.",
        Lang::En,
        "The April survey",
    );
    attributed(
        "Le dernier sondage Ifop montre une nette avance du candidat socialiste.",
        Lang::Fr,
        "Le dernier sondage Ifop",
    );
}

#[test]
fn a_noun_phrase_merely_holding_a_document_reports_nothing() {
    // "report" is the noun here, and "filing" sits inside another phrase.
    let t = "Police charged the swimmer with filing a false robbery report.";
    assert_ne!(one(t, Lang::En).0, Label::Attributed);
    // A document that shows no content ("can be found here").
    let t = "The full poll can be found here.";
    assert_ne!(one(t, Lang::En).0, Label::Attributed);
    // What a document is for is not what it says.
    let t = "Le texte vise à garantir l'accès des patients à ce matériel.";
    assert_ne!(one(t, Lang::Fr).0, Label::Attributed);
    // Nor does a market show anything that someone said.
    let t = "Le marché montre des signes de reprise depuis mars.";
    assert_ne!(one(t, Lang::Fr).0, Label::Attributed);
}
