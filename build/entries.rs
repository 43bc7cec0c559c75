//! The entries of one cue file: `KIND FORMS :: EXAMPLE => LABEL [/ SOURCE]`,
//! each optionally followed by counter-examples `not :: SENTENCE => LABEL`
//! (a sentence the entry must not flag: it gets LABEL, and no flag of it
//! names this entry's rule).
//!
//! KIND is `forms` (FORMS a `;` list of surface forms, each possibly several
//! words) or a conjugation of the language (`er`: one French -er infinitive).
//! The entry's rule id is `<lang>/<family>/<key>`, the key being its first
//! form (the infinitive for `er`), spaces as `_`: keep it first.

use std::collections::BTreeMap;

use crate::Problems;

/// How the code reads a family.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Searched in the text (several words allowed): cue phrases.
    Phrase,
    /// Looked up per token, one word per form.
    Word,
    /// Counted for language detection, one word per form.
    Detection,
    /// One list over every language, case kept (the segmenter and tokenizer
    /// read it before the language is known).
    Union,
}

pub const LABELS: &[&str] = &["quote", "attributed", "vague", "unsourced", "none"];

pub struct Example {
    pub line: usize,
    pub text: String,
    pub label: String,
    pub source: Option<String>,
}

pub struct Entry {
    pub file: String,
    pub family: &'static str,
    pub kind: Kind,
    pub rule: String,
    pub forms: Vec<String>,
    pub example: Example,
    pub counters: Vec<Example>,
}

pub fn parse_file(
    file: &str,
    lang: &str,
    family: &'static str,
    kind: Kind,
    text: &str,
    problems: &mut Problems,
) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let at = format!("{file}:{}", i + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(rest) = line.strip_prefix("not ::") {
            match (out.last_mut(), example_at(i + 1, rest)) {
                (Some(e), Ok(ex)) => e.counters.push(ex),
                (None, _) => problems.add(format!("{at}: a counter-example before any entry")),
                (_, Err(e)) => problems.add(format!("{at}: {e}\n    {line}")),
            }
            continue;
        }
        match entry(file, i + 1, lang, family, kind, line) {
            Ok(e) => {
                for form in &e.forms {
                    if let Some(prev) = seen.insert(form.clone(), i + 1) {
                        problems.add(format!("{at}: `{form}` already listed at line {prev}"));
                    }
                }
                if out.iter().any(|o| o.rule == e.rule) {
                    problems.add(format!("{at}: rule id `{}` already used", e.rule));
                }
                out.push(e);
            }
            Err(e) => problems.add(format!("{at}: {e}\n    {line}")),
        }
    }
    out
}

fn entry(
    file: &str,
    line: usize,
    lang: &str,
    family: &'static str,
    kind: Kind,
    text: &str,
) -> Result<Entry, String> {
    let (head, rest) = text
        .split_once("::")
        .ok_or("missing `:: example => label`")?;
    let example = example_at(line, rest)?;
    let (conj, body) = head
        .trim()
        .split_once(char::is_whitespace)
        .unwrap_or((head.trim(), ""));
    let fold = |f: &str| {
        if kind == Kind::Union {
            f.trim().to_string()
        } else {
            f.trim().to_lowercase()
        }
    };
    let (forms, key): (Vec<String>, String) = match (conj, lang) {
        ("forms", _) => {
            let forms: Vec<String> = body
                .split(';')
                .map(fold)
                .filter(|f| !f.is_empty())
                .collect();
            let key = forms.first().cloned().unwrap_or_default();
            (forms, key)
        }
        ("er", "fr") => (conjugate_er(body.trim())?, body.trim().to_string()),
        ("er", _) => return Err("kind `er` conjugates French -er verbs; list the forms".into()),
        _ => {
            return Err(format!(
                "unknown kind `{conj}` (`forms`, or `er` in French)"
            ))
        }
    };
    if forms.is_empty() {
        return Err("no forms".into());
    }
    if kind != Kind::Phrase {
        if let Some(f) = forms.iter().find(|f| f.contains(' ')) {
            return Err(format!(
                "`{f}`: this family is looked up word by word; one word per form"
            ));
        }
    }
    let norm = |s: &str| s.replace('’', "'").to_lowercase();
    let ex = norm(&example.text);
    if !forms.iter().any(|f| contains_word(&ex, &norm(f))) {
        return Err(format!("the example does not contain any of {forms:?}"));
    }
    Ok(Entry {
        file: file.to_string(),
        family,
        kind,
        rule: format!("{lang}/{family}/{}", key.replace(char::is_whitespace, "_")),
        forms,
        example,
        counters: Vec::new(),
    })
}

/// `SENTENCE => LABEL [/ SOURCE]`.
pub fn example_at(line: usize, text: &str) -> Result<Example, String> {
    let (sentence, expect) = text
        .rsplit_once("=>")
        .ok_or("missing `=> label` after the example")?;
    let sentence = sentence.trim().to_string();
    if sentence.is_empty() {
        return Err("empty example".into());
    }
    let (label, source) = match expect.split_once('/') {
        Some((l, s)) => (l.trim().to_string(), Some(s.trim().to_string())),
        None => (expect.trim().to_string(), None),
    };
    if !LABELS.contains(&label.as_str()) {
        return Err(format!("unknown label `{label}`"));
    }
    Ok(Example {
        line,
        text: sentence,
        label,
        source,
    })
}

/// `needle` stands in `hay` as whole words (an elision's apostrophe ends a word).
fn contains_word(hay: &str, needle: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    let open_end = needle.ends_with('\'');
    hay.match_indices(needle).any(|(i, m)| {
        !is_word(hay[..i].chars().next_back())
            && (open_end || !is_word(hay[i + m.len()..].chars().next()))
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
