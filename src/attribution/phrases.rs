//! Noun phrases around a cue: the subject before a verb, the main clause's
//! subject, the phrase after a frame or an inverted verb.

use super::{Reader, REACH};
use crate::cues::Family;
use crate::tokens::{Kind, Tok};

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
                // apposition, however long, stands for the name before it.
                let indefinite = self.fam(a).has(Family::Indefinite);
                if let Some(name) = indefinite
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
        let mut lo = 0;
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
                return Some((lo, hi));
            }
            lo = (lo..self.toks.len().min(lo + REACH)).find(|&i| self.punct(i, ','))? + 1;
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
        self.ends_in(i, self.grammar.gerund_suffixes) && clause_goes_on && closed()
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

    pub(super) fn lex_verb(&self, i: usize) -> bool {
        let f = self.lex.cue_word(self.toks[i].text, self.lang);
        f.has(Family::Reporting) || f.has(Family::SpeechAct) || f.has(Family::QuoteVerb)
    }

    /// The noun phrase from token `k` on; `closed` is true where it stops at
    /// punctuation or at the end of the sentence rather than running on.
    pub fn np_after(&self, k: usize) -> Option<(usize, usize, bool)> {
        self.np_from(k, false)
    }

    /// `bare`: the phrase may open on a common noun ("according to police").
    pub(super) fn np_from(&self, mut k: usize, bare: bool) -> Option<(usize, usize, bool)> {
        // Skip "jeudi", "également", never a preposition ("on Friday").
        while k < self.toks.len()
            && (self.fam(k).has(Family::Aux) || self.fam(k).has(Family::Month))
            && !self.fam(k).has(Family::Function)
            && !self.np_starter(k)
        {
            k += 1;
        }
        // "selon « Le Parisien »", "according to “The Times”": a title in
        // quotation marks is the phrase, without its marks (and without its
        // article: "according to the “Financial Times”").
        let open = k + usize::from(self.fam(k).has(Family::Determiner));
        if let Some(close) = self.title_at(open) {
            return Some((open + 1, close, true));
        }
        // ("selon 60 Millions de consommateurs", "according to 20 Minutes":
        // a number before a capitalised word opens a title.)
        let numbered =
            |t: &Tok| t.kind == Kind::Number && self.toks.get(k + 1).is_some_and(Tok::capitalised);
        let bare_ok = bare
            && self
                .toks
                .get(k)
                .is_some_and(|t| t.is_word() && !self.fam(k).has(Family::Function) || numbered(t));
        if !self.np_starter(k) && !bare_ok {
            return None;
        }
        let lo = k;
        // "Selon lui, …": a pronoun is the whole phrase.
        if self.fam(k).has(Family::Pronoun) && !self.fam(k).has(Family::Determiner) {
            return Some((lo, lo + 1, true));
        }
        let mut hi = k;
        while hi < self.toks.len() && hi - lo < 12 {
            let t = &self.toks[hi];
            let stop = match t.kind {
                // "M. Glagolev": an abbreviation's period ends nothing.
                Kind::Punct('.') if self.abbreviated(hi) => false,
                Kind::Punct(c) => !"()-'’&".contains(c),
                Kind::Open | Kind::Close => true,
                _ => {
                    let f = self.fam(hi);
                    let other = [
                        Family::Function,
                        Family::Determiner,
                        Family::Pronoun,
                        Family::Indefinite,
                    ];
                    let verb = f.has(Family::Aux) && !other.iter().any(|&x| f.has(x));
                    // "la CNCTR mais…": a conjunction ends it; "Jean Roy sur
                    // Twitter", "le magazine sur son site": so does a
                    // preposition after a name, or before a phrase of its own.
                    let conjunction = f.has(Family::Conjunction);
                    // "a déclaré Jean Roy lundi": a day after a name is a
                    // time of its own.
                    let day = f.has(Family::Month) && self.proper(hi - 1);
                    // ("the Office for National Statistics": a name goes on past one.)
                    let name_goes_on = self.toks.get(hi + 1).is_some_and(|t| t.capitalised());
                    let adjunct = f.has(Family::Preposition)
                        && ((lo..hi).any(|i| self.proper(i)) && !name_goes_on
                            || self.opens_adjunct(hi + 1));
                    hi > lo
                        && (f.has(Family::Complementizer)
                            || f.has(Family::Relative)
                            || conjunction
                            || day
                            || adjunct
                            || verb)
                }
            };
            if stop {
                break;
            }
            hi += 1;
        }
        // "Ces lanceurs d'" : a phrase never ends on a determiner or a linking word.
        while hi > lo + 1 && (self.dangles(hi - 1) || self.fam(hi - 1).has(Family::Indefinite)) {
            hi -= 1;
        }
        // "la présidente du club, Marie Vidal": a name in apposition belongs to
        // the phrase (after a frame, only to a person's: "Selon une information
        // de France Bleu, Barack Obama…" starts a clause).
        let person = (lo..hi).any(|i| {
            let f = self.fam(i);
            f.has(Family::Office) || f.has(Family::Generic)
        });
        if self.punct(hi, ',') && (!bare || person) {
            let name_end = (hi + 1..self.toks.len().min(hi + 5))
                .take_while(|&i| self.proper(i))
                .last();
            let ends = |e: usize| {
                e + 1 == self.toks.len() || matches!(self.toks[e + 1].kind, Kind::Punct(_))
            };
            if let Some(e) = name_end.filter(|&e| ends(e)) {
                hi = e + 1;
            }
        }
        // Closed: nothing but punctuation, the end or an adjunct follows.
        let closed = hi == self.toks.len()
            || matches!(
                self.toks[hi].kind,
                Kind::Punct(_) | Kind::Open | Kind::Close
            )
            || self.fam(hi).has(Family::Preposition)
            || self.fam(hi).has(Family::TimeWord)
            || self.fam(hi).has(Family::Month);
        Some((lo, hi, closed))
    }

    /// Where a phrase of time that starts at `lo` ends: its determiner,
    /// adjectives and time words ("le même jour", "ce mardi soir").
    fn time_phrase_end(&self, lo: usize) -> usize {
        let mut i = lo;
        while i < self.toks.len() && self.toks[i].is_word() && !self.proper(i) {
            let f = self.fam(i);
            let timely = f.has(Family::TimeUnit) || f.has(Family::TimeWord) || f.has(Family::Month);
            i += 1;
            if timely
                && !self.toks.get(i).is_some_and(|t| {
                    t.is_word() && {
                        let g = self.fam(i);
                        g.has(Family::TimeWord) || g.has(Family::Month)
                    }
                })
            {
                break;
            }
        }
        i
    }

    /// The closing mark of a title in quotation marks opening at `open`: one
    /// to eight words, the first capitalised ("« Le Monde »", "“The Times”").
    fn title_at(&self, open: usize) -> Option<usize> {
        if self.toks.get(open)?.kind != Kind::Open {
            return None;
        }
        let close = (open + 1..self.toks.len().min(open + 10))
            .find(|&i| !self.title_word(i))
            .filter(|&c| self.toks[c].kind == Kind::Close)?;
        (close > open + 1 && self.toks[open + 1].capitalised()).then_some(close)
    }

    /// A word of a title, or the punctuation inside one ("L'Équipe", "Ouest-France").
    fn title_word(&self, i: usize) -> bool {
        match self.toks[i].kind {
            Kind::Word | Kind::Number => true,
            Kind::Punct(c) => "'’-&.".contains(c),
            _ => false,
        }
    }

    /// A possessive or an indefinite article: what a preposition's adjunct
    /// opens with ("sur son site", "in an interview"), unlike a source's own
    /// complement ("de l'ONU", "from Amtrak").
    fn opens_adjunct(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_word())
            && (self.fam(i).has(Family::Indefinite) || self.fam(i).has(Family::Possessive))
    }

    /// A capitalised word of time that starts a name with the next word:
    /// "avance Midi Libre" (a weekday or month is a date: "said Monday John").
    fn names_with_next(&self, i: usize) -> bool {
        self.toks[i].capitalised() && !self.fam(i).has(Family::Month) && self.proper(i + 1)
    }

    /// The subject of an incise, after its verb: « … », a déclaré mardi soir
    /// au micro de RTL Jean Roy. Time words, numbers, adverbs and phrases
    /// opened by a preposition are passed over; a preposition's phrase ends at
    /// a time word, a number, a comma, or an acronym followed by a name ("de
    /// RTL Jean Roy").
    pub(super) fn subject_after(&self, after: usize) -> Option<(usize, usize)> {
        let end = self.toks.len().min(after + REACH);
        let mut in_adjunct = false;
        let mut k = after;
        while k < end {
            let t = &self.toks[k];
            match t.kind {
                Kind::Punct(',') => in_adjunct = false,
                // "M. Glagolev": an abbreviation's period ends nothing.
                Kind::Punct('.') if self.abbreviated(k) => {}
                Kind::Punct(_) | Kind::Open | Kind::Close => return None,
                // "précise 60 Millions de consommateurs": a number opens a title.
                Kind::Number
                    if !in_adjunct && self.toks.get(k + 1).is_some_and(|n| n.capitalised()) =>
                {
                    let (lo, hi, _) = self.np_from(k, true)?;
                    return Some((lo, hi));
                }
                Kind::Number => in_adjunct = false,
                Kind::Word => {
                    let f = self.fam(k);
                    // An adverb between the verb and its subject ("a rétorqué
                    // sèchement l'édile", "écrit ainsi la rédaction"), unless it
                    // opens a clause ("ainsi que").
                    let adverb = self.adverb(k)
                        || f.has(Family::Aux)
                            && f.has(Family::Function)
                            && !self.fam(k + 1).has(Family::Complementizer);
                    let starts = self.np_starter(k);
                    let skipped = f.has(Family::TimeWord) && !self.names_with_next(k)
                        || f.has(Family::Month)
                        || adverb
                        || (f.has(Family::Aux) && !f.has(Family::Function) && !starts);
                    // "de son côté", "pour sa part", "for his part": before a
                    // possessive, a preposition or "de" opens an adjunct.
                    let adjunct = f.has(Family::Preposition)
                        || f.has(Family::Indefinite) && self.fam(k + 1).has(Family::Possessive);
                    if adjunct {
                        in_adjunct = true;
                    } else if skipped {
                        in_adjunct = false;
                    } else if in_adjunct {
                        let acronym =
                            t.text.chars().all(|c| !c.is_lowercase()) && t.text.len() >= 2;
                        let name_next = self.toks.get(k + 1).is_some_and(|n| {
                            n.is_word() && n.capitalised() && n.text.chars().any(char::is_lowercase)
                        });
                        // "sur franceinfo la députée": a determiner after the
                        // adjunct's own noun starts the subject.
                        let p = self.fam(k.saturating_sub(1));
                        // ("avec plaisir M. Glagolev": so does a name after it.)
                        // ("en France le site de BFMTV": or after a name.)
                        let opens_subject = (f.has(Family::Determiner)
                            && (!self.toks[k - 1].capitalised() || self.proper(k - 1))
                            || self.proper(k)
                                && !self.proper(k - 1)
                                && !self.toks[k - 1].capitalised())
                            && k > after
                            && self.toks[k - 1].is_word()
                            && !p.has(Family::Preposition)
                            && !p.has(Family::Linker)
                            && !p.has(Family::Indefinite)
                            && !p.has(Family::Determiner);
                        if opens_subject {
                            in_adjunct = false;
                            continue; // this word is read again, as a subject
                        }
                        in_adjunct = !(acronym && name_next);
                    } else if starts || self.plain_before_name(k, k + 7) {
                        // ("said undecided Republican voter Stephanie Hooton")
                        let (lo, hi, _) = self.np_from(k, !starts)?;
                        // "le même jour", "ce mardi": a phrase of time is an adjunct too.
                        let time = (lo..hi.min(lo + 3)).any(|i| {
                            let f = self.fam(i);
                            (f.has(Family::TimeUnit) || f.has(Family::TimeWord))
                                && !self.names_with_next(i)
                                || f.has(Family::Month)
                        });
                        if !time {
                            return Some((lo, hi));
                        }
                        (k, in_adjunct) = (self.time_phrase_end(lo).max(k + 1), false);
                        continue;
                    } else {
                        return None;
                    }
                }
            }
            k += 1;
        }
        None
    }
}
