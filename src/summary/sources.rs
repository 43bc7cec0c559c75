//! Who speaks: flags grouped by source, however the text words the name.
//! "Luka Malle", "luka  MALLE", "l'expert Luka Malle" and "Luka Malle,
//! analyste" are one person; "Osei" is "Daniel Osei" when the text names one
//! Osei only; "le maire de Paris" is never "Paris".
//!
//! Names are looked up, never compared pairwise (mentions.rs): the work is
//! linear in the number and the length of the names.

use rustc_hash::FxHashMap;

use super::mentions::{self, Mention};
use super::{At, Entry};
use crate::Label;

/// Flags sharing a source (or, without one, a cue).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The name as the text first writes it.
    pub name: String,
    /// Flags in the group, and how many of them are direct quotes.
    pub total: usize,
    pub quotes: usize,
    /// The flags, in text order.
    pub flags: Vec<At>,
}

/// Groups flags (in text order) by source, most frequent first, ties in
/// order of first mention.
pub fn group<'a>(flags: impl IntoIterator<Item = (At, &'a Entry<'a>)>) -> Vec<Group> {
    let mut names: Vec<Name> = Vec::new();
    let mut counts: Vec<Counts> = Vec::new();
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    let mut members: Vec<(At, usize)> = Vec::new();
    for (at, f) in flags {
        let Some(shown) = shown_name(f) else {
            continue;
        };
        let n = *index.entry(key_of(&shown)).or_insert_with_key(|key| {
            names.push(Name {
                key: key.clone(),
                shown,
            });
            counts.push(Counts::default());
            names.len() - 1
        });
        counts[n].total += 1;
        counts[n].quotes += usize::from(f.label == Label::Quote);
        members.push((at, n));
    }
    // Two rounds of folding: titles and appositions, then lone surnames,
    // whose uniqueness is judged among the names the first round leaves.
    let keys: Vec<&str> = names.iter().map(|n| n.key.as_str()).collect();
    let holds = |i: usize, m: &Mention| m.holds(keys[i], keys[m.name]);
    let first = fold(&mut counts, &mentions::longer(&keys), |m| m.name, holds);
    let standing: Vec<usize> = (0..names.len()).filter(|&n| first[n] == n).collect();
    let mut left: Vec<Counts> = standing.iter().map(|&n| counts[n]).collect();
    let lone = surnames(standing.iter().map(|&n| &names[n]));
    let second = fold(&mut left, &lone, |&j| j, |_, _| true);
    // The groups in order of first mention; each name's group.
    let mut group_of = vec![usize::MAX; names.len()];
    let mut groups: Vec<Group> = Vec::new();
    for (k, &n) in standing.iter().enumerate() {
        if second[k] == k {
            group_of[n] = groups.len();
            groups.push(Group {
                name: std::mem::take(&mut names[n].shown),
                total: left[k].total,
                quotes: left[k].quotes,
                flags: Vec::with_capacity(left[k].total),
            });
        }
    }
    for (k, &n) in standing.iter().enumerate() {
        group_of[n] = group_of[standing[second[k]]];
    }
    for (at, n) in members {
        groups[group_of[first[n]]].flags.push(at);
    }
    // A stable sort keeps first mention as the tie-break.
    groups.sort_by_key(|g| std::cmp::Reverse(g.total));
    groups
}

/// A distinct name: its lookup key, and as the text first writes it.
struct Name {
    key: String,
    shown: String,
}

/// The flags of a name, and those folded into it.
#[derive(Clone, Copy, Default)]
struct Counts {
    total: usize,
    quotes: usize,
}

/// The name a flag is listed under: its source, else its cue in quotation
/// marks ("“experts say”"). A quotation with no speaker, whose cue is the
/// quotation mark, names nobody.
fn shown_name(f: &Entry) -> Option<String> {
    // "la maire (Anne Hidalgo)" is Anne Hidalgo.
    let source = f.refers_to.or(f.source).map(str::trim);
    match (source, f.cue.map(str::trim)) {
        (Some(s), _) if !s.is_empty() => Some(s.to_owned()),
        // A vague claim with no source is known by its phrase ("selon
        // certains", "it is said"); a lone word (the verb "confié", the
        // conditional "aurait", a quotation mark) names nobody.
        (_, Some(c)) if c.split_whitespace().nth(1).is_some() => Some(format!("“{c}”")),
        _ => None,
    }
}

/// Lower case, one space between words, ’ as '.
fn key_of(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        for c in word.chars() {
            match c {
                '’' => key.push('\''),
                c => key.extend(c.to_lowercase()),
            }
        }
    }
    key
}

/// For each one-word name written with a capital, the one full name ending
/// with it ("osei" for "Daniel Osei"), if the text holds exactly one: a full
/// name is two capitalised words or more at its end ("de Paris" is not a person).
fn surnames<'n>(names: impl Iterator<Item = &'n Name> + Clone) -> Vec<Vec<usize>> {
    let mut full: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, n) in names.clone().enumerate() {
        let capitalised = (n.shown.split_whitespace().rev().nth(1))
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        if let Some((_, last)) = n.key.rsplit_once(' ').filter(|_| capitalised) {
            full.entry(last).or_default().push(i);
        }
    }
    names
        .map(|n| match full.get(n.key.as_str()) {
            Some(one) if one.len() == 1 && n.shown.starts_with(char::is_uppercase) => one.clone(),
            _ => Vec::new(),
        })
        .collect()
}

/// Folds each name, in order, into the first of its `targets` (by
/// increasing `name`) still standing that `holds`, adding up the counts (a
/// name folded into a later one travels on with it). Returns the name each
/// one ends in.
fn fold<T>(
    counts: &mut [Counts],
    targets: &[Vec<T>],
    name: impl Fn(&T) -> usize,
    holds: impl Fn(usize, &T) -> bool,
) -> Vec<usize> {
    let mut into: Vec<Option<usize>> = vec![None; counts.len()];
    for (i, targets) in targets.iter().enumerate() {
        let standing = |t: &&T| name(t) != i && into[name(t)].is_none() && holds(i, t);
        if let Some(j) = targets.iter().find(standing).map(&name) {
            into[i] = Some(j);
            counts[j].total += counts[i].total;
            counts[j].quotes += counts[i].quotes;
        }
    }
    // A name folds into one standing at the time: an earlier one stays, a
    // later one may fold on; so the ends are resolved from the back.
    let mut end: Vec<usize> = (0..counts.len()).collect();
    for i in (0..counts.len()).rev() {
        if let Some(j) = into[i] {
            end[i] = end[j];
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_that_does_not_hold_is_passed_over() {
        // Name 0 proposes 1 then 2; 1 is a hash's false proposal.
        let mut counts = vec![
            Counts {
                total: 1,
                quotes: 1
            };
            3
        ];
        let targets = vec![vec![1, 2], vec![], vec![]];
        let end = fold(&mut counts, &targets, |&j| j, |_, &j| j != 1);
        assert_eq!(end, [2, 1, 2]);
        assert_eq!(
            (counts[1].total, counts[2].total, counts[2].quotes),
            (1, 2, 2)
        );
    }
}
