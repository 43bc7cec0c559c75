//! The analyser's output and options: what a flag carries (see taxonomy.md).

use serde::{Deserialize, Serialize};

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

impl Lang {
    /// Parses a language code ("fr", "EN"; any case).
    pub fn parse(s: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s))
    }

    /// Its place in `Lang::ALL`, for per-language tables.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// How a sentence stands with respect to sources, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Label {
    Quote,
    Attributed,
    Vague,
    Unsourced,
}

impl Label {
    pub const ALL: [Label; 4] = [
        Label::Quote,
        Label::Attributed,
        Label::Vague,
        Label::Unsourced,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Label::Quote => "quote",
            Label::Attributed => "attributed",
            Label::Vague => "vague",
            Label::Unsourced => "unsourced",
        }
    }

    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.name() == s)
    }
}

/// Why an unsourced sentence is worth checking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Claim {
    Statistic,
    Evaluative,
    Causal,
    Factual,
}

impl Claim {
    pub fn name(self) -> &'static str {
        match self {
            Claim::Statistic => "statistic",
            Claim::Evaluative => "evaluative",
            Claim::Causal => "causal",
            Claim::Factual => "factual",
        }
    }
}

/// A range of the input: UTF-8 bytes and UTF-16 code units, end exclusive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
}

/// One flagged sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    pub label: Label,
    /// UTF-8 byte offsets of the sentence, end exclusive.
    pub start: usize,
    pub end: usize,
    /// The same range in UTF-16 code units (what JavaScript strings index).
    pub start_utf16: usize,
    pub end_utf16: usize,
    /// The source as written in the text, when there is one; a description
    /// or a title and surname is followed by the name it stands for: "la
    /// maire (Anne Hidalgo)", "Mr. Obama (Barack Obama)".
    pub source: Option<String>,
    /// That name alone ("Anne Hidalgo"), written earlier in the text: who
    /// the source is, for grouping flags by speaker.
    #[serde(default)]
    pub refers_to: Option<String>,
    /// The direct quotation inside the sentence, if any.
    pub quote: Option<Span>,
    /// The words that decided the label (reporting verb, "selon" frame, vague phrase…).
    pub cue: Option<String>,
    /// The rule that decided: a data entry ("fr/reporting_verbs/affirmer",
    /// its line in data/cues/fr/reporting_verbs.txt) or a built-in rule
    /// ("builtin/quote-colon"), so that a reader's report leads to it.
    pub rule: String,
    /// For `unsourced`: why the sentence is worth checking.
    pub claim: Option<Claim>,
    /// One line a reader understands, in the text's language.
    pub reason: String,
}

/// A hyperlink (or reference marker) over a byte range of the text: the sentence holding it is sourced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub start: usize,
    pub end: usize,
    pub href: String,
}

/// What to analyse and what to report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Force a language; `None` detects it.
    pub lang: Option<Lang>,
    /// Labels to report; the others are analysed but left out of `flags`.
    pub labels: Vec<Label>,
    /// Hyperlinks in the text (byte ranges).
    pub links: Vec<Link>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: None,
            labels: Label::ALL.to_vec(),
            links: Vec::new(),
        }
    }
}

/// The result of one analysis: the detected language and the flags in text order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    pub language: Lang,
    /// How many sentences the text holds (flagged or not), for "share sourced" figures.
    pub sentences: usize,
    pub flags: Vec<Flag>,
}
