//! UTF-16 offsets, added once in one linear pass over the text: JavaScript
//! strings index in UTF-16 code units, the analyser in UTF-8 bytes.

use crate::types::Flag;

/// Fills `start_utf16` / `end_utf16` of every flag and quote span. Offsets
/// must lie on char boundaries (the analyser only makes such offsets).
pub fn add_utf16(text: &str, flags: &mut [Flag]) {
    // Gathered in text order (flags are in order, a quotation inside its
    // sentence): sorting is only a safeguard, checked for in linear time.
    let mut wanted: Vec<usize> = Vec::with_capacity(flags.len() * 4);
    for f in flags.iter() {
        wanted.push(f.start);
        if let Some(q) = &f.quote {
            wanted.extend([q.start, q.end]);
        }
        wanted.push(f.end);
    }
    if !wanted.is_sorted() {
        wanted.sort_unstable();
    }
    wanted.dedup();
    let mut table = Vec::with_capacity(wanted.len());
    // Counted on bytes: every byte but a continuation byte starts a char (one
    // unit), and a 4-byte char (lead byte F0..F7) takes a second unit.
    let bytes = text.as_bytes();
    let (mut byte, mut units) = (0usize, 0usize);
    for &w in &wanted {
        let w = w.min(bytes.len());
        units += bytes[byte.min(w)..w]
            .iter()
            .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
            .sum::<usize>();
        byte = byte.max(w);
        table.push(units);
    }
    let at = |b: usize| wanted.binary_search(&b).map(|i| table[i]).unwrap_or(0);
    for f in flags.iter_mut() {
        f.start_utf16 = at(f.start);
        f.end_utf16 = at(f.end);
        if let Some(q) = &mut f.quote {
            q.start_utf16 = at(q.start);
            q.end_utf16 = at(q.end);
        }
    }
}

/// UTF-16 length of `s` (for tests and callers holding byte offsets).
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}
