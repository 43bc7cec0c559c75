//! Sources from frames ("selon X"), weasel phrases, a quotation's colon or
//! parentheses, and the judgement of whether a phrase names someone.

use super::{Attribution, Reader, Who, REACH};
use crate::cues::{Cue, Family};
use crate::tokens::Kind;

impl Reader<'_, '_> {
    /// "selon X", "according to X", "pour X,".
    pub fn frame(&self, cue: &Cue) -> Option<Attribution> {
        let (v, after) = self.cue_tokens(cue);
        // "des rumeurs selon lesquelles…", "a report according to which…":
        // the source is the noun the relative pronoun stands for.
        // With no noun before it ("des rumeurs ont circulé selon
        // lesquelles"), it reports what no one can be asked about.
        // ("raison pour laquelle": a purpose, never a source.)
        let clause_frame = self
            .grammar
            .clause_frames
            .contains(&self.toks[v].lower().as_ref());
        let relative = self.fam(after).has(Family::Relative) && !clause_frame;
        let (lo, hi) = if relative {
            match self.antecedent(v) {
                Some(np) => np,
                None => return Some(self.attribution(Who::Vague, v, v, cue)),
            }
        } else {
            // "selon « des sources proches »": marks around a phrase in lower
            // case quote the source's own words; the phrase is the source.
            let quoted = || {
                self.toks.get(after).filter(|t| t.kind == Kind::Open)?;
                let (lo, hi, _) = self.np_from(after + 1, false)?;
                self.toks
                    .get(hi)
                    .is_some_and(|t| t.kind == Kind::Close)
                    .then_some((lo, hi, false))
            };
            let (lo, hi, _) = self.np_from(after, true).or_else(quoted)?;
            (lo, hi)
        };
        if clause_frame {
            // "Pour réaliser son enquête": a purpose, not a source.
            let verb =
                self.fam(lo).is_empty() && self.ends_in(lo, self.grammar.infinitive_suffixes);
            if verb {
                return None;
            }
            let heads_clause = v == 0
                || self.punct(v - 1, ':')
                || self.punct(v - 1, ',')
                || self.punct(v - 1, '|');
            let named = (lo..hi).any(|i| {
                self.proper(i)
                    || self.fam(i).has(Family::Office)
                    || self.fam(i).has(Family::Generic)
            });
            if !heads_clause || !named || !self.punct(hi, ',') {
                return None;
            }
        }
        // "according to industry estimates": a frame always reports; a source
        // that names no one is vague.
        // "selon les chiffres officiels", "selon le bilan": definite figures
        // are a document a reader can look up ("selon un bilan" is vague).
        let definite =
            self.fam(lo).has(Family::Determiner) && !self.fam(lo).has(Family::Indefinite);
        let not_source = (lo..hi).any(|i| self.fam(i).has(Family::NotSource));
        let who = self.judge(lo, hi).map(|w| match w {
            Who::Nobody if not_source && definite => Who::Named,
            // ("selon toute vraisemblance" names no source at all)
            Who::Nobody if not_source => Who::Nobody,
            Who::Nobody => Who::Vague,
            w => w,
        });
        who.map(|w| self.attribution(w, lo, hi, cue))
    }

    /// The noun phrase just before token `v`, from its determiner: "des
    /// rumeurs" in "des rumeurs selon lesquelles" (four words at most).
    fn antecedent(&self, v: usize) -> Option<(usize, usize)> {
        (v.saturating_sub(4)..v)
            .rev()
            .take_while(|&i| {
                let f = self.fam(i);
                self.toks[i].is_word() && (!f.has(Family::Aux) || f.has(Family::Determiner))
            })
            .find(|&i| self.fam(i).has(Family::Determiner) || self.fam(i).has(Family::Indefinite))
            .map(|lo| (lo, v))
    }

    /// A weasel phrase: vague, unless a passive names its agent ("par X").
    pub fn weasel(&self, cue: &Cue) -> Attribution {
        let (_, after) = self.cue_tokens(cue);
        self.passive_agent(after, cue)
    }

    /// The agent of a passive ("par le ministère", "by Reuters"), or vague.
    pub(super) fn passive_agent(&self, after: usize, cue: &Cue) -> Attribution {
        let agent = (after..self.toks.len().min(after + REACH))
            .take_while(|&i| {
                !self.punct(i, ',')
                    && !self.punct(i, ';')
                    && !self.fam(i).has(Family::Complementizer)
            })
            .find(|&i| self.fam(i).has(Family::AgentMarker))
            .and_then(|i| self.np_after(i + 1))
            .filter(|&(lo, hi, _)| self.judge(lo, hi) == Some(Who::Named));
        match agent {
            Some((lo, hi, _)) => self.attribution(Who::Named, lo, hi, cue),
            None => Attribution {
                who: Who::Vague,
                source: None,
                cue: (cue.start, cue.end),
                rule: crate::rules::UNKNOWN,
                family: None,
                borrowed: false,
            },
        }
    }

    /// The speaker of a quotation set before a colon ("X : « … »") or after
    /// it in parentheses ("« … » (X)").
    pub fn quote_speaker(&self, open: usize, close: usize) -> Option<Attribution> {
        let o = self.toks.partition_point(|t| t.start < open);
        let c = self.toks.partition_point(|t| t.end < close);
        if self.toks.get(o)?.start != open || self.toks.get(c)?.end != close {
            return None;
        }
        let cue_of = |i: usize| Cue::plain(self.toks[i].start, self.toks[i].end);
        if o >= 2 && self.punct(o - 1, ':') {
            // "Thérèse Rémond, maraîchère à Vals : « … »": the name may stand before an apposition.
            if let Some((lo, hi)) = self.subject_before(o - 1).filter(|&(lo, hi)| hi - lo <= 8) {
                if let Some(w) = self
                    .judge(lo, hi)
                    .filter(|&w| w != Who::Pronoun && w != Who::Nobody)
                {
                    let mut a = self.attribution(w, lo, hi, &cue_of(o - 1));
                    a.rule = crate::rules::QUOTE_COLON;
                    return Some(a);
                }
            }
        }
        // "Michel Sapin n'y croit plus : « … »": the clause before the colon speaks.
        if o >= 2 && self.punct(o - 1, ':') {
            if let Some(a) = self.clause_speaker(o - 1, &cue_of(o - 1)) {
                return Some(a);
            }
        }
        // "Issa: Clinton's ‘Honesty Is In Question.’": a headline's speaker.
        if self.grammar.headline_speaker {
            let colon = (1..o.min(7)).find(|&i| self.punct(i, ':'));
            let named = colon.is_some_and(|k| {
                (0..k).all(|i| self.proper(i) || self.abbreviated(i))
                    && self.judge(0, k) == Some(Who::Named)
            });
            if let (Some(k), true) = (colon, named) {
                let mut a = self.attribution(Who::Named, 0, k, &cue_of(k));
                a.rule = crate::rules::QUOTE_COLON;
                return Some(a);
            }
        }
        if self.punct(c + 1, '(') {
            let lo = c + 2;
            let hi = (lo..self.toks.len().min(lo + 8)).find(|&i| self.punct(i, ')'))?;
            if lo < hi
                && hi - lo <= 6
                && (lo..hi).all(|i| self.toks[i].is_word())
                && self.proper(lo)
            {
                let mut a = self.attribution(Who::Named, lo, hi, &cue_of(c + 1));
                a.rule = crate::rules::QUOTE_PARENTHESIS;
                return Some(a);
            }
        }
        None
    }

    /// The subject of the clause that ends at token `end` (a colon).
    fn clause_speaker(&self, end: usize, cue: &Cue) -> Option<Attribution> {
        let (lo, hi) = self.main_subject().filter(|&(_, hi)| hi <= end)?;
        let who = self.judge(lo, hi).filter(|&w| w != Who::Nobody)?;
        let mut a = self.attribution(who, lo, hi, cue);
        a.rule = crate::rules::QUOTE_SUBJECT;
        Some(a)
    }

    /// Whether the words `lo..noun` before a source noun name the body it
    /// belongs to: two capitalised words ("White House officials", "Labor
    /// Department officials"), or one that is no adjective of nation or party
    /// ("Obama administration", not "Malian" or "Republican") and is no mere
    /// capital at the head of the sentence ("Local officials").
    fn names_body(&self, lo: usize, noun: usize) -> bool {
        let mut names = (lo..noun).filter(|&i| self.proper(i));
        match (names.next(), names.next()) {
            (None, _) => false,
            (Some(i), None) => {
                let t = self.toks[i].text;
                let acronym = t.chars().filter(|c| c.is_uppercase()).count() >= 2;
                !self.demonym(i) && (i > 0 || acronym)
            }
            (Some(_), Some(_)) => true,
        }
    }

    /// A capitalised adjective of nation or party by its ending ("Malian",
    /// "Republican"; grammar `demonym_suffixes`).
    fn demonym(&self, i: usize) -> bool {
        self.ends_in(i, self.grammar.demonym_suffixes)
    }

    /// Whether the tokens lo..hi name a source a reader could look up.
    pub fn judge(&self, lo: usize, hi: usize) -> Option<Who> {
        if lo >= hi {
            return None;
        }
        let first = self.fam(lo);
        if hi - lo == 1 && first.has(Family::Pronoun) {
            return Some(Who::Pronoun);
        }
        // "l'un d'entre eux", "l'une des victimes": one of a crowd is as
        // vague as the crowd (and one of a named body speaks for it).
        if first.has(Family::Determiner)
            && !first.has(Family::Indefinite)
            && self.fam(lo + 1).has(Family::SingularIndefinite)
            && lo + 2 < hi
        {
            return self.judge(lo + 1, hi);
        }
        if first.has(Family::Indefinite) {
            // "un rapport de l'ONU" names its author; "des sources proches de l'Élysée" does not.
            let head = (lo + 1..hi)
                .find(|&i| self.toks[i].is_word() && !self.fam(i).has(Family::Indefinite));
            // ("selon un communiqué", "a report released on Monday": a
            // document is a source by itself.)
            let document = head.is_some_and(|h| {
                self.fam(h).has(Family::Office) && (h + 1..hi).any(|i| self.proper(i))
                    || self.fam(h).has(Family::DocumentNoun)
                        && self.fam(lo).has(Family::SingularIndefinite)
            });
            // "un responsable du ministère", "a spokesman for the Clinton
            // campaign": one person of a named body speaks for it (not "des
            // sources proches de l'Élysée").
            let one = self.fam(lo).has(Family::SingularIndefinite);
            // ("A White House spokesman": the body may stand before the noun.)
            let member = one
                && head.is_some_and(|h| {
                    let of = self.toks.get(h + 1).is_some_and(|t| t.is_word()) && {
                        let f = self.fam(h + 1);
                        f.has(Family::Linker)
                            || f.has(Family::Indefinite)
                            || f.has(Family::Preposition)
                            || f.has(Family::Determiner)
                    };
                    self.proper(h) && !self.demonym(h) || of && (h + 1..hi).any(|i| self.proper(i))
                });
            // "un bilan établi par l'AFP", "a poll conducted by Gallup": its author is named.
            let authored = (lo + 1..hi).any(|i| {
                self.fam(i).has(Family::AgentMarker) && self.proper(i + 1)
                    || self.fam(i).has(Family::AgentMarker)
                        && self.fam(i + 1).has(Family::Determiner)
                        && self.proper(i + 2)
            });
            // "une commerçante, Julie Morel": a name in apposition.
            let named = (lo..hi).any(|i| {
                self.punct(i, ',') && self.proper(i + 1) && self.proper(i + 2) && i + 2 < hi
            });
            // "a smiling Clinton", "un fringant Emmanuel Macron": an adjective
            // before a name is no indefinite source.
            let names = (lo + 1..hi).rev().take_while(|&i| self.proper(i)).count();
            let adjectives = lo + 1 < hi - names
                && (lo + 1..hi - names).all(|i| {
                    let t = &self.toks[i];
                    t.is_word() && !t.capitalised() && self.fam(i).is_empty()
                });
            let portrait = names > 0 && adjectives;
            // ("A senior Obama administration official": so may a name before it.)
            let prenominal = |h: usize| {
                (h..hi).all(|i| self.toks[i].is_word() && !self.fam(i).has(Family::Function))
            };
            let body = one && head.is_some_and(|h| prenominal(h) && self.names_body(h, hi - 1));
            let identified = document || member || named || authored || portrait || body;
            return Some(if identified { Who::Named } else { Who::Vague });
        }
        let head = (lo..hi).find(|&i| {
            let f = self.fam(i);
            let listed =
                f.has(Family::Determiner) || f.has(Family::Function) || f.has(Family::Indefinite);
            self.toks[i].is_word() && (!listed || self.proper(i))
        })?;
        let hf = self.fam(head);
        if first.has(Family::NotSource) || hf.has(Family::NotSource) {
            return Some(Who::Nobody);
        }
        let proper = (lo..hi).any(|i| self.proper(i));
        // "Local officials": a capital at the head of the sentence is not a name.
        // ("The residents' association": a possessive is not the head.)
        let possessive = |i: usize| {
            let t = self.toks[i].text;
            t.ends_with("'s")
                || t.ends_with("’s")
                || self.punct(i + 1, '\'')
                || self.punct(i + 1, '’')
        };
        let generic =
            (head..hi.min(head + 3)).find(|&i| self.fam(i).has(Family::Generic) && !possessive(i));
        // ("Malian officials", "senior officials": unless a body is named
        // before the noun: "White House officials".)
        let capitals = |g: usize| (head..g).all(|i| self.toks[i].capitalised());
        if let Some(g) = generic.filter(|&g| g == head || head == 0 || capitals(g)) {
            if !(g + 1..hi).any(|i| self.proper(i)) && !self.names_body(head, g) {
                return Some(Who::Vague);
            }
        }
        if proper || first.has(Family::Determiner) || hf.has(Family::Office) {
            return Some(Who::Named);
        }
        if self.grammar.bare_plural_is_vague && self.toks[head].text.ends_with('s') {
            return Some(Who::Vague);
        }
        Some(Who::Nobody)
    }
}
