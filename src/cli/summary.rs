//! The summary under pretty output: counts per label, the share of sentences
//! sourced, who is quoted or cited and how often, vague sources, and the
//! unsourced statistics (the claims most worth checking) listed apart. The
//! figures are the library's (`claimlens::summary`); this is their layout.

use std::io::{self, Write};

use claimlens::summary::{self, Group, Part, Summary, CLAIMS};
use claimlens::{Flag, Label};

use super::pretty::{clean, plural, View};
use super::style::Style;

/// Longest sentence excerpt in the statistics list, in chars.
const EXCERPT: usize = 110;

pub fn write(
    out: &mut impl Write,
    text: &str,
    sentences: usize,
    flags: &[&Flag],
    view: &View,
) -> io::Result<()> {
    let st = view.style;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        st.bold(&format!("── Summary {}", "─".repeat(50)))
    )?;
    if sentences == 0 {
        return writeln!(out, "No sentences.");
    }
    let s = summary::summarize(&[Part {
        sentences,
        language: None,
        flags: flags.iter().map(|&f| f.into()).collect(),
    }]);
    write_counts(out, &s, view)?;
    write_groups(out, "Quoted or cited", &s.sources, st)?;
    write_groups(out, "Vague sources", &s.vague_sources, st)?;
    write_statistics(out, text, &s, flags, st)
}

fn write_counts(out: &mut impl Write, s: &Summary, view: &View) -> io::Result<()> {
    let st = view.style;
    let width = Label::ALL
        .map(Style::tag_width)
        .into_iter()
        .max()
        .unwrap_or(0);
    for label in Label::ALL {
        let pad = " ".repeat(width - Style::tag_width(label));
        let tag = st.tag(label);
        if !view.labels.contains(&label) {
            writeln!(out, "  {tag}{pad}     {}", st.dim("– not reported"))?;
            continue;
        }
        let n = s.count(label);
        let mut line = format!("  {tag}{pad} {n:>4}  {}", st.dim(&percent(n, s.sentences)));
        if label == Label::Unsourced && n > 0 {
            line.push_str("  ");
            line.push_str(&st.dim(&claim_breakdown(s)));
        }
        writeln!(out, "{line}")?;
    }
    if view.labels.len() == Label::ALL.len() {
        let rest = s.unflagged();
        let pad = " ".repeat(width.saturating_sub(11));
        writeln!(
            out,
            "  not flagged{pad} {rest:>4}  {}",
            st.dim(&percent(rest, s.sentences))
        )?;
    }
    if view.labels.contains(&Label::Quote) && view.labels.contains(&Label::Attributed) {
        let n = s.sourced();
        writeln!(
            out,
            "\n{} {n} of {} ({}) quote or name their source.",
            st.bold("Sourced:"),
            plural(s.sentences, "sentence"),
            percent(n, s.sentences).trim()
        )?;
    }
    Ok(())
}

/// " 29%": whole percent, right-aligned.
fn percent(n: usize, of: usize) -> String {
    let p = (n * 100 + of / 2).checked_div(of).unwrap_or(0);
    format!("{p:>3}%")
}

/// "statistic 4 · evaluative 2 · …", claims in the taxonomy's order.
fn claim_breakdown(s: &Summary) -> String {
    let names = CLAIMS.map(|k| k.name());
    (names.iter().chain(&["other"]))
        .zip(s.claims)
        .filter(|&(_, n)| n > 0)
        .map(|(name, n)| format!("{name} {n}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn write_groups(out: &mut impl Write, title: &str, groups: &[Group], st: Style) -> io::Result<()> {
    if groups.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", st.bold(title))?;
    for g in groups {
        let cited = g.total - g.quotes;
        let detail = match (g.quotes, cited) {
            (0, _) | (_, 0) => String::new(),
            (q, c) => format!("  ({q} quoted, {c} cited)"),
        };
        writeln!(
            out,
            "  {:>4}  {}{}",
            g.total,
            clean(&g.name),
            st.dim(&detail)
        )?;
    }
    Ok(())
}

fn write_statistics(
    out: &mut impl Write,
    text: &str,
    s: &Summary,
    flags: &[&Flag],
    st: Style,
) -> io::Result<()> {
    if s.statistics.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", st.bold("Unsourced statistics"))?;
    // Line numbers counted on from one statistic to the next (the flags are
    // in text order), not from the start of the text each time.
    let (mut counted, mut line) = (0, 1);
    for f in s.statistics.iter().filter_map(|at| flags.get(at.flag)) {
        let at = f.start.clamp(counted, text.len());
        line += text.as_bytes()[counted..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted = at;
        let sentence = text.get(f.start..f.end).unwrap_or("");
        let label = format!("line {line:>4}");
        writeln!(out, "  {}  {}", st.dim(&label), excerpt(sentence))?;
    }
    Ok(())
}

/// The sentence on one line, cut at `EXCERPT` chars.
fn excerpt(sentence: &str) -> String {
    let flat = clean(&summary::one_line(sentence));
    match flat.char_indices().nth(EXCERPT) {
        Some((cut, _)) => format!("{}…", flat[..cut].trim_end()),
        None => flat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_cuts_on_char_boundaries() {
        let long = "é".repeat(200);
        let e = excerpt(&long);
        assert_eq!(e.chars().count(), EXCERPT + 1);
        assert!(e.ends_with('…'));
    }

    #[test]
    fn percent_rounds() {
        assert_eq!(percent(1, 3), " 33%");
        assert_eq!(percent(2, 3), " 67%");
        assert_eq!(percent(0, 0), "  0%");
    }
}
