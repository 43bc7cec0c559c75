//! The flag contract: everything a caller may rely on in an analysis, checked
//! in one pass (linear in the text and the flags). One checker for the
//! property tests, the hostile-input tests and the fuzz targets, which
//! include this file (`#[path]`): it trusts nothing of the code it checks,
//! counting UTF-16 units and finding sources itself.
//!
//! - flags in text order, apart, not empty, inside the text, on char boundaries;
//! - UTF-16 offsets that count the units before them, the quotation's too;
//! - a quotation inside its sentence, not empty, on char boundaries;
//! - only the labels asked for, the forced language if one was;
//! - the taxonomy's shape: a quote has its quotation, attributed and
//!   unsourced flags have none; a claim kind exactly on unsourced flags;
//! - a reason on one non-empty line, no blank source or cue, a source
//!   written in the text, up to blanks and invisible characters (a reference
//!   marker "[ 12 ]" is named "[12]"), or the href of a link given;
//! - at most one flag per sentence.

#![allow(dead_code)] // each includer uses its part

use std::collections::HashMap;

use claimlens::{Analysis, Flag, Label, Options};

/// Every rule, or the first one broken.
pub fn check(text: &str, options: &Options, a: &Analysis) -> Result<(), String> {
    if let Some(lang) = options.lang {
        if a.language != lang {
            return Err(format!("language {:?}, forced {lang:?}", a.language));
        }
    }
    if a.sentences < a.flags.len() {
        return Err(format!(
            "{} flags for {} sentences",
            a.flags.len(),
            a.sentences
        ));
    }
    let mut units = Utf16::new(text);
    let mut previous_end = 0;
    for (i, f) in a.flags.iter().enumerate() {
        let checked = if f.start >= f.end || f.start < previous_end {
            Err(format!(
                "empty, or overlaps the flag before (ending at {previous_end})"
            ))
        } else {
            shape(f, options).and_then(|()| offsets(f, &mut units))
        };
        checked.map_err(|e| format!("flag {i} ({:?} {}..{}): {e}", f.label, f.start, f.end))?;
        previous_end = f.end;
    }
    sources_written(text, options, &a.flags)
}

/// The flag's offsets and its quotation's: inside the text and each other,
/// their UTF-16 twins right.
fn offsets(f: &Flag, units: &mut Utf16) -> Result<(), String> {
    let start = units.at(f.start)?;
    if let Some(q) = f.quote {
        if q.start < f.start || q.start >= q.end || q.end > f.end {
            return Err(format!(
                "quote {}..{} not inside its sentence",
                q.start, q.end
            ));
        }
        let (qs, qe) = (units.at(q.start)?, units.at(q.end)?);
        if (q.start_utf16, q.end_utf16) != (qs, qe) {
            let got = (q.start_utf16, q.end_utf16);
            return Err(format!("quote UTF-16 {got:?}, expected {:?}", (qs, qe)));
        }
    }
    let end = units.at(f.end)?;
    if (f.start_utf16, f.end_utf16) != (start, end) {
        let got = (f.start_utf16, f.end_utf16);
        return Err(format!("UTF-16 {got:?}, expected {:?}", (start, end)));
    }
    Ok(())
}

/// What a flag must be by itself: asked for, shaped as the taxonomy says.
fn shape(f: &Flag, options: &Options) -> Result<(), String> {
    if !options.labels.contains(&f.label) {
        return Err("a label not asked for".into());
    }
    let quote_ok = match f.label {
        Label::Quote => f.quote.is_some(),
        Label::Attributed | Label::Unsourced => f.quote.is_none(),
        Label::Vague => true,
    };
    if !quote_ok {
        return Err(format!("quote {:?} on a {:?} flag", f.quote, f.label));
    }
    if f.claim.is_some() != (f.label == Label::Unsourced) {
        return Err(format!("claim {:?} on a {:?} flag", f.claim, f.label));
    }
    if f.reason.trim().is_empty() || f.reason.contains('\n') {
        return Err(format!("reason must be one non-empty line: {:?}", f.reason));
    }
    for (name, value) in [("source", &f.source), ("cue", &f.cue)] {
        if value.as_deref().is_some_and(|v| v.trim().is_empty()) {
            return Err(format!("{name} is Some but blank"));
        }
    }
    Ok(())
}

/// UTF-16 units counted once, from one offset to the next: offsets only grow.
struct Utf16<'t> {
    text: &'t str,
    byte: usize,
    units: usize,
}

impl<'t> Utf16<'t> {
    fn new(text: &'t str) -> Self {
        Utf16 {
            text,
            byte: 0,
            units: 0,
        }
    }

    /// The UTF-16 offset of byte `at`, which must lie on a char boundary at or after the last.
    fn at(&mut self, at: usize) -> Result<usize, String> {
        if at < self.byte || at > self.text.len() || !self.text.is_char_boundary(at) {
            return Err(format!(
                "offset {at} out of order, past the end or not on a char boundary"
            ));
        }
        self.units += self.text[self.byte..at].encode_utf16().count();
        self.byte = at;
        Ok(self.units)
    }
}

/// Every source is written in the text, or is the href of a link given, or
/// is a description written in the text followed by the name it refers to,
/// written too ("la maire (Anne Hidalgo)"). The
/// analyser reads blanks and invisible characters as nothing between the
/// tokens of a name ("[ 12 ]" is the marker "[12]"): a source not found as
/// it is must be found once both lose them.
fn sources_written(text: &str, options: &Options, flags: &[Flag]) -> Result<(), String> {
    let hrefs: Vec<&str> = options.links.iter().map(|l| l.href.as_str()).collect();
    let mut wanted: Vec<&str> = Vec::new();
    for f in flags {
        match (f.source.as_deref(), f.refers_to.as_deref()) {
            // "la maire (Anne Hidalgo)": both are written.
            (Some(source), Some(name)) => {
                let written = source
                    .strip_suffix(&format!(" ({name})"))
                    .ok_or_else(|| format!("source {source:?} does not end with ({name})"))?;
                wanted.extend([written, name]);
            }
            (Some(source), None) if !hrefs.contains(&source) => wanted.push(source),
            (None, Some(name)) => return Err(format!("refers to {name:?} with no source")),
            _ => {}
        }
    }
    wanted.sort_unstable();
    wanted.dedup();
    let found = occurring(text, &wanted);
    let missing: Vec<&str> = (wanted.iter().zip(found))
        .filter(|(_, found)| !found)
        .map(|(s, _)| *s)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let squeezed: Vec<String> = missing.iter().map(|s| squeeze(s)).collect();
    let refs: Vec<&str> = squeezed.iter().map(String::as_str).collect();
    let found = occurring(&squeeze(text), &refs);
    match missing.iter().zip(found).find(|(_, found)| !found) {
        Some((source, _)) => Err(format!("source {source:?} is not written in the text")),
        None => Ok(()),
    }
}

/// `s` without blanks, control and invisible formatting characters.
fn squeeze(s: &str) -> String {
    let invisible = |c: char| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}')
    };
    s.chars().filter(|&c| !invisible(c)).collect()
}

/// Which `needles` occur in `text`, in one pass over it (Aho-Corasick: a trie
/// of the needles with failure links; the states the text reaches are marked,
/// then the marks flow down the failure links to every needle they hold).
pub fn occurring(text: &str, needles: &[&str]) -> Vec<bool> {
    let mut next: HashMap<(usize, u8), usize> = HashMap::new();
    let mut ends = vec![Vec::new()]; // state -> needles ending there
    for (n, needle) in needles.iter().enumerate() {
        let mut s = 0;
        for &b in needle.as_bytes() {
            let fresh = ends.len();
            s = *next.entry((s, b)).or_insert(fresh);
            if s == fresh {
                ends.push(Vec::new());
            }
        }
        ends[s].push(n);
    }
    // Failure links, breadth first: the longest proper suffix that is a state.
    let mut fail = vec![0; ends.len()];
    let mut children: Vec<Vec<(u8, usize)>> = vec![Vec::new(); ends.len()];
    for (&(s, b), &t) in &next {
        children[s].push((b, t));
    }
    let mut order = Vec::with_capacity(ends.len());
    let mut queue: std::collections::VecDeque<usize> =
        children[0].iter().map(|&(_, t)| t).collect();
    while let Some(s) = queue.pop_front() {
        order.push(s);
        for &(b, t) in &children[s] {
            let mut f = fail[s];
            fail[t] = loop {
                match next.get(&(f, b)) {
                    Some(&g) if g != t => break g,
                    _ if f == 0 => break 0,
                    _ => f = fail[f],
                }
            };
            queue.push_back(t);
        }
    }
    let mut reached = vec![false; ends.len()];
    let mut s = 0;
    for &b in text.as_bytes() {
        s = loop {
            match next.get(&(s, b)) {
                Some(&t) => break t,
                None if s == 0 => break 0,
                None => s = fail[s],
            }
        };
        reached[s] = true;
    }
    // A state reached means its failure chain was too: deepest first.
    for &s in order.iter().rev() {
        if reached[s] {
            reached[fail[s]] = true;
        }
    }
    let mut found = vec![false; needles.len()];
    for (s, ns) in ends.iter().enumerate() {
        for &n in ns {
            found[n] = reached[s] || needles[n].is_empty();
        }
    }
    found
}
