//! The cue lists of `data/cues/`, compiled in by build.rs: one Aho-Corasick
//! automaton for the phrases (a single linear pass over the text) and a hash
//! table for the words looked up around a cue.

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::types::Lang;

/// A cue family: one file of `data/cues/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Family {
    Reporting,
    SpeechAct,
    Frame,
    Weasel,
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
}

/// A set of families, for one language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Families(u32);

impl Families {
    pub fn has(self, f: Family) -> bool {
        self.0 & (1 << f as u8) != 0
    }
    fn add(&mut self, f: Family) {
        self.0 |= 1 << f as u8;
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));

/// A phrase found in the text: byte range and what it is in each language.
#[derive(Clone, Copy, Debug)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    fr: Families,
    en: Families,
}

impl Cue {
    /// A cue made of plain punctuation (a quotation's colon), in no family.
    pub fn plain(start: usize, end: usize) -> Cue {
        Cue { start, end, fr: Families::default(), en: Families::default() }
    }

    pub fn families(&self, lang: Lang) -> Families {
        match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
        }
    }
}

pub struct Lexicon {
    automaton: AhoCorasick,
    /// Per automaton pattern: families in French, in English.
    pattern_families: Vec<(Families, Families)>,
    words: HashMap<&'static str, (Families, Families)>,
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::build)
}

fn add_lang(pair: &mut (Families, Families), f: Family, lang: Lang) {
    match lang {
        Lang::Fr => pair.0.add(f),
        Lang::En => pair.1.add(f),
    }
}

impl Lexicon {
    fn build() -> Lexicon {
        // Each phrase also in the spellings the web uses: ’ for ', and a
        // capital first letter where it is not ASCII (À lire aussi), since
        // the automaton folds ASCII case only.
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_families: Vec<(Families, Families)> = Vec::new();
        for &(phrase, family, lang) in PHRASES {
            let mut variants = vec![phrase.to_string()];
            if phrase.contains('\'') {
                variants.push(phrase.replace('\'', "’"));
            }
            for v in variants.clone() {
                let mut chars = v.chars();
                if let Some(c) = chars.next().filter(|c| !c.is_ascii() && c.is_lowercase()) {
                    variants.push(c.to_uppercase().chain(chars).collect());
                }
            }
            for v in variants {
                let id = *index.entry(v.clone()).or_insert_with(|| {
                    patterns.push(v);
                    pattern_families.push(Default::default());
                    patterns.len() - 1
                });
                add_lang(&mut pattern_families[id], family, lang);
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("cue phrases build an automaton");
        let mut words: HashMap<&'static str, (Families, Families)> = HashMap::new();
        for &(word, family, lang) in WORDS {
            add_lang(words.entry(word).or_default(), family, lang);
        }
        Lexicon { automaton, pattern_families, words }
    }

    /// Every cue phrase in `text` that stands as whole words, in text order.
    pub fn find(&self, text: &str) -> Vec<Cue> {
        let mut out = Vec::new();
        for m in self.automaton.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            let last = text[..e].chars().next_back();
            // A phrase ending in punctuation ("source :") needs no boundary after it.
            let open_end = last.is_some_and(|c| !c.is_alphanumeric());
            if before.is_some_and(char::is_alphanumeric) || (!open_end && after.is_some_and(char::is_alphanumeric)) {
                continue;
            }
            let (fr, en) = self.pattern_families[m.pattern().as_usize()];
            out.push(Cue { start: s, end: e, fr, en });
        }
        out
    }

    /// The families of one word, given in lower case with ' for ’.
    pub fn word(&self, lower: &str, lang: Lang) -> Families {
        match self.words.get(lower) {
            Some(&(fr, en)) => match lang {
                Lang::Fr => fr,
                Lang::En => en,
            },
            None => Families::default(),
        }
    }
}

#[cfg(test)]
mod examples {
    //! Every rule of `data/cues/` runs its example through the analyser.
    use crate::{analyze, Label, Lang, Options};

    fn check_example(at: &str, lang: &str, text: &str, label: &str, source: Option<&str>) {
        let lang = Lang::parse(lang).expect("lang");
        let options = Options { lang: Some(lang), ..Options::default() };
        // The example is the second sentence, so offsets other than 0 are exercised.
        let prefix = match lang {
            Lang::Fr => "Titre\n",
            Lang::En => "Title\n",
        };
        let full = format!("{prefix}{text}");
        let result = analyze(&full, &options);
        let flag = result.flags.iter().find(|f| f.end > prefix.len());
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

    include!(concat!(env!("OUT_DIR"), "/lexicon_examples.rs"));
}
