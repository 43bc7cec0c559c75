//! Quotations that hold a name rather than words ("le film « Mulan »"), and
//! the speaker of a quotation written into a sentence with no reporting verb
//! of its own ("Le préfet a fermé l'usine jusqu'à ce que "les conditions
//! soient réunies"": the subject speaks).

use super::{Attribution, Reader, Who};
use crate::cues::{Cue, Family};
use crate::tokens::Kind;

impl Reader<'_, '_> {
    /// Token indices of a quotation's opening and closing marks.
    fn marks(&self, open: usize, close: usize) -> Option<(usize, usize)> {
        let o = self.toks.partition_point(|t| t.start < open);
        let c = self.toks.partition_point(|t| t.end < close);
        (self.toks.get(o)?.start == open && self.toks.get(c)?.end == close).then_some((o, c))
    }

    /// Marks around a title or a name: after a noun that announces one ("le
    /// film « … »"), or inside a sentence, capitalised, not after a colon or
    /// a comma, and ending without a sentence's punctuation ("dans « Le Père
    /// Noël est une ordure »").
    pub fn is_title(&self, open: usize, close: usize) -> bool {
        let Some((o, c)) = self.marks(open, close) else {
            return false;
        };
        let announced = (o.saturating_sub(2)..o).any(|i| self.fam(i).has(Family::TitleNoun));
        let first = self.toks.get(o + 1).filter(|t| t.is_word());
        let last = c.checked_sub(1).and_then(|i| self.toks.get(i));
        let inside = o > 0 && !self.punct(o - 1, ':') && !self.punct(o - 1, ',');
        let named = inside
            && first.is_some_and(|t| t.capitalised())
            && last.is_some_and(|t| !matches!(t.kind, Kind::Punct('.' | '!' | '?' | '…')))
            && c - o <= 10;
        announced || named
    }

    /// The speaker of a quotation inside a sentence that reports no one:
    /// the subject of the sentence, for a fragment of speech ("a jugé la
    /// mesure "inutile"", "qu'il compare à "une sorte de lapin"").
    pub fn quote_subject(&self, open: usize, close: usize) -> Option<Attribution> {
        let (o, c) = self.marks(open, close)?;
        // Three words or more: fewer are a term picked out ("les "gilets
        // jaunes"", "le mot "boloss""), whoever the subject is.
        let words = (o + 1..c).filter(|&i| self.toks[i].is_word()).count();
        let fragment =
            o > 0 && words >= 3 && self.toks.get(o + 1).is_some_and(|t| !t.capitalised());
        if !fragment {
            return None;
        }
        let (mut lo, mut hi) = self.main_subject().filter(|&(_, hi)| hi <= o)?;
        // "Climat : le sommet s'achève sur un accord « très décevant »": a
        // headline's topic before its colon; the clause after it speaks.
        if self.punct(hi, ':') && hi + 1 < o {
            (lo, hi) = self.main_subject_from(hi + 1).filter(|&(_, h)| h <= o)?;
        }
        // "C'est le cas de…": a subject of words that name nothing.
        if (lo..hi).all(|i| self.dangles(i)) {
            return None;
        }
        // A subject that is someone: a name or an office, not "Mercredi 19 décembre".
        let someone = (lo..hi).any(|i| self.proper(i) || self.fam(i).has(Family::Office))
            && !self.fam(lo).has(Family::Month)
            && !self.fam(lo).has(Family::TimeWord);
        let who = self
            .judge(lo, hi)
            .filter(|&w| w == Who::Named && someone || w == Who::Pronoun)?;
        // The cue is the opening mark: what shows the words are someone's.
        let mut a = self.attribution(who, lo, hi, &Cue::plain(open, self.toks[o].end));
        a.rule = crate::rules::QUOTE_SUBJECT;
        Some(a)
    }
}
