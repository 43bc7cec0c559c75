//! People a text names in passing: "Alain Juppé a quitté la salle." names no
//! source, yet "l'édile" in a later quotation's tag stands for him. The text
//! before a sentence is read back for names only when a description finds
//! no source to stand for, and each byte at most once: most texts never ask.

use std::cell::RefCell;

use crate::attribution::Reader;
use crate::cues::Family;
use crate::tokens::tokenize;
use crate::types::Lang;

/// How far back (in bytes) a name may still be what a description stands for.
const WINDOW: usize = 3000;

#[derive(Default)]
pub struct Mentions {
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    /// The text is read up to here.
    read: usize,
    /// The last person named so far, and where the name ends.
    last: Option<(String, usize)>,
}

impl Mentions {
    /// The last person named before `upto`, within reach.
    pub fn person_before(&self, text: &str, upto: usize, lang: Lang) -> Option<String> {
        let mut st = self.state.borrow_mut();
        let mut from = st.read.max(upto.saturating_sub(WINDOW));
        while !text.is_char_boundary(from) {
            from += 1;
        }
        if from < upto {
            // (A window opening inside a word starts at the next one.)
            if from > st.read {
                from = text[from..upto]
                    .find(char::is_whitespace)
                    .map_or(upto, |i| from + i);
            }
            if let Some(found) = last_person(text, from, upto, lang) {
                st.last = Some(found);
            }
            st.read = upto;
        }
        st.last
            .as_ref()
            .filter(|(_, at)| upto - at <= WINDOW)
            .map(|(name, _)| name.clone())
    }
}

/// The last full name of a person in `text[from..upto]`: two capitalised
/// words that no list knows ("Alain Juppé"), with no article or
/// preposition before them ("le Front National", "du Huffington Post", "à
/// Paris Match" name bodies) and none after (three or more are a body's
/// name: "New York Times").
fn last_person(text: &str, from: usize, upto: usize, lang: Lang) -> Option<(String, usize)> {
    let toks = tokenize(text, from, upto, &[]);
    let reader = Reader::new(&toks, lang);
    let lex = crate::cues::lexicon();
    // A name's word: capitalised, in no list, not a cue ("Selon", "Mais").
    let named = |i: usize| {
        reader.proper(i)
            && reader.fam(i).is_empty()
            && lex.cue_word(toks[i].text, lang).is_empty()
            && toks[i].text.chars().any(char::is_lowercase)
    };
    let mut found = None;
    let mut i = 0;
    while i < toks.len() {
        // (A line break ends a name: a heading's last word is no first name.)
        let joined = |j: usize| j == i || joined_to_previous(text, &toks, j);
        let run = (i..toks.len())
            .take_while(|&j| named(j) && joined(j))
            .count();
        // ("a confié à Paris Match": a listener or a place, seldom the
        // person a later description stands for.)
        let before = i.checked_sub(1).map(|p| reader.fam(p)).unwrap_or_default();
        // ("GP Ice Race": the end of a longer name.)
        let attached = before.has(Family::Determiner)
            || before.has(Family::Preposition)
            || i > 0 && reader.proper(i - 1) && joined_to_previous(text, &toks, i);
        if run == 2 && !attached {
            let (a, b) = (&toks[i], &toks[i + 1]);
            found = Some((text[a.start..b.end].to_string(), b.end));
        }
        i += run.max(1);
    }
    found
}

/// No line break between token `i` and the one before it.
fn joined_to_previous(text: &str, toks: &[crate::tokens::Tok], i: usize) -> bool {
    !text[toks[i - 1].end..toks[i].start].contains('\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_person_named_before_a_sentence_within_reach() {
        let text = "Selon Le Parisien, la ville a voté. Alain Juppé a quitté la salle \
                    du Front National avec le New York Times au GP Ice Race. Il pleut.";
        let m = Mentions::default();
        let upto = text.find("Il pleut").unwrap();
        assert_eq!(
            m.person_before(text, upto, Lang::Fr).as_deref(),
            Some("Alain Juppé")
        );
        // Names a cue or a list word opens are no person ("Selon Le Parisien").
        let upto = text.find("Alain").unwrap();
        assert_eq!(
            Mentions::default().person_before(text, upto, Lang::Fr),
            None
        );
        // Out of reach, a name no longer counts.
        let far = format!("{}{}", text, " Le vent souffle.".repeat(WINDOW / 10));
        let m = Mentions::default();
        assert_eq!(m.person_before(&far, far.len(), Lang::Fr), None);
        // A window that opens inside a letter of two bytes starts after it.
        let accents = format!("{}{}", "é".repeat(WINDOW), " Fin.");
        let m = Mentions::default();
        for upto in [accents.len(), accents.len() - 1 - "Fin.".len()] {
            assert_eq!(m.person_before(&accents, upto, Lang::Fr), None);
        }
    }

    fn source_of_last(text: &str) -> (Option<String>, Option<String>) {
        let options = crate::Options {
            lang: Some(Lang::Fr),
            ..crate::Options::default()
        };
        let f = crate::analyze(text, &options).flags.pop().expect("a flag");
        (f.source, f.refers_to)
    }

    #[test]
    fn a_description_of_a_person_stands_for_a_name_said_in_passing() {
        let t = "Alain Juppé a quitté la salle du conseil. « C'est fini », a lancé l'édile.";
        assert_eq!(
            source_of_last(t),
            (
                Some("l'édile (Alain Juppé)".into()),
                Some("Alain Juppé".into())
            )
        );
        // Kinship is someone else's: the mother is not the man just named.
        let t = "Jean Roy est jugé depuis lundi. « Je veux la vérité », a dit la mère de l'enfant.";
        assert_eq!(source_of_last(t).1, None);
        // A guess is shown, never passed on to a description that is no person's.
        let t = "Alain Juppé a quitté la salle du conseil. « C'est fini », a lancé l'édile. \
                 « Rien n'est décidé », a répondu la présidence.";
        assert_eq!(source_of_last(t).1, None);
    }
}
