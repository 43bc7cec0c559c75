//! Compiles the cue lists in `data/cues/*.txt` into static tables, and each
//! entry's example sentence into a unit test. A malformed line, an unknown
//! family or an example that does not contain its entry fails the build.
//!
//! Line format (one rule per line, `#` starts a comment line):
//!
//! ```text
//! LANG KIND FORMS :: EXAMPLE => LABEL [/ SOURCE]
//! ```
//!
//! LANG is `fr` or `en`; KIND is `forms` (FORMS is a `;`-separated list of
//! surface forms, each possibly several words) or `er` (FORMS is one French
//! -er infinitive, conjugated here); LABEL is what `analyze` must give the
//! example (`quote`, `attributed`, `vague`, `unsourced` or `none`), SOURCE a
//! text the flag's source must contain.

use std::collections::BTreeMap;
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// File stem → (family variant, matched as a phrase in the text rather than looked up per word).
const FAMILIES: &[(&str, &str, bool)] = &[
    ("reporting_verbs", "Reporting", true),
    ("speech_acts", "SpeechAct", true),
    ("source_frames", "Frame", true),
    ("vague_phrases", "Weasel", true),
    ("evaluative", "Evaluative", true),
    ("causal", "Causal", true),
    ("numbers", "Number", true),
    ("boilerplate", "Boilerplate", true),
    ("navigation", "Navigation", true),
    ("indefinite_sources", "Indefinite", false),
    ("generic_sources", "Generic", false),
    ("source_nouns", "Office", false),
    ("non_sources", "NotSource", false),
    ("pronouns", "Pronoun", false),
    ("auxiliaries", "Aux", false),
    ("function_words", "Function", false),
    ("determiners", "Determiner", false),
    ("months", "Month", false),
    ("time_units", "TimeUnit", false),
];

const LABELS: &[&str] = &["quote", "attributed", "vague", "unsourced", "none"];

struct Rule {
    file: String,
    line: usize,
    lang: String,
    forms: Vec<String>,
    example: String,
    label: String,
    source: Option<String>,
}

fn main() {
    let dir = Path::new("data/cues");
    println!("cargo:rerun-if-changed=data/cues");
    let mut phrases = String::new();
    let mut words = String::new();
    let mut tests = String::new();
    let mut seen_files = Vec::new();
    let mut entries = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect::<Vec<_>>();
    entries.sort();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let Some(&(_, variant, is_phrase)) = FAMILIES.iter().find(|f| f.0 == stem) else {
            panic!(
                "{}: unknown cue family (add it to FAMILIES in build.rs)",
                path.display()
            );
        };
        seen_files.push(stem.clone());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut dedup: BTreeMap<(String, String), usize> = BTreeMap::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let rule = parse(&stem, i + 1, line)
                .unwrap_or_else(|e| panic!("data/cues/{stem}.txt:{}: {e}\n  {line}", i + 1));
            for form in &rule.forms {
                if !is_phrase && form.contains(' ') {
                    panic!("data/cues/{stem}.txt:{}: `{form}`: this family is looked up word by word; one word per form", rule.line);
                }
                if let Some(prev) = dedup.insert((rule.lang.clone(), form.clone()), rule.line) {
                    panic!(
                        "data/cues/{stem}.txt:{}: `{form}` already listed at line {prev}",
                        rule.line
                    );
                }
                let table = if is_phrase { &mut phrases } else { &mut words };
                let _ = writeln!(
                    table,
                    "    ({:?}, Family::{variant}, Lang::{}),",
                    form,
                    if rule.lang == "fr" { "Fr" } else { "En" }
                );
            }
            let _ = writeln!(
                tests,
                "#[test]\nfn {stem}_line_{}() {{\n    check_example({:?}, {:?}, {:?}, {:?}, {:?});\n}}\n",
                rule.line,
                format!("{}:{}", rule.file, rule.line),
                rule.lang,
                rule.example,
                rule.label,
                rule.source,
            );
        }
    }
    for (stem, _, _) in FAMILIES {
        if !seen_files.iter().any(|s| s == stem) {
            panic!("data/cues/{stem}.txt is missing");
        }
    }
    let out = env::var("OUT_DIR").expect("OUT_DIR");
    let tables = format!(
        "/// Phrases matched in the text (lower case).\npub static PHRASES: &[(&str, Family, Lang)] = &[\n{phrases}];\n\
         /// Words looked up one by one (lower case).\npub static WORDS: &[(&str, Family, Lang)] = &[\n{words}];\n"
    );
    fs::write(Path::new(&out).join("lexicon_tables.rs"), tables).expect("write tables");
    fs::write(Path::new(&out).join("lexicon_examples.rs"), tests).expect("write tests");
}

fn parse(stem: &str, line_no: usize, line: &str) -> Result<Rule, String> {
    let (head, rest) = line
        .split_once("::")
        .ok_or("missing `:: example => label`")?;
    let (example, expect) = rest
        .rsplit_once("=>")
        .ok_or("missing `=> label` after the example")?;
    let example = example.trim().to_string();
    if example.is_empty() {
        return Err("empty example".into());
    }
    let (label, source) = match expect.split_once('/') {
        Some((l, s)) => (l.trim().to_string(), Some(s.trim().to_string())),
        None => (expect.trim().to_string(), None),
    };
    if !LABELS.contains(&label.as_str()) {
        return Err(format!("unknown label `{label}`"));
    }
    let mut it = head.split_whitespace();
    let lang = it.next().ok_or("missing language")?.to_string();
    if lang != "fr" && lang != "en" {
        return Err(format!("unknown language `{lang}`"));
    }
    let kind = it.next().ok_or("missing kind (`forms` or `er`)")?;
    let body = it.collect::<Vec<_>>().join(" ");
    let forms: Vec<String> = match kind {
        "forms" => body
            .split(';')
            .map(|f| f.trim().to_lowercase())
            .filter(|f| !f.is_empty())
            .collect(),
        "er" if lang == "fr" => conjugate_er(body.trim())?,
        _ => return Err(format!("unknown kind `{kind}`")),
    };
    if forms.is_empty() {
        return Err("no forms".into());
    }
    let norm = |s: &str| s.to_lowercase().replace('’', "'");
    let ex = norm(&example);
    if !forms.iter().any(|f| contains_word(&ex, &norm(f))) {
        return Err(format!("the example does not contain any of {forms:?}"));
    }
    Ok(Rule {
        file: format!("data/cues/{stem}.txt"),
        line: line_no,
        lang,
        forms,
        example,
        label,
        source,
    })
}

fn contains_word(hay: &str, needle: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    hay.match_indices(needle).any(|(i, m)| {
        !is_word(hay[..i].chars().next_back()) && !is_word(hay[i + m.len()..].chars().next())
    })
}

/// All the forms a reader meets of a regular French -er verb, with the
/// spelling changes of -cer (ç) and -ger (ge) before a and o.
fn conjugate_er(inf: &str) -> Result<Vec<String>, String> {
    let stem = inf
        .strip_suffix("er")
        .ok_or_else(|| format!("`{inf}` is not an -er infinitive"))?;
    if stem.is_empty() || inf.contains(' ') {
        return Err(format!("`{inf}` is not a single -er infinitive"));
    }
    let hard = if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    };
    let soft_endings = [
        "e", "es", "ent", "ez", "é", "ée", "és", "ées", "er", "era", "eront", "erait", "eraient",
        "ai", "èrent", "iez",
    ];
    let hard_endings = ["ons", "ait", "aient", "ant", "a", "ais"];
    let mut forms: Vec<String> = soft_endings.iter().map(|e| format!("{stem}{e}")).collect();
    forms.extend(hard_endings.iter().map(|e| format!("{hard}{e}")));
    Ok(forms)
}
