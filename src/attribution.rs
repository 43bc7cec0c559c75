//! Attribution: who speaks. Given a cue (a reporting verb, a "selon" frame, a
//! quotation's colon), finds the noun phrase of its source and whether a
//! reader could look that source up.

use std::cell::Cell;

use crate::lexicon::{lexicon, Cue, Families, Family, Lexicon};
use crate::tokens::{Kind, Tok};
use crate::types::Lang;

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

    fn lower_is(&self, i: usize, words: &[&str]) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.is_word() && t.text.len() <= 8 && words.iter().any(|w| eq_folded(t.text, w))
        })
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }

    /// Where one clause ends and a noun phrase cannot run across.
    fn is_boundary(&self, i: usize) -> bool {
        let t = &self.toks[i];
        match t.kind {
            Kind::Punct(c) => ",;:—–!?.".contains(c),
            Kind::Open | Kind::Close => true,
            Kind::Word => self.lower_is(i, &["que", "qu'", "lorsque", "lorsqu'"]),
            Kind::Number => false,
        }
    }

    /// A word that can open a noun phrase naming a source.
    fn np_starter(&self, i: usize) -> bool {
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
        let v = self
            .toks
            .iter()
            .position(|t| t.end > cue.start)
            .unwrap_or(self.toks.len());
        let e = self
            .toks
            .iter()
            .position(|t| t.start >= cue.end)
            .unwrap_or(self.toks.len());
        (v, e.max(v + 1).min(self.toks.len()))
    }

    fn attribution(&self, who: Who, lo: usize, hi: usize, cue: &Cue) -> Attribution {
        let source = (hi > lo).then(|| (self.toks[lo].start, self.toks[hi - 1].end));
        Attribution {
            who,
            source,
            cue: (cue.start, cue.end),
        }
    }

    /// A reporting verb (`any`: it reports whatever follows, a speech act).
    pub fn verb(&self, cue: &Cue, any: bool) -> Option<Attribution> {
        let (v, after) = self.cue_tokens(cue);
        let last = self.toks.get(after - 1)?;
        // "dit-il", "affirme-t-elle": the subject is in the verb.
        if let Some(suffix) = INVERTED.iter().find(|s| last.lower().ends_with(*s)) {
            let who = if suffix.ends_with("on") {
                Who::Vague
            } else {
                Who::Pronoun
            };
            return Some(self.attribution(who, after - 1, after, cue));
        }
        let (chain, inverted) = self.chain_start(v);
        if let Some(p) = inverted {
            return Some(self.attribution(Who::Pronoun, p, p + 1, cue));
        }
        let text = last.lower();
        let gerund = match self.lang {
            Lang::Fr => text.ends_with("ant"),
            Lang::En => text.ends_with("ing"),
        };
        let after_break =
            chain == 0 || self.is_boundary(chain - 1) && !self.lower_is(chain - 1, &["que", "qu'"]);
        if gerund && (after_break || self.lower_is(chain - 1, &["en", "while", "by"])) {
            if !any && !self.has_complement(after) {
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
            if let Some((lo, hi, true)) = self.np_after(after) {
                return self.judge(lo, hi).map(|w| self.attribution(w, lo, hi, cue));
            }
        }
        // "a été annoncé", "has been blamed": the subject is what is reported
        // on, not who reports; the agent, if any, follows "par" / "by".
        // "s'est observée" is reflexive, not a reported passive ("se disent" still reports).
        let reflexive = (chain..v).any(|i| self.lower_is(i, &["se", "s'"]));
        if reflexive && (chain..v).any(|i| self.lower_is(i, BE)) {
            return None;
        }
        if (chain..v).any(|i| self.lower_is(i, BE)) {
            return Some(self.passive_agent(after, cue));
        }
        // French inversion after a clause: "Le trafic reprendra lundi, a annoncé
        // la SNCF." The source closes the sentence and names someone.
        if self.lang == Lang::Fr && chain > 0 && self.punct(chain - 1, ',') {
            if let Some((lo, hi, _)) = self
                .np_after(after)
                .filter(|&(_, hi, _)| self.toks.get(hi).is_none_or(|t| t.kind == Kind::Punct('.')))
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
            let who = self.judge(lo, hi);
            // "Many regard it as…": an indefinite crowd thinking is reported speech too.
            if who == Some(Who::Vague) {
                return Some(self.attribution(Who::Vague, lo, hi, cue));
            }
            // "“…,” Smith told reporters." / "Prices rose, the office said.": the
            // subject follows a quotation, or a comma when the verb ends the clause.
            let after_quote = lo > 0 && self.toks[lo - 1].kind == Kind::Close
                || lo > 1 && self.punct(lo - 1, ',') && self.toks[lo - 2].kind == Kind::Close;
            let after_comma = lo > 0 && self.punct(lo - 1, ',');
            let clause_ends = self
                .toks
                .get(after)
                .is_none_or(|t| matches!(t.kind, Kind::Punct(_)));
            if any || self.has_complement(after) || after_quote || after_comma && clause_ends {
                return self.judge(lo, hi).map(|w| self.attribution(w, lo, hi, cue));
            }
        }
        // An incise without quotation marks: "La crise, dit X, va durer."
        if incise {
            if let Some((lo, hi, true)) = self.np_after(after) {
                return self.judge(lo, hi).map(|w| self.attribution(w, lo, hi, cue));
            }
        }
        None
    }

    /// Steps back over auxiliaries, adverbs and clitics before a verb; also
    /// says whether one of them carries an inverted pronoun ("a-t-il").
    fn chain_start(&self, v: usize) -> (usize, Option<usize>) {
        let mut i = v;
        while i > 0 {
            let f = self.fam(i - 1);
            let linker = self.lower_is(i - 1, &["de", "d'", "à", "to"])
                && i >= 2
                && self.fam(i - 2).has(Family::Aux);
            if !(f.has(Family::Aux) || linker) {
                break;
            }
            let t = self.toks[i - 1].lower();
            if t.contains('-') && INVERTED.iter().any(|s| t.ends_with(s)) {
                return (i - 1, Some(i - 1));
            }
            i -= 1;
        }
        (i, None)
    }

    /// A past participle: "annoncée", "announced" (not "said", which also
    /// stands in inversions: "…, said the minister").
    fn looks_participle(&self, i: usize) -> bool {
        let w = self.toks[i].lower();
        match self.lang {
            Lang::Fr => [
                "é", "ée", "és", "ées", "u", "ue", "us", "ues", "is", "ise", "ises",
            ]
            .iter()
            .any(|e| w.ends_with(e)),
            Lang::En => w.ends_with("ed"),
        }
    }

    /// Something after the verb that makes it report: que / that / : / a
    /// quotation / an infinitive (or, in English, a bare clause).
    fn has_complement(&self, mut k: usize) -> bool {
        while self.fam(k).has(Family::Aux) && !self.lower_is(k, &["to"]) {
            k += 1;
        }
        if let Some(t) = self.toks.get(k) {
            let w = t.lower();
            let infinitive = match self.lang {
                Lang::Fr => {
                    t.is_word()
                        && w.chars().count() > 3
                        && ["er", "ir", "re", "oir"].iter().any(|e| w.ends_with(e))
                        && self.fam(k).is_empty()
                }
                // English "to" follows too many non-reporting uses ("continued to", "added to").
                Lang::En => false,
            };
            if infinitive {
                return true;
            }
        }
        for j in k..(k + 7).min(self.toks.len()) {
            let t = &self.toks[j];
            match t.kind {
                Kind::Punct(':') | Kind::Open => return true,
                Kind::Punct(c) if ",;.!?".contains(c) => return false,
                Kind::Close => return false,
                _ => {}
            }
            if self.lower_is(j, &["que", "qu'", "that"]) {
                return true;
            }
        }
        // English drops "that": "said the plan would fail".
        self.lang == Lang::En
            && self.np_starter(k)
            && (k + 1..(k + 8).min(self.toks.len())).any(|j| self.fam(j).has(Family::Aux))
    }

    /// The subject just before a verb chain starting at token `chain`,
    /// passing over appositions and participial phrases set off by commas.
    fn subject_before(&self, chain: usize) -> Option<(usize, usize)> {
        let mut hi = chain;
        // "le chef de l'État, Assimi Goïta, a souligné": an apposition ends at the verb.
        if hi > 1 && self.punct(hi - 1, ',') {
            hi -= 1;
        }
        for _ in 0..4 {
            let mut lo = hi;
            while lo > 0 && !self.is_boundary(lo - 1) {
                lo -= 1;
            }
            if lo == hi {
                return None;
            }
            let mut a = lo;
            while a < hi
                && self.fam(a).has(Family::Function)
                && !self.fam(a).has(Family::Determiner)
            {
                a += 1;
            }
            let ends_open = self.fam(hi - 1).has(Family::Function) && !self.proper(hi - 1);
            // "the line had two distinct claims": a verb inside is no subject,
            // unless a relative clause holds it ("le ministre, qui a signé").
            let relative = (a..hi).position(|i| {
                self.lower_is(i, &["qui", "que", "qu'", "who", "which", "that", "dont"])
            });
            let verb_inside = (a..relative.map_or(hi, |r| a + r)).any(|i| {
                let f = self.fam(i);
                f.has(Family::Aux)
                    && !f.has(Family::Function)
                    && !f.has(Family::Determiner)
                    && !f.has(Family::Pronoun)
            });
            if a < hi && self.np_starter(a) && !ends_open && !verb_inside {
                let pronoun_alone = !self.fam(a).has(Family::Pronoun)
                    || self.fam(a).has(Family::Determiner)
                    || hi - a == 1;
                return (hi - a <= 14 && pronoun_alone).then_some((a, hi));
            }
            if lo == 0 || !self.punct(lo - 1, ',') {
                return None;
            }
            hi = lo - 1;
        }
        None
    }

    /// The subject of the sentence's main clause, for "…, ajoutant que".
    fn main_subject(&self) -> Option<(usize, usize)> {
        let mut lo = 0;
        for _ in 0..4 {
            let preposition =
                self.fam(lo).has(Family::Function) && !self.fam(lo).has(Family::Determiner);
            if self.np_starter(lo) && !preposition {
                let mut hi = lo + 1;
                while hi < self.toks.len()
                    && hi - lo < 10
                    && !self.is_boundary(hi)
                    && !self.fam(hi).has(Family::Aux)
                {
                    let f = self.lex_verb(hi);
                    if f {
                        break;
                    }
                    hi += 1;
                }
                return Some((lo, hi));
            }
            lo = (lo..self.toks.len()).find(|&i| self.punct(i, ','))? + 1;
        }
        None
    }

    fn lex_verb(&self, i: usize) -> bool {
        let f = self.lex.cue_word(self.toks[i].text, self.lang);
        f.has(Family::Reporting) || f.has(Family::SpeechAct)
    }

    /// The noun phrase from token `k` on; `closed` is true where it stops at
    /// punctuation or at the end of the sentence rather than running on.
    pub fn np_after(&self, k: usize) -> Option<(usize, usize, bool)> {
        self.np_from(k, false)
    }

    /// `bare`: the phrase may open on a common noun ("according to police").
    fn np_from(&self, mut k: usize, bare: bool) -> Option<(usize, usize, bool)> {
        // Skip "jeudi", "également", never a preposition ("on Friday").
        while k < self.toks.len()
            && (self.fam(k).has(Family::Aux) || self.fam(k).has(Family::Month))
            && !self.fam(k).has(Family::Function)
            && !self.np_starter(k)
        {
            k += 1;
        }
        let bare_ok = bare
            && self
                .toks
                .get(k)
                .is_some_and(|t| t.is_word() && !self.fam(k).has(Family::Function));
        if !self.np_starter(k) && !bare_ok {
            return None;
        }
        let lo = k;
        let mut hi = k;
        while hi < self.toks.len() && hi - lo < 12 {
            let t = &self.toks[hi];
            let stop = match t.kind {
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
                    hi > lo
                        && (self.lower_is(hi, &["que", "qu'", "that", "qui", "who", "which"])
                            || verb)
                }
            };
            if stop {
                break;
            }
            hi += 1;
        }
        // "la présidente du club, Marie Vidal": a name in apposition belongs to the phrase.
        if self.punct(hi, ',') {
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
        let closed = hi == self.toks.len()
            || matches!(
                self.toks[hi].kind,
                Kind::Punct(_) | Kind::Open | Kind::Close
            );
        Some((lo, hi, closed))
    }

    /// "selon X", "according to X", "pour X,".
    pub fn frame(&self, cue: &Cue) -> Option<Attribution> {
        let (v, after) = self.cue_tokens(cue);
        let (lo, hi, _) = self.np_from(after, true)?;
        if self.lower_is(v, &["pour"]) {
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
        let not_source = (lo..hi).any(|i| self.fam(i).has(Family::NotSource));
        let who = self.judge(lo, hi).map(|w| {
            if w == Who::Nobody && !not_source {
                Who::Vague
            } else {
                w
            }
        });
        who.map(|w| self.attribution(w, lo, hi, cue))
    }

    /// A weasel phrase: vague, unless a passive names its agent ("par X").
    pub fn weasel(&self, cue: &Cue) -> Attribution {
        let (_, after) = self.cue_tokens(cue);
        self.passive_agent(after, cue)
    }

    /// The agent of a passive ("par le ministère", "by Reuters"), or vague.
    fn passive_agent(&self, after: usize, cue: &Cue) -> Attribution {
        let agent = (after..self.toks.len())
            .take_while(|&i| !self.punct(i, ',') && !self.punct(i, ';'))
            .find(|&i| self.lower_is(i, &["par", "by"]))
            .and_then(|i| self.np_after(i + 1))
            .filter(|&(lo, hi, _)| self.judge(lo, hi) == Some(Who::Named));
        match agent {
            Some((lo, hi, _)) => self.attribution(Who::Named, lo, hi, cue),
            None => Attribution {
                who: Who::Vague,
                source: None,
                cue: (cue.start, cue.end),
            },
        }
    }

    /// The speaker of a quotation set before a colon ("X : « … »") or after
    /// it in parentheses ("« … » (X)").
    pub fn quote_speaker(&self, open: usize, close: usize) -> Option<Attribution> {
        let o = self.toks.iter().position(|t| t.start == open)?;
        let c = self.toks.iter().position(|t| t.end == close)?;
        let cue_of = |i: usize| Cue::plain(self.toks[i].start, self.toks[i].end);
        if o >= 2 && self.punct(o - 1, ':') {
            // "Thérèse Rémond, maraîchère à Vals : « … »": the name may stand before an apposition.
            if let Some((lo, hi)) = self.subject_before(o - 1).filter(|&(lo, hi)| hi - lo <= 8) {
                if let Some(w) = self
                    .judge(lo, hi)
                    .filter(|&w| w != Who::Pronoun && w != Who::Nobody)
                {
                    return Some(self.attribution(w, lo, hi, &cue_of(o - 1)));
                }
            }
        }
        if self.punct(c + 1, '(') {
            let lo = c + 2;
            let hi = (lo..self.toks.len()).find(|&i| self.punct(i, ')'))?;
            if lo < hi
                && hi - lo <= 6
                && (lo..hi).all(|i| self.toks[i].is_word())
                && self.proper(lo)
            {
                return Some(self.attribution(Who::Named, lo, hi, &cue_of(c + 1)));
            }
        }
        None
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
        if first.has(Family::Indefinite) {
            // "un rapport de l'ONU" names its author; "des sources proches de l'Élysée" does not.
            let head = (lo + 1..hi)
                .find(|&i| self.toks[i].is_word() && !self.fam(i).has(Family::Indefinite));
            let document = head.is_some_and(|h| {
                self.fam(h).has(Family::Office) && (h + 1..hi).any(|i| self.proper(i))
            });
            return Some(if document { Who::Named } else { Who::Vague });
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
        let generic = (head..hi.min(head + 3)).find(|&i| self.fam(i).has(Family::Generic));
        if let Some(g) = generic.filter(|&g| g == head || head == 0) {
            if !(g + 1..hi).any(|i| self.proper(i)) {
                return Some(Who::Vague);
            }
        }
        if proper || first.has(Family::Determiner) || hf.has(Family::Office) {
            return Some(Who::Named);
        }
        if self.lang == Lang::En && self.toks[head].text.ends_with('s') {
            return Some(Who::Vague);
        }
        Some(Who::Nobody)
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Label, Lang, Options};

    fn one(text: &str, lang: Lang) -> (Label, Option<String>) {
        let r = analyze(
            text,
            &Options {
                lang: Some(lang),
                ..Options::default()
            },
        );
        assert_eq!(r.flags.len(), 1, "{text}: {:?}", r.flags);
        (r.flags[0].label, r.flags[0].source.clone())
    }

    #[test]
    fn agentless_passive_of_a_reporting_verb_is_vague() {
        assert_eq!(
            one("La fermeture de l'usine a été annoncée mardi.", Lang::Fr).0,
            Label::Vague
        );
        assert_eq!(
            one("The closure of the plant has been announced.", Lang::En).0,
            Label::Vague
        );
    }

    #[test]
    fn passive_with_an_agent_is_attributed_to_it() {
        let (label, source) = one(
            "La fermeture de l'usine a été annoncée par la direction du groupe.",
            Lang::Fr,
        );
        assert_eq!(
            (label, source.as_deref()),
            (Label::Attributed, Some("la direction du groupe"))
        );
        let (label, source) = one(
            "The closure was announced by the Ford Motor Company.",
            Lang::En,
        );
        assert_eq!(
            (label, source.as_deref()),
            (Label::Attributed, Some("the Ford Motor Company"))
        );
    }

    #[test]
    fn a_noun_phrase_holding_a_verb_is_no_subject() {
        // "claims" is a noun here, and "had" shows the phrase before it is a clause.
        let (label, _) = one(
            "After the war, the family had two distinct claims to the throne.",
            Lang::En,
        );
        assert_eq!(label, Label::Unsourced);
        let (label, _) = one(
            "Après la guerre, la famille avait deux prétentions et affirmait son droit.",
            Lang::Fr,
        );
        assert_eq!(label, Label::Unsourced);
    }

    #[test]
    fn apposition_and_participial_phrases_are_passed_over() {
        let (_, s) = one(
            "Le maire de la ville, Jean Roy, a affirmé que le pont tiendra.",
            Lang::Fr,
        );
        assert_eq!(s.as_deref(), Some("Jean Roy"));
        let (_, s) = one(
            "The mayor, speaking on Monday, said that the bridge would hold.",
            Lang::En,
        );
        assert_eq!(s.as_deref(), Some("The mayor"));
    }

    #[test]
    fn infinitive_after_to_is_not_a_report() {
        assert_eq!(
            one(
                "The team continued to add players during the summer.",
                Lang::En
            )
            .0,
            Label::Unsourced
        );
    }

    #[test]
    fn reflexive_is_not_a_reported_passive() {
        assert_eq!(
            one(
                "La même tendance s'est observée au Niger, selon toute vraisemblance.",
                Lang::Fr
            )
            .0,
            Label::Unsourced
        );
    }

    #[test]
    fn a_participle_after_a_comma_reports_nothing() {
        assert_eq!(
            one(
                "The decision, announced on Friday, drew sharp criticism from unions.",
                Lang::En
            )
            .0,
            Label::Unsourced
        );
        assert_eq!(
            one(
                "La décision, annoncée vendredi, a suscité la colère des syndicats.",
                Lang::Fr
            )
            .0,
            Label::Unsourced
        );
    }

    #[test]
    fn a_sentence_final_report_after_a_comma_names_its_source() {
        let (label, source) = one(
            "Prices rose 3% in March, the statistics office said.",
            Lang::En,
        );
        assert_eq!(
            (label, source.as_deref()),
            (Label::Attributed, Some("the statistics office"))
        );
        let (label, source) = one(
            "« Nous ne partirons pas », Jean Dupont a-t-il lancé.",
            Lang::Fr,
        );
        assert_eq!(label, Label::Quote, "{source:?}");
    }

    #[test]
    fn french_inversion_after_a_clause_names_the_source() {
        let (label, source) = one(
            "Le trafic reprendra lundi, a annoncé mercredi la direction de la SNCF.",
            Lang::Fr,
        );
        assert_eq!(
            (label, source.as_deref()),
            (Label::Attributed, Some("la direction de la SNCF"))
        );
        let (label, source) = one(
            "Le projet sera abandonné, affirment des sources syndicales.",
            Lang::Fr,
        );
        assert_eq!(
            (label, source.as_deref()),
            (Label::Vague, Some("des sources syndicales"))
        );
        // An object after the verb is not an inverted subject.
        let (_, source) = one("Le ministre, cité par l'AFP, a évoqué un accord.", Lang::Fr);
        assert_eq!(source.as_deref(), Some("Le ministre"));
    }
}
