//! Attribution: who speaks. Given a cue (a reporting verb, a "selon" frame, a
//! quotation's colon), finds the noun phrase of its source and whether a
//! reader could look that source up.

use std::cell::Cell;

use crate::cues::{lexicon, Cue, Families, Family, Lexicon};
use crate::tokens::{Kind, Tok};
use crate::types::Lang;

mod phrases;
mod sources;
#[cfg(test)]
mod tests;
mod verbs;

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
}

/// Reads one sentence's tokens in one language.
pub struct Reader<'t, 'a> {
    toks: &'t [Tok<'a>],
    /// The word-list families of each token, looked up once when first asked.
    fams: Vec<Cell<Option<Families>>>,
    lang: Lang,
    lex: &'static Lexicon,
}

/// `word` equals `lower` (lower case, ' for ’) but for case and apostrophe.
fn eq_folded(word: &str, lower: &str) -> bool {
    let mut a = word.chars().map(|c| if c == '’' { '\'' } else { c });
    let mut b = lower.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y || x.to_lowercase().eq(std::iter::once(y)) => {}
            _ => return false,
        }
    }
}

/// Forms of "be" that make a following participle passive.
const BE: &[&str] = &[
    "été", "est", "sont", "était", "étaient", "sera", "seront", "serait", "fut", "être", "be",
    "been", "being", "is", "are", "was", "were",
];

/// How far back a subject is looked for: a subject is a few words, and the
/// bound keeps a long sentence with many cues linear.
pub(super) const REACH: usize = 40;

const INVERTED: &[&str] = &[
    "-t-il", "-t-elle", "-t-on", "-il", "-elle", "-ils", "-elles", "-on",
];

impl<'t, 'a> Reader<'t, 'a> {
    pub fn new(toks: &'t [Tok<'a>], lang: Lang) -> Self {
        Reader {
            toks,
            fams: vec![Cell::new(None); toks.len()],
            lang,
            lex: lexicon(),
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

    pub(super) fn lower_is(&self, i: usize, words: &[&str]) -> bool {
        self.toks.get(i).is_some_and(|t| {
            // An accent written as a combining mark: compare the composed word
            // (the listed words have at most 8 bytes, 16 decomposed).
            if t.text.len() <= 16 && crate::accents::has_combining(t.text) {
                return t.is_word() && words.contains(&t.lower().as_ref());
            }
            t.is_word() && t.text.len() <= 8 && words.iter().any(|w| eq_folded(t.text, w))
        })
    }

    pub(super) fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }

    /// Where one clause ends and a noun phrase cannot run across.
    pub(super) fn is_boundary(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            // An abbreviation's period before a comma ("R-Ky.,") ends nothing.
            Kind::Punct('.') => !self.punct(i + 1, ','),
            Kind::Punct(c) => ",;:—–!?".contains(c),
            Kind::Open | Kind::Close => true,
            Kind::Word => self.lower_is(i, &["que", "qu'", "lorsque", "lorsqu'"]),
            Kind::Number => false,
        }
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

    /// A capitalised word that is a name, not a capitalised function word.
    pub fn proper(&self, i: usize) -> bool {
        let t = &self.toks[i];
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

    /// The token index where the cue starts and the one just after it.
    pub fn cue_tokens(&self, cue: &Cue) -> (usize, usize) {
        // Tokens are in text order: binary searches keep long sentences linear.
        let v = self.toks.partition_point(|t| t.end <= cue.start);
        let e = self.toks.partition_point(|t| t.start < cue.end);
        (v, e.max(v + 1).min(self.toks.len()))
    }

    pub(super) fn attribution(&self, who: Who, lo: usize, hi: usize, cue: &Cue) -> Attribution {
        let source = (hi > lo).then(|| (self.toks[lo].start, self.toks[hi - 1].end));
        Attribution {
            who,
            source,
            cue: (cue.start, cue.end),
        }
    }
}
