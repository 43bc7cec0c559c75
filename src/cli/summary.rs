//! The summary under pretty output: counts per label, the share of sentences
//! sourced, who is quoted or cited and how often, vague sources, and the
//! unsourced statistics (the claims most worth checking) listed apart.

use std::io::{self, Write};

use claimlens::{Claim, Flag, Label};

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
    write_counts(out, sentences, flags, view)?;
    let sourced = |f: &&&Flag| matches!(f.label, Label::Quote | Label::Attributed);
    write_groups(
        out,
        "Quoted or cited",
        &group(flags.iter().filter(sourced)),
        st,
    )?;
    let vague = group(flags.iter().filter(|f| f.label == Label::Vague));
    write_groups(out, "Vague sources", &vague, st)?;
    write_statistics(out, text, flags, st)
}

fn write_counts(
    out: &mut impl Write,
    sentences: usize,
    flags: &[&Flag],
    view: &View,
) -> io::Result<()> {
    let st = view.style;
    let count = |l: Label| flags.iter().filter(|f| f.label == l).count();
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
        let n = count(label);
        let mut line = format!("  {tag}{pad} {n:>4}  {}", st.dim(&percent(n, sentences)));
        if label == Label::Unsourced && n > 0 {
            line.push_str("  ");
            line.push_str(&st.dim(&claim_breakdown(flags)));
        }
        writeln!(out, "{line}")?;
    }
    if view.labels.len() == Label::ALL.len() {
        let rest = sentences.saturating_sub(flags.len());
        let pad = " ".repeat(width.saturating_sub(11));
        writeln!(
            out,
            "  not flagged{pad} {rest:>4}  {}",
            st.dim(&percent(rest, sentences))
        )?;
    }
    if view.labels.contains(&Label::Quote) && view.labels.contains(&Label::Attributed) {
        let n = count(Label::Quote) + count(Label::Attributed);
        writeln!(
            out,
            "\n{} {n} of {} ({}) quote or name their source.",
            st.bold("Sourced:"),
            plural(sentences, "sentence"),
            percent(n, sentences).trim()
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
fn claim_breakdown(flags: &[&Flag]) -> String {
    let kinds = [
        Claim::Statistic,
        Claim::Evaluative,
        Claim::Causal,
        Claim::Factual,
    ];
    let unsourced = || flags.iter().filter(|f| f.label == Label::Unsourced);
    let mut parts: Vec<String> = kinds
        .iter()
        .map(|&k| (k, unsourced().filter(|f| f.claim == Some(k)).count()))
        .filter(|&(_, n)| n > 0)
        .map(|(k, n)| format!("{} {n}", k.name()))
        .collect();
    let unknown = unsourced().filter(|f| f.claim.is_none()).count();
    if unknown > 0 {
        parts.push(format!("other {unknown}"));
    }
    parts.join(" · ")
}

/// Flags sharing a source (or, without one, a cue), however it is cased.
struct Group {
    name: String,
    total: usize,
    quotes: usize,
}

/// Groups flags by source, most frequent first, ties in text order.
fn group<'a>(flags: impl Iterator<Item = &'a &'a Flag>) -> Vec<Group> {
    let mut groups: Vec<(String, Group)> = Vec::new();
    for f in flags {
        let name = match (f.source.as_deref(), f.cue.as_deref()) {
            (Some(s), _) if !s.trim().is_empty() => s.trim().to_owned(),
            (_, Some(c)) if !c.trim().is_empty() => format!("“{}”", c.trim()),
            _ => continue,
        };
        let key = name
            .replace('’', "'")
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let at = match groups.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                groups.push((
                    key,
                    Group {
                        name,
                        total: 0,
                        quotes: 0,
                    },
                ));
                groups.len() - 1
            }
        };
        let g = &mut groups[at].1;
        g.total += 1;
        g.quotes += usize::from(f.label == Label::Quote);
    }
    merge_longer_mentions(&mut groups);
    let mut groups: Vec<Group> = groups.into_iter().map(|(_, g)| g).collect();
    // A stable sort keeps first appearance as the tie-break.
    groups.sort_by_key(|g| std::cmp::Reverse(g.total));
    groups
}

/// Counts "l'expert en géopolitique Luka Malle" and "Luka Malle, analyste"
/// under "Luka Malle": a reader asks how often a person speaks, whatever the
/// title. Only names of two words or more absorb others, so that "le maire
/// de Paris" never turns into "Paris".
fn merge_longer_mentions(groups: &mut Vec<(String, Group)>) {
    let mut i = 0;
    while i < groups.len() {
        let key = &groups[i].0;
        let into = groups.iter().position(|(short, _)| {
            short.len() < key.len()
                && short.split(' ').count() >= 2
                && (key.ends_with(&format!(" {short}"))
                    || key.starts_with(&format!("{short},"))
                    || key.starts_with(&format!("{short} (")))
        });
        match into {
            Some(j) => {
                let (_, g) = groups.remove(i);
                let j = if j > i { j - 1 } else { j };
                groups[j].1.total += g.total;
                groups[j].1.quotes += g.quotes;
            }
            None => i += 1,
        }
    }
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
    flags: &[&Flag],
    st: Style,
) -> io::Result<()> {
    let stats: Vec<&&Flag> = flags
        .iter()
        .filter(|f| f.label == Label::Unsourced && f.claim == Some(Claim::Statistic))
        .collect();
    if stats.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{}", st.bold("Unsourced statistics"))?;
    for f in stats {
        let sentence = text.get(f.start..f.end).unwrap_or("");
        let label = format!("line {:>4}", line_of(text, f.start));
        writeln!(out, "  {}  {}", st.dim(&label), excerpt(sentence))?;
    }
    Ok(())
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let upto = &text.as_bytes()[..offset.min(text.len())];
    upto.iter().filter(|&&b| b == b'\n').count() + 1
}

/// The sentence on one line, cut at `EXCERPT` chars.
fn excerpt(sentence: &str) -> String {
    let flat = clean(&sentence.split_whitespace().collect::<Vec<_>>().join(" "));
    match flat.char_indices().nth(EXCERPT) {
        Some((cut, _)) => format!("{}…", flat[..cut].trim_end()),
        None => flat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(label: Label, source: &str) -> Flag {
        Flag {
            label,
            start: 0,
            end: 1,
            start_utf16: 0,
            end_utf16: 1,
            source: Some(source.into()),
            quote: None,
            cue: None,
            claim: None,
            reason: String::new(),
        }
    }

    #[test]
    fn sources_group_case_insensitively_most_frequent_first() {
        let flags = [
            flag(Label::Attributed, "Reuters"),
            flag(Label::Quote, "Luka Malle"),
            flag(Label::Attributed, "luka  MALLE"),
            flag(Label::Quote, "Luka Malle"),
        ];
        let refs: Vec<&Flag> = flags.iter().collect();
        let groups = group(refs.iter());
        let got: Vec<(&str, usize, usize)> = groups
            .iter()
            .map(|g| (g.name.as_str(), g.total, g.quotes))
            .collect();
        assert_eq!(got, vec![("Luka Malle", 3, 2), ("Reuters", 1, 0)]);
    }

    #[test]
    fn titles_and_appositions_count_for_the_person() {
        let flags = [
            flag(Label::Attributed, "l’expert en géopolitique Luka Malle"),
            flag(Label::Quote, "Pascal Confavreux"),
            flag(Label::Quote, "Luka Malle"),
            flag(
                Label::Attributed,
                "Pascal Confavreux, porte-parole du ministère",
            ),
            flag(Label::Attributed, "le maire de Paris"),
            flag(Label::Attributed, "Paris"),
        ];
        let refs: Vec<&Flag> = flags.iter().collect();
        let got: Vec<(String, usize)> = group(refs.iter())
            .into_iter()
            .map(|g| (g.name, g.total))
            .collect();
        let want = [
            ("Pascal Confavreux", 2),
            ("Luka Malle", 2),
            ("le maire de Paris", 1),
            ("Paris", 1),
        ];
        assert_eq!(got, want.map(|(n, c)| (n.to_owned(), c)));
    }

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
