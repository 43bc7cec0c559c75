use proptest::prelude::*;

use super::*;

fn entry(label: Label, source: &str) -> Entry<'_> {
    Entry {
        label,
        claim: None,
        source: Some(source),
        refers_to: None,
        cue: None,
    }
}

fn one(flags: Vec<Entry>) -> Summary {
    summarize(&[Part {
        sentences: flags.len(),
        language: Some(Lang::Fr),
        flags,
    }])
}

/// Each group's name and number of statements, for sources cited in turn
/// (quoted when the name starts with "q:").
fn totals(names: &[&'static str]) -> Vec<(&'static str, usize)> {
    let flags = names
        .iter()
        .map(|n| match n.strip_prefix("q:") {
            Some(n) => entry(Label::Quote, n),
            None => entry(Label::Attributed, n),
        })
        .collect();
    let s = one(flags);
    let name = |g: &Group| {
        names
            .iter()
            .map(|n| n.trim_start_matches("q:"))
            .find(|n| *n == g.name)
    };
    s.sources
        .iter()
        .map(|g| (name(g).unwrap_or("?"), g.total))
        .collect()
}

#[test]
fn counts_follow_the_order_of_labels() {
    for (i, l) in Label::ALL.into_iter().enumerate() {
        assert_eq!(l as usize, i, "{l:?}");
    }
}

#[test]
fn sources_group_case_insensitively_most_frequent_first() {
    let s = one(vec![
        entry(Label::Attributed, "Reuters"),
        entry(Label::Quote, "Luka Malle"),
        entry(Label::Attributed, "luka  MALLE"),
        entry(Label::Quote, " Luka Malle"),
    ]);
    let got: Vec<(&str, usize, usize)> = s
        .sources
        .iter()
        .map(|g| (g.name.as_str(), g.total, g.quotes))
        .collect();
    assert_eq!(got, vec![("Luka Malle", 3, 2), ("Reuters", 1, 0)]);
    let at = |flag| At { part: 0, flag };
    assert_eq!(s.sources[0].flags, [at(1), at(2), at(3)]);
}

#[test]
fn titles_and_appositions_count_for_the_person() {
    let got = totals(&[
        "l’expert en géopolitique Luka Malle",
        "q:Pascal Confavreux",
        "q:Luka Malle",
        "Pascal Confavreux, porte-parole du ministère",
        "Pascal Confavreux (PS)",
        "le maire de Paris",
        "Paris",
    ]);
    let want = [
        ("Pascal Confavreux", 3),
        ("Luka Malle", 2),
        ("le maire de Paris", 1),
        ("Paris", 1),
    ];
    assert_eq!(got, want);
}

#[test]
fn a_surname_alone_counts_for_the_one_full_name() {
    let got = totals(&[
        "q:Daniel Osei",
        "Osei",
        "q:Marie Martin",
        "q:Paul Martin",
        "Martin",
        "le maire de Paris",
        "Paris",
    ]);
    let want = [
        ("Daniel Osei", 2),
        ("Marie Martin", 1),
        ("Paul Martin", 1),
        ("Martin", 1),
        ("le maire de Paris", 1),
        ("Paris", 1),
    ];
    assert_eq!(
        got, want,
        "two Martins: ambiguous; \"de Paris\" is no person"
    );
}

#[test]
fn a_title_folded_first_leaves_the_surname_one_full_name() {
    // "le ministre Daniel Osei" joins "Daniel Osei" before surnames are
    // judged: "Osei" then has one full name, not two.
    let s = one(vec![
        entry(Label::Attributed, "Osei"),
        entry(Label::Attributed, "le ministre Daniel Osei"),
        entry(Label::Quote, "Daniel Osei"),
    ]);
    assert_eq!(s.sources.len(), 1, "{s:?}");
    let g = &s.sources[0];
    assert_eq!((g.name.as_str(), g.total, g.quotes), ("Daniel Osei", 3, 1));
    let at = |flag| At { part: 0, flag };
    assert_eq!(
        g.flags,
        [at(0), at(1), at(2)],
        "text order, whatever folded"
    );
}

#[test]
fn figures_sum_the_parts() {
    let stat = Entry {
        label: Label::Unsourced,
        claim: Some(Claim::Statistic),
        source: None,
        refers_to: None,
        cue: None,
    };
    let judged = Entry {
        claim: Some(Claim::Evaluative),
        ..stat
    };
    let unknown = Entry {
        claim: None,
        ..stat
    };
    let vague = |cue| Entry {
        label: Label::Vague,
        claim: None,
        source: None,
        refers_to: None,
        cue: Some(cue),
    };
    let parts = [
        Part {
            sentences: 5,
            language: Some(Lang::Fr),
            flags: vec![
                entry(Label::Quote, "Anne Roy"),
                stat,
                vague("selon certains"),
            ],
        },
        Part {
            sentences: 4,
            language: Some(Lang::Fr),
            flags: vec![
                entry(Label::Attributed, "Roy"),
                judged,
                unknown,
                vague("«"),
                vague("confié"),
            ],
        },
        Part::default(),
    ];
    let s = summarize(&parts);
    assert_eq!(s.parts, 3);
    assert_eq!(s.language, None, "one part says no language");
    assert_eq!(summarize(&parts[..2]).language, Some(Lang::Fr));
    assert_eq!((s.sentences, s.counts), (9, [1, 1, 3, 3]));
    assert_eq!(s.claims, [1, 1, 0, 0, 1]);
    assert_eq!(
        (s.sourced(), s.sourced_share(), s.unflagged()),
        (2, 2.0 / 9.0, 1)
    );
    assert_eq!(s.statistics, [At { part: 0, flag: 1 }]);
    let roy = &s.sources[0];
    assert_eq!(
        (roy.name.as_str(), roy.total),
        ("Anne Roy", 2),
        "across parts"
    );
    assert_eq!(
        roy.flags,
        [At { part: 0, flag: 0 }, At { part: 1, flag: 0 }]
    );
    let vague: Vec<&str> = s.vague_sources.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        vague,
        ["“selon certains”"],
        "a quotation mark or a lone verb names nobody"
    );
    assert_eq!(summarize(&[]).sourced_share(), 0.0);
}

#[test]
fn one_line_collapses_whitespace() {
    assert_eq!(
        one_line("  Le prix\n a\u{a0}augmenté\t de 12 %. "),
        "Le prix a augmenté de 12 %."
    );
}

// The rules, as they read: every name compared with every other (quadratic).
// The hashed look-up (mentions.rs) must agree with it on any set of names.
fn pairwise(names: &[&str]) -> Vec<(String, usize)> {
    let mut groups: Vec<Named> = Vec::new();
    for n in names {
        let name = n.trim().to_owned();
        let lower = name.replace('’', "'").to_lowercase();
        let key = lower.split_whitespace().collect::<Vec<_>>().join(" ");
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => g.2 += 1,
            None => groups.push((key, name, 1)),
        }
    }
    let longer = |k: &str, o: &str| {
        o.len() < k.len()
            && o.contains(' ')
            && (k.ends_with(&format!(" {o}"))
                || k.starts_with(&format!("{o},"))
                || k.starts_with(&format!("{o} (")))
    };
    merge_pairwise(&mut groups, |g, o| longer(&g.0, &o.0));
    let full = |k: &str, o: &Named| {
        o.0.ends_with(&format!(" {k}"))
            && (o.1.split_whitespace().rev().nth(1))
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let lone: Vec<String> = (groups.iter())
        .filter(|g| !g.0.contains(' ') && g.1.starts_with(char::is_uppercase))
        .filter(|g| groups.iter().filter(|o| full(&g.0, o)).count() == 1)
        .map(|g| g.0.clone())
        .collect();
    merge_pairwise(&mut groups, |g, o| lone.contains(&g.0) && full(&g.0, o));
    groups.sort_by_key(|g| std::cmp::Reverse(g.2));
    groups.into_iter().map(|g| (g.1, g.2)).collect()
}

type Named = (String, String, usize); // key, name, total

/// Folds each group into the first other group `into(group, other)` accepts.
fn merge_pairwise(groups: &mut Vec<Named>, into: impl Fn(&Named, &Named) -> bool) {
    let mut i = 0;
    while i < groups.len() {
        let j = (0..groups.len()).find(|&j| j != i && into(&groups[i], &groups[j]));
        match j {
            Some(j) => {
                groups[j].2 += groups[i].2;
                groups.remove(i);
            }
            None => i += 1,
        }
    }
}

/// Names as articles write them: a person or a place, a title before, an
/// apposition after, in any case.
fn any_name() -> impl Strategy<Value = String> {
    // Mostly bare names, so that the forms of one name often meet.
    let before = prop::sample::select(vec![
        "",
        "",
        "",
        "",
        "l’expert ",
        "l'expert ",
        "le maire de ",
        "Le ministre ",
    ]);
    let who = prop::sample::select(vec![
        "Luka Malle",
        "luka MALLE",
        "Malle",
        "Daniel Osei",
        "Ama Osei",
        "Osei",
        "osei",
        "Paris",
        "de Paris",
    ]);
    let after = prop::sample::select(vec![
        "",
        "",
        "",
        "",
        ", analyste",
        " (AFP)",
        ",",
        " du maire",
    ]);
    (before, who, after).prop_map(|(b, w, a)| format!("{b}{w}{a}"))
}

proptest! {
    #[test]
    fn grouping_agrees_with_the_pairwise_rules(names in prop::collection::vec(any_name(), 1..20)) {
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let flags: Vec<Entry> = refs.iter().map(|n| entry(Label::Attributed, n)).collect();
        let got: Vec<(String, usize)> = one(flags).sources.into_iter().map(|g| (g.name, g.total)).collect();
        prop_assert_eq!(got, pairwise(&refs));
    }
}
