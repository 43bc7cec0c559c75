//! What a reporting verb needs after it to report: a clause ("that", a
//! colon, a quotation, an infinitive), an object when a document speaks, or
//! nothing at all in an "as" clause.

use super::{Reach, Reader};
use crate::cues::Family;
use crate::tokens::Kind;

impl Reader<'_, '_> {
    /// The noun phrase `lo..hi` is headed by a document ("A CNN poll of
    /// Ohio released Tuesday", "the survey last month"), not merely holding one
    /// ("police charged him with filing a report").
    pub(super) fn document_head(&self, lo: usize, hi: usize) -> bool {
        // ("The debate took place as a new poll", "what the statement said":
        // a clause, not a noun phrase.)
        let clause = |i: usize| {
            let f = self.fam(i);
            f.has(Family::Relative)
                || f.has(Family::AsClause)
                || f.has(Family::Function)
                    && !f.has(Family::Preposition)
                    && !f.has(Family::Determiner)
        };
        if (lo..hi).any(clause) {
            return false;
        }
        let end = (lo + 1..hi)
            .find(|&i| {
                self.fam(i).has(Family::Preposition)
                    || self.looks_participle(i)
                    || matches!(self.toks[i].kind, Kind::Punct(_) | Kind::Open)
            })
            .unwrap_or(hi);
        let mut head = end - 1;
        // (Past a date or a pollster: "le sondage Ifop", "a poll last week".)
        let when = [Family::TimeWord, Family::TimeUnit, Family::Month];
        while head > lo
            && (when.iter().any(|&w| self.fam(head).has(w))
                || self.toks[head].kind == Kind::Number
                || self.proper(head))
        {
            head -= 1;
        }
        self.fam(head).has(Family::DocumentNoun)
    }

    /// "as" opening a clause of its own ("But as Clyburn noted,", "…, as
    /// the Times reported"), not one after a noun or a verb ("named it as
    /// her favourite TV show").
    pub(super) fn opens_as_clause(&self, i: usize) -> bool {
        self.fam(i).has(Family::AsClause)
            && (i == 0
                || self.punct(i - 1, ',')
                || self.punct(i - 1, ';')
                || self.fam(i - 1).has(Family::Conjunction)
                || self.fam(i - 1).has(Family::Function))
    }

    /// The verb takes no object: its clause ends right after it, or after a
    /// short adjunct ("as Dayen noted in The Intercept.", "as he told
    /// reporters Tuesday,"), never after an object ("as the firm announced
    /// layoffs, shares fell").
    pub(super) fn closes_clause(&self, after: usize) -> bool {
        let ends = |i: usize| {
            self.toks
                .get(i)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(',' | '.' | ';' | '—' | '–' | ')')))
        };
        if ends(after) {
            return true;
        }
        let f = self.fam(after);
        let adjunct = f.has(Family::Preposition)
            || f.has(Family::Pronoun)
            || f.has(Family::TimeWord)
            || self.adverb(after);
        adjunct
            && (after + 1..(after + 7).min(self.toks.len() + 1))
                .take_while(|&i| {
                    self.toks.get(i).is_none_or(|t| t.kind != Kind::Open)
                        && !self.fam(i).has(Family::Complementizer)
                })
                .any(ends)
    }

    /// Whether what follows the verb makes it report.
    pub(super) fn reports(&self, reach: Reach, after: usize) -> bool {
        match reach {
            Reach::Anything => true,
            Reach::Clause => self.has_complement(after),
            // "He continued, “…”": a quotation, straight or after a comma or colon.
            Reach::Quotation => {
                let open = |i: usize| self.toks.get(i).is_some_and(|t| t.kind == Kind::Open);
                open(after) || (self.punct(after, ',') || self.punct(after, ':')) && open(after + 1)
            }
        }
    }

    /// Something after the verb that makes it report: que / that / : / a
    /// quotation / an infinitive (or, in English, a bare clause).
    pub(super) fn has_complement(&self, mut k: usize) -> bool {
        while self.fam(k).has(Family::Aux) {
            k += 1;
        }
        // (English lists none: "to" follows too many non-reporting uses,
        // "continued to", "added to".)
        let infinitive = |i: usize| {
            self.toks.get(i).is_some_and(|t| {
                t.is_word()
                    && !t.capitalised()
                    && t.lower().chars().count() > 3
                    && self.ends_in(i, self.grammar.infinitive_suffixes)
                    && self.fam(i).is_empty()
            })
        };
        if infinitive(k) {
            return true;
        }
        // "a confié à l'AFP se préparer", "a assuré au Parisien vouloir
        // partir": a named listener between the verb and its infinitive.
        if self.fam(k).has(Family::Preposition) || self.fam(k).has(Family::Linker) {
            let mut j = k + 1;
            while j < self.toks.len() && j < k + 5 && self.fam(j).has(Family::Determiner) {
                j += 1;
            }
            let named = j;
            while j < self.toks.len() && j < k + 6 && self.proper(j) {
                j += 1;
            }
            while self.fam(j).has(Family::Reflexive) {
                j += 1;
            }
            if j > named && infinitive(j) {
                return true;
            }
        }
        // "told me he's had", "said they'd go": a pronoun and its verb in one word.
        if self.contracted(k) {
            return true;
        }
        // Where the clause after the verb ends.
        let mut stop = (k + 8).min(self.toks.len());
        for j in k..(k + 7).min(self.toks.len()) {
            let t = &self.toks[j];
            match t.kind {
                Kind::Punct(':') | Kind::Open => return true,
                // "Pence replied, “These are…”": a comma before the quotation.
                Kind::Punct(',') if self.toks.get(j + 1).is_some_and(|n| n.kind == Kind::Open) => {
                    return true
                }
                Kind::Punct(c) if ",;.!?".contains(c) => {
                    stop = j;
                    break;
                }
                Kind::Close => return false,
                _ => {}
            }
            if self.fam(j).has(Family::Complementizer) {
                return true;
            }
        }
        // English drops "that": "said the plan would fail", "claims his boss
        // is OK": a noun phrase, then a verb, before the clause ends.
        self.grammar.drops_complementizer
            && self.np_starter(k)
            && (k + 1..stop)
                .any(|j| self.fam(j).has(Family::Aux) || self.finite(j) || self.contracted(j))
    }

    /// A subject pronoun with its verb contracted: "he'd", "they’ve".
    fn contracted(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k).filter(|t| t.is_word()) else {
            return false;
        };
        let w = t.lower().replace('’', "'");
        w.find('\'').is_some_and(|a| {
            self.lex.word(&w[..a], self.lang).has(Family::Pronoun)
                && self.grammar.contractions.contains(&&w[a..])
        })
    }

    /// A verb form that only a clause has: a modal, be or have.
    fn finite(&self, j: usize) -> bool {
        let t = &self.toks[j];
        t.is_word() && !t.capitalised() && self.grammar.finite_words.contains(&t.lower().as_ref())
    }
}
