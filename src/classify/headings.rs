//! Lines with no end mark: which of them quote someone.

use crate::tokens::{Kind, Tok};

/// Whether the quotation `q` holds four words or more and most of the words
/// of the line (`toks`), and reads as words said: it opens the line, follows
/// a comma or a colon, or opens in small letters (a capital after "au sujet
/// de" opens a title).
pub(super) fn mostly_quoted(toks: &[Tok], q: Option<(usize, usize)>) -> bool {
    let Some(q) = q else {
        return false;
    };
    let words = toks.iter().filter(|t| t.is_word()).count();
    let inside = |t: &&Tok| t.is_word() && t.start > q.0 && t.end < q.1;
    let quoted = toks.iter().filter(inside).count();
    let open = toks.partition_point(|t| t.start < q.0);
    let said = open == 0
        || matches!(toks[open - 1].kind, Kind::Punct(',' | ':'))
        || toks.iter().find(inside).is_some_and(|t| !t.capitalised());
    quoted >= 4 && quoted * 2 > words && said
}
