//! Who speaks in a text: flags grouped by source, so the summary can say
//! who is quoted or cited and how often.

use std::collections::HashMap;

use claimlens::{Flag, Label};

/// Flags sharing a source (or, without one, a cue), however it is cased.
pub struct Group {
    pub name: String,
    pub total: usize,
    pub quotes: usize,
}

/// Groups flags by source, most frequent first, ties in text order. Keys are
/// looked up in hash maps, never compared pairwise: a long text names
/// thousands of sources.
pub fn group<'a>(flags: impl Iterator<Item = &'a &'a Flag>) -> Vec<Group> {
    let mut groups: Vec<(String, Group)> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
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
        let at = *index.entry(key.clone()).or_insert_with(|| {
            groups.push((
                key,
                Group {
                    name,
                    total: 0,
                    quotes: 0,
                },
            ));
            groups.len() - 1
        });
        let g = &mut groups[at].1;
        g.total += 1;
        g.quotes += usize::from(f.label == Label::Quote);
    }
    let groups = merge_longer_mentions(groups);
    let groups = merge_surnames(groups);
    let mut groups: Vec<Group> = groups.into_iter().map(|(_, g)| g).collect();
    // A stable sort keeps first appearance as the tie-break.
    groups.sort_by_key(|g| std::cmp::Reverse(g.total));
    groups
}

/// Counts "l'expert en géopolitique Luka Malle" and "Luka Malle, analyste"
/// under "Luka Malle": a reader asks how often a person speaks, whatever the
/// title. Only names of two words or more absorb others, so that "le maire
/// de Paris" never turns into "Paris".
fn merge_longer_mentions(groups: Vec<(String, Group)>) -> Vec<(String, Group)> {
    let index: HashMap<&str, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (k.as_str(), i))
        .collect();
    // The shorter mentions a key holds: what follows a space, what precedes ", " or " (".
    let targets: Vec<Vec<usize>> = groups
        .iter()
        .map(|(key, _)| {
            let key = key.as_str();
            let cuts = key.char_indices().filter_map(|(p, c)| match c {
                ' ' if key[p..].starts_with(" (") => Some(&key[..p]),
                ',' => Some(&key[..p]),
                _ => None,
            });
            let tails = key.match_indices(' ').map(|(p, _)| &key[p + 1..]);
            cuts.chain(tails)
                .filter(|short| short.split(' ').count() >= 2)
                .filter_map(|short| index.get(short).copied())
                .collect()
        })
        .collect();
    merge_into(groups, targets)
}

/// Counts "Osei" under "Daniel Osei", the way articles name a person after
/// the first mention: when exactly one name ends with that capitalised word
/// after another capitalised one ("de Paris" is not a person).
fn merge_surnames(groups: Vec<(String, Group)>) -> Vec<(String, Group)> {
    let mut full_names: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (key, g)) in groups.iter().enumerate() {
        let capitalised = (g.name.split_whitespace().rev().nth(1))
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        if let Some((_, last)) = key.rsplit_once(' ').filter(|_| capitalised) {
            full_names.entry(last).or_default().push(i);
        }
    }
    let targets: Vec<Vec<usize>> = groups
        .iter()
        .map(|(key, g)| match full_names.get(key.as_str()) {
            Some(one) if one.len() == 1 && g.name.starts_with(char::is_uppercase) => one.clone(),
            _ => Vec::new(),
        })
        .collect();
    merge_into(groups, targets)
}

/// Folds each group, in order, into the first of its `targets` still
/// standing, adding up the counts (a group folded into a later one travels on
/// with it).
fn merge_into(groups: Vec<(String, Group)>, targets: Vec<Vec<usize>>) -> Vec<(String, Group)> {
    let mut counts: Vec<(usize, usize)> = groups.iter().map(|(_, g)| (g.total, g.quotes)).collect();
    let mut standing = vec![true; groups.len()];
    for (i, targets) in targets.iter().enumerate() {
        if let Some(&j) = targets.iter().filter(|&&j| j != i && standing[j]).min() {
            standing[i] = false;
            counts[j].0 += counts[i].0;
            counts[j].1 += counts[i].1;
        }
    }
    groups
        .into_iter()
        .zip(counts)
        .zip(standing)
        .filter(|(_, standing)| *standing)
        .map(|(((key, g), (total, quotes)), _)| (key, Group { total, quotes, ..g }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each group's name and number of statements.
    fn totals(flags: &[Flag]) -> Vec<(String, usize)> {
        let refs: Vec<&Flag> = flags.iter().collect();
        group(refs.iter())
            .into_iter()
            .map(|g| (g.name, g.total))
            .collect()
    }

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
            rule: String::new(),
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
        let got = totals(&flags);
        let want = [
            ("Pascal Confavreux", 2),
            ("Luka Malle", 2),
            ("le maire de Paris", 1),
            ("Paris", 1),
        ];
        assert_eq!(got, want.map(|(n, c)| (n.to_owned(), c)));
    }

    #[test]
    fn a_surname_alone_counts_for_the_one_full_name() {
        let flags = [
            flag(Label::Quote, "Daniel Osei"),
            flag(Label::Attributed, "Osei"),
            flag(Label::Quote, "Marie Martin"),
            flag(Label::Quote, "Paul Martin"),
            flag(Label::Attributed, "Martin"),
        ];
        let got = totals(&flags);
        let want = [
            ("Daniel Osei", 2),
            ("Marie Martin", 1),
            ("Paul Martin", 1),
            ("Martin", 1),
        ];
        assert_eq!(
            got,
            want.map(|(n, c)| (n.to_owned(), c)),
            "two Martins: ambiguous"
        );
    }
}
