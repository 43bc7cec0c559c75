//! Words and marks of one sentence, for the local reading around a cue.

use std::borrow::Cow;

use crate::accents::{compose_lower, has_combining, is_combining};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// Digits, possibly with separators: "14", "3,5", "1 000" is two.
    Number,
    Punct(char),
    /// The opening / closing mark of a recorded quotation.
    Open,
    Close,
}

#[derive(Clone, Copy, Debug)]
pub struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: Kind,
}

impl<'a> Tok<'a> {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    /// Lower case with ’ as ', for the word lists.
    pub fn lower(&self) -> Cow<'a, str> {
        lower(self.text)
    }
    pub fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

pub fn lower(s: &str) -> Cow<'_, str> {
    // Most words need no change, accented ones too ("été"): borrowed.
    let plain = s.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80)
        || s.chars()
            .all(|c| !c.is_uppercase() && c != '’' && !is_combining(c));
    if plain {
        Cow::Borrowed(s)
    } else if has_combining(s) {
        Cow::Owned(compose_lower(s).replace('’', "'"))
    } else if s.is_ascii() {
        Cow::Owned(s.to_ascii_lowercase())
    } else if s.contains('’') {
        Cow::Owned(s.to_lowercase().replace('’', "'"))
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// A letter or digit, or an accent written as a combining mark. Latin letters
/// with accents are answered without the Unicode tables, which French text
/// would otherwise hit at every é.
pub fn is_word_char(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        c.is_ascii_alphanumeric()
    } else if (0xC0..0x250).contains(&u) {
        u != 0xD7 && u != 0xF7
    } else {
        c.is_alphanumeric() || is_combining(c)
    }
}

/// White space, and what shows nothing but travels in pasted text: control
/// characters (NUL, ESC…), the byte-order mark, zero-width space, direction
/// marks. Such a character must neither glue two sentences nor stand between
/// a quotation and its verb. (The zero-width joiner stays: emoji need it.)
pub fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'
        )
        || matches!(c, '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// Elisions end at the apostrophe: "l'armée" is "l'" + "armée" (the elided
/// words of every language, data/cues/<lang>/elisions.txt).
fn elides(head: &str) -> bool {
    crate::grammar::elides(&lower(head))
}

/// Splits `text[start..end]` into tokens (offsets are absolute); `quotes`
/// are the sentence's quotations, whose marks become Open / Close.
pub fn tokenize<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    quotes: &[(usize, usize)],
) -> Vec<Tok<'a>> {
    // Quotations come ordered by their opening; their ends, sorted here, are
    // looked up by binary search so a long sentence stays linear.
    let mut ends: Vec<usize> = quotes.iter().map(|q| q.1).collect();
    ends.sort_unstable();
    let s = &text[start..end];
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = start + i;
        if is_word_char(c) {
            let mut j = i + c.len_utf8();
            let mut digits = c.is_ascii_digit();
            while let Some(&(k, n)) = chars.peek() {
                let joins = (n == '\'' || n == '’' || n == '-' || n == '.' || n == ',')
                    && s[k + n.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char);
                if is_word_char(n) {
                    digits &= n.is_ascii_digit();
                } else if joins && (n == '\'' || n == '’') && elides(&s[i..k]) {
                    j = k + n.len_utf8();
                    chars.next();
                    break;
                } else if joins && (n != '.' && n != ',' || digits) {
                    // "porte-parole", "aujourd'hui", "3,5", "2.5"
                } else {
                    break;
                }
                j = k + n.len_utf8();
                chars.next();
            }
            let kind = if digits { Kind::Number } else { Kind::Word };
            out.push(Tok {
                start: at,
                end: start + j,
                text: &s[i..j],
                kind,
            });
        } else if is_blank(c) {
            continue;
        } else {
            // '' is one quotation mark (when the scanner recorded one there).
            let opens = quotes.binary_search_by_key(&at, |q| q.0).is_ok();
            let double = c == '\''
                && s[i + 1..].starts_with('\'')
                && (opens || ends.binary_search(&(at + 2)).is_ok());
            if double {
                chars.next();
            }
            let e = at + if double { 2 } else { c.len_utf8() };
            let kind = if opens {
                Kind::Open
            } else if ends.binary_search(&e).is_ok() {
                Kind::Close
            } else {
                Kind::Punct(c)
            };
            out.push(Tok {
                start: at,
                end: e,
                text: &s[i..e - start],
                kind,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_elisions_numbers_and_marks() {
        let t = "L’armée a-t-elle vu 3,5 % d'IL-76 « ici » ?";
        let q = [(t.find('«').unwrap(), t.find('»').unwrap() + '»'.len_utf8())];
        let toks = tokenize(t, 0, t.len(), &q);
        let texts: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            ["L’", "armée", "a-t-elle", "vu", "3,5", "%", "d'", "IL-76", "«", "ici", "»", "?"]
        );
        assert_eq!(toks[4].kind, Kind::Number);
        assert_eq!(toks[7].kind, Kind::Word);
        assert_eq!((toks[8].kind, toks[10].kind), (Kind::Open, Kind::Close));
        assert_eq!(toks[0].lower(), "l'");
    }

    #[test]
    fn offsets_are_absolute() {
        let t = "xx Le maire";
        let toks = tokenize(t, 3, t.len(), &[]);
        assert_eq!(&t[toks[1].start..toks[1].end], "maire");
    }
}
