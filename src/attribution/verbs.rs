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
        // ("en faisant valoir que", "mettant en garde": the first word of a phrase.)
        let gerund = self.looks_gerund(after - 1) || self.looks_gerund(v);
        let after_break = chain == 0
            || self.is_boundary(chain - 1) && !self.fam(chain - 1).has(Family::Complementizer);
        // "en affirmant", "while insisting": the marker may also be read as an auxiliary.
        let marked = (chain.saturating_sub(1)..v).any(|i| self.fam(i).has(Family::GerundMarker));
        if gerund && (after_break || marked) {
            if !self.reports(reach, after) {
                return None;
            }
            let (lo, hi) = self.main_subject()?;
            return self.judge(lo, hi).map(|w| Attribution {
                borrowed: true,
                ..self.attribution(w, lo, hi, cue)
            });
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
        let progressive = self.looks_gerund(v);
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
            if let Some((lo, hi)) = self.subject_after(after).filter(|&(_, hi)| {
                self.toks.get(hi).is_none_or(|t| t.kind == Kind::Punct('.'))
                    || self.adjunct_follows(hi)
            }) {
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
            // "As the report noted, prices rose", "comme le maire l'a
            // rappelé, …": the verb vouches for the main clause.
            let as_clause = lo > 0
                && hi == chain
                && !quotation_only
                && self.opens_as_clause(lo - 1)
                && !(lo + 1..hi).any(|i| self.fam(i).has(Family::Pronoun))
                && self.closes_clause(after);
            // "The poll showed a slimmer lead": a document reports its object.
            // ("Le texte vise à garantir": an infinitive after a preposition
            // is the document's purpose, not its content.)
            let document = reach == Reach::Clause
                && !self.fam(chain - 1).has(Family::Preposition)
                && self.document_head(lo, hi)
                && (self.np_starter(after)
                    || self.toks.get(after).is_some_and(|t| t.kind == Kind::Number));
            let reach = if document { Reach::Anything } else { reach };
            if self.reports(reach, after) || after_quote || comma_clause || as_clause {
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
                // "a par ailleurs indiqué", "has once again said".
                match self.adverbial_before(i) {
                    Some(n) => {
                        i -= n;
                        continue;
                    }
                    None => break,
                }
            }
            let t = self.toks[i - 1].lower();
            if t.contains('-') && self.inverted(i - 1).is_some() {
                return (i - 1, Some(i - 1));
            }
            i -= 1;
        }
        (i, None)
    }

    /// The number of tokens of a listed adverbial ending just before token
    /// `i` ("par ailleurs", "d'abord": two), if one does.
    pub(super) fn adverbial_before(&self, i: usize) -> Option<usize> {
        let ends_with = |a: &str| -> Option<usize> {
            // Its words, last first, against the tokens before `i` ("d'abord"
            // is the tokens "d'" and "abord"); most fail on the first.
            let mut j = i;
            let mut rest = a;
            while !rest.is_empty() {
                let t = self.toks.get(j.checked_sub(1)?)?;
                // (’ is three bytes, ' one.)
                let len = t.text.len() - 2 * t.text.matches('’').count();
                let cut = rest.len().checked_sub(len)?;
                let (before, word) = (rest.get(..cut)?, rest.get(cut..)?);
                // (Whole words only: "ar" is no end of "par".)
                let whole = before.is_empty() || before.ends_with(' ') || before.ends_with('\'');
                if !t.is_word() || !whole || !same_word(t.text, word) {
                    return None;
                }
                rest = before.trim_end();
                j -= 1;
            }
            Some(i - j)
        };
        // (Only those ending on the last letter of the word before `i`:
        // this runs at every verb.)
        let last = self.toks.get(i.checked_sub(1)?)?.text.chars().next_back()?;
        let last = if last == '’' {
            '\''
        } else {
            last.to_ascii_lowercase()
        };
        self.grammar
            .adverbials
            .iter()
            .filter(|a| a.ends_with(last))
            .find_map(|a| ends_with(a))
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

    /// A gerund or present participle: "déplorant", "saying" (false past the
    /// last token).
    pub(super) fn looks_gerund(&self, i: usize) -> bool {
        self.ends_in(i, self.grammar.gerund_suffixes)
    }

    /// A comma at `i` that opens a participial or relative adjunct: "…, a
    /// averti le ministre, déplorant…", "…, a annoncé la SNCF, qui…".
    fn adjunct_follows(&self, i: usize) -> bool {
        self.punct(i, ',')
            && self.toks.get(i + 1).is_some_and(|t| t.is_word())
            && (self.looks_gerund(i + 1) || self.fam(i + 1).has(Family::Relative))
    }

    /// A verb form after a preposition that makes it a noun ("d'alerte",
    /// "of claims"), unless it is an infinitive or a gerund ("d'annoncer").
    fn noun_complement(&self, v: usize) -> bool {
        let before = self.toks[v - 1].lower().replace('’', "'");
        self.grammar.noun_complements.contains(&before.as_str())
            && !self.ends_in(v, self.grammar.infinitive_suffixes)
            && !self.looks_gerund(v)
    }
}

/// A token as written and a listed word in lower case: the same word, its
/// case and its apostrophe aside (’ is written ' in the lists). Compared
/// without folding a copy: it runs at every verb.
fn same_word(token: &str, word: &str) -> bool {
    let norm = |c: char| if c == '’' { '\'' } else { c };
    let mut a = token.chars().map(norm);
    let mut b = word.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y || x.to_lowercase().eq(std::iter::once(y)) => {}
            _ => return false,
        }
    }
}
