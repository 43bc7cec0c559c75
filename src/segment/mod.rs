//! Sentence segmentation for news text: quotations that span sentence ends,
//! abbreviations and initials, decimals, ellipses, list numbers, and lines
//! (headings, bylines, list items) that end without punctuation.

/// One sentence: a byte range of the text, trimmed, and where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph (line) it is in.
    pub para: usize,
    /// The sentence is its whole line (a heading, a byline, a list item…).
    pub whole_line: bool,
    /// Closed quotations inside it: byte ranges including the marks.
    pub quotes: Vec<(usize, usize)>,
}

const MAX_DEPTH: usize = 8;

/// Two apostrophes written as one quotation mark (''…'', the New York
/// Times' typography): read as this one character, two bytes long.
const DOUBLE_APOSTROPHE: char = '\u{2033}';

fn closer_of(open: char) -> Option<char> {
    match open {
        DOUBLE_APOSTROPHE => Some(DOUBLE_APOSTROPHE),
        '«' => Some('»'),
        '“' => Some('”'),
        '„' => Some('“'),
        '‘' => Some('’'),
        '"' => Some('"'),
        _ => None,
    }
}

/// Whether `c` closes a quotation opened by `open`: its own closer, or a
/// double mark of the other style, as pages mixing typography write them
/// (“…," or "…” ; a straight mark closes «, “ and „ too).
fn closes(open: char, c: char) -> bool {
    closer_of(open) == Some(c)
        || c == '"' && matches!(open, '“' | '„' | '«')
        || c == '”' && open == '"'
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closing(c: char) -> bool {
    matches!(c, '»' | '”' | '"' | '’' | ')' | ']')
}

fn is_space(c: char) -> bool {
    crate::tokens::is_blank(c)
}

/// Splits `text` into sentences, in order.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut para = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            split_line(text, line_start, line_start + body.len(), para, &mut out);
            para += 1;
        }
        line_start += line.len();
    }
    out
}

fn split_line(text: &str, lo: usize, hi: usize, para: usize, out: &mut Vec<Sentence>) {
    let first = out.len();
    let mut quotes = Vec::new();
    // A quotation never closed on this line would make the rest of it one
    // sentence: cut the line again reading the marks left open as plain
    // text, so that the quotations after them still count; if marks are
    // still left open, cut it without quotation tracking. Three passes at most.
    let mut stray = Vec::new();
    let mut track = true;
    let line = Line { text, lo, hi, para };
    loop {
        let open = line.scan(track.then_some(stray.as_slice()), &mut quotes, out);
        if open.is_empty() {
            break;
        }
        out.truncate(first);
        quotes.clear();
        if stray.is_empty() {
            stray = open;
        } else {
            track = false;
        }
    }
    let whole = out.len() - first == 1;
    for s in &mut out[first..] {
        // (A heading glued to its paragraph was marked when it was cut.)
        s.whole_line |= whole;
    }
    // Hand each closed quotation to the sentence that holds its opening mark
    // (nested ones close first: order them by where they open).
    quotes.sort_unstable();
    let mut qi = 0;
    for s in &mut out[first..] {
        while qi < quotes.len() && quotes[qi].0 < s.end {
            if quotes[qi].0 >= s.start {
                s.quotes.push((quotes[qi].0, quotes[qi].1.min(s.end)));
            }
            qi += 1;
        }
    }
    if let Some(s) = out.get_mut(first) {
        dialogue(text, s);
    }
}

/// "— Nous partirons demain, dit-il.": a line opened by a dash is spoken;
/// the few words after a comma at its end are the incise that names the
/// speaker, and stay outside the quotation.
fn dialogue(text: &str, s: &mut Sentence) {
    let body = &text[s.start..s.end];
    let Some(rest) = body.strip_prefix('—').or_else(|| body.strip_prefix('–')) else {
        return;
    };
    if !s.quotes.is_empty() || !rest.starts_with(is_space) {
        return;
    }
    // The first ", " with six words or fewer after it: it lies past the end
    // of the seventh word from the end (found once, not counted per comma).
    let seventh_end = word_end_from_back(body, 7);
    let end = body
        .match_indices(", ")
        .map(|(comma, _)| comma)
        .find(|&comma| comma + 2 >= seventh_end)
        .map_or(body.len(), |comma| comma + 1);
    s.quotes.push((s.start, s.start + end));
}

/// Where the `n`-th word from the end of `s` ends (0 if there are fewer).
fn word_end_from_back(s: &str, n: usize) -> usize {
    let mut words = 0;
    let mut after_space = true;
    for (i, c) in s.char_indices().rev() {
        let space = c.is_whitespace();
        if !space && after_space {
            words += 1;
            if words == n {
                return i + c.len_utf8();
            }
        }
        after_space = space;
    }
    0
}

/// Bytes that can start a mark the scanner cares about: . ! ? " and the
/// lead bytes of « » (C2) and of “ ” ‘ ’ „ … (E2). Everything else is skipped
/// by a table lookup.
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    // Capitals, for a heading glued to its paragraph ("l'emploiLe groupe").
    let mut c = b'A';
    while c <= b'Z' {
        t[c as usize] = true;
        c += 1;
    }
    t[0xC3] = true;
    t
};

/// One line of the text: bytes `lo..hi` of paragraph `para`.
struct Line<'t> {
    text: &'t str,
    lo: usize,
    hi: usize,
    para: usize,
}

impl Line<'_> {
    /// One pass over the line, tracking quotations unless `stray` is `None` (the
    /// opening marks at the offsets it holds are read as plain text); records
    /// the closed quotations in `quotes`, the sentences in `out`, and returns
    /// the offsets of the opening marks left open.
    fn scan(
        &self,
        stray: Option<&[usize]>,
        quotes: &mut Vec<(usize, usize)>,
        out: &mut Vec<Sentence>,
    ) -> Vec<usize> {
        let Line { text, lo, hi, para } = *self;
        let track = stray.is_some();
        let line = &text[lo..hi];
        let bytes = line.as_bytes();
        let mut stack: Vec<(char, usize)> = Vec::new();
        let mut sent_start = lo;
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i..].iter().position(|&b| INTERESTING[b as usize]) {
                Some(skip) => i += skip,
                None => break,
            }
            // The cheap tests first: a small accented letter (é), a capital
            // after no small letter, an apostrophe alone need nothing more.
            let b = bytes[i];
            let small_accent = b == 0xC3 && bytes.get(i + 1).is_some_and(|&n| n >= 0x9F);
            let capital_after_no_small = b.is_ascii_uppercase()
                && i > 0
                && bytes[i - 1] < 0x80
                && !bytes[i - 1].is_ascii_lowercase()
                && bytes[i - 1] != b'-';
            let apostrophe = b == b'\'' && bytes.get(i + 1) != Some(&b'\'');
            if small_accent || capital_after_no_small || apostrophe {
                i += if small_accent { 2 } else { 1 };
                continue;
            }
            let Some(mut c) = line[i..].chars().next() else {
                break;
            };
            let mut clen = c.len_utf8();
            if c == '\'' {
                (c, clen) = (DOUBLE_APOSTROPHE, 2);
            }
            let straight = c == '"' || c == DOUBLE_APOSTROPHE;
            let at = lo + i;
            let prev = line[..i].chars().next_back();
            let next = line[i + clen..].chars().next();
            if track {
                if let Some(pos) = stack.iter().rposition(|&(o, _)| closes(o, c)) {
                    let ends_word = next.is_none_or(|n| !n.is_alphanumeric());
                    // « "Nous n'en sommes qu'au début"Le président… »: a quoted
                    // heading glued to its paragraph by a lost line break.
                    // (The quotation opens the sentence, spaces before it aside.)
                    let glued = pos == 0
                        && text[sent_start..stack[0].1].chars().all(is_space)
                        && prev.is_some_and(|p| !is_space(p) && p != ',')
                        && next.is_some_and(char::is_uppercase)
                        && line[i + clen..]
                            .chars()
                            .nth(1)
                            .is_some_and(char::is_lowercase);
                    let closes = if straight {
                        // An open " closes where no word follows, also after a
                        // space (French typography: « " Nous irons ! " »).
                        ends_word || glued
                    } else {
                        // ’ closes only where it ends a word.
                        c != '’' || prev.is_some_and(|p| !is_space(p)) && ends_word
                    };
                    if closes {
                        let (_, open_at) = stack[pos];
                        stack.truncate(pos);
                        quotes.push((open_at, at + clen));
                        if glued {
                            push_heading(text, sent_start, at + clen, para, out);
                            sent_start = at + clen;
                            i += clen;
                            continue;
                        }
                        // « C'est fini. » Le ministre… : a quotation that ends a sentence.
                        if stack.is_empty()
                            && prev.is_some_and(|p| {
                                is_terminal(p)
                                    || is_space(p) && ends_terminal(&text[sent_start..at])
                            })
                        {
                            if let Some(end) = boundary_after(line, i + clen) {
                                push(text, sent_start, lo + end.0, para, out);
                                sent_start = lo + end.1;
                            }
                        }
                        i += clen;
                        continue;
                    }
                }
                let plain = stray.is_some_and(|s| s.contains(&at));
                if closer_of(c).is_some() && c != '’' && stack.len() < MAX_DEPTH && !plain {
                    let opens =
                        !straight || prev.is_none_or(|p| is_space(p) || "([{—–-".contains(p));
                    // A straight mark between spaces opens by parity: none is open here.
                    if opens && next.is_some_and(|n| !is_space(n) || c == '«' || straight) {
                        stack.push((c, at));
                        i += clen;
                        continue;
                    }
                }
            }
            if is_terminal(c) && stack.is_empty() {
                // Take the run of closing punctuation and marks that follows.
                let mut end = i + clen;
                while let Some(n) = line[end..].chars().next() {
                    if is_terminal(n) || (is_closing(n) && (!track || n == ')' || n == ']')) {
                        end += n.len_utf8();
                    } else {
                        break;
                    }
                }
                // The cheap test first: without white space after, no break (and
                // no look back at the word, which a line of "a.a.a…" would make quadratic).
                if let Some((cut, resume)) = boundary_after(line, end) {
                    if !(c == '.' && no_break_before(line, i, sent_start - lo)) {
                        push(text, sent_start, lo + cut, para, out);
                        sent_start = lo + resume;
                    }
                } else if glued_after(line, i, end) && !no_break_before(line, i, sent_start - lo) {
                    // "rapporte RTL.À la place": a sentence end glued to the next.
                    push(text, sent_start, lo + end, para, out);
                    sent_start = lo + end;
                }
                i = end;
                continue;
            }
            let heading = glued_heading(line, i) || glued_intertitle(text, sent_start, at);
            if stack.is_empty() && c.is_uppercase() && heading {
                push_heading(text, sent_start, at, para, out);
                sent_start = at;
            }
            i += clen;
        }
        push(text, sent_start, hi, para, out);
        stack.into_iter().map(|(_, at)| at).collect()
    }
}

fn ends_terminal(s: &str) -> bool {
    s.trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_some_and(is_terminal)
}

/// Whether a sentence ends at byte `end` of the line: white space, then a
/// capital, a digit, an opening mark or a dash. Returns (end, next start).
fn boundary_after(line: &str, end: usize) -> Option<(usize, usize)> {
    let rest = &line[end..];
    let trimmed = rest.trim_start_matches(is_space);
    if trimmed.len() == rest.len() && !rest.is_empty() {
        return None; // no space after: "3.5", "Bamada.net"
    }
    let resume = end + (rest.len() - trimmed.len());
    match trimmed.chars().next() {
        None => None,
        // A capital, or a letter of a script without case (Arabic, Hebrew…).
        Some(n) if n.is_uppercase() || n.is_alphabetic() && !n.is_lowercase() => {
            Some((end, resume))
        }
        Some(n) if n.is_ascii_digit() || "«“\"‘—–-([¿¡•@".contains(n) => {
            Some((end, resume))
        }
        Some('\'') if trimmed.starts_with("''") => Some((end, resume)),
        Some(n) if !n.is_alphabetic() && !n.is_ascii_punctuation() => Some((end, resume)),
        _ => None,
    }
}

/// A capital then a small letter right after a sentence end with no space
/// ("RTL.À la place", "l'AFP.En parallèle"), after a word of two letters or more.
fn glued_after(line: &str, dot: usize, end: usize) -> bool {
    let mut next = line[end..].chars();
    let (Some(a), Some(b)) = (next.next(), next.next()) else {
        return false;
    };
    let mut before = line[..dot].chars().rev();
    let word = before.next().is_some_and(char::is_alphanumeric)
        && before.next().is_some_and(char::is_alphanumeric);
    // ("capacité.- Moscou, épicentre -": a wire's intertitle glued after it.)
    let intertitle = a == '-' && b == ' ';
    word && (a.is_uppercase() && b.is_lowercase() || intertitle)
}

/// A wire's intertitle glued to the paragraph after it, as scraped pages
/// keep them: "- Moscou, épicentre de la maladie -La semaine dernière…".
/// The sentence so far opens with "- ", holds no sentence end, and the
/// capital at `at` follows " -".
fn glued_intertitle(text: &str, sent_start: usize, at: usize) -> bool {
    // (A sentence may already start past `at`, after a mark's run.)
    let Some(so_far) = text.get(sent_start..at) else {
        return false;
    };
    so_far.len() <= 160
        && so_far.starts_with("- ")
        && so_far.ends_with(" -")
        && !so_far.contains(is_terminal)
}

/// A heading glued to its paragraph by a lost line break: a word in small
/// letters runs into a capitalised one ("l'emploiLe groupe", "fuiteÂgé"),
/// never a name written in camel case ("PowerPoint", "iPhone", "McCain").
fn glued_heading(line: &str, at: usize) -> bool {
    // The cheap test first: most capitals follow a space or a mark.
    let prev = line.as_bytes()[..at].last().copied().unwrap_or(b' ');
    if prev < 0x80 && !prev.is_ascii_lowercase() {
        return false;
    }
    let mut after = line[at..].chars().skip(1);
    if !after.next().is_some_and(char::is_lowercase) {
        return false;
    }
    // A word is read back 40 letters at most: a longer run is no word (and
    // a line of letters stays linear).
    let mut letters = 0;
    for c in line[..at].chars().rev().take(41) {
        if !c.is_alphabetic() {
            break;
        }
        if !c.is_lowercase() {
            return false;
        }
        letters += 1;
    }
    (4..=40).contains(&letters)
}

/// A period after an abbreviation, an initial or a line's list number.
fn no_break_before(line: &str, dot: usize, sent_rel: usize) -> bool {
    let before = &line[..dot];
    let word_start = before
        .rfind(|c: char| is_space(c) || "(«“\"'’".contains(c))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    // "U.S.", "J.-C." : dotted initials.
    let dotted = word
        .split(['.', '-'])
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase) || p.is_empty())
        && word.contains('.');
    let list_number =
        word_start == sent_rel && word.chars().all(|c| c.is_ascii_digit()) && word.len() <= 3;
    single_capital || dotted || list_number || crate::grammar::is_abbreviation(word)
}

/// A heading glued to its paragraph, cut off and read as a line of its own.
fn push_heading(text: &str, start: usize, end: usize, para: usize, out: &mut Vec<Sentence>) {
    push(text, start, end, para, out);
    // (Nothing is pushed for blank text: the sentence before is left alone.)
    if let Some(heading) = out.last_mut().filter(|s| s.end <= end && s.start >= start) {
        heading.whole_line = true;
    }
}

fn push(text: &str, start: usize, end: usize, para: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trail = s.len() - s.trim_end_matches(is_space).len();
    if lead + trail >= s.len() {
        return;
    }
    out.push(Sentence {
        start: start + lead,
        end: end - trail,
        para,
        whole_line: false,
        quotes: Vec::new(),
    });
}

#[cfg(test)]
mod tests;
