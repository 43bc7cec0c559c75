//! Noun phrases around a cue: the phrase after a frame or an inverted verb
//! (the subject before a verb is in subjects.rs).

use super::{Reader, REACH};
use crate::cues::Family;
use crate::tokens::{Kind, Tok};

impl Reader<'_, '_> {
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
                    // "le ministre en souriant", "the senator while noting": a gerund opens an adjunct.
                    let gerund = f.has(Family::GerundMarker) && self.looks_gerund(hi + 1);
                    hi > lo
                        && (f.has(Family::Complementizer)
                            || f.has(Family::Relative)
                            || conjunction
                            || gerund
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
                // "a déclaré qu'il…": the verb's clause follows, not its subject.
                Kind::Word if self.fam(k).has(Family::Complementizer) => return None,
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
                        // ("à l'AFP une source proche du dossier": an indefinite
                        // after a name, too; not after a verb: "after sharing a post".)
                        let opens_subject = (f.has(Family::Determiner)
                            && (!self.toks[k - 1].capitalised() || self.proper(k - 1))
                            || f.has(Family::SingularIndefinite) && self.proper(k - 1)
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
