//! Segmentation of news text, French and English.

use super::*;

fn texts(t: &str) -> Vec<&str> {
    split(t).iter().map(|s| &t[s.start..s.end]).collect()
}

#[test]
fn quotation_spanning_sentence_ends_stays_one_sentence() {
    let t = "« Nous avons gagné. Le pays respire », affirme Jeanne Roy. Puis elle part.";
    assert_eq!(
        texts(t),
        [
            "« Nous avons gagné. Le pays respire », affirme Jeanne Roy.",
            "Puis elle part."
        ]
    );
    let t = "“We won. The town can breathe,” said Jean Roy. Then he left.";
    assert_eq!(
        texts(t),
        [
            "“We won. The town can breathe,” said Jean Roy.",
            "Then he left."
        ]
    );
}

#[test]
fn quotation_ending_a_sentence_closes_it() {
    let t = "Il a dit : « C'est fini. » Le ministre est parti.";
    assert_eq!(
        texts(t),
        ["Il a dit : « C'est fini. »", "Le ministre est parti."]
    );
    let t = "He said: \"It is over.\" The minister left.";
    assert_eq!(texts(t), ["He said: \"It is over.\"", "The minister left."]);
}

#[test]
fn abbreviations_initials_decimals_do_not_cut() {
    let t = "M. Dupont et Mme Durand ont vu le Dr. Martin. La croissance a atteint 3.5 %.";
    assert_eq!(
        texts(t),
        [
            "M. Dupont et Mme Durand ont vu le Dr. Martin.",
            "La croissance a atteint 3.5 %."
        ]
    );
    let t = "The U.S. Army and J. K. Rowling met Mr. Smith. It rained.";
    assert_eq!(
        texts(t),
        [
            "The U.S. Army and J. K. Rowling met Mr. Smith.",
            "It rained."
        ]
    );
}

#[test]
fn lines_are_sentences_and_list_numbers_stay() {
    let t =
        "Un titre sans point\nPar Jeanne Roy\n1. Premier point ici\nLe texte suit. Il continue.";
    assert_eq!(
        texts(t),
        [
            "Un titre sans point",
            "Par Jeanne Roy",
            "1. Premier point ici",
            "Le texte suit.",
            "Il continue."
        ]
    );
    let s = split(t);
    assert!(s[0].whole_line && s[1].whole_line && !s[3].whole_line);
    assert_eq!((s[0].para, s[3].para, s[4].para), (0, 3, 3));
}

#[test]
fn ellipsis_and_questions() {
    let t = "Il hésite… puis signe. Pourquoi ? Personne ne sait.";
    assert_eq!(
        texts(t),
        ["Il hésite… puis signe.", "Pourquoi ?", "Personne ne sait."]
    );
}

#[test]
fn unclosed_quotation_does_not_swallow_the_line() {
    let t = "Il a dit « jamais. Le reste suit. Encore une phrase.";
    assert_eq!(texts(t).len(), 3);
    assert!(split(t).iter().all(|s| s.quotes.is_empty()));
}

#[test]
fn quotes_are_recorded_with_their_marks() {
    let t = "Paris observe “avec inquiétude” la situation. « Oui », dit-il.";
    let s = split(t);
    assert_eq!(&t[s[0].quotes[0].0..s[0].quotes[0].1], "“avec inquiétude”");
    assert_eq!(&t[s[1].quotes[0].0..s[1].quotes[0].1], "« Oui »");
}

#[test]
fn dash_dialogue_is_a_quotation_before_its_incise() {
    let t = "— Nous partirons demain, dit-il.\n— Oui.";
    let s = split(t);
    assert_eq!(
        &t[s[0].quotes[0].0..s[0].quotes[0].1],
        "— Nous partirons demain,"
    );
    assert_eq!(&t[s[1].quotes[0].0..s[1].quotes[0].1], "— Oui.");
    let t = "Le débat — long — a duré.";
    assert!(split(t)[0].quotes.is_empty());
}

#[test]
fn apostrophes_are_not_quotes() {
    let t = "L’armée l’a dit. It’s the teachers’ view. ‘Yes,’ she said.";
    let s = split(t);
    assert_eq!(s.len(), 3);
    assert!(s[0].quotes.is_empty() && s[1].quotes.is_empty());
    assert_eq!(&t[s[2].quotes[0].0..s[2].quotes[0].1], "‘Yes,’");
}

#[test]
fn straight_quotes_with_inner_spaces_open_and_close_by_parity() {
    // French typography puts spaces inside straight marks too.
    let t = "\" Je suis aux anges ! \", a confié Jean Roy. \" Nous partons \", dit-il.";
    let s = split(t);
    assert_eq!(s.len(), 2, "{:?}", texts(t));
    assert_eq!(
        &t[s[0].quotes[0].0..s[0].quotes[0].1],
        "\" Je suis aux anges ! \""
    );
    assert_eq!(&t[s[1].quotes[0].0..s[1].quotes[0].1], "\" Nous partons \"");
    let t = "\" We are leaving \", he said. \" Not yet \", she replied.";
    let s = split(t);
    assert_eq!(s.len(), 2, "{:?}", texts(t));
    assert_eq!(&t[s[1].quotes[0].0..s[1].quotes[0].1], "\" Not yet \"");
}

#[test]
fn two_apostrophes_are_one_quotation_mark() {
    let t = "''I hope so,'' Mrs. Clinton said. ''It's late,'' he added. It's ''odd'' here.";
    let s = split(t);
    assert_eq!(
        texts(t),
        [
            "''I hope so,'' Mrs. Clinton said.",
            "''It's late,'' he added.",
            "It's ''odd'' here."
        ]
    );
    assert_eq!(&t[s[1].quotes[0].0..s[1].quotes[0].1], "''It's late,''");
    assert_eq!(&t[s[2].quotes[0].0..s[2].quotes[0].1], "''odd''");
    // A French text with two apostrophes: the same marks.
    let t = "''Nous partons'', a déclaré Anne Roy.";
    assert_eq!(split(t)[0].quotes, vec![(0, "''Nous partons''".len())]);
}

#[test]
fn glued_sentence_ends_and_headings_are_cut() {
    let t = "Des conséquences sur l'emploiLe groupe alerte sur les pertes. Il l'a dit sur RTL.En parallèle, rien.";
    assert_eq!(
        texts(t),
        [
            "Des conséquences sur l'emploi",
            "Le groupe alerte sur les pertes.",
            "Il l'a dit sur RTL.",
            "En parallèle, rien."
        ]
    );
    assert!(split(t)[0].whole_line, "a glued heading reads as a heading");
    let t = "Job losses aheadThe group warned of losses. He told CNN.Then he left.";
    assert_eq!(
        texts(t),
        [
            "Job losses ahead",
            "The group warned of losses.",
            "He told CNN.",
            "Then he left."
        ]
    );
    // A quoted heading glued to its paragraph, in straight marks too; not a
    // quotation closed on its tag's comma ("…,"Katie Roy said").
    let t = "\"Nous n'en sommes qu'au début\"Le ministre a parlé mardi.";
    assert_eq!(
        texts(t),
        [
            "\"Nous n'en sommes qu'au début\"",
            "Le ministre a parlé mardi."
        ]
    );
    assert!(
        split(t)[0].whole_line,
        "a glued quoted heading reads as a heading"
    );
    let t = "\"We will hold,\"Katie Roy said on Monday.";
    assert_eq!(texts(t).len(), 1);
    // Names written in camel case, domains and initials stay whole.
    let t = "Un PowerPoint sur iPhone chez McCain, lu sur Bamada.net par J.F.Kennedy.";
    assert_eq!(texts(t).len(), 1);
}

#[test]
fn a_double_mark_of_the_other_style_closes_a_quotation() {
    let quoted = |t: &str| -> Vec<String> {
        split(t)
            .iter()
            .flat_map(|s| s.quotes.iter().map(|&(a, b)| t[a..b].to_string()))
            .collect()
    };
    // Pages that mix typography: “…," and "…”.
    let t = "“Our roads are crumbling,\" she said. \"I prefer Kasich,” he said.";
    assert_eq!(
        quoted(t),
        ["“Our roads are crumbling,\"", "\"I prefer Kasich,”"]
    );
    let t = "« Nous irons jusqu'au bout \", a dit la maire.";
    assert_eq!(quoted(t), ["« Nous irons jusqu'au bout \""]);
    // A straight pair inside guillemets stays nested: its opening mark,
    // before a word, closes nothing.
    let t = "« Il a parlé de \"trahison\" hier », dit-elle.";
    assert_eq!(
        quoted(t),
        ["« Il a parlé de \"trahison\" hier »", "\"trahison\""]
    );
}

#[test]
fn a_wire_intertitle_glued_between_two_paragraphs_stands_alone() {
    // Scraped wire copy loses the intertitle's line breaks.
    let t = "Les vols ont été annulés.- Moscou, épicentre de la maladie -La semaine dernière, \
             le chef de Roskosmos a parlé.";
    assert_eq!(
        texts(t),
        [
            "Les vols ont été annulés.",
            "- Moscou, épicentre de la maladie -",
            "La semaine dernière, le chef de Roskosmos a parlé."
        ]
    );
    let headings: Vec<bool> = split(t).iter().map(|s| s.whole_line).collect();
    assert_eq!(headings, [false, true, false]);
    // A dash inside a sentence is no intertitle: "- A -B" needs the opening
    // dash at the sentence's start.
    let t = "Le score était de 2 - 1 -Paris menait.";
    assert_eq!(texts(t), ["Le score était de 2 - 1 -Paris menait."]);
}
