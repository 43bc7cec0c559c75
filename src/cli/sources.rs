//! Who speaks in a text: flags grouped by source, so the summary can say
//! who is quoted or cited and how often.

use claimlens::{Flag, Label};

/// Flags sharing a source (or, without one, a cue), however it is cased.
pub struct Group {
    pub name: String,
    pub total: usize,
    pub quotes: usize,
}

/// Groups flags by source, most frequent first, ties in text order.
pub fn group<'a>(flags: impl Iterator<Item = &'a &'a Flag>) -> Vec<Group> {
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
    merge_surnames(&mut groups);
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
    merge_where(groups, |key, short, _| {
        short.len() < key.len()
            && short.split(' ').count() >= 2
            && (key.ends_with(&format!(" {short}"))
                || key.starts_with(&format!("{short},"))
                || key.starts_with(&format!("{short} (")))
    });
}

/// Counts "Osei" under "Daniel Osei", the way articles name a person after
/// the first mention: when exactly one name ends with that capitalised word
/// after another capitalised one ("de Paris" is not a person).
fn merge_surnames(groups: &mut Vec<(String, Group)>) {
    let full_name_ending = |key: &str, other_key: &str, other: &Group| {
        other_key.ends_with(&format!(" {key}"))
            && (other.name.split_whitespace().rev().nth(1))
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let surnames: Vec<String> = groups
        .iter()
        .filter(|(k, g)| !k.contains(' ') && g.name.starts_with(char::is_uppercase))
        .filter(|(k, _)| {
            groups
                .iter()
                .filter(|(ok, og)| full_name_ending(k, ok, og))
                .count()
                == 1
        })
        .map(|(k, _)| k.clone())
        .collect();
    merge_where(groups, |key, ok, og| {
        surnames.iter().any(|s| s == key) && full_name_ending(key, ok, og)
    });
}

/// Folds each group into the first other group `into(key, other_key,
/// other)` accepts, adding up the counts.
fn merge_where(groups: &mut Vec<(String, Group)>, into: impl Fn(&str, &str, &Group) -> bool) {
    let mut i = 0;
    while i < groups.len() {
        let key = &groups[i].0;
        let target = (0..groups.len()).find(|&j| j != i && into(key, &groups[j].0, &groups[j].1));
        match target {
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
