//! Cues: the lists of `data/cues/`, compiled in by build.rs, found in the
//! text. Single-word cues are looked up in one pass over the words (which also
//! counts each line's language evidence); phrases of several words go through
//! a small Aho-Corasick automaton (`phrases.rs`); the word lists read around a
//! cue (auxiliaries, determiners, source nouns…) are a hash table.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

use crate::accents;
use crate::lang::LineLang;
use crate::phrases::{is_phrase, Phrases};
use crate::tokens::is_word_char;
use crate::types::Lang;

/// A cue family: one file of `data/cues/<lang>/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Family {
    Reporting,
    SpeechAct,
    QuoteVerb,
    Frame,
    Weasel,
    Hearsay,
    Evaluative,
    Causal,
    Number,
    Boilerplate,
    Navigation,
    Indefinite,
    Generic,
    Office,
    NotSource,
    Pronoun,
    Aux,
    Function,
    Determiner,
    Month,
    TimeUnit,
    PassiveAux,
    Complementizer,
    Subordinator,
    Relative,
    AgentMarker,
    GerundMarker,
    Linker,
    NounMarker,
    Reflexive,
    Preposition,
    TimeWord,
    TitleNoun,
    Hypothesis,
    NotConditional,
    Observation,
    NotReportingPassive,
    /// A verb ending like a conditional (found in the word pass, not listed).
    Conditional,
    Conjunction,
    Possessive,
    PluralDeterminer,
    SingularIndefinite,
    InversionTrigger,
    PluralPronoun,
    OrganisationNoun,
    DocumentNoun,
    InstitutionNoun,
    AsClause,
    PersonNoun,
}

/// A set of families, for one language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Families(u64);

impl Families {
    pub fn only(f: Family) -> Families {
        Families(1 << f as u8)
    }
    pub fn has(self, f: Family) -> bool {
        self.0 & (1 << f as u8) != 0
    }
    fn add(&mut self, f: Family) {
        self.0 |= 1 << f as u8;
    }
    /// No family that says how the word behaves. A noun for a person says
    /// only what it means: "former", "host" stay plain words before a name.
    pub fn is_empty(self) -> bool {
        self.0 & !(1 << Family::PersonNoun as u8) == 0
    }
}

/// The families of one form in each language, in `Lang` order.
pub type PerLang = [Families; Lang::COUNT];

include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));

/// A phrase found in the text: byte range and what it is in each language.
#[derive(Clone, Copy, Debug)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    fams: PerLang,
}

impl Cue {
    /// A cue made of plain punctuation (a quotation's colon), in no family.
    pub fn plain(start: usize, end: usize) -> Cue {
        Cue {
            start,
            end,
            fams: PerLang::default(),
        }
    }

    pub fn families(&self, lang: Lang) -> Families {
        self.fams[lang.index()]
    }
}

/// What a plain word is: its cue families per language, and the languages
/// whose detection counts it (a bit per language).
#[derive(Clone, Copy, Default)]
struct WordCues {
    fams: PerLang,
    detect: u32,
}

pub struct Lexicon {
    /// Cue phrases of several words or with marks ("selon certains", "d'après").
    phrases: Phrases,
    /// The same with accents as combining marks, built when first needed.
    decomposed: OnceLock<Phrases>,
    /// Cue phrases of one plain word ("affirme", "succès") and detection
    /// words: looked up per word, which keeps the automaton small enough to
    /// stay in cache.
    cue_words: FxHashMap<&'static [u8], WordCues>,
    words: FxHashMap<&'static str, PerLang>,
    /// Each language's endings of a verb in the conditional.
    conditionals: [&'static [&'static str]; Lang::COUNT],
    /// The last bytes of those endings.
    conditional_last: [bool; 256],
    /// Where each form's entries start in `PHRASES` (sorted by form: one
    /// form's entries stand together), for the rule ids.
    rules: FxHashMap<&'static str, u32>,
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::build)
}

pub(crate) fn add_lang(set: &mut PerLang, f: Family, lang: Lang) {
    set[lang.index()].add(f);
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut cue_words: FxHashMap<&'static [u8], WordCues> = FxHashMap::default();
        for &(phrase, family, lang, _) in PHRASES.iter().filter(|p| !is_phrase(p.0)) {
            add_lang(
                &mut cue_words.entry(phrase.as_bytes()).or_default().fams,
                family,
                lang,
            );
        }
        // The language evidence rides on the same word lookup as the cues.
        for &(word, lang) in DETECTION {
            cue_words.entry(word.as_bytes()).or_default().detect |= 1 << lang.index();
        }
        let mut words: FxHashMap<&'static str, PerLang> = FxHashMap::default();
        for &(word, family, lang) in WORDS {
            add_lang(words.entry(word).or_default(), family, lang);
        }
        let conditionals = Lang::ALL.map(|l| crate::grammar::of(l).conditional_suffixes);
        let mut conditional_last = [false; 256];
        for &b in conditionals
            .iter()
            .flat_map(|e| e.iter())
            .filter_map(|e| e.as_bytes().last())
        {
            conditional_last[b as usize] = true;
        }
        let mut rules: FxHashMap<&'static str, u32> = FxHashMap::default();
        rules.reserve(PHRASES.len());
        for (i, p) in PHRASES.iter().enumerate() {
            rules.entry(p.0).or_insert(i as u32);
        }
        Lexicon {
            phrases: Phrases::build(false),
            decomposed: OnceLock::new(),
            cue_words,
            words,
            conditionals,
            conditional_last,
            rules,
        }
    }

    /// Every cue phrase in `text` that stands as whole words, in text order;
    /// where two overlap, the one that starts first, then the longest. The
    /// same pass over the words counts each line's language evidence.
    pub fn find(&self, text: &str) -> (Vec<Cue>, Vec<LineLang>) {
        let mut words = Vec::new();
        let mut lines = vec![LineLang::default()];
        let combining = for_each_word(text, |event| match event {
            Event::Word(start, end, folded) => {
                let mut fams = PerLang::default();
                if let Some(w) = self.cue_words.get(folded) {
                    if let Some(line) = lines.last_mut() {
                        for (i, n) in line.counts.iter_mut().enumerate() {
                            *n += (w.detect >> i) & 1;
                        }
                    }
                    fams = w.fams;
                }
                // A verb in the conditional ("favoriserait"), in the languages that end it
                // so (the last byte is checked first: most words end otherwise).
                if folded
                    .last()
                    .is_some_and(|&b| self.conditional_last[b as usize])
                {
                    for (lang, endings) in self.conditionals.iter().enumerate() {
                        let ends =
                            |e: &&str| folded.len() > e.len() + 2 && folded.ends_with(e.as_bytes());
                        if endings.iter().any(ends) {
                            fams[lang].add(Family::Conditional);
                        }
                    }
                }
                if fams.iter().any(|f| !f.is_empty()) {
                    words.push(Cue { start, end, fams });
                }
            }
            Event::Newline(at) => lines.push(LineLang {
                start: at + 1,
                ..LineLang::default()
            }),
        });
        let mut phrases = Vec::new();
        let mut push = |start, end, fams| phrases.push(Cue { start, end, fams });
        self.phrases.find(text, &mut push);
        if combining {
            let decomposed = self.decomposed.get_or_init(|| Phrases::build(true));
            decomposed.find(text, &mut push);
        }
        (merge(phrases, words), lines)
    }

    /// The cue families of one plain word as written ("affirme").
    pub fn cue_word(&self, word: &str, lang: Lang) -> Families {
        let found = self.cue_words.get(crate::tokens::lower(word).as_bytes());
        found.map_or_else(Families::default, |w| w.fams[lang.index()])
    }

    /// The families of one word as written, folded to lower case (and ’ to ').
    pub fn word_of(&self, word: &str, lang: Lang) -> Families {
        self.word(&crate::tokens::lower(word), lang)
    }

    /// The families of one word, given in lower case with ' for ’.
    pub fn word(&self, lower: &str, lang: Lang) -> Families {
        self.words
            .get(lower)
            .map_or_else(Families::default, |set| set[lang.index()])
    }
}

/// The id of the data entry behind a cue as written ("Affirme", "d’après")
/// in one family and language: "fr/reporting_verbs/affirmer".
pub fn rule_of(cue: &str, family: Family, lang: Lang) -> Option<&'static str> {
    let form = crate::tokens::lower(cue);
    let first = *lexicon().rules.get(form.as_ref())? as usize;
    PHRASES[first..]
        .iter()
        .take_while(|p| p.0 == form.as_ref())
        .find(|p| p.1 == family && p.2 == lang)
        .map(|p| p.3)
}

/// What the word pass sees: a word (byte range and its lower-case bytes) or a line break.
pub enum Event<'w> {
    Word(usize, usize, &'w [u8]),
    Newline(usize),
}

/// One pass over the bytes of `text`: each run of letters and digits, in
/// lower case (borrowed from the text when it already is), and each line
/// break. Returns whether the text holds an accent as a combining mark.
pub fn for_each_word(text: &str, mut f: impl FnMut(Event)) -> bool {
    let bytes = text.as_bytes();
    let mut buf = [0u8; 48];
    let mut i = 0;
    let mut any_combining = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 && !b.is_ascii_alphanumeric() {
            if b == b'\n' {
                f(Event::Newline(i));
            }
            i += 1;
            continue;
        }
        let start = i;
        let (mut ascii_upper, mut unicode_upper, mut combining) = (false, false, false);
        loop {
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                ascii_upper |= bytes[i].is_ascii_uppercase();
                i += 1;
            }
            if i == bytes.len() || bytes[i] < 0x80 {
                break;
            }
            match text[i..].chars().next() {
                Some(c) if is_word_char(c) => {
                    unicode_upper |= !c.is_ascii() && c.is_uppercase();
                    combining |= accents::is_combining(c);
                    i += c.len_utf8();
                }
                _ => break,
            }
        }
        if i == start {
            // A mark outside ASCII (« ’ …): step over it.
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        any_combining |= combining;
        let word = &bytes[start..i];
        if word.len() < 2 || word.len() > buf.len() {
            continue; // no cue nor function word is that short or that long
        }
        if combining {
            f(Event::Word(
                start,
                i,
                accents::compose_lower(&text[start..i]).as_bytes(),
            ));
        } else if unicode_upper {
            f(Event::Word(
                start,
                i,
                text[start..i].to_lowercase().as_bytes(),
            ));
        } else if ascii_upper {
            let folded = &mut buf[..word.len()];
            folded.copy_from_slice(word);
            folded.make_ascii_lowercase();
            f(Event::Word(start, i, folded));
        } else {
            f(Event::Word(start, i, word));
        }
    }
    any_combining
}

/// Both lists sorted by start; keeps, of overlapping cues, the first and longest.
fn merge(a: Vec<Cue>, b: Vec<Cue>) -> Vec<Cue> {
    let mut all = a;
    all.extend(b);
    all.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut out: Vec<Cue> = Vec::with_capacity(all.len());
    for c in all {
        if out.last().is_none_or(|l| c.start >= l.end) {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod examples {
    //! Every rule of `data/cues/` runs its example through the analyser.
    use crate::{analyze, Label, Lang, Options};

    fn run(lang: &str, text: &str) -> (String, crate::Analysis) {
        let lang = Lang::parse(lang).expect("lang");
        let options = Options {
            lang: Some(lang),
            ..Options::default()
        };
        // The example is the second sentence, so offsets other than 0 are exercised.
        let full = format!("ClaimLens\n{text}");
        let result = analyze(&full, &options);
        (full, result)
    }

    fn check_example(at: &str, lang: &str, text: &str, label: &str, source: Option<&str>) {
        let (full, result) = run(lang, text);
        // (An example of several sentences is judged by its last: "Le maire a
        // parlé. Il a ajouté que…".)
        let flag = result
            .flags
            .iter()
            .rfind(|f| f.end > full.len() - text.len());
        let got = flag.map_or("none", |f| f.label.name());
        assert_eq!(got, label, "{at}: {text:?} gave {flag:?}");
        if let (Some(want), Some(flag)) = (source, flag) {
            let src = flag.source.as_deref().unwrap_or("");
            assert!(
                src.to_lowercase().contains(&want.to_lowercase()) && flag.label != Label::Unsourced,
                "{at}: {text:?}: source {src:?} should contain {want:?}"
            );
        }
    }

    /// A counter-example: it gets `label`, and no flag of it is `rule`'s doing.
    fn check_counter(at: &str, lang: &str, text: &str, label: &str, rule: &str) {
        check_example(at, lang, text, label, None);
        let (_, result) = run(lang, text);
        let fired = result.flags.iter().find(|f| f.rule == rule);
        assert!(
            fired.is_none(),
            "{at}: {text:?} must not be flagged by {rule}: {fired:?}"
        );
    }

    /// Every form finds its entry's rule (the table is searched by halves:
    /// it must stay sorted by form).
    #[test]
    fn every_form_finds_its_rule() {
        for &(form, family, lang, rule) in super::PHRASES {
            assert_eq!(super::rule_of(form, family, lang), Some(rule), "{form}");
        }
    }

    include!(concat!(env!("OUT_DIR"), "/lexicon_examples.rs"));
}
