//! What differs between languages beyond their word lists, read from
//! `data/cues/<lang>/grammar.txt` at build time: suffixes, word order, and
//! the abbreviations and elisions of every language.

use crate::types::Lang;

/// One language's grammar settings (see data/cues/fr/grammar.txt).
pub struct Grammar {
    /// Endings of a present participle ("ajoutant", "adding").
    pub gerund_suffixes: &'static [&'static str],
    /// Endings of a past participle ("annoncée", "announced").
    pub participle_suffixes: &'static [&'static str],
    /// An adverb's ending and the shortest adverb in bytes ("fermement", "firmly").
    pub adverb: (&'static str, usize),
    /// Endings of an infinitive that makes a verb report ("a promis de rouvrir").
    pub infinitive_suffixes: &'static [&'static str],
    /// Subject pronouns written after the verb ("dit-il", "a-t-on").
    pub inverted_suffixes: &'static [&'static str],
    /// Frame words that name a source only at the head of a clause ("Pour X, …").
    pub clause_frames: &'static [&'static str],
    /// A reporting verb may drop its complementizer ("said the plan failed").
    pub drops_complementizer: bool,
    /// The source may close a clause after its verb ("…, a annoncé la SNCF").
    pub inversion_after_clause: bool,
    /// Month names are capitalised (else "may" would be a month).
    pub capitalised_months: bool,
    /// Words after a number that make it a time of day ("10 h").
    pub clock_words: &'static [&'static str],
    /// A bare plural subject is a vague source ("Officials said").
    pub bare_plural_is_vague: bool,
    /// Endings of a verb in the conditional, read as hearsay ("favoriserait").
    pub conditional_suffixes: &'static [&'static str],
    /// Prepositions after which a verb form is a noun, unless an infinitive
    /// or a gerund: "lanceurs d'alerte", "a series of claims" (but "vient
    /// d'annoncer", "accused of saying").
    pub noun_complements: &'static [&'static str],
    /// Words that show a clause without "that" has its verb ("said the plan
    /// would fail"): modals and the forms of be and have.
    pub finite_words: &'static [&'static str],
    /// A verb's endings written on a subject pronoun ("he'd", "they've"):
    /// the pronoun opens a clause.
    pub contractions: &'static [&'static str],
    /// Adverbials of several words that stand inside a verb chain, like an
    /// adverb ("a par ailleurs indiqué", "has once again said"), in lower case.
    pub adverbials: &'static [&'static str],
    /// A name, then a colon, opens a headline its speaker speaks: "Issa:
    /// Clinton's ‘Honesty Is In Question’" (French headlines open on their
    /// topic instead: "Climat : …").
    pub headline_speaker: bool,
    /// Endings of a capitalised adjective of nation or party ("Malian",
    /// "Chinese", "Republican"): before "officials" it names no body, as a
    /// body's name does ("White House officials", "an Obama administration
    /// official"). French writes such adjectives in small letters.
    pub demonym_suffixes: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/grammar_tables.rs"));

/// The grammar of `lang`.
pub fn of(lang: Lang) -> &'static Grammar {
    &GRAMMARS[lang.index()]
}

/// Whether `word` (as written, without its period) is an abbreviation of some language.
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.binary_search(&word).is_ok()
}

/// Whether `head` (lower case) is elided before an apostrophe in some language ("l" in "l'armée").
pub fn elides(head: &str) -> bool {
    ELISIONS.binary_search(&head).is_ok()
}
