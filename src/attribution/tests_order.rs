//! Where the speaker stands: adverbs and adjuncts between a verb and its
//! subject, a tag inside the quotation it tags, a clause without "that".

use crate::{analyze, Label, Lang, Options};

fn flags(text: &str, lang: Lang) -> Vec<(Label, Option<String>)> {
    let r = analyze(
        text,
        &Options {
            lang: Some(lang),
            ..Options::default()
        },
    );
    r.flags
        .iter()
        .map(|f| (f.label, f.source.clone()))
        .collect()
}

fn one(text: &str, lang: Lang) -> (Label, Option<String>) {
    let f = flags(text, lang);
    assert_eq!(f.len(), 1, "{text}: {f:?}");
    f[0].clone()
}

fn quote_by(who: &str) -> (Label, Option<String>) {
    (Label::Quote, Some(who.to_string()))
}

#[test]
fn an_adverb_or_an_adjunct_may_stand_between_the_verb_and_its_subject() {
    let t = "« On est dans la petite méchanceté », a rétorqué sèchement l'édile.";
    assert_eq!(one(t, Lang::Fr), quote_by("l'édile"));
    let t = "« Le manque de vitamines est néfaste », écrit ainsi la rédaction.";
    assert_eq!(one(t, Lang::Fr), quote_by("la rédaction"));
    let t = "« C'est fini », estime de son côté François Rebsamen, maire de Dijon.";
    assert_eq!(one(t, Lang::Fr), quote_by("François Rebsamen"));
    let t = "« C'est fini », juge pour sa part la ministre.";
    assert_eq!(one(t, Lang::Fr), quote_by("la ministre"));
    // English puts the adverb after its subject: nothing to skip.
    let t = "\"It is over,\" the mayor said sharply.";
    assert_eq!(one(t, Lang::En), quote_by("the mayor"));
}

#[test]
fn a_tag_inside_its_quotation_names_the_speaker() {
    let t = "Jean Dupont a parlé longtemps. « La somme était trouvée, rappelle-t-il. \
             Nous avions les moyens. »";
    let f = flags(t, Lang::Fr);
    assert_eq!(f.last(), Some(&quote_by("Jean Dupont")), "{f:?}");
    // A verb after a comma inside a quotation without the pronoun is the
    // speaker's own words, not a tag.
    let t = "Le texte dit : « Les élus, disent les juges, ont tort. »";
    assert_ne!(one(t, Lang::Fr).1.as_deref(), Some("les juges"));
    // English closes the quotation before its tag.
    let t = "\"Prices rose,\" the senator said, \"and they will vote.\"";
    assert_eq!(one(t, Lang::En), quote_by("the senator"));
}

#[test]
fn a_clause_without_that_is_read_to_its_end() {
    // The modal or the form of "be" comes before the period, not before
    // a word or two more.
    assert_eq!(
        one("He claims his boss is OK with it.", Lang::En).0,
        Label::Attributed
    );
    assert_eq!(
        one("The senator argued the bill might pass.", Lang::En),
        (Label::Attributed, Some("The senator".to_string()))
    );
    // No verb in what follows: a noun phrase, no clause reported.
    assert_eq!(
        one("The senator claims a big win in Ohio.", Lang::En).0,
        Label::Unsourced
    );
}

#[test]
fn a_plain_word_before_a_full_name_belongs_to_it() {
    let t = "The bill is dead, former President Bill Clinton said.";
    assert_eq!(
        one(t, Lang::En),
        (
            Label::Attributed,
            Some("former President Bill Clinton".to_string())
        )
    );
    let t = "\"Elections are a choice,\" political scientist Chris Wlezien told reporters.";
    assert_eq!(
        one(t, Lang::En),
        quote_by("political scientist Chris Wlezien")
    );
    let t = "\"Cruz and Rubio are moving up,\" former presidential candidate Herman Cain said.";
    assert_eq!(
        one(t, Lang::En),
        quote_by("former presidential candidate Herman Cain")
    );
    let t = "\"I do not know where he stands,\" said undecided voter Stephanie Hooton.";
    assert_eq!(
        one(t, Lang::En),
        quote_by("undecided voter Stephanie Hooton")
    );
    // One capitalised word is no full name: a crowd stays a crowd.
    let t = "The plan will fail, top Democrats said.";
    assert_ne!(one(t, Lang::En).0, Label::Attributed);
}

#[test]
fn after_comme_an_article_before_the_verb_is_its_object() {
    let t = "Comme le révèle L'Express, le député a quitté le parti.";
    assert_eq!(
        one(t, Lang::Fr),
        (Label::Attributed, Some("L'Express".to_string()))
    );
    let t =
        "Le séisme a été ressenti à Lyon, comme le rapporte notamment en France le site de BFMTV.";
    assert_eq!(
        one(t, Lang::Fr),
        (Label::Attributed, Some("le site de BFMTV".to_string()))
    );
    // Without the trigger, an article before a verb form makes it a noun.
    let t = "Depuis l'annonce de la réforme, les syndicats ne décolèrent pas.";
    assert_ne!(one(t, Lang::Fr).0, Label::Attributed);
}

#[test]
fn a_name_may_open_with_a_number_or_follow_a_list_dash() {
    let t = "Les Français consomment trop de vitamines, selon 60 Millions de consommateurs.";
    assert_eq!(
        one(t, Lang::Fr),
        (
            Label::Attributed,
            Some("60 Millions de consommateurs".to_string())
        )
    );
    let t = "The market will fall, according to 20 Minutes.";
    assert_eq!(
        one(t, Lang::En),
        (Label::Attributed, Some("20 Minutes".to_string()))
    );
    let t = "- Le CERN a annoncé la découverte d'une nouvelle particule.";
    assert_eq!(
        one(t, Lang::Fr),
        (Label::Attributed, Some("Le CERN".to_string()))
    );
    let t = "- The CERN announced the discovery of a new particle.";
    assert_eq!(
        one(t, Lang::En),
        (Label::Attributed, Some("The CERN".to_string()))
    );
}

#[test]
fn a_conjunction_opening_the_sentence_is_no_part_of_its_subject() {
    let t = "Mais OpinionWay a livré un sondage plus sombre, avec deux salariés sur dix \"en détresse psychologique élevée\".";
    assert_eq!(one(t, Lang::Fr), quote_by("OpinionWay"));
    let t = "But Gallup released a grimmer poll, with two workers in ten \"in deep psychological distress\".";
    assert_eq!(one(t, Lang::En), quote_by("Gallup"));
}

#[test]
fn a_named_listener_may_stand_between_the_verb_and_its_infinitive() {
    let t = "Vendredi, l'aide-soignante avait confié à l'AFP se préparer pour les municipales.";
    assert_eq!(
        one(t, Lang::Fr),
        (Label::Attributed, Some("l'aide-soignante".to_string()))
    );
    let t = "Le ministre a assuré au Parisien vouloir rouvrir les écoles.";
    assert_eq!(one(t, Lang::Fr).0, Label::Attributed);
    // "dire au revoir" names no listener: no speech reported.
    let t = "Le maire a dit au revoir aux habitants du quartier.";
    assert_ne!(one(t, Lang::Fr).0, Label::Attributed);
}

#[test]
fn one_of_a_crowd_is_as_vague_as_the_crowd() {
    let t = "« C'est absolument dégoûtant », a écrit l'un d'entre eux.";
    assert_eq!(
        one(t, Lang::Fr),
        (Label::Vague, Some("l'un d'entre eux".to_string()))
    );
    let t = "L'une des victimes a affirmé que le bus roulait trop vite.";
    assert_eq!(one(t, Lang::Fr).0, Label::Vague);
    // One of a named body speaks for it.
    let t = "L'un des dirigeants du PS a affirmé que le bus roulait trop vite.";
    assert_eq!(one(t, Lang::Fr).0, Label::Attributed);
}

#[test]
fn a_party_tag_or_a_long_apposition_stands_between_a_name_and_its_verb() {
    let t = "Sen. Bernie Sanders (I-Vt.) said he will make his health records public.";
    assert_eq!(
        one(t, Lang::En),
        (Label::Attributed, Some("Sen. Bernie Sanders".to_string()))
    );
    let t = "Le député Jean Roy (LR) a affirmé que la loi passera.";
    assert_eq!(
        one(t, Lang::Fr),
        (Label::Attributed, Some("Le député Jean Roy".to_string()))
    );
    let t = "Bob Friedman, a talk show host and operations manager at the oldest radio station in \
             Alabama, said that he noticed the shift after Iowa.";
    assert_eq!(
        one(t, Lang::En),
        (Label::Attributed, Some("Bob Friedman".to_string()))
    );
}

#[test]
fn a_contracted_pronoun_or_an_object_pronoun_keeps_the_report() {
    let t = "Pate told Breitbart News he'd support Hillary Clinton in November.";
    assert_eq!(
        one(t, Lang::En),
        (Label::Attributed, Some("Pate".to_string()))
    );
    let t = "Murphy told me he’s had a relatively calm life.";
    assert_eq!(
        one(t, Lang::En),
        (Label::Attributed, Some("Murphy".to_string()))
    );
    let t = "Her husband would soon be coming home, the president told her.";
    assert_eq!(
        one(t, Lang::En),
        (Label::Attributed, Some("the president".to_string()))
    );
    // "the city's" is no pronoun: no clause follows the verb.
    let t = "The mayor told the city's residents a story.";
    assert_ne!(one(t, Lang::En).0, Label::Attributed);
}

#[test]
fn a_participle_opening_the_sentence_is_no_subject() {
    let t = "Disant assumer le caractère « impopulaire » de cette mesure, Mme Buzyn souligne que rien ne change.";
    assert_eq!(one(t, Lang::Fr), quote_by("Mme Buzyn"));
    let t = "Affirmant qu'il ne se trouvait pas là « en mission », M. Philippe a estimé qu'il avait menti.";
    assert_eq!(one(t, Lang::Fr), quote_by("M. Philippe"));
    let t = "Excédé, le maire a interrompu la séance, concluant par ces mots : « Vous l'avez dans l'os. »";
    assert_eq!(one(t, Lang::Fr), quote_by("le maire"));
    let t = "Speaking to reporters on Friday, the senator said the bill would pass.";
    assert_eq!(
        one(t, Lang::En),
        (Label::Attributed, Some("the senator".to_string()))
    );
    // A name ending like a participle, followed by its verb, is the subject;
    // a gerund followed by its own verb is a subject too.
    let t = "Schilling told WEEI that he had replied to the post.";
    assert_eq!(
        one(t, Lang::En),
        (Label::Attributed, Some("Schilling".to_string()))
    );
    let t = "Criticizing police tactics, many say, will alienate moderates.";
    assert_ne!(
        one(t, Lang::En).1.as_deref(),
        Some("Criticizing police tactics")
    );
}

#[test]
fn a_title_or_a_number_opens_an_inverted_subject() {
    let t = "« Des anciens avaient marché en rang », se rappelle avec plaisir M. Glagolev.";
    assert_eq!(one(t, Lang::Fr), quote_by("M. Glagolev"));
    let t = "« Les excédents nuisent au foie », précise 60 Millions de consommateurs.";
    assert_eq!(one(t, Lang::Fr), quote_by("60 Millions de consommateurs"));
    let t = "“The deal is done,” said Mr. Obama.";
    assert_eq!(one(t, Lang::En), quote_by("Mr. Obama"));
}

#[test]
fn a_verb_names_the_speaker_before_a_heading_s_topic() {
    let t = "Affaire Benalla : « Les faits sont choquants », estime Edouard Philippe";
    assert_eq!(one(t, Lang::Fr), quote_by("Edouard Philippe"));
    let t = "Trade war: “We will not back down,” says Wang Yi";
    assert_eq!(one(t, Lang::En), quote_by("Wang Yi"));
}

#[test]
fn a_tag_inside_a_quotation_may_have_an_adjunct() {
    let t = "« C'est une chanson d'amour, explique-t-il au micro de franceinfo. Ça parle de transmission. »";
    assert_eq!(one(t, Lang::Fr).0, Label::Quote);
    // A long run of words after the verb is the speaker's own sentence.
    let t = "« C'est une chanson, dit-il à qui veut l'entendre depuis des années et des années sans jamais se lasser. Ça parle de nous. »";
    assert_eq!(one(t, Lang::Fr).0, Label::Vague);
}

#[test]
fn a_document_is_a_source_by_itself() {
    let t = "Selon un communiqué, la marche aura lieu samedi à Paris.";
    assert_eq!(
        one(t, Lang::Fr),
        (Label::Attributed, Some("un communiqué".to_string()))
    );
    let t = "According to a report released on Monday, the plant will close.";
    assert_eq!(
        one(t, Lang::En),
        (
            Label::Attributed,
            Some("a report released on Monday".to_string())
        )
    );
    // Not a crowd of them, nor a source that is no document.
    let t = "Selon des experts, la marche aura lieu samedi à Paris.";
    assert_eq!(one(t, Lang::Fr).0, Label::Vague);
}

#[test]
fn an_adjunct_between_commas_is_not_the_subject() {
    let t = "Certains, dans sa majorité, avaient alors dénoncé un revirement.";
    assert_eq!(
        one(t, Lang::Fr),
        (Label::Vague, Some("Certains".to_string()))
    );
    let t = "The mayor, in a statement, said that the plan had failed.";
    assert_eq!(
        one(t, Lang::En),
        (Label::Attributed, Some("The mayor".to_string()))
    );
}

#[test]
fn an_adverbial_of_several_words_stands_inside_a_verb_chain() {
    for t in [
        "Le maire a par ailleurs indiqué que la route rouvrira lundi.",
        "Le maire a de son côté estimé que la route rouvrira lundi.",
    ] {
        assert_eq!(
            one(t, Lang::Fr),
            (Label::Attributed, Some("Le maire".to_string())),
            "{t}"
        );
    }
    let t = "« La route rouvrira lundi », a d’abord expliqué le maire Jean Roy.";
    assert_eq!(one(t, Lang::Fr), quote_by("le maire Jean Roy"));
    let t = "The mayor in turn said that the road would reopen on Monday.";
    assert_eq!(
        one(t, Lang::En),
        (Label::Attributed, Some("The mayor".to_string()))
    );
}

#[test]
fn an_english_headline_names_its_speaker_before_its_colon() {
    let t = "Jean Roy: Council Vote Was ‘A Disgrace to the City.’";
    assert_eq!(one(t, Lang::En), quote_by("Jean Roy"));
    // Not a phrase with an article, nor past the sixth word.
    let t = "The Latest: the council vote was ‘a disgrace to the city.’";
    assert_ne!(one(t, Lang::En), quote_by("The Latest"));
    // A French headline opens on its topic: the clause after the colon speaks.
    let t = "Paris : la mairie a voté un budget « très décevant pour les habitants du quartier ».";
    assert_eq!(one(t, Lang::Fr), quote_by("la mairie"));
}
