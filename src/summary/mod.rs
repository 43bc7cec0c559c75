//! The figures a reader wants after the highlights, over one analysed text or
//! several summed (a page's article in several units, or in several frames):
//! flags per label, the share of sentences that quote or name their source,
//! who is cited and how often, vague sources, and the unsourced statistics.
//! Linear in the number of flags and the length of their sources: a long page
//! names thousands of sources. The CLI, the WebAssembly module (hence the
//! widget and the extension) all summarise through [`summarize`].
//!
//! ```
//! use claimlens::summary::{summarize, Part};
//! use claimlens::{analyze, Label, Options};
//! let text = "« Nous tiendrons », affirme Anne Roy. Selon Anne Roy, le projet avance.";
//! let analysis = analyze(text, &Options::default());
//! let s = summarize(&[Part::from(&analysis)]);
//! assert_eq!(s.count(Label::Quote), 1);
//! assert_eq!((s.sources[0].name.as_str(), s.sources[0].total, s.sources[0].quotes), ("Anne Roy", 2, 1));
//! ```

mod mentions;
mod sources;

pub use sources::Group;

use crate::{Analysis, Claim, Flag, Label, Lang};

/// The claim kinds of unsourced flags, in the taxonomy's order.
pub const CLAIMS: [Claim; 4] = [
    Claim::Statistic,
    Claim::Evaluative,
    Claim::Causal,
    Claim::Factual,
];

/// Where a flag is: its part and its index among that part's flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct At {
    pub part: usize,
    pub flag: usize,
}

/// What the summary reads of a flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    pub label: Label,
    pub claim: Option<Claim>,
    pub source: Option<&'a str>,
    /// The name the source stands for (`Flag::refers_to`): flags are grouped by it.
    pub refers_to: Option<&'a str>,
    pub cue: Option<&'a str>,
}

impl<'a> From<&'a Flag> for Entry<'a> {
    fn from(f: &'a Flag) -> Self {
        Entry {
            label: f.label,
            claim: f.claim,
            source: f.source.as_deref(),
            refers_to: f.refers_to.as_deref(),
            cue: f.cue.as_deref(),
        }
    }
}

/// One analysed text among those summed.
#[derive(Clone, Debug, Default)]
pub struct Part<'a> {
    /// Sentences in the text, flagged or not.
    pub sentences: usize,
    /// The language it was read in, when known.
    pub language: Option<Lang>,
    /// Its flags, in text order.
    pub flags: Vec<Entry<'a>>,
}

impl<'a> From<&'a Analysis> for Part<'a> {
    fn from(a: &'a Analysis) -> Self {
        Part {
            sentences: a.sentences,
            language: Some(a.language),
            flags: a.flags.iter().map(Entry::from).collect(),
        }
    }
}

/// The figures of the parts summed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// How many parts were summed.
    pub parts: usize,
    /// The language all the parts share; `None` when they differ or none says.
    pub language: Option<Lang>,
    pub sentences: usize,
    /// Flags per label, in [`Label::ALL`] order.
    pub counts: [usize; 4],
    /// Unsourced flags per claim kind, in [`CLAIMS`] order, then those without one.
    pub claims: [usize; 5],
    /// Who is quoted or cited (quote and attributed flags), most often first.
    pub sources: Vec<Group>,
    /// Who vague claims hang on ("des sources", "experts"), most often first.
    pub vague_sources: Vec<Group>,
    /// The unsourced statistics, in text order: the claims most worth checking.
    pub statistics: Vec<At>,
}

impl Summary {
    pub fn count(&self, label: Label) -> usize {
        self.counts[label as usize]
    }

    /// Flags that quote or name their source.
    pub fn sourced(&self) -> usize {
        self.count(Label::Quote) + self.count(Label::Attributed)
    }

    /// [`Summary::sourced`] over the sentences, 0 to 1 (0 without sentences).
    pub fn sourced_share(&self) -> f64 {
        if self.sentences == 0 {
            return 0.0;
        }
        self.sourced() as f64 / self.sentences as f64
    }

    /// Sentences without a flag (of the labels asked for).
    pub fn unflagged(&self) -> usize {
        self.sentences.saturating_sub(self.counts.iter().sum())
    }
}

/// Sums the figures of `parts`; flags are named by [`At`] into them.
pub fn summarize(parts: &[Part]) -> Summary {
    let mut s = Summary {
        parts: parts.len(),
        language: common_language(parts),
        ..Summary::default()
    };
    let mut named = Vec::new();
    let mut vague = Vec::new();
    for (p, part) in parts.iter().enumerate() {
        s.sentences += part.sentences;
        for (i, f) in part.flags.iter().enumerate() {
            let at = At { part: p, flag: i };
            s.counts[f.label as usize] += 1;
            match f.label {
                Label::Quote | Label::Attributed => named.push((at, f)),
                Label::Vague => vague.push((at, f)),
                Label::Unsourced => {
                    let kind = CLAIMS.iter().position(|&k| f.claim == Some(k));
                    s.claims[kind.unwrap_or(CLAIMS.len())] += 1;
                    if f.claim == Some(Claim::Statistic) {
                        s.statistics.push(at);
                    }
                }
            }
        }
    }
    s.sources = sources::group(named);
    s.vague_sources = sources::group(vague);
    s
}

fn common_language(parts: &[Part]) -> Option<Lang> {
    let first = parts.first()?.language?;
    parts
        .iter()
        .all(|p| p.language == Some(first))
        .then_some(first)
}

/// `s` on one line: every run of whitespace one space, none at the ends (a
/// statistic's sentence as a list shows it).
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests;
