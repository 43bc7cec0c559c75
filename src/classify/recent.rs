//! Who a bare description stands for when no name is written next to its
//! noun: "Alain Juppé a quitté la salle. « … », a lancé l'édile." A person
//! noun stands for the last person named, a body's noun ("le quotidien",
//! "the company") for the last body named. Unlike a pronoun's reach, a
//! heading does not end it: the article still speaks of the same people.

use super::Source;
use crate::attribution::Reader;
use crate::cues::Family;
use crate::tokens::{tokenize, Kind};
use crate::types::Lang;

/// How many sentences on a description may still stand for a name.
const REACH: usize = 12;

/// What a name looks like it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameKind {
    /// "Anne Hidalgo": two to four capitalised words.
    Person,
    /// "Le Parisien", "la SNCF", "60 Millions de consommateurs": an
    /// article, an acronym, a number or a lower-case word.
    Body,
    /// "Reuters", "Sheila": one word, either.
    Either,
}

/// How many of the latest names are kept: one a sentence at most counts.
const KEPT: usize = REACH;

/// What a description stands for.
#[derive(Debug, PartialEq, Eq)]
pub enum Stands {
    /// A source named before.
    For(String),
    /// A person no source named fits: a noun for a person heads it
    /// ("l'édile", "the senator"), unlike "l'accusation", "la saison dernière".
    SomePerson,
    Nobody,
}

#[derive(Default)]
pub struct Recent {
    /// The latest names of sources, and when (in sentences), latest last.
    /// What each names (a person, a body) is read only when a description
    /// asks: most texts name many more sources than they describe.
    names: std::collections::VecDeque<(String, usize)>,
    now: usize,
}

impl Recent {
    /// One more sentence read.
    pub fn tick(&mut self) {
        self.now += 1;
    }

    /// The sentence just read named `source` (a description resolved
    /// before counts by its name).
    pub fn named(&mut self, source: &Source) {
        if source.passing {
            return;
        }
        let name = source.refers_to.as_deref().unwrap_or(&source.shown);
        if self.names.len() == KEPT {
            self.names.pop_front();
        }
        self.names.push_back((name.to_string(), self.now));
    }

    /// The latest name within reach of a kind `fits`.
    fn latest(&self, lang: Lang, fits: impl Fn(NameKind) -> bool) -> Option<String> {
        self.names
            .iter()
            .rev()
            .take_while(|(_, at)| self.now - at <= REACH)
            .find(|(name, _)| kind_of(name, lang).is_some_and(&fits))
            .map(|(name, _)| name.clone())
    }

    /// The last person named, if still within reach.
    pub fn person(&self, lang: Lang) -> Option<String> {
        self.latest(lang, |k| k != NameKind::Body)
    }

    /// The name a description stands for: the last body named for a body's
    /// noun, else the last person.
    pub fn stands_for(&self, description: &str, lang: Lang) -> Stands {
        let kind = described(description, lang);
        let found = match kind {
            None => None,
            Some(NameKind::Body) => self.latest(lang, |k| k != NameKind::Person),
            Some(_) => self.person(lang),
        };
        match (found, kind) {
            (Some(name), _) => Stands::For(name),
            (None, Some(NameKind::Person)) => Stands::SomePerson,
            _ => Stands::Nobody,
        }
    }
}

/// Whether a source is a document ("un communiqué", "the report"): a
/// pronoun after it stands for a person named before, not for it.
pub fn document(source: &str, lang: Lang) -> bool {
    // (A name is let go untokenised: "un rapport", "the report" open with an article.)
    let first = super::coreference::first_word(source, lang);
    if !first.has(Family::Determiner) && !first.has(Family::Indefinite) {
        return false;
    }
    let toks = tokenize(source, 0, source.len(), &[]);
    let reader = Reader::new(&toks, lang);
    (0..toks.len())
        .find(|&i| {
            let f = reader.fam(i);
            toks[i].is_word() && !f.has(Family::Determiner) && !f.has(Family::Indefinite)
        })
        .is_some_and(|h| reader.fam(h).has(Family::DocumentNoun))
}

/// What a description names no one but stands for: a person ("le
/// retraité", "l'élu vendéen", "le député des Bouches-du-Rhône") or a body
/// ("le quotidien", "the company"). A definite singular article, a head that
/// opens on a word that is no name, then perhaps a complement; no full name
/// anywhere in it. A
/// document ("le rapport", "the statement") or an institution ("le
/// gouvernement") is a source by itself, and so is a body with a complement
/// ("la chambre d'agriculture").
fn described(description: &str, lang: Lang) -> Option<NameKind> {
    let toks = tokenize(description, 0, description.len(), &[]);
    let reader = Reader::new(&toks, lang);
    // ("son cabinet" is someone's, not a description.)
    let definite = super::coreference::definite_singular(&reader, &toks)
        && !reader.fam(0).has(Family::Possessive);
    if !definite {
        return None;
    }
    // The head ends at "de", "des", "of", "sur": a word that needs the
    // next. It opens on a common noun or adjective ("l'ancien Premier ministre").
    let head_end = (1..toks.len())
        .find(|&i| reader.dangles(i) || reader.fam(i).has(Family::Indefinite))
        .unwrap_or(toks.len());
    let head = 1..head_end;
    if head.is_empty() || !toks[1].is_word() || reader.proper(1) {
        return None;
    }
    // ("le président du groupe FN Nicolas Bay" names him.)
    let named = (1..toks.len()).any(|i| reader.proper(i) && reader.proper(i + 1));
    let of = |f: Family| head.clone().any(|i| reader.fam(i).has(f));
    let complement = head_end < toks.len();
    if named || of(Family::DocumentNoun) || of(Family::InstitutionNoun) {
        None
    } else if of(Family::OrganisationNoun) {
        (!complement).then_some(NameKind::Body)
    } else if reader.fam(1).has(Family::PersonNoun) && !apposed(&reader, &toks) {
        Some(NameKind::Person)
    } else {
        // ("la présidence", "l'accusation": a person or not; the last
        // source named may say, a name in passing may not.)
        Some(NameKind::Either)
    }
}

/// A name right after a noun for a person: "Le maire Bill de Blasio" names him.
fn apposed(reader: &Reader, toks: &[crate::tokens::Tok]) -> bool {
    (1..toks.len()).any(|i| {
        reader.proper(i)
            && reader.fam(i - 1).has(Family::PersonNoun)
            && toks[i].text.chars().any(char::is_lowercase)
    })
}

/// What `name` names, or `None` when it is no name ("le maire", "il").
fn kind_of(name: &str, lang: Lang) -> Option<NameKind> {
    let toks = tokenize(name, 0, name.len(), &[]);
    let reader = Reader::new(&toks, lang);
    let first = toks.first()?;
    let article = reader.fam(0).has(Family::Determiner) && toks.len() > 1;
    let numbered = first.kind == Kind::Number && toks.get(1).is_some_and(|t| t.capitalised());
    let head = usize::from(article || numbered);
    if !reader.proper(head) {
        return None;
    }
    let words: Vec<_> = toks.iter().filter(|t| t.is_word()).collect();
    let acronym = words
        .iter()
        .any(|t| t.text.chars().count() >= 2 && t.text.chars().all(|c| !c.is_lowercase()));
    let lower = words.iter().any(|t| !t.capitalised());
    // "LE GROUPE", "GRANDE CLASSE": a heading in capitals, not a name
    // ("SNCF", "AFL-CIO" are).
    let shouting = words.len() >= 2
        && words
            .iter()
            .all(|t| !t.text.chars().any(char::is_lowercase))
        && words.iter().any(|t| t.text.chars().count() > 4);
    if shouting {
        return None;
    }
    Some(if article || numbered || acronym || lower {
        NameKind::Body
    } else if words.len() == 1 {
        NameKind::Either
    } else if words.len() <= 4 {
        NameKind::Person
    } else {
        NameKind::Body
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_stands_for_the_last_name_of_its_kind() {
        let mut r = Recent::default();
        let name = |s: &str| Source::written(s.into());
        r.named(&name("Le Parisien"));
        r.tick();
        r.named(&Source::standing_for(
            "la maire".into(),
            Some("Anne Hidalgo".into()),
        ));
        r.tick();
        let of = |r: &Recent, d: &str, lang| match r.stands_for(d, lang) {
            Stands::For(name) => Some(name),
            _ => None,
        };
        assert_eq!(
            of(&r, "le quotidien", Lang::Fr).as_deref(),
            Some("Le Parisien")
        );
        assert_eq!(of(&r, "l'édile", Lang::Fr).as_deref(), Some("Anne Hidalgo"));
        // A pronoun or a description names no one to stand for.
        r.named(&name("il"));
        r.named(&name("le préfet"));
        assert_eq!(
            of(&r, "la ministre", Lang::Fr).as_deref(),
            Some("Anne Hidalgo")
        );
        // One word may be either; a heading does not end the reach, time does.
        r.named(&name("Reuters"));
        assert_eq!(of(&r, "the agency", Lang::En).as_deref(), Some("Reuters"));
        for _ in 0..=REACH {
            r.tick();
        }
        assert_eq!(of(&r, "the senator", Lang::En), None);
    }

    #[test]
    fn a_flag_shows_the_description_and_the_name_it_stands_for() {
        let source_of_last = |text: &str, lang| {
            let options = crate::Options {
                lang: Some(lang),
                ..crate::Options::default()
            };
            let flags = crate::analyze(text, &options).flags;
            let f = flags.last().cloned().expect("a flag");
            (f.source, f.refers_to)
        };
        let t = "« Nous tiendrons », a déclaré Jean Roy lundi. Il pleut. « Rien n'est joué », a ajouté l'élu.";
        assert_eq!(
            source_of_last(t, Lang::Fr),
            (Some("l'élu (Jean Roy)".into()), Some("Jean Roy".into()))
        );
        let t = "“We will hold,” Jean Roy said on Monday. It rained. “Nothing is settled,” the lawmaker added.";
        assert_eq!(
            source_of_last(t, Lang::En),
            (
                Some("the lawmaker (Jean Roy)".into()),
                Some("Jean Roy".into())
            )
        );
        // A body's noun never stands for a person, nor a document for anyone.
        let t =
            "« Nous tiendrons », a déclaré Jean Roy lundi. Le groupe affirme que rien n'est joué.";
        assert_eq!(
            source_of_last(t, Lang::Fr),
            (Some("Le groupe".into()), None)
        );
        let t =
            "“We will hold,” Jean Roy said on Monday. The report said that nothing was settled.";
        assert_eq!(
            source_of_last(t, Lang::En),
            (Some("The report".into()), None)
        );
    }

    #[test]
    fn a_link_is_no_name_a_description_stands_for() {
        // (A fuzzed page: the href "U.S." became the name "le maire" stood for.)
        let text = "La piscine a fermé le 2 août. « C'est fini », a dit le maire.";
        let end = text.find(" «").unwrap();
        let options = crate::Options {
            lang: Some(Lang::Fr),
            links: vec![crate::Link {
                start: 3,
                end,
                href: "U.S.".into(),
            }],
            ..crate::Options::default()
        };
        let flags = crate::analyze(text, &options).flags;
        assert_eq!(flags[0].source.as_deref(), Some("U.S."));
        let last = flags.last().expect("a flag");
        assert_eq!(
            (last.source.as_deref(), last.refers_to.as_deref()),
            (Some("le maire"), None)
        );
    }

    #[test]
    fn names_of_bodies_are_told_from_names_of_people() {
        for (name, want) in [
            ("Anne Hidalgo", Some(NameKind::Person)),
            ("Le Parisien", Some(NameKind::Body)),
            ("la SNCF", Some(NameKind::Body)),
            ("60 Millions de consommateurs", Some(NameKind::Body)),
            ("Sheila", Some(NameKind::Either)),
            ("le maire", None),
        ] {
            assert_eq!(kind_of(name, Lang::Fr), want, "{name}");
        }
    }
}
