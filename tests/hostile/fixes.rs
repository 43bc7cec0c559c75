//! What the families found, one short French and English text per fix:
//! each test failed before its fix.

use claimlens::{Analysis, Label, Lang};

use crate::{sentence, well_formed};

fn run(text: &str) -> Analysis {
    well_formed(text)
}

/// (label, sentence, source) of each flag.
fn rows(text: &str) -> Vec<(Label, String, Option<String>)> {
    let a = run(text);
    a.flags
        .iter()
        .map(|f| (f.label, sentence(text, f).to_string(), f.source.clone()))
        .collect()
}

fn row(label: Label, s: &str, source: Option<&str>) -> (Label, String, Option<String>) {
    (label, s.to_string(), source.map(String::from))
}

#[test]
fn quotations_after_one_that_never_closes_still_count() {
    // The stray mark used to switch quotation tracking off for the whole line.
    let fr = "« Ils n'ont rien compris, soupire la gérante Léa Morin. « Nous rouvrirons lundi », a déclaré le maire Paul Roche.";
    let got = rows(fr);
    assert_eq!(
        got[1],
        row(
            Label::Quote,
            &fr[fr.find("« Nous").unwrap()..],
            Some("le maire Paul Roche")
        )
    );
    let a = run(fr);
    let q = a.flags[1].quote.expect("the second quotation");
    assert_eq!(&fr[q.start..q.end], "« Nous rouvrirons lundi »");
    let en = "\"They never listened, the owner Lea Morin sighs. \"We will reopen on Monday,\" said Mayor Paul Roche.";
    let got = rows(en);
    assert_eq!(
        got.last().unwrap(),
        &row(
            Label::Quote,
            &en[en.find("\"We").unwrap()..],
            Some("Mayor Paul Roche")
        )
    );
}

#[test]
fn invisible_characters_neither_glue_sentences_nor_part_a_quote_from_its_verb() {
    let fr = "« Nous tiendrons »,\0 a déclaré la maire Anne Roy.\u{1b}[0m\u{7} Le budget a augmenté de 12 %.";
    assert_eq!(
        rows(fr),
        [
            row(
                Label::Quote,
                "« Nous tiendrons »,\0 a déclaré la maire Anne Roy.",
                Some("la maire Anne Roy")
            ),
            row(
                Label::Unsourced,
                "[0m\u{7} Le budget a augmenté de 12 %.",
                None
            ),
        ]
    );
    // A byte-order mark or a direction mark before an opening straight quote.
    for mark in ["\u{feff}", "\u{200e}", "\u{7}"] {
        let en = format!("{mark}\"We will hold,\" said Mayor Anne Roy.");
        let got = rows(&en);
        assert_eq!(got.len(), 1, "{en:?}");
        assert_eq!(
            (got[0].0, got[0].2.as_deref()),
            (Label::Quote, Some("Mayor Anne Roy")),
            "{en:?}"
        );
        assert!(
            got[0].1.starts_with('"'),
            "the flag starts at the quotation: {:?}",
            got[0].1
        );
    }
}

#[test]
fn accents_written_as_combining_marks_are_read() {
    let fr = "Le ministre a de\u{301}clare\u{301} que le pont rouvrira. D'apre\u{300}s l'Insee, le cho\u{302}mage a recule\u{301}. \
              « Rien n'est joue\u{301} », a affirme\u{301} la pre\u{301}sidente E\u{301}lise Fabre.";
    let got = rows(fr);
    let labels: Vec<(Label, Option<&str>)> = got.iter().map(|r| (r.0, r.2.as_deref())).collect();
    assert_eq!(
        labels,
        [
            (Label::Attributed, Some("Le ministre")),
            (Label::Attributed, Some("l'Insee")),
            (
                Label::Quote,
                Some("la pre\u{301}sidente E\u{301}lise Fabre")
            ),
        ]
    );
    // NFC and NFD mixed in one word, and a decomposed "été" in a passive.
    let a = run("Le maire a déclare\u{301} que la route rouvrira.");
    assert_eq!(a.flags[0].label, Label::Attributed);
    let a = run("Il a e\u{301}te\u{301} annonce\u{301} que la route rouvrira.");
    assert_eq!(a.flags[0].label, Label::Vague, "a passive names no one");
    // A name keeps its accents: it is not cut at the mark.
    let en = "\"We are ready,\" said the cafe\u{301} owner, Jose\u{301} Nun\u{303}ez.";
    let got = rows(en);
    assert_eq!(got[0].0, Label::Quote);
    assert!(
        got[0]
            .2
            .as_deref()
            .is_some_and(|s| s.ends_with("Jose\u{301} Nun\u{303}ez")),
        "{got:?}"
    );
}

#[test]
fn sentences_without_a_latin_letter_are_not_claims() {
    // Digits only, Arabic, Hebrew: nothing the analyser can weigh.
    let fr = "Le maire a démissionné hier. 1234 5678 90. ١٢٣ ٤٥٦ ٧٨٩. قال الوزير إن الطريق مغلق. 12 % [3].";
    let got = rows(fr);
    assert_eq!(
        got,
        [row(Label::Unsourced, "Le maire a démissionné hier.", None)]
    );
    let en = "The mayor resigned yesterday. 2023 – 4567 / 89. שלום עולם, אמר הנציג. 12% [3].";
    assert_eq!(
        rows(en),
        [row(Label::Unsourced, "The mayor resigned yesterday.", None)]
    );
}

#[test]
fn a_sentence_in_a_script_without_capitals_starts_a_new_sentence() {
    let fr = "« Nous resterons », a déclaré Anne Roy. قال الوزير إن الطريق مغلق. Selon l'agence, 40 familles sont parties.";
    let a = run(fr);
    assert_eq!(a.sentences, 3);
    assert_eq!(
        sentence(fr, &a.flags[0]),
        "« Nous resterons », a déclaré Anne Roy."
    );
    let en = "\"We will stay,\" said Anne Roy. \u{202b}שלום עולם\u{202c}. Experts say the road will close.";
    let a = run(en);
    assert_eq!((a.language, a.sentences), (Lang::En, 3));
    assert_eq!(
        sentence(en, &a.flags[0]),
        "\"We will stay,\" said Anne Roy."
    );
    assert_eq!(a.flags[1].label, Label::Vague);
}

#[test]
fn a_dialogue_incise_is_the_last_six_words_after_a_comma() {
    // Found once from the end now (it was counted again after every comma).
    for (text, quoted) in [
        (
            "— Nous partirons demain, au lever du jour, dit le vieux pêcheur de Sète.",
            "— Nous partirons demain, au lever du jour,",
        ),
        ("— Oui, dit-elle.", "— Oui,"),
        ("— We leave at dawn, she said.", "— We leave at dawn,"),
    ] {
        let a = run(text);
        let q = a
            .flags
            .first()
            .and_then(|f| f.quote)
            .unwrap_or_else(|| panic!("{text:?}: {a:?}"));
        assert_eq!(&text[q.start..q.end], quoted, "{text:?}");
    }
}
