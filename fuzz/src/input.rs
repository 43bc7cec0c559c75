//! How a fuzz input becomes options and text: a few header bytes pick the
//! options, the rest is the text (or the HTML page). Past the end of the
//! input the header reads zeros, so every input decodes.
//!
//! ```text
//! byte 0   language: % 3 → detect, fr, en
//! byte 1   labels: bit i keeps Label::ALL[i] (0 keeps none)
//! byte 2   bits 0-2: links (analyze only); bit 3: invalid UTF-8 becomes
//!          U+FFFD (else the text stops at it); bit 4: analyse a second
//!          time and compare
//! 5 bytes  per link (analyze only): start u16 LE, end u16 LE, kind
//! rest     the text or the page
//! ```
//!
//! `scripts/fuzz.sh` seeds the corpus with `[0, 15, 0]` before each text.

use std::borrow::Cow;

use claimlens::{Label, Lang, Link, Options};

/// A decoded fuzz input.
pub struct Input<'a> {
    pub options: Options,
    /// Valid UTF-8: the text to analyse or the page to read.
    pub body: Cow<'a, str>,
    /// Analyse a second time (all labels, valid links only) and compare.
    pub recheck: bool,
}

/// Hrefs a link may carry: the analyser takes any; the HTML reader drops
/// the empty ones, page anchors and scripts.
const HREFS: [&str; 4] = [
    "https://example.org/rapport",
    "",
    "#note-1",
    " javascript:void(0)",
];

struct Cursor<'a>(&'a [u8]);

impl Cursor<'_> {
    fn byte(&mut self) -> u8 {
        let (&b, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        b
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.byte(), self.byte()])
    }
}

/// The input of the `analyze` target: header, links, text.
pub fn analyze(data: &[u8]) -> Input<'_> {
    let mut cur = Cursor(data);
    let (lang, labels, flags) = (cur.byte(), cur.byte(), cur.byte());
    let raw_links: Vec<(u16, u16, u8)> = (0..flags & 7)
        .map(|_| (cur.u16(), cur.u16(), cur.byte()))
        .collect();
    let body = text(cur.0, flags & 8 != 0);
    let links = raw_links
        .into_iter()
        .map(|(s, e, kind)| link(s, e, kind, body.len()))
        .collect();
    Input {
        options: options(lang, labels, links),
        body,
        recheck: flags & 16 != 0,
    }
}

/// The input of the `html` target: header, page (links come from the page).
pub fn html(data: &[u8]) -> Input<'_> {
    let mut cur = Cursor(data);
    let (lang, labels, flags) = (cur.byte(), cur.byte(), cur.byte());
    Input {
        options: options(lang, labels, Vec::new()),
        body: text(cur.0, flags & 8 != 0),
        recheck: flags & 16 != 0,
    }
}

fn options(lang: u8, labels: u8, links: Vec<Link>) -> Options {
    Options {
        lang: Lang::ALL
            .get(usize::from(lang) % (Lang::COUNT + 1))
            .copied(),
        labels: Label::ALL
            .into_iter()
            .enumerate()
            .filter(|(i, _)| labels & (1 << i) != 0)
            .map(|(_, l)| l)
            .collect(),
        links,
    }
}

/// Kind bits 0-1 pick the href; bit 2 keeps the offsets as read (mostly far
/// past the text); else they wrap to land in the text or just past it, on a
/// char boundary or not. Bit 3 makes the link short (end = start + end % 64).
fn link(start: u16, end: u16, kind: u8, len: usize) -> Link {
    let (mut start, mut end) = (usize::from(start), usize::from(end));
    if kind & 4 == 0 {
        start %= len + 2;
        end %= len + 2;
    }
    if kind & 8 != 0 {
        end = start + end % 64;
    }
    Link {
        start,
        end,
        href: HREFS[usize::from(kind & 3)].to_owned(),
    }
}

fn text(bytes: &[u8], lossy: bool) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) if lossy => String::from_utf8_lossy(bytes),
        Err(e) => Cow::Borrowed(
            std::str::from_utf8(&bytes[..e.valid_up_to()]).expect("checked up to there"),
        ),
    }
}
