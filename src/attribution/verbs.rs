//! Reporting verbs: whether a verb reports here, and where its subject stands
//! (before it, inverted after it, in a participle's main clause, or passive).

use super::{Attribution, Reader, Who};
use crate::cues::{Cue, Family};
use crate::tokens::Kind;

/// What a reporting verb needs after it to report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// A clause: que / that / : / a quotation / an infinitive ("affirme que").
    Clause,
    /// Anything, a noun phrase too: a speech act ("a dénoncé les complots").
    Anything,
    /// A quotation only ("He continued, “…”"; "poursuit-il" after one).
    Quotation,
}

impl Reader<'_, '_> {
    /// A reporting verb, that reports what `reach` allows after it.
    pub fn verb(&self, cue: &Cue, reach: Reach) -> Option<Attribution> {
        let quotation_only = reach == Reach::Quotation;
        let (v, after) = self.cue_tokens(cue);
        // "its forecast", "the claims": after an article or a possessive, a
        // verb form is a noun.
        // ("Editor's note", "at Mr. Obama's request": a possessive too.)
        let possessive = v > 0 && {
            let t = self.toks[v - 1].text;
            t.ends_with("'s") || t.ends_with("’s")
        };
        // "comme le révèle L'Express", "comme le rapporte la presse": after an
        // inversion trigger, an article before the verb is its object.
        let clitic = v > 1
            && self.fam(v - 1).has(Family::Determiner)
            && self.fam(v - 2).has(Family::InversionTrigger);
        if v > 0 && self.fam(v - 1).has(Family::NounMarker) && !clitic || possessive {
            return None;
        }
        if v > 0 && self.noun_complement(v) {
            return None;
        }
        // (The cue ends on a token.)
        self.toks.get(after - 1)?;
        // "dit-il", "affirme-t-elle": the subject is in the verb.
        if let Some(who) = self.inverted(after - 1) {
            return Some(self.attribution(who, after - 1, after, cue));
        }
        let (chain, inverted) = self.chain_start(v);
        let chain = if clitic && chain == v { v - 1 } else { chain };
        if let Some(p) = inverted {
            // "a-t-il ajouté" stands for someone named before; "a-t-on appris", for no one.
            let who = self.inverted(p).unwrap_or(Who::Pronoun);
            return Some(self.attribution(who, p, p + 1, cue));
        }
        let gerund = self.ends_in(after - 1, self.grammar.gerund_suffixes);
        let after_break = chain == 0
            || self.is_boundary(chain - 1) && !self.fam(chain - 1).has(Family::Complementizer);
        // "en affirmant", "while insisting": the marker may also be read as an auxiliary.
        let marked = (chain.saturating_sub(1)..v).any(|i| self.fam(i).has(Family::GerundMarker));
        if gerund && (after_break || marked) {
            if !self.reports(reach, after) {
                return None;
            }
            let (lo, hi) = self.main_subject()?;
            return self.judge(lo, hi).map(|w| self.attribution(w, lo, hi, cue));
        }
        let quoted = chain > 0 && self.toks[chain - 1].kind == Kind::Close
            || chain > 1 && self.punct(chain - 1, ',') && self.toks[chain - 2].kind == Kind::Close;
        let incise = after_break && chain > 0 && (quoted || self.punct(chain - 1, ','));
        // After a quotation the subject follows the verb: "« … », affirme X."
        if quoted {
            if let Some((lo, hi)) = self.subject_after(after) {
                return self.judge(lo, hi).map(|w| self.attribution(w, lo, hi, cue));
            }
        }
        // "a été annoncé", "has been blamed": the subject is what is reported
        // on, not who reports; the agent, if any, follows "par" / "by".
        // "s'est observée" is reflexive, not a reported passive ("se disent" still reports).
        let reflexive = (chain..v).any(|i| self.fam(i).has(Family::Reflexive));
        // ("are saying", "is outlining": a progressive is no passive.)
        let progressive = self.ends_in(v, self.grammar.gerund_suffixes);
        let passive = (chain..v).any(|i| self.fam(i).has(Family::PassiveAux)) && !progressive;
        // "s'ajoute à", "s'annonce": a verb made reflexive is another verb
        // (the pronominal reporting verbs are entries of their own: "s'exclame").
        // "la campagne a été lancée", "un accord a été conclu": no speech.
        if reflexive || passive && self.fam(v).has(Family::NotReportingPassive) {
            return None;
        }
        if passive {
            return Some(self.passive_agent(after, cue));
        }
        // French inversion after a clause: "Le trafic reprendra lundi, a annoncé
        // la SNCF." The source closes the sentence and names someone.
        if self.grammar.inversion_after_clause
            && !quotation_only
            && chain > 0
            && self.punct(chain - 1, ',')
        {
            // ("…, révèle mardi matin Libération.": past a time and adjuncts.)
            if let Some((lo, hi)) = self
                .subject_after(after)
                .filter(|&(_, hi)| self.toks.get(hi).is_none_or(|t| t.kind == Kind::Punct('.')))
            {
                let generic = (lo..hi).any(|i| self.fam(i).has(Family::Generic));
                match self.judge(lo, hi) {
                    Some(w @ Who::Named) => return Some(self.attribution(w, lo, hi, cue)),
                    Some(w @ Who::Vague) if generic => {
                        return Some(self.attribution(w, lo, hi, cue))
                    }
                    _ => {}
                }
            }
        }
        // "Ce qu'a confirmé Alain Fontaine", "comme l'a rappelé le maire": the
        // subject follows the verb after these words.
        let trigger = chain > 0 && self.fam(chain - 1).has(Family::InversionTrigger);
        if trigger {
            if let Some((lo, hi)) = self.subject_after(after) {
                if let Some(w @ (Who::Named | Who::Vague)) = self.judge(lo, hi) {
                    return Some(self.attribution(w, lo, hi, cue));
                }
            }
        }
        // "The decision, announced on Friday, drew…": a bare participle after a
        // comma describes the noun before it; it reports nothing.
        // ("A neighbour, Paul Girard, recounted…" has its name in apposition: two commas.)
        let participle =
            v == chain && chain > 0 && self.punct(chain - 1, ',') && self.looks_participle(v) && {
                let mut lo = chain - 1;
                while lo > 0 && !self.is_boundary(lo - 1) {
                    lo -= 1;
                }
                lo == 0 || !self.punct(lo - 1, ',')
            };
        if let Some((lo, hi)) = self.subject_before(chain).filter(|_| !participle) {
            // "on note une hausse": the author's impersonal observation.
            if hi - lo == 1
                && self.fam(lo).has(Family::Indefinite)
                && self.fam(v).has(Family::Observation)
            {
                return None;
            }
            let who = self.judge(lo, hi);
            // "Many regard it as…": an indefinite crowd thinking is reported speech too.
            if who == Some(Who::Vague) && !quotation_only {
                return Some(self.attribution(Who::Vague, lo, hi, cue));
            }
            // "“…,” Smith told reporters." / "Prices rose, the office said.": the
            // subject follows a quotation, or a comma when the verb ends the clause.
            let after_quote = lo > 0 && self.toks[lo - 1].kind == Kind::Close
                || lo > 1 && self.punct(lo - 1, ',') && self.toks[lo - 2].kind == Kind::Close;
            let after_comma = lo > 0 && self.punct(lo - 1, ',');
            // ("…, the president told her.": a pronoun or "reporters" as
            // its object, then the end.)
            let mut end = after;
            while end < self.toks.len().min(after + 2)
                && (self.fam(end).has(Family::Pronoun) || self.fam(end).has(Family::Aux))
            {
                end += 1;
            }
            let clause_ends = self
                .toks
                .get(end)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(_)));
            let comma_clause = after_comma && clause_ends && !quotation_only;
            if self.reports(reach, after) || after_quote || comma_clause {
                return self.judge(lo, hi).map(|w| self.attribution(w, lo, hi, cue));
            }
        }
        // An incise without quotation marks: "La crise, dit X, va durer."
        if incise && !quotation_only {
            if let Some((lo, hi, true)) = self.np_after(after) {
                return self.judge(lo, hi).map(|w| self.attribution(w, lo, hi, cue));
            }
        }
        None
    }

    /// Steps back over auxiliaries, adverbs and clitics before a verb; also
    /// says whether one of them carries an inverted pronoun ("a-t-il").
    pub(super) fn chain_start(&self, v: usize) -> (usize, Option<usize>) {
        let mut i = v;
        while i > 0 {
            let f = self.fam(i - 1);
            let linker = f.has(Family::Linker) && i >= 2 && self.fam(i - 2).has(Family::Aux);
            if !(f.has(Family::Aux) || linker || self.adverb(i - 1)) {
                break;
            }
            let t = self.toks[i - 1].lower();
            if t.contains('-') && self.inverted(i - 1).is_some() {
                return (i - 1, Some(i - 1));
            }
            i -= 1;
        }
        (i, None)
    }

    /// An adverb by its ending ("repeatedly", "fermement"), lower case and not a
    /// listed word ("family", "comment" are nouns).
    pub(super) fn adverb(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let w = t.text;
        let (ending, shortest) = self.grammar.adverb;
        let suffix = !ending.is_empty() && w.len() >= shortest && w.ends_with(ending);
        suffix && self.plain(i)
    }

    /// A word in lower case that no list knows, not even as a cue: an
    /// adverb's or an adjective's place ("fermement", "former").
    pub(super) fn plain(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.is_word()
            && !t.capitalised()
            && self.fam(i).is_empty()
            && self.lex.cue_word(t.text, self.lang).is_empty()
    }

    /// A past participle: "annoncée", "announced" (not "said", which also
    /// stands in inversions: "…, said the minister").
    pub(super) fn looks_participle(&self, i: usize) -> bool {
        self.ends_in(i, self.grammar.participle_suffixes)
    }

    /// Whether what follows the verb makes it report.
    fn reports(&self, reach: Reach, after: usize) -> bool {
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

    /// A verb form after a preposition that makes it a noun ("d'alerte",
    /// "of claims"), unless it is an infinitive or a gerund ("d'annoncer").
    fn noun_complement(&self, v: usize) -> bool {
        let before = self.toks[v - 1].lower().replace('’', "'");
        self.grammar.noun_complements.contains(&before.as_str())
            && !self.ends_in(v, self.grammar.infinitive_suffixes)
            && !self.ends_in(v, self.grammar.gerund_suffixes)
    }
}
