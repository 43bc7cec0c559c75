//! Attribution: who speaks. Given a cue (a reporting verb, a "selon" frame, a
//! quotation's colon), finds the noun phrase of its source and whether a
//! reader could look that source up.

use std::cell::Cell;

use crate::cues::{lexicon, Cue, Families, Family, Lexicon};
use crate::grammar::{self, Grammar};
use crate::tokens::{Kind, Tok};
use crate::types::Lang;

mod complements;
mod phrases;
mod quotes;
mod sources;
mod subjects;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_clauses;
#[cfg(test)]
mod tests_order;
#[cfg(test)]
mod tests_subjects;
mod verbs;

pub use verbs::Reach;

/// What kind of source a noun phrase is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    /// A proper name or a definite office, body or publication.
    Named,
    /// An indefinite or generic source: "des sources", "experts".
    Vague,
    /// A pronoun standing for a source named before.
    Pronoun,
    /// Names no one: "le bilan", "cela".
    Nobody,
}

/// One attribution found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    pub who: Who,
    /// Byte range of the source as written, if there is one.
    pub source: Option<(usize, usize)>,
    /// Byte range of the cue that decided.
    pub cue: (usize, usize),
    /// The id of a built-in rule behind the cue.
    pub rule: &'static str,
    /// For a data cue, the family it was read in (its rule id is looked up
    /// from it when the attribution decides).
    pub family: Option<crate::cues::Family>,
    /// The subject is borrowed from the main clause ("…, déplorant…"): any
    /// verb of that clause that names its own subject says better who speaks.
    pub borrowed: bool,
}

/// Reads one sentence's tokens in one language.
pub struct Reader<'t, 'a> {
    toks: &'t [Tok<'a>],
    /// The word-list families of each token, looked up once when first asked.
    fams: Vec<Cell<Option<Families>>>,
    lang: Lang,
    lex: &'static Lexicon,
    grammar: &'static Grammar,
}

/// How far back a subject is looked for: a subject is a few words, and the
/// bound keeps a long sentence with many cues linear.
pub(super) const REACH: usize = 40;

impl<'t, 'a> Reader<'t, 'a> {
    pub fn new(toks: &'t [Tok<'a>], lang: Lang) -> Self {
        Reader {
            toks,
            fams: vec![Cell::new(None); toks.len()],
            lang,
            lex: lexicon(),
            grammar: grammar::of(lang),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn fam(&self, i: usize) -> Families {
        let (Some(cell), Some(t)) = (self.fams.get(i), self.toks.get(i)) else {
            return Families::default();
        };
        cell.get().unwrap_or_else(|| {
            let f = if t.is_word() {
                self.lex.word_of(t.text, self.lang)
            } else {
                Families::default()
            };
            cell.set(Some(f));
            f
        })
    }

    pub fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }

    /// Whether token `i`, in lower case, ends with one of `endings` (a
    /// language's suffixes of gerunds, participles, infinitives).
    pub(super) fn ends_in(&self, i: usize, endings: &[&str]) -> bool {
        // (False past the last token: callers look one word ahead.)
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let w = t.lower();
        endings.iter().any(|e| w.ends_with(e))
    }

    /// The subject pronoun a token carries after its verb ("dit-il",
    /// "a-t-on"): whether it stands for someone named (Pronoun) or no one (Vague).
    pub(super) fn inverted(&self, i: usize) -> Option<Who> {
        let t = self.toks.get(i)?.lower();
        let suffix = self
            .grammar
            .inverted_suffixes
            .iter()
            .find(|s| t.ends_with(*s))?;
        let pronoun = suffix.rsplit('-').next().unwrap_or(suffix);
        Some(
            if self.lex.word(pronoun, self.lang).has(Family::Indefinite) {
                Who::Vague
            } else {
                Who::Pronoun
            },
        )
    }

    /// Where one clause ends and a noun phrase cannot run across.
    pub(super) fn is_boundary(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            // An abbreviation's period ("M. Dupont", "Acme Inc.", "R-Ky.,") ends nothing.
            Kind::Punct('.') => !self.punct(i + 1, ',') && !self.abbreviated(i),
            // (A spaced hyphen is a typed dash: "… - 265 procédures sont en cours - le ministre".)
            Kind::Punct(c) => ",;:—–-!?".contains(c),
            Kind::Open | Kind::Close => true,
            Kind::Word => self.fam(i).has(Family::Subordinator),
            Kind::Number => false,
        }
    }

    /// The period at `i` ends an abbreviation or an initial ("M.", "Inc.", "J.").
    pub(super) fn abbreviated(&self, i: usize) -> bool {
        let Some(t) = i.checked_sub(1).and_then(|p| self.toks.get(p)) else {
            return false;
        };
        let mut chars = t.text.chars();
        let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        t.is_word() && t.end == self.toks[i].start && (initial || grammar::is_abbreviation(t.text))
    }

    /// A word that can open a noun phrase naming a source.
    pub(super) fn np_starter(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if !t.is_word() {
            return false;
        }
        let f = self.fam(i);
        // "au lendemain de": an article merged with a preposition opens an adjunct.
        if f.has(Family::Preposition) {
            return false;
        }
        let listed = [
            Family::Determiner,
            Family::Indefinite,
            Family::Pronoun,
            Family::Generic,
            Family::Office,
        ];
        listed.iter().any(|&x| f.has(x))
            || (t.capitalised() && !f.has(Family::Function) && !f.has(Family::Aux))
    }

    /// A capitalised word that is a name, not a capitalised function word
    /// (false past the last token).
    pub fn proper(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if !t.is_word() || !t.capitalised() {
            return false;
        }
        // "WHO", "UN", "FAMa": an acronym is a name even when it spells a common word.
        if t.text.chars().filter(|c| c.is_uppercase()).count() >= 2 {
            return true;
        }
        let f = self.fam(i);
        let common = [
            Family::Function,
            Family::Determiner,
            Family::Indefinite,
            Family::Generic,
            Family::Pronoun,
            Family::Aux,
            Family::Office,
            Family::NotSource,
        ];
        !common.iter().any(|&x| f.has(x))
    }

    /// A word that needs a word after it: an elision, a function word
    /// (preposition, conjunction, "de", "of"), a determiner.
    pub(crate) fn dangles(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let f = self.fam(i);
        let needs_next = [
            Family::Function,
            Family::Preposition,
            Family::Conjunction,
            Family::Determiner,
            Family::Linker,
        ];
        t.is_word() && (t.text.ends_with('\'') || t.text.ends_with('’'))
            || !self.proper(i) && needs_next.iter().any(|&x| f.has(x))
    }

    /// The token index where the cue starts and the one just after it.
    pub fn cue_tokens(&self, cue: &Cue) -> (usize, usize) {
        // Tokens are in text order: binary searches keep long sentences linear.
        let v = self.toks.partition_point(|t| t.end <= cue.start);
        let e = self.toks.partition_point(|t| t.start < cue.end);
        (v, e.max(v + 1).min(self.toks.len()))
    }

    pub(super) fn attribution(
        &self,
        mut who: Who,
        lo: usize,
        mut hi: usize,
        cue: &Cue,
    ) -> Attribution {
        // A name never ends on a word that opens what follows: "Ces lanceurs
        // d'", "the union but", "le ministère de".
        let written = hi > lo;
        while hi > lo && self.dangles(hi - 1) {
            hi -= 1;
        }
        // Nothing left ("Et d'ironiser :", "Avant d'ajouter :"): the verb's
        // subject is the one speaking before, as a pronoun's is.
        if written && hi == lo && matches!(who, Who::Named | Who::Vague) {
            who = Who::Pronoun;
        }
        let source = (hi > lo).then(|| (self.toks[lo].start, self.toks[hi - 1].end));
        Attribution {
            who,
            source,
            cue: (cue.start, cue.end),
            rule: crate::rules::UNKNOWN,
            family: None,
            borrowed: false,
        }
    }
}
