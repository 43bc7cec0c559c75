//! Cue phrases of several words or with marks ("selon certains", "d'après"),
//! found by an Aho-Corasick automaton over the spellings the web uses: ’ for
//! ', and a capital first letter outside ASCII (À lire aussi), since the
//! automaton folds ASCII case only. The same phrases with their accents
//! written as combining marks ("d'apre\u{300}s") get an automaton of their
//! own, built the first time a text holds such a mark: most texts never do,
//! and the first analysis in a fresh extension worker waits for the build.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::accents;
use crate::cues::{add_lang, PerLang, PHRASES};
use crate::tokens::is_word_char;

/// One plain word is looked up per word, not by the automaton.
pub fn is_phrase(phrase: &str) -> bool {
    !phrase.chars().all(char::is_alphanumeric)
}

pub struct Phrases {
    automaton: AhoCorasick,
    /// Per pattern: its families in each language.
    families: Vec<PerLang>,
}

impl Phrases {
    /// The automaton of the phrases; `decomposed`: of their spellings with
    /// combining marks only.
    pub fn build(decomposed: bool) -> Phrases {
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut families: Vec<PerLang> = Vec::new();
        for &(phrase, family, lang, _) in PHRASES.iter().filter(|p| is_phrase(p.0)) {
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
            if decomposed {
                variants = variants
                    .iter()
                    .filter_map(|v| accents::decompose(v))
                    .collect();
            }
            for v in variants {
                let id = *index.entry(v.clone()).or_insert_with(|| {
                    patterns.push(v);
                    families.push(Default::default());
                    patterns.len() - 1
                });
                add_lang(&mut families[id], family, lang);
            }
        }
        // Natively a DFA: the fastest scan of the text (the phrase lists are
        // long: every tense of the pronominal verbs). In WebAssembly a
        // contiguous NFA: built in half of a DFA's time, since the first
        // analysis in a fresh extension worker waits for it, scanning nearly
        // as fast.
        let kind = if cfg!(target_arch = "wasm32") {
            AhoCorasickKind::ContiguousNFA
        } else {
            AhoCorasickKind::DFA
        };
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(kind))
            .build(&patterns)
            .expect("cue phrases build an automaton");
        Phrases {
            automaton,
            families,
        }
    }

    /// Each phrase in `text` that stands as whole words, in text order:
    /// `found(start, end, families)`.
    pub fn find(&self, text: &str, mut found: impl FnMut(usize, usize, PerLang)) {
        for m in self.automaton.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            // (A combining mark after a phrase belongs to its last letter.)
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            let last = text[..e].chars().next_back();
            // A phrase ending in punctuation ("source :") needs no boundary after it.
            let open_end = last.is_some_and(|c| !c.is_alphanumeric());
            if before.is_some_and(is_word_char) || (!open_end && after.is_some_and(is_word_char)) {
                continue;
            }
            found(s, e, self.families[m.pattern().as_usize()]);
        }
    }
}
