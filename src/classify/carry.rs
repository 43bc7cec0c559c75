//! The sources a pronoun may stand for: the last one named, and the last
//! singular and the last plural one ("Les pompiers… Le maire… Ils ont
//! ajouté" stands for the firefighters, not the mayor).

use super::Source;
use crate::attribution::{Reader, Who};
use crate::cues::Family;
use crate::tokens::tokenize;
use crate::types::Lang;

/// How many sentences on a pronoun may still stand for a source.
const CARRY_SENTENCES: usize = 4;

/// One source carried, and when it was named (in sentences).
struct Carried {
    source: (Source, Who),
    at: usize,
}

#[derive(Default)]
pub struct Carry {
    /// The last singular and the last plural source named (the later of
    /// the two is the last one named).
    by_number: [Option<Carried>; 2],
    /// Sentences read so far.
    now: usize,
}

impl Carry {
    /// One more sentence read.
    pub fn tick(&mut self) {
        self.now += 1;
    }

    /// A heading starts a new passage: pronouns no longer reach back.
    pub fn clear(&mut self) {
        self.by_number = [None, None];
    }

    /// The sentence just read named `source`.
    pub fn named(&mut self, source: Source, who: Who, lang: Lang) {
        let number = usize::from(plural(&source.shown, lang));
        self.by_number[number] = Some(Carried {
            source: (source, who),
            at: self.now,
        });
    }

    /// The last source named, whatever its number, if still within reach.
    pub fn last(&self) -> Option<&(Source, Who)> {
        let latest = self
            .by_number
            .iter()
            .max_by_key(|c| c.as_ref().map(|c| c.at));
        self.fresh(latest?)
    }

    /// What the pronoun `pronoun` stands for: the last source of its number
    /// within reach, else (a plural one) the last source.
    pub fn for_pronoun(&self, pronoun: &str, lang: Lang) -> Option<&(Source, Who)> {
        let plural = crate::cues::lexicon()
            .word(&crate::tokens::lower(pronoun), lang)
            .has(Family::PluralPronoun);
        // ("he" never stands for "some observers"; "ils" may stand for "le
        // gouvernement".)
        self.fresh(&self.by_number[usize::from(plural)])
            .or_else(|| self.last().filter(|_| plural))
    }

    fn fresh<'c>(&self, c: &'c Option<Carried>) -> Option<&'c (Source, Who)> {
        c.as_ref()
            .filter(|c| self.now - c.at <= CARRY_SENTENCES)
            .map(|c| &c.source)
    }
}

/// Whether a source is plural: a plural determiner or indefinite ("les
/// autorités", "des experts", "many"), or a plural head noun ("Officials",
/// "the Fed officials"); a name is singular.
fn plural(source: &str, lang: Lang) -> bool {
    let toks = tokenize(source, 0, source.len(), &[]);
    let reader = Reader::new(&toks, lang);
    let first = reader.fam(0);
    if first.has(Family::PluralDeterminer) {
        return true;
    }
    if first.has(Family::Indefinite) {
        return !first.has(Family::SingularIndefinite);
    }
    // Else by its head noun, the first word that is no name nor article
    // ("the Lyon firefighters": "the" says nothing of the number).
    let article = usize::from(first.has(Family::Determiner));
    (article..toks.len())
        .find(|&i| toks[i].is_word() && !reader.proper(i))
        .is_some_and(|h| toks[h].lower().ends_with(['s', 'x']))
}

/// The first full name (two capitalised words or more) in a byte range.
pub fn name_in(text: &str, (start, end): (usize, usize), lang: Lang) -> Option<String> {
    let toks = tokenize(text, start, end, &[]);
    let reader = Reader::new(&toks, lang);
    let mut i = 0;
    while i < toks.len() {
        let run = (i..toks.len()).take_while(|&j| reader.proper(j)).count();
        if run >= 2 {
            return Some(text[toks[i].start..toks[i + run - 1].end].to_string());
        }
        i += run.max(1);
    }
    None
}

/// "sourit-elle" → "elle".
pub fn pronoun_of(word: &str) -> String {
    word.rsplit('-').next().unwrap_or(word).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_is_plural_by_its_determiner_or_its_bare_noun() {
        for (s, lang, want) in [
            ("les pompiers de Lyon", Lang::Fr, true),
            ("des experts", Lang::Fr, true),
            ("Officials", Lang::En, true),
            ("Fed officials", Lang::En, true),
            ("many Democrats", Lang::En, true),
            ("The Lyon firefighters", Lang::En, true),
            ("le maire", Lang::Fr, false),
            ("Anne Hidalgo", Lang::Fr, false),
            ("un diplomate", Lang::Fr, false),
            ("Reuters", Lang::En, false),
            ("the mayor", Lang::En, false),
        ] {
            assert_eq!(plural(s, lang), want, "{s}");
        }
    }

    #[test]
    fn a_pronoun_stands_for_the_last_source_of_its_number() {
        let mut c = Carry::default();
        c.tick();
        let named =
            |c: &mut Carry, s: &str| c.named(Source::written(s.into()), Who::Named, Lang::Fr);
        named(&mut c, "les pompiers");
        c.tick();
        named(&mut c, "le maire");
        c.tick();
        let of = |c: &Carry, p| c.for_pronoun(p, Lang::Fr).map(|s| s.0.shown.clone());
        assert_eq!(of(&c, "ils").as_deref(), Some("les pompiers"));
        assert_eq!(of(&c, "il").as_deref(), Some("le maire"));
        // Out of reach, or after a heading: nothing.
        for _ in 0..CARRY_SENTENCES {
            c.tick();
        }
        assert_eq!(of(&c, "ils"), None);
        assert_eq!(of(&c, "il"), None);
        named(&mut c, "le préfet");
        // No plural source within reach: the last one, whatever its number.
        assert_eq!(of(&c, "ils").as_deref(), Some("le préfet"));
        c.clear();
        assert_eq!(of(&c, "il"), None);
        // A singular pronoun never stands for a plural source.
        named(&mut c, "des observateurs");
        assert_eq!(of(&c, "il"), None);
        assert_eq!(of(&c, "ils").as_deref(), Some("des observateurs"));
    }
}
