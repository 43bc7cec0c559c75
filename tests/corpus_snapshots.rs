//! Every dev article and both samples rendered as a readable snapshot: one block per
//! flag (label, the sentence as sliced from the text, source, cue, rule, claim, reason, the
//! quotation marked under it) and the unflagged lines between flags. A reviewer sees
//! what a change to the core did to real text.
//!
//! After a deliberate change to the core, re-accept with
//! `INSTA_UPDATE=always cargo test --test corpus_snapshots` and read the diff.
//! In CI (CI=true) a snapshot that differs fails the test.

use std::fmt::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use claimlens::{analyze, Analysis, Flag, Options};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A slice of the text on one line: line breaks and tabs made visible.
fn one_line(s: &str) -> String {
    s.replace("\r\n", "⏎")
        .replace(['\n', '\r'], "⏎")
        .replace('\t', "⇥")
}

fn slice(text: &str, start: usize, end: usize) -> Option<&str> {
    text.get(start..end)
}

fn render_unflagged(out: &mut String, gap: &str) {
    for line in gap.lines().map(str::trim).filter(|l| !l.is_empty()) {
        writeln!(out, "  · {}", one_line(line)).unwrap();
    }
}

fn render_flag(out: &mut String, text: &str, n: usize, flag: &Flag) {
    let field = |v: Option<&str>| v.map_or_else(|| "-".to_string(), one_line);
    writeln!(
        out,
        "[{n}] {} at {}..{}",
        flag.label.name(),
        flag.start,
        flag.end
    )
    .unwrap();
    let Some(sentence) = slice(text, flag.start, flag.end) else {
        writeln!(
            out,
            "    INVALID SPAN {}..{} (text is {} bytes)",
            flag.start,
            flag.end,
            text.len()
        )
        .unwrap();
        return;
    };
    writeln!(out, "    text:   {}", one_line(sentence)).unwrap();
    if let Some(q) = flag.quote {
        match slice(text, q.start, q.end) {
            Some(quote) if q.start >= flag.start && q.end <= flag.end => {
                let before = one_line(&text[flag.start..q.start]).chars().count();
                let width = one_line(quote).chars().count().max(1);
                writeln!(
                    out,
                    "            {}{}",
                    " ".repeat(before),
                    "^".repeat(width)
                )
                .unwrap();
                writeln!(out, "    quote:  ⟦{}⟧", one_line(quote)).unwrap();
            }
            Some(quote) => writeln!(
                out,
                "    quote:  OUTSIDE THE SENTENCE ⟦{}⟧",
                one_line(quote)
            )
            .unwrap(),
            None => writeln!(out, "    quote:  INVALID SPAN {}..{}", q.start, q.end).unwrap(),
        }
    }
    writeln!(out, "    source: {}", field(flag.source.as_deref())).unwrap();
    writeln!(out, "    cue:    {}", field(flag.cue.as_deref())).unwrap();
    writeln!(out, "    rule:   {}", flag.rule).unwrap();
    writeln!(out, "    claim:  {}", field(flag.claim.map(|c| c.name()))).unwrap();
    writeln!(out, "    reason: {}", one_line(&flag.reason)).unwrap();
}

/// The whole analysis of `text` as a text a person reads top to bottom.
fn render(name: &str, text: &str, analysis: &Analysis) -> String {
    let mut out = String::new();
    writeln!(out, "{name}").unwrap();
    writeln!(
        out,
        "language: {}, sentences: {}, flags: {}",
        analysis.language.code(),
        analysis.sentences,
        analysis.flags.len()
    )
    .unwrap();
    let counts: Vec<String> = claimlens::Label::ALL
        .iter()
        .map(|l| {
            format!(
                "{} {}",
                l.name(),
                analysis.flags.iter().filter(|f| f.label == *l).count()
            )
        })
        .collect();
    writeln!(out, "{}", counts.join(", ")).unwrap();
    let mut at = 0;
    for (i, flag) in analysis.flags.iter().enumerate() {
        writeln!(out).unwrap();
        if let Some(gap) = text.get(at..flag.start) {
            render_unflagged(&mut out, gap);
        }
        render_flag(&mut out, text, i + 1, flag);
        at = at.max(flag.end);
    }
    if let Some(rest) = text.get(at..) {
        writeln!(out).unwrap();
        render_unflagged(&mut out, rest);
    }
    out
}

fn snapshot_file(snapshot: &str, path: &Path, shown_as: &str) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let analysis = analyze(&text, &Options::default());
    let mut settings = insta::Settings::clone_current();
    settings.set_omit_expression(true);
    settings.set_description(format!("claimlens::analyze of {shown_as}, default options"));
    settings.bind(|| insta::assert_snapshot!(snapshot, render(shown_as, &text, &analysis)));
}

#[test]
fn sample_fr() {
    snapshot_file(
        "sample_fr",
        &manifest_dir().join("samples/fr.txt"),
        "samples/fr.txt",
    );
}

#[test]
fn sample_en() {
    snapshot_file(
        "sample_en",
        &manifest_dir().join("samples/en.txt"),
        "samples/en.txt",
    );
}

#[test]
fn dev_corpus() {
    let dir = manifest_dir().join("../shared/corpus/dev");
    if !dir.is_dir() {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "CI needs {} beside the repo",
            dir.display()
        );
        eprintln!(
            "note: {} not found, dev corpus snapshots skipped",
            dir.display()
        );
        return;
    }
    let mut texts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    assert!(!texts.is_empty(), "no .txt in {}", dir.display());
    // Check every article before failing, so one run shows every changed snapshot.
    let failed: Vec<String> = texts
        .iter()
        .filter_map(|path| {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let shown_as = format!("../shared/corpus/dev/{stem}.txt");
            catch_unwind(AssertUnwindSafe(|| {
                snapshot_file(&format!("dev_{stem}"), path, &shown_as)
            }))
            .err()
            .map(|_| stem)
        })
        .collect();
    assert!(
        failed.is_empty(),
        "snapshots differ for: {}",
        failed.join(", ")
    );
}

#[test]
fn render_marks_the_quote_and_the_unflagged_lines() {
    // The renderer is what reviewers read: check it on a hand-made analysis.
    let text = "Titre\n«\u{a0}Oui\u{a0}», dit Zoé.";
    let start = text.find('«').unwrap();
    let quote_end = text.find('»').unwrap() + '»'.len_utf8();
    let utf16 = |i: usize| text[..i].encode_utf16().count();
    let flag = Flag {
        label: claimlens::Label::Quote,
        start,
        end: text.len(),
        start_utf16: utf16(start),
        end_utf16: utf16(text.len()),
        source: Some("Zoé".into()),
        refers_to: None,
        quote: Some(claimlens::Span {
            start,
            end: quote_end,
            start_utf16: utf16(start),
            end_utf16: utf16(quote_end),
        }),
        cue: Some("dit".into()),
        rule: "fr/reporting_verbs/dire".into(),
        claim: None,
        reason: "Citation de Zoé.".into(),
    };
    let analysis = Analysis {
        language: claimlens::Lang::Fr,
        sentences: 2,
        flags: vec![flag],
    };
    let expected = "t.txt
language: fr, sentences: 2, flags: 1
quote 1, attributed 0, vague 0, unsourced 0

  · Titre
[1] quote at 6..28
    text:   «\u{a0}Oui\u{a0}», dit Zoé.
            ^^^^^^^
    quote:  ⟦«\u{a0}Oui\u{a0}»⟧
    source: Zoé
    cue:    dit
    rule:   fr/reporting_verbs/dire
    claim:  -
    reason: Citation de Zoé.

";
    assert_eq!(render("t.txt", text, &analysis), expected);
}
