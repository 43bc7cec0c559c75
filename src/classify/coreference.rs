//! Who a bare description stands for: "la maire", "le magazine", "the
//! senator" name no one by themselves, but an article uses them for someone
//! it has named with that noun ("Anne Hidalgo, maire de Paris", "le magazine
//! Closer"). The text before the sentence (a bounded window, so a long text
//! stays linear) is searched for the latest name written next to the noun.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use crate::attribution::Reader;
use crate::cues::{Families, Family};
use crate::tokens::{tokenize, Kind, Tok};
use crate::types::Lang;

/// How far back a description's name is looked for, in bytes.
const WINDOW: usize = 2500;
/// How many words of a complement may stand between the noun and the name.
const NEAR: usize = 5;
/// How much text around a written noun is read for its apposition, in bytes.
const AROUND: usize = 100;
/// How many of the latest places a noun is written are read.
const PLACES: usize = 3;

/// The content words of a bare description ("la maire" → maire; "l'ancien
/// président" → ancien, président): a definite determiner, then one to three
/// words, none a name, no complement. `None` for anything else.
fn bare_nouns(description: &str, lang: Lang) -> Option<Vec<String>> {
    let toks = tokenize(description, 0, description.len(), &[]);
    let reader = Reader::new(&toks, lang);
    let definite = definite_singular(&reader, &toks);
    let plain = |i: usize| {
        let f = reader.fam(i);
        toks[i].is_word()
            && !reader.proper(i)
            && !f.has(Family::Determiner)
            && !f.has(Family::Indefinite)
            && !f.has(Family::Function)
            && !f.has(Family::Preposition)
    };
    let bare = definite && (2..=4).contains(&toks.len()) && (1..toks.len()).all(plain);
    bare.then(|| toks[1..].iter().map(|t| t.lower().into_owned()).collect())
}

/// Whether the phrase opens with a definite singular determiner ("la",
/// "l'", "the"): "les autorités" are a body, not someone named before.
pub fn definite_singular(reader: &Reader, toks: &[Tok]) -> bool {
    let f = reader.fam(0);
    toks.first().is_some_and(Tok::is_word)
        && f.has(Family::Determiner)
        && !f.has(Family::Indefinite)
        && !f.has(Family::PluralDeterminer)
}

/// The full name a title and surname stand for ("Mme Pénicaud" → "Muriel
/// Pénicaud", "Mr. Obama" → "Barack Obama"): the latest place in the window
/// before `at` where a first name precedes the surname.
pub fn full_name(text: &str, at: usize, source: &str, lang: Lang) -> Option<String> {
    let first = source.split_whitespace().next().unwrap_or("");
    if !crate::grammar::is_abbreviation(first.trim_end_matches('.')) {
        return None;
    }
    let toks = tokenize(source, 0, source.len(), &[]);
    let reader = Reader::new(&toks, lang);
    // ("Mme Pénicaud" has no period.)
    let name = 1 + usize::from(reader.punct(1, '.'));
    // (The title was checked above, on the first word.)
    let titled = toks.len() > name && (name..toks.len()).all(|i| reader.proper(i));
    if !titled {
        return None;
    }
    let surname = &source[toks[name].start..];
    let lo = floor_boundary(text, at.saturating_sub(WINDOW));
    let window = &text[lo..at];
    window.rmatch_indices(surname).find_map(|(i, _)| {
        // The word before, separated by one space: a first name, no title.
        let before = window[..i].strip_suffix(' ')?;
        let start = before
            .rfind(|c: char| !(c.is_alphabetic() || c == '-'))
            .map_or(0, |j| {
                j + before[j..].chars().next().map_or(1, char::len_utf8)
            });
        let given = &before[start..];
        let capital = given.chars().next().is_some_and(char::is_uppercase)
            && given.chars().skip(1).any(char::is_lowercase);
        let ends = window[i + surname.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        (capital && ends && !crate::grammar::is_abbreviation(given))
            .then(|| format!("{given} {surname}"))
    })
}

/// The families of the first word of `source` ("la", "l'", "un", "the"):
/// articles are short, so a longer first word (most sources are names) is
/// let go without a lookup.
pub fn first_word(source: &str, lang: Lang) -> Families {
    let first = source.split_whitespace().next().unwrap_or("");
    // ("l'édile": the elided article.)
    let first = match first.char_indices().find(|&(_, c)| c == '\'' || c == '’') {
        Some((i, c)) => &first[..i + c.len_utf8()],
        None => first,
    };
    if first.is_empty() || first.len() > 8 {
        return Families::default();
    }
    let lexicon = crate::cues::lexicon();
    // ASCII (nearly every article) is folded on the stack.
    if first.is_ascii() {
        let mut buf = [0u8; 8];
        let lower = &mut buf[..first.len()];
        lower.copy_from_slice(first.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower)
            .map_or_else(|_| Families::default(), |w| lexicon.word(w, lang));
    }
    let lower = crate::tokens::lower(first);
    lexicon.word(&lower.replace('’', "'"), lang)
}

/// Whether `source` opens with a determiner ("la maire", "l'édile", "the
/// senator").
pub fn opens_with_article(source: &str, lang: Lang) -> bool {
    first_word(source, lang).has(Family::Determiner)
}

/// What a description was found to stand for the last time it was
/// resolved, and where: a text that names no one anew since then gives the
/// same answer without being read again.
struct Seen {
    at: usize,
    found: Option<(usize, String)>,
}

/// The descriptions resolved so far in one analysis.
#[derive(Default)]
pub struct Memo(RefCell<FxHashMap<String, Seen>>);

/// The latest `most` places the head noun (the description's last word) is
/// written in `text[from..to]`, lower case or capitalised, latest first. One
/// backward scan for the noun without its first letter, that letter checked
/// before each hit: a repeated noun costs a few hundred bytes, not the window.
fn places(text: &str, from: usize, to: usize, head: &str, most: usize) -> Vec<usize> {
    let mut chars = head.chars();
    let Some(first) = chars.next() else {
        return Vec::new();
    };
    let tail = chars.as_str();
    let window = &text[from..to];
    window
        .rmatch_indices(tail)
        .filter_map(|(i, _)| {
            let c = window[..i].chars().next_back()?;
            let starts = c == first || c.to_lowercase().eq(std::iter::once(first));
            starts.then(|| from + i - c.len_utf8())
        })
        .take(most)
        .collect()
}

/// The name written closest before `at` next to the description's noun:
/// "la maire de Paris Anne Hidalgo", "Anne Hidalgo, maire de Paris".
pub fn resolve(
    text: &str,
    at: usize,
    description: &str,
    lang: Lang,
    memo: &Memo,
) -> Option<String> {
    let nouns = bare_nouns(description, lang)?;
    let head = nouns.last()?.as_str();
    let lo = floor_boundary(text, at.saturating_sub(WINDOW));
    let key = crate::tokens::lower(description).into_owned();
    let mut memo = memo.0.borrow_mut();
    // Asked before: only the places written since are read (latest first);
    // if none names anyone, the earlier answer stands while in the window.
    let earlier = memo.get(&key).filter(|s| s.at >= lo && s.at <= at);
    let from = earlier.map_or(lo, |s| s.at);
    // The latest few places: a name written long before with the noun is not
    // the one it stands for now (and each place read costs a few hundred bytes).
    let fresh = places(text, from, at, head, PLACES)
        .into_iter()
        .find_map(|place| apposition_at(text, lo, at, place, &nouns, lang).map(|n| (place, n)));
    let found = fresh.or_else(|| {
        earlier
            .and_then(|s| s.found.clone())
            .filter(|(place, _)| *place >= lo)
    });
    let name = found.as_ref().map(|f| f.1.clone());
    memo.insert(key, Seen { at, found });
    name
}

/// The name in apposition to the noun written at byte `place` (read in a
/// few hundred bytes around it, within `lo..at`).
fn apposition_at(
    text: &str,
    lo: usize,
    at: usize,
    place: usize,
    nouns: &[String],
    lang: Lang,
) -> Option<String> {
    let from = floor_boundary(text, place.saturating_sub(AROUND).max(lo));
    let to = floor_boundary(text, (place + AROUND).min(at));
    // An apposition is written in one paragraph: "l'expert\nAccueil" is a
    // noun at a line's end and the next line's first word.
    let from = text[from..place].rfind('\n').map_or(from, |i| from + i + 1);
    let to = text[place..to].find('\n').map_or(to, |i| place + i);
    let toks = tokenize(text, from, to, &[]);
    let reader = Reader::new(&toks, lang);
    let j = toks.iter().position(|t| t.start == place && t.is_word())?;
    if !nouns.iter().any(|n| *n == toks[j].lower()) {
        return None; // a word that only starts like the noun
    }
    let ends = |i: usize| matches!(toks[i].kind, Kind::Punct('.' | '!' | '?' | ':' | ';'));
    // Every word of the description is there ("l'ancien président", not
    // "Transport Correspondent" for "the regional transport authority").
    let around = j.saturating_sub(3)..toks.len().min(j + 4);
    let all = nouns.iter().all(|n| {
        around
            .clone()
            .any(|i| toks[i].is_word() && toks[i].lower() == *n)
    });
    if !all {
        return None;
    }
    // In apposition: "la plateforme Doctolib", "le ministre de la Santé
    // Olivier Véran" (a complement between), "Anne Hidalgo, la maire".
    let after = if reader.proper(j + 1) {
        Some(j + 1)
    } else {
        (j + 1..toks.len().min(j + 1 + NEAR))
            .take_while(|&i| !ends(i) && !reader.punct(i, ','))
            .find(|&i| reader.proper(i) && reader.proper(i + 1))
            .map(|i| i + 1)
    };
    let comma = (j.saturating_sub(2)..j)
        .rev()
        .find(|&i| reader.punct(i, ','));
    let before = comma
        .filter(|&c| (c + 1..j).all(|i| reader.fam(i).has(Family::Determiner)))
        .and_then(|c| c.checked_sub(1))
        .filter(|&i| reader.proper(i));
    [after, before]
        .into_iter()
        .flatten()
        .find_map(|start| name_around(&reader, &toks, text, start, j))
}

/// `i`, moved back to the start of the character it falls in.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The run of names that holds token `i`, without the description's own
/// `noun` ("Paris Anne Hidalgo" gives "Anne Hidalgo": a long run after a
/// complement starts with the complement).
fn name_around(reader: &Reader, toks: &[Tok], text: &str, i: usize, noun: usize) -> Option<String> {
    let mut lo = i;
    while lo > 0 && reader.proper(lo - 1) {
        lo -= 1;
    }
    let mut hi = i + 1;
    while hi < toks.len() && reader.proper(hi) {
        hi += 1;
    }
    let complement = lo > 0 && {
        let f = reader.fam(lo - 1);
        f.has(Family::Determiner) || f.has(Family::Linker) || f.has(Family::Preposition)
    };
    if hi - lo >= 3 && complement {
        lo += 1;
    }
    // "Senator Elizabeth Warren": the title itself is not the name.
    if (lo..hi).contains(&noun) {
        lo = noun + 1;
    }
    if lo >= hi {
        return None;
    }
    Some(text[toks[lo].start..toks[hi - 1].end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn last(text: &str, description: &str, lang: Lang) -> Option<String> {
        resolve(text, text.len(), description, lang, &Memo::default())
    }

    #[test]
    fn a_description_stands_for_the_latest_name_written_with_its_noun() {
        let t = "La maire de Paris Anne Hidalgo a présenté son plan. Le ministre de la Santé Olivier Véran a répondu. ";
        assert_eq!(
            last(t, "la maire", Lang::Fr).as_deref(),
            Some("Anne Hidalgo")
        );
        assert_eq!(
            last(t, "le ministre", Lang::Fr).as_deref(),
            Some("Olivier Véran")
        );
        let t = "Anne Hidalgo, maire de Paris, a présenté son plan. ";
        assert_eq!(
            last(t, "la maire", Lang::Fr).as_deref(),
            Some("Anne Hidalgo")
        );
        // Not bare, or never written with a name: as written.
        assert_eq!(last(t, "la maire de Lyon", Lang::Fr), None);
        assert_eq!(last(t, "le préfet", Lang::Fr), None);
        let t = "The magazine Closer ran the story. Senator Elizabeth Warren spoke. ";
        assert_eq!(last(t, "the magazine", Lang::En).as_deref(), Some("Closer"));
        assert_eq!(
            last(t, "the senator", Lang::En).as_deref(),
            Some("Elizabeth Warren")
        );
        assert_eq!(last(t, "a senator", Lang::En), None);
    }

    #[test]
    fn a_name_is_never_read_across_a_line_break() {
        // A noun ending one line and names opening the next (a menu, a
        // heading) are no apposition; the name itself is never cut in two.
        let t = "Selon l'expert\nAccueil Sécurité au Mali\nLa suite. ";
        assert_eq!(last(t, "l'expert", Lang::Fr), None);
        let t = "Paris Anne\nHidalgo, maire de Paris, a parlé. ";
        assert_eq!(last(t, "la maire", Lang::Fr).as_deref(), Some("Hidalgo"));
        let t = "Hello from the senator\nElizabeth Warren Street. ";
        assert_eq!(last(t, "the senator", Lang::En), None);
    }

    #[test]
    fn a_title_and_surname_stand_for_the_full_name_written_before() {
        let t = "La ministre Muriel Pénicaud a parlé. Mme Pénicaud a ajouté un mot. ";
        let at = t.find("Mme").unwrap();
        assert_eq!(
            full_name(t, at, "Mme Pénicaud", Lang::Fr).as_deref(),
            Some("Muriel Pénicaud")
        );
        let t = "Barack Obama spoke on Monday. ";
        assert_eq!(
            full_name(t, t.len(), "Mr. Obama", Lang::En).as_deref(),
            Some("Barack Obama")
        );
        // No first name written, or no title: nothing.
        let t = "M. Philippe a parlé. ";
        assert_eq!(full_name(t, t.len(), "M. Philippe", Lang::Fr), None);
        assert_eq!(full_name(t, t.len(), "Philippe", Lang::Fr), None);
    }

    #[test]
    fn an_article_is_read_from_the_first_word_whatever_its_apostrophe() {
        for (source, lang, want) in [
            ("l’édile", Lang::Fr, true),
            ("l'édile", Lang::Fr, true),
            ("la maire", Lang::Fr, true),
            ("Anne Hidalgo", Lang::Fr, false),
            ("the senator", Lang::En, true),
            ("’", Lang::Fr, false),
            ("", Lang::En, false),
        ] {
            assert_eq!(opens_with_article(source, lang), want, "{source}");
        }
    }

    #[test]
    fn the_search_window_is_bounded() {
        let mut t = "La maire de Paris Anne Hidalgo a parlé. ".to_string();
        t.push_str(&"Il pleut sur la ville ce matin. ".repeat(200));
        assert_eq!(last(&t, "la maire", Lang::Fr), None);
    }
}
