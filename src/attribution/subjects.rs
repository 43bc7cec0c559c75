//! The subject of a reporting verb: before it, past appositions, adjuncts
//! and participle clauses set off by commas, or the main clause's subject.

use super::{Reader, REACH};
use crate::cues::Family;
use crate::tokens::Kind;

impl Reader<'_, '_> {
    /// The subject just before a verb chain starting at token `chain`,
    /// passing over appositions and participial phrases set off by commas.
    pub(super) fn subject_before(&self, chain: usize) -> Option<(usize, usize)> {
        let mut hi = chain;
        // "le chef de l'État, Assimi Goïta, a souligné": an apposition ends at the verb.
        if hi > 1 && self.punct(hi - 1, ',') {
            hi -= 1;
        }
        // "Sen. Bernie Sanders (I-Vt.) said", "Jean Roy (LR) a dit": a party
        // tag between a name and its verb ("les forces armées maliennes
        // (FAMa)" keep their acronym).
        if hi > 1 && self.punct(hi - 1, ')') {
            let open = (hi.saturating_sub(8)..hi - 1)
                .rev()
                .find(|&i| self.punct(i, '('));
            // (An aside in lower case goes too: "Some groups (e.g. the unions) said".)
            let aside = |o: usize| {
                self.toks
                    .get(o + 1)
                    .is_some_and(|t| t.is_word() && !t.capitalised())
            };
            if let Some(open) = open.filter(|&o| o > 0 && (self.proper(o - 1) || aside(o))) {
                hi = open;
            }
        }
        let floor = chain.saturating_sub(REACH);
        for _ in 0..4 {
            let mut lo = hi;
            while lo > floor && !self.is_boundary(lo - 1) {
                lo -= 1;
            }
            if lo == hi || lo == floor && floor > 0 {
                return None;
            }
            // "asking if the governor believes", "demande si le maire pense":
            // the subject opens after the word that opens its clause.
            if let Some(k) = (lo..hi).rev().find(|&i| self.opens_clause(i)) {
                lo = k + 1;
                if lo == hi {
                    return None;
                }
            }
            let mut a = lo;
            // "Certains, dans sa majorité, ont dénoncé": a phrase between
            // commas opened by a preposition is an adjunct of the subject
            // before it.
            let adjunct = lo > 1
                && self.punct(lo - 1, ',')
                && self.fam(lo).has(Family::Preposition)
                && !self.fam(lo).has(Family::Determiner)
                && self.punct(hi, ',');
            if adjunct {
                hi = lo - 1;
                continue;
            }
            // "- Le CERN a annoncé": a list's dash or bullet opens no phrase.
            while a < hi && matches!(self.toks[a].kind, Kind::Punct('-' | '•' | '*' | '·')) {
                a += 1;
            }
            while a < hi
                && self.fam(a).has(Family::Function)
                && !self.fam(a).has(Family::Determiner)
            {
                a += 1;
            }
            // "Later she said", "a good answer when she said": a subject
            // pronoun just before the verb is its subject, whatever precedes
            // it (not "all of them", "chacun d'eux").
            if hi - a >= 2 && self.subject_pronoun(hi - 1) {
                a = hi - 1;
            }
            let ends_open = self.fam(hi - 1).has(Family::Function) && !self.proper(hi - 1);
            // "the line had two distinct claims": a verb inside is no subject,
            // unless a relative clause holds it ("le ministre, qui a signé").
            let relative = (a..hi).position(|i| self.fam(i).has(Family::Relative));
            let verb_inside = (a..relative.map_or(hi, |r| a + r)).any(|i| {
                let f = self.fam(i);
                f.has(Family::Aux)
                    && !f.has(Family::Function)
                    && !f.has(Family::Determiner)
                    && !f.has(Family::Pronoun)
            });
            // "Sen. Rand Paul, R-Ky., said": a party and state tag is no subject.
            let tag = hi - a <= 2 && {
                let t = self.toks[a].text;
                let b = t.as_bytes();
                b.len() >= 3
                    && b[0].is_ascii_uppercase()
                    && b[1] == b'-'
                    && b[2].is_ascii_uppercase()
            };
            let adjective = self.plain_before_name(a, hi);
            // ("three current and former Podesta employees said")
            let counted = self.toks[a].kind == Kind::Number
                && self.toks.get(a + 1).is_some_and(|t| t.is_word());
            if a < hi
                && (self.np_starter(a) || adjective || counted)
                && !ends_open
                && !verb_inside
                && !tag
                && !self.participle_adjunct(a)
            {
                let pronoun_alone = !self.fam(a).has(Family::Pronoun)
                    || self.fam(a).has(Family::Determiner)
                    || hi - a == 1;
                // "Lance Beebe, 49, a Navy veteran, said": an indefinite
                // apposition, however long, stands for the name before it;
                let indefinite = self.fam(a).has(Family::Indefinite);
                // "Pierre Roy, préfet du Loiret, estime": so does an office
                // with no article.
                let bare = !self.toks[a].capitalised() && !self.fam(a).has(Family::Determiner);
                if let Some(name) = (indefinite || bare)
                    .then(|| self.name_before_apposition(lo))
                    .flatten()
                {
                    return Some(name);
                }
                return (hi - a <= 14 && pronoun_alone).then_some((a, hi));
            }
            if lo == 0 || !self.punct(lo - 1, ',') {
                return None;
            }
            hi = lo - 1;
        }
        None
    }

    /// "former President Bill Clinton", "former presidential candidate
    /// Herman Cain": one to three plain words before a full name open a noun
    /// phrase (`a..hi`) too ("top Democrats" stays a crowd).
    pub(super) fn plain_before_name(&self, a: usize, hi: usize) -> bool {
        let hi = hi.min(self.toks.len());
        let capital = (a + 1..hi.min(a + 4)).find(|&n| self.toks[n].capitalised());
        capital.is_some_and(|n| {
            (a..n).all(|i| self.plain(i))
                && (n + 1..hi).any(|m| self.proper(m) && self.toks[m - 1].capitalised())
        })
    }

    /// The name that an apposition starting at `lo` follows: "Marley
    /// Anderson, 21, a junior, said" (commas, at most one number between).
    fn name_before_apposition(&self, lo: usize) -> Option<(usize, usize)> {
        let mut end = lo.checked_sub(1).filter(|&c| self.punct(c, ','))?;
        // ", 49," or ", 49 ans," : an age between the name and the apposition.
        for width in [1, 2] {
            let age = end > width
                && self.toks[end - width].kind == Kind::Number
                && self.punct(end - width - 1, ',');
            if age {
                end -= width + 1;
                break;
            }
        }
        // "Alabama Sen. Jeff Sessions", "Mr. Rubio": a title and its period
        // belong to the name.
        let titled = |i: usize| {
            self.toks[i].capitalised() && self.fam(i).has(Family::Office)
                || self.toks[i].kind == Kind::Punct('.') && self.abbreviated(i)
        };
        let mut start = end;
        while start > 0 && (self.proper(start - 1) || titled(start - 1)) {
            start -= 1;
        }
        let names = (start..end).filter(|&i| self.proper(i)).count();
        let title = (start..end).any(titled);
        let clause_start = start == 0 || self.is_boundary(start - 1);
        (names >= 2 || names == 1 && title)
            .then_some((start, end))
            .filter(|_| clause_start)
    }

    /// The subject of the sentence's main clause, for "…, ajoutant que".
    pub(super) fn main_subject(&self) -> Option<(usize, usize)> {
        self.main_subject_from(0)
    }

    /// The subject of the clause that opens at token `start`.
    pub(super) fn main_subject_from(&self, start: usize) -> Option<(usize, usize)> {
        let mut lo = start;
        for _ in 0..4 {
            // "Mais OpinionWay a livré…", "But the senator said…": a
            // conjunction opening the clause is no part of its subject.
            if self.fam(lo).has(Family::Conjunction) {
                lo += 1;
            }
            let preposition =
                self.fam(lo).has(Family::Function) && !self.fam(lo).has(Family::Determiner);
            // "Disant assumer la mesure, Mme Buzyn…", "Excédé, le maire…",
            // "Asked about it, the senator…": a participle opens an adjunct.
            if self.np_starter(lo) && !preposition && !self.participle_adjunct(lo) {
                let hi = self.subject_end(lo);
                // (A name is no adjunct: "Jean Roy, le candidat du parti a dit…".)
                let name = (lo..hi).all(|i| self.proper(i));
                let fronted = if name { None } else { self.after_fronted(hi) };
                return Some(fronted.unwrap_or((lo, hi)));
            }
            lo = (lo..self.toks.len().min(lo + REACH)).find(|&i| self.punct(i, ','))? + 1;
        }
        None
    }

    /// A pronoun at `i` that can stand as a subject after another word: not a
    /// determiner, not after a preposition, "of" or an article ("all of
    /// them", "l'un d'eux"), nor after an auxiliary ("a elle relevé") or a
    /// verb ("heard him say").
    fn subject_pronoun(&self, i: usize) -> bool {
        let f = self.fam(i);
        let p = self.fam(i - 1);
        // After a word that opens a clause or an adverb ("when she", "and
        // he", "dans laquelle elle", "Finally she"), not after a verb
        // ("heard him say").
        let opens = p.has(Family::Function)
            || p.has(Family::Relative)
            || p.has(Family::Complementizer)
            || p.has(Family::Conjunction)
            || p.has(Family::Subordinator)
            || self.adverb(i - 1)
            || i == 1 && self.toks[0].capitalised();
        f.has(Family::Pronoun)
            && !f.has(Family::Determiner)
            && !f.has(Family::Indefinite)
            && self.toks[i - 1].is_word()
            && opens
            && !p.has(Family::Preposition)
            && !p.has(Family::Determiner)
            && !p.has(Family::Linker)
            && !p.has(Family::Indefinite)
            && !p.has(Family::Aux)
    }

    /// "if", "whether", "si", "que": a word that opens a clause (not "that"
    /// as a determiner: "that man").
    fn opens_clause(&self, i: usize) -> bool {
        let f = self.fam(i);
        (f.has(Family::Hypothesis) || f.has(Family::Complementizer))
            && !f.has(Family::Determiner)
            && !f.has(Family::Pronoun)
    }

    /// Where a subject opening at `lo` ends: at a boundary, or before its verb.
    fn subject_end(&self, lo: usize) -> usize {
        let mut hi = lo + 1;
        while hi < self.toks.len()
            && hi - lo < 10
            && !self.is_boundary(hi)
            && (!self.fam(hi).has(Family::Aux) || self.determines_next(hi))
        {
            // "Mrs. Clinton introduced him": a plain word after a name is its verb.
            let after_name = self.proper(hi - 1)
                && self.toks[hi].is_word()
                && !self.toks[hi].capitalised()
                && self.fam(hi).is_empty();
            if self.lex_verb(hi) || after_name {
                break;
            }
            hi += 1;
        }
        hi
    }

    /// A phrase that ends at a comma with no verb may be a fronted adjunct
    /// ("Côté syndicats, la CGT "maintient…"", "Confronté aux plaintes de
    /// dizaines, voire de centaines d'habitants, le maire a décidé…", "Last
    /// week, the senator said"): the subject is a later phrase, opening on an
    /// article or a name, that runs into its verb. A phrase between commas
    /// that does not is an apposition ("Pierre Roy, préfet du Loiret,
    /// estime", "Jean Roy, l'ancien ministre, estime"): the first phrase stays,
    /// as it does when it is a name.
    fn after_fronted(&self, mut hi: usize) -> Option<(usize, usize)> {
        for _ in 0..3 {
            if !self.punct(hi, ',') {
                return None;
            }
            let lo = hi + 1;
            let t = self.toks.get(lo)?;
            if !t.is_word() || self.lex_verb(lo) || self.fam(lo).has(Family::Aux) {
                return None;
            }
            let opens = self.fam(lo).has(Family::Determiner) || self.proper(lo);
            hi = self.subject_end(lo);
            let runs_on = self.toks.get(hi).is_some_and(|n| {
                n.kind == Kind::Open || self.fam(hi).has(Family::Aux) || self.lex_verb(hi)
            });
            if opens && runs_on && self.np_starter(lo) {
                return Some((lo, hi));
            }
        }
        None
    }

    /// Whether token `i` opens an adjunct as a participle, not a subject:
    /// "Disant assumer la mesure, Mme Buzyn…", "Excédé, le maire…",
    /// "Speaking to reporters, the senator…". A name is no participle: it
    /// is short ("King", "Louis, 12 ans"), goes on capitalised ("Sterling
    /// Brown") or is followed by its verb ("Schilling told", "Manning said").
    pub(super) fn participle_adjunct(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if !t.is_word() || !self.fam(i).is_empty() || t.text.chars().count() < 6 {
            return false;
        }
        let clause_goes_on = self.toks.get(i + 1).is_some_and(|n| {
            n.is_word()
                && !n.capitalised()
                && !self.lex_verb(i + 1)
                && !self.fam(i + 1).has(Family::Aux)
        });
        // The clause ends at a comma before any verb of its own ("Criticizing
        // police tactics will alienate…" is a subject); a clause it opens
        // may hold verbs ("Affirmant qu'il ne se trouvait pas là, M. Philippe").
        let closed = || {
            for k in i + 1..self.toks.len() {
                let f = self.fam(k);
                if self.punct(k, ',') {
                    return true;
                }
                if f.has(Family::Complementizer) || f.has(Family::Relative) {
                    return (k..self.toks.len()).any(|k| self.punct(k, ','));
                }
                if self.lex_verb(k) || f.has(Family::Aux) {
                    return false;
                }
            }
            false
        };
        self.looks_gerund(i) && clause_goes_on && closed()
            || self.looks_participle(i) && self.punct(i + 1, ',')
    }

    /// "l'" in "le chef de l'État" is an article, not the object pronoun of
    /// "le maire l'a dit": a plain word follows it, no verb.
    fn determines_next(&self, i: usize) -> bool {
        self.fam(i).has(Family::Determiner)
            && self.toks.get(i + 1).is_some_and(|n| n.is_word())
            && !self.fam(i + 1).has(Family::Aux)
            && !self.lex_verb(i + 1)
    }
}
