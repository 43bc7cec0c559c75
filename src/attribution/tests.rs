//! Attribution on whole sentences, French and English.

use crate::{analyze, Label, Lang, Options};

/// The one flag of `text`: its label and source.
pub(super) fn one(text: &str, lang: Lang) -> (Label, Option<String>) {
    let r = analyze(
        text,
        &Options {
            lang: Some(lang),
            ..Options::default()
        },
    );
    assert_eq!(r.flags.len(), 1, "{text}: {:?}", r.flags);
    (r.flags[0].label, r.flags[0].source.clone())
}

#[test]
fn agentless_passive_of_a_reporting_verb_is_vague() {
    assert_eq!(
        one("La fermeture de l'usine a été annoncée mardi.", Lang::Fr).0,
        Label::Vague
    );
    assert_eq!(
        one("The closure of the plant has been announced.", Lang::En).0,
        Label::Vague
    );
}

#[test]
fn passive_with_an_agent_is_attributed_to_it() {
    let (label, source) = one(
        "La fermeture de l'usine a été annoncée par la direction du groupe.",
        Lang::Fr,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Attributed, Some("la direction du groupe"))
    );
    let (label, source) = one(
        "The closure was announced by the Ford Motor Company.",
        Lang::En,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Attributed, Some("the Ford Motor Company"))
    );
}

#[test]
fn a_noun_phrase_holding_a_verb_is_no_subject() {
    // "claims" is a noun here, and "had" shows the phrase before it is a clause.
    let (label, _) = one(
        "After the war, the family had two distinct claims to the throne.",
        Lang::En,
    );
    assert_eq!(label, Label::Unsourced);
    let (label, _) = one(
        "Après la guerre, la famille avait deux prétentions et affirmait son droit.",
        Lang::Fr,
    );
    assert_eq!(label, Label::Unsourced);
}

#[test]
fn apposition_and_participial_phrases_are_passed_over() {
    let (_, s) = one(
        "Le maire de la ville, Jean Roy, a affirmé que le pont tiendra.",
        Lang::Fr,
    );
    assert_eq!(s.as_deref(), Some("Jean Roy"));
    let (_, s) = one(
        "The mayor, speaking on Monday, said that the bridge would hold.",
        Lang::En,
    );
    assert_eq!(s.as_deref(), Some("The mayor"));
}

#[test]
fn infinitive_after_to_is_not_a_report() {
    assert_eq!(
        one(
            "The team continued to add players during the summer.",
            Lang::En
        )
        .0,
        Label::Unsourced
    );
}

#[test]
fn reflexive_is_not_a_reported_passive() {
    assert_eq!(
        one(
            "La même tendance s'est observée au Niger, selon toute vraisemblance.",
            Lang::Fr
        )
        .0,
        Label::Unsourced
    );
}

#[test]
fn a_participle_after_a_comma_reports_nothing() {
    assert_eq!(
        one(
            "The decision, announced on Friday, drew sharp criticism from unions.",
            Lang::En
        )
        .0,
        Label::Unsourced
    );
    assert_eq!(
        one(
            "La décision, annoncée vendredi, a suscité la colère des syndicats.",
            Lang::Fr
        )
        .0,
        Label::Unsourced
    );
}

#[test]
fn a_sentence_final_report_after_a_comma_names_its_source() {
    let (label, source) = one(
        "Prices rose 3% in March, the statistics office said.",
        Lang::En,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Attributed, Some("the statistics office"))
    );
    let (label, source) = one(
        "« Nous ne partirons pas », Jean Dupont a-t-il lancé.",
        Lang::Fr,
    );
    assert_eq!(label, Label::Quote, "{source:?}");
}

#[test]
fn french_inversion_after_a_clause_names_the_source() {
    let (label, source) = one(
        "Le trafic reprendra lundi, a annoncé mercredi la direction de la SNCF.",
        Lang::Fr,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Attributed, Some("la direction de la SNCF"))
    );
    let (label, source) = one(
        "Le projet sera abandonné, affirment des sources syndicales.",
        Lang::Fr,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Vague, Some("des sources syndicales"))
    );
    // An object after the verb is not an inverted subject.
    let (_, source) = one("Le ministre, cité par l'AFP, a évoqué un accord.", Lang::Fr);
    assert_eq!(source.as_deref(), Some("Le ministre"));
}

#[test]
fn a_fragment_of_speech_is_the_subjects_quote() {
    let (label, source) = one(
        "Le préfet a fermé l'usine jusqu'à ce que \"les conditions sanitaires soient réunies\".",
        Lang::Fr,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Quote, Some("Le préfet"))
    );
    let (label, source) = one(
        "Mrs. Clinton introduced him as \"a fighter for families\" and a friend.",
        Lang::En,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Quote, Some("Mrs. Clinton"))
    );
}

#[test]
fn a_title_in_quotation_marks_quotes_no_one() {
    let r = one(
        "La comédienne joue dans « Le Père Noël est une ordure » depuis des années.",
        Lang::Fr,
    );
    assert_eq!(r.0, Label::Unsourced);
    let r = one(
        "The actress has starred in \"The Day After Tomorrow\" since last year.",
        Lang::En,
    );
    assert_eq!(r.0, Label::Unsourced);
}

#[test]
fn the_clause_before_a_colon_speaks_the_quotation() {
    let (label, source) = one(
        "Même Michel Sapin n'y croit plus : « François n'est plus l'homme de la situation ».",
        Lang::Fr,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Quote, Some("Même Michel Sapin"))
    );
    let (label, source) = one(
        "Governor Jean Roy did not hold back: \"This plan is a disaster for the state.\"",
        Lang::En,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Quote, Some("Governor Jean Roy"))
    );
}

#[test]
fn an_indefinite_apposition_stands_for_the_name_before_it() {
    let (label, source) = one(
        "Marley Anderson, 21, a junior from Las Vegas, said that the vote was close.",
        Lang::En,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Attributed, Some("Marley Anderson"))
    );
    let (label, source) = one(
        "Jean Roy, 49 ans, un habitant du quartier, a raconté que le feu a pris vite.",
        Lang::Fr,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Attributed, Some("Jean Roy"))
    );
}

#[test]
fn a_progressive_is_no_passive_and_a_possessive_no_subject() {
    let (label, source) = one("The mayor is saying that the plan works.", Lang::En);
    assert_eq!(
        (label, source.as_deref()),
        (Label::Attributed, Some("The mayor"))
    );
    let r = analyze(
        "Editor's note: the story was updated with new figures.",
        &Options {
            lang: Some(Lang::En),
            ..Options::default()
        },
    );
    assert!(
        r.flags.iter().all(|f| f.label == Label::Unsourced),
        "{:?}",
        r.flags
    );
}

/// A source is what a reader would call it: never a fragment that ends on
/// "de", "d'", "mais" or "of", nor a subject made of such words alone.
#[test]
fn a_source_is_never_a_fragment() {
    let src = |text, lang| one(text, lang).1;
    assert_eq!(
        src(
            "Le chef de l'État a suggéré une piste, arguant qu'elle était sûre.",
            Lang::Fr
        )
        .as_deref(),
        Some("Le chef de l'État")
    );
    assert_eq!(
        src(
            "Ces lanceurs d'alerte affirment que la loi les expose.",
            Lang::Fr
        )
        .as_deref(),
        Some("Ces lanceurs d'alerte")
    );
    assert_eq!(
        src(
            "Le maire vient d'annoncer que la route sera fermée.",
            Lang::Fr
        )
        .as_deref(),
        Some("Le maire")
    );
    // A narrative infinitive speaks with the voice of the sentence before.
    let text =
        "« Nous partirons », a déclaré Anne Roy. Et d'ironiser : « On a cherché sans trouver. »";
    let r = analyze(text, &Options::default());
    let last = r.flags.last().expect("flags");
    assert_eq!(
        (last.label, last.source.as_deref()),
        (Label::Quote, Some("Anne Roy")),
        "{:?}",
        r.flags
    );
    // "C'est le cas de…" names no speaker of the words quoted after it.
    let (label, source) = one(
        "C'est le cas de la spiruline, \"préconisée pour ses vertus détoxifiantes\".",
        Lang::Fr,
    );
    assert_eq!((label, source), (Label::Vague, None));
    assert_eq!(
        src(
            "The mayor has just announced that the road will close.",
            Lang::En
        )
        .as_deref(),
        Some("The mayor")
    );
}

/// A publication named in quotation marks after a frame is the source, not
/// a quotation: « Le Parisien », “The Times”.
#[test]
fn a_title_in_quotation_marks_after_a_frame_is_the_source() {
    for (text, lang, name) in [
        (
            "Selon « Le Parisien », le maire partira en mars.",
            Lang::Fr,
            "Le Parisien",
        ),
        (
            "Le maire partira en mars, d'après \"Le Figaro\".",
            Lang::Fr,
            "Le Figaro",
        ),
        (
            "According to “The Times”, the mayor will leave.",
            Lang::En,
            "The Times",
        ),
        (
            "The mayor will leave in March, according to the \"Financial Times\".",
            Lang::En,
            "Financial Times",
        ),
    ] {
        let (label, source) = one(text, lang);
        assert_eq!(
            (label, source.as_deref()),
            (Label::Attributed, Some(name)),
            "{text}"
        );
    }
    // Lower case in the marks is the source's phrase quoted, not a title:
    // as vague as without the marks.
    let (label, source) = one("Selon « des sources proches », le maire partira.", Lang::Fr);
    assert_eq!(
        (label, source.as_deref()),
        (Label::Vague, Some("des sources proches"))
    );
    let (label, _) = one(
        "According to \"people familiar\", the mayor will go.",
        Lang::En,
    );
    assert_eq!(label, Label::Vague);
}

/// "selon lesquelles", "according to which": the source is the noun the
/// relative pronoun stands for, never the clause after it.
#[test]
fn a_frame_before_a_relative_pronoun_names_its_antecedent() {
    let (label, source) = one(
        "Le rapport de l'ONU selon lequel la famine menace a été publié.",
        Lang::Fr,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Attributed, Some("l'ONU"))
    );
    let (label, source) = one(
        "Rumours circulated according to which the mayor would resign.",
        Lang::En,
    );
    assert_eq!((label, source), (Label::Vague, None));
    let (label, source) = one(
        "The report according to which the mayor would resign was denied.",
        Lang::En,
    );
    assert_eq!(
        (label, source.as_deref()),
        (Label::Attributed, Some("The report"))
    );
    // "raison pour laquelle" gives a reason, not a source.
    let r = analyze(
        "La route est fermée, raison pour laquelle des rondes sont organisées.",
        &Options {
            lang: Some(Lang::Fr),
            ..Options::default()
        },
    );
    assert!(
        r.flags.iter().all(|f| f.label == Label::Unsourced),
        "{:?}",
        r.flags
    );
}
