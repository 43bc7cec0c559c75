//! ANSI styling, written by hand: a handful of SGR codes is all pretty output
//! needs. With colour off every helper returns the text unchanged, and labels
//! show as `[QUOTE]`-style tags, so the output stays readable in a file.

use claimlens::{Claim, Label};

const RESET: &str = "\x1b[0m";

#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// The label's foreground colour: green for a quotation, cyan for a
    /// named source, yellow for a vague one, red for no source at all.
    fn fg(label: Label) -> &'static str {
        match label {
            Label::Quote => "32",
            Label::Attributed => "36",
            Label::Vague => "33",
            Label::Unsourced => "31",
        }
    }

    /// The tag that opens a flagged sentence: a coloured badge, or `[QUOTE]`.
    pub fn tag(self, label: Label) -> String {
        let word = label.name().to_ascii_uppercase();
        if self.color {
            let bg = match label {
                Label::Quote => "42",
                Label::Attributed => "46",
                Label::Vague => "43",
                Label::Unsourced => "41",
            };
            format!("\x1b[1;30;{bg}m {word} {RESET}")
        } else {
            format!("[{word}]")
        }
    }

    /// How wide `tag` prints, for aligning columns.
    pub fn tag_width(label: Label) -> usize {
        label.name().len() + 2
    }

    pub fn label_text(self, label: Label, s: &str) -> String {
        self.sgr(Self::fg(label), s)
    }

    /// A quotation inside a coloured sentence: same colour, italic and bold.
    pub fn quote_text(self, label: Label, s: &str) -> String {
        self.sgr(&format!("1;3;{}", Self::fg(label)), s)
    }

    pub fn dim(self, s: &str) -> String {
        self.sgr("2", s)
    }

    pub fn bold(self, s: &str) -> String {
        self.sgr("1", s)
    }

    fn sgr(self, code: &str, s: &str) -> String {
        if self.color && !s.is_empty() {
            format!("\x1b[{code}m{s}{RESET}")
        } else {
            s.to_owned()
        }
    }
}

/// The label in words, as the annotation under a sentence says it.
pub fn label_words(label: Label, claim: Option<Claim>) -> String {
    match label {
        Label::Quote => "direct quotation".to_owned(),
        Label::Attributed => "named source".to_owned(),
        Label::Vague => "vague source".to_owned(),
        Label::Unsourced => match claim {
            Some(c) => format!("unsourced {}", c.name()),
            None => "unsourced claim".to_owned(),
        },
    }
}
