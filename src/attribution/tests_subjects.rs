//! Whose subject a clause has: a fronted adjunct before it, a participle
//! that borrows the main clause's, a clause opened inside the phrase before
//! a verb, a gerund after an inverted subject; a body named before a
//! source noun ("White House officials", not "Malian officials").

use crate::{analyze, Label, Lang, Options};

fn flags(text: &str, lang: Lang) -> Vec<(Label, Option<String>)> {
    let options = Options {
        lang: Some(lang),
        ..Options::default()
    };
    let r = analyze(text, &options);
    r.flags
        .iter()
        .map(|f| (f.label, f.source.clone()))
        .collect()
}

fn last(text: &str, lang: Lang) -> (Label, Option<String>) {
    flags(text, lang).pop().expect("a flag")
}

fn by(label: Label, who: &str) -> (Label, Option<String>) {
    (label, Some(who.to_string()))
}

#[test]
fn a_fronted_adjunct_is_not_the_subject() {
    let t = "Confronté aux plaintes de dizaines, voire de centaines d'habitants, le maire a décidé de \"fermer la salle jusqu'à nouvel ordre\".";
    assert_eq!(last(t, Lang::Fr), by(Label::Quote, "le maire"));
    let t = "Faced with the complaints of dozens, the mayor has left the hall, saying that the plan was dead.";
    assert_eq!(last(t, Lang::En), by(Label::Attributed, "the mayor"));
    // An apposition between commas stays with the name before it.
    let t = "Pierre Roy, préfet du Loiret, estime qu'il s'agit d'un \"important cas groupé\".";
    assert_eq!(last(t, Lang::Fr), by(Label::Quote, "Pierre Roy"));
    let t = "Jean Roy, le candidat du parti avait surnommé sa rivale \"la bourgeoise du château de Montretout\".";
    assert_eq!(last(t, Lang::Fr), by(Label::Quote, "Jean Roy"));
}

#[test]
fn a_participle_borrows_its_subject_after_a_verb_naming_its_own() {
    let t = "La Chine est \"prête à coopérer\", a averti le ministre Paul Martin, déplorant le regain de tensions.";
    assert_eq!(
        last(t, Lang::Fr),
        by(Label::Quote, "le ministre Paul Martin")
    );
    let t =
        "The talks are \"close to collapse\", warned the minister Paul Martin, deploring the tensions.";
    assert_eq!(
        last(t, Lang::En),
        by(Label::Quote, "the minister Paul Martin")
    );
}

#[test]
fn a_subject_opens_after_if_or_whether() {
    let t = "The host followed up by asking if the governor believes that the plan will work.";
    assert_eq!(last(t, Lang::En), by(Label::Attributed, "the governor"));
    let t = "Le journaliste a poursuivi en demandant si le maire pense que le plan fonctionnera.";
    assert_eq!(last(t, Lang::Fr), by(Label::Attributed, "le maire"));
}

#[test]
fn a_gerund_ends_the_subject_after_a_verb() {
    let t =
        "\"Je ne peux pas l'admettre\", a répondu le ministre en évoquant des images choquantes.";
    assert_eq!(last(t, Lang::Fr), by(Label::Quote, "le ministre"));
    let t = "\"I cannot accept it,\" replied the minister while noting the images.";
    assert_eq!(last(t, Lang::En), by(Label::Quote, "the minister"));
}

#[test]
fn an_indefinite_after_a_named_adjunct_opens_the_subject() {
    let t = "\"Il pourrait s'agir d'un cambriolage\", a dit à l'AFP une source proche du dossier.";
    assert_eq!(
        last(t, Lang::Fr),
        by(Label::Vague, "une source proche du dossier")
    );
    let t = "\"It may have been a burglary,\" said to AFP a source close to the case.";
    assert_eq!(
        last(t, Lang::En),
        by(Label::Vague, "a source close to the case")
    );
}

#[test]
fn a_body_named_before_the_noun_identifies_it_an_adjective_of_nation_does_not() {
    for (t, label) in [
        (
            "Gas prices will rise, White House officials said.",
            Label::Attributed,
        ),
        (
            "Gas prices will rise, Pentagon officials said.",
            Label::Attributed,
        ),
        (
            "A senior Pentagon official said the talks had failed.",
            Label::Attributed,
        ),
        ("Gas prices will rise, Malian officials said.", Label::Vague),
        ("A Malian official said the talks had failed.", Label::Vague),
        ("Local officials said the talks had failed.", Label::Vague),
    ] {
        assert_eq!(last(t, Lang::En).0, label, "{t}");
    }
    // French writes the adjective in small letters: « des responsables maliens ».
    let t = "Les prix vont augmenter, selon des responsables maliens.";
    assert_eq!(last(t, Lang::Fr).0, Label::Vague);
}

#[test]
fn a_participle_opening_a_phrase_borrows_the_main_subject() {
    let t = "Le ministre a fait appel \"à la responsabilité et au civisme\" des Français pour la phase 2, en faisant valoir que \"nous devons rester prudents\".";
    assert_eq!(last(t, Lang::Fr), by(Label::Quote, "Le ministre"));
    let t = "The minister has appealed \"to the civic sense and the responsibility\" of the French for phase 2, pointing out that \"we must stay careful\".";
    assert_eq!(last(t, Lang::En), by(Label::Quote, "The minister"));
}

#[test]
fn a_subject_pronoun_just_before_the_verb_is_its_subject() {
    let t = "She had a good answer when she said, “I know that the bridge will hold.”";
    assert_eq!(last(t, Lang::En), by(Label::Quote, "she"));
    let t =
        "Le maire a publié une lettre dans laquelle il demande au ministre de \"revoir sa copie\".";
    assert_eq!(last(t, Lang::Fr).0, Label::Quote);
    // Not an object pronoun after its verb.
    let t = "The crowd heard him say that the plan was dead.";
    assert_ne!(last(t, Lang::En), by(Label::Attributed, "him"));
}
