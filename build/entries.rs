//! The entries of one cue file: `KIND FORMS :: EXAMPLE => LABEL [/ SOURCE]`,
//! each optionally followed by counter-examples `not :: SENTENCE => LABEL`
//! (a sentence the entry must not flag: it gets LABEL, and no flag of it
//! names this entry's rule).
//!
//! KIND is `forms` (FORMS a `;` list of surface forms, each possibly several
//! words) or an inflection of the language: in French `er`, `ir` or `dre`
//! (one infinitive of that group, every tense generated), in English `verbs`
//! (a `;` list of verbs, "say (said)", "write (wrote, written)", "point out";
//! each gets its -s, past, participle and -ing forms).
//! The entry's rule id is `<lang>/<family>/<key>`, the key being its first
//! form (the infinitive, or the first verb), spaces as `_`: keep it first.

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
    for (n, line) in crate::settings::lines(text) {
        let at = format!("{file}:{n}");
        if let Some(rest) = line.strip_prefix("not ::") {
            match (out.last_mut(), example_at(n, rest)) {
                (Some(e), Ok(ex)) => e.counters.push(ex),
                (None, _) => problems.add(format!("{at}: a counter-example before any entry")),
                (_, Err(e)) => problems.add(format!("{at}: {e}\n    {line}")),
            }
            continue;
        }
        match entry(file, n, lang, family, kind, line) {
            Ok(e) => {
                for form in &e.forms {
                    if let Some(prev) = seen.insert(form.clone(), n) {
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
        ("ir", "fr") => (conjugate_ir(body.trim())?, body.trim().to_string()),
        ("dre", "fr") => (conjugate_dre(body.trim())?, body.trim().to_string()),
        ("verbs", "en") => {
            let mut forms = Vec::new();
            for verb in body.split(';').map(str::trim).filter(|v| !v.is_empty()) {
                forms.extend(inflect_en(verb)?);
            }
            let key = body
                .split([';', '('])
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            (forms, key)
        }
        ("er" | "ir" | "dre", _) => {
            return Err(format!(
                "kind `{conj}` conjugates French verbs; list the forms"
            ))
        }
        ("verbs", _) => return Err("kind `verbs` inflects English verbs; list the forms".into()),
        _ => {
            return Err(format!(
                "unknown kind `{conj}` (`forms`; in French `er`, `ir`, `dre`; in English `verbs`)"
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
    // Every tense a reader meets: present, imparfait, passé simple, future,
    // conditional, subjunctive, participles and infinitive.
    let soft_endings = [
        "e", "es", "ent", "ez", "é", "ée", "és", "ées", "er", "era", "eront", "erait", "eraient",
        "ai", "èrent", "iez", "erai", "erais", "erons", "erez", "erions", "eriez", "ions",
    ];
    let hard_endings = [
        "ons", "ait", "aient", "ant", "a", "ais", "as", "âmes", "âtes", "ât",
    ];
    let mut forms: Vec<String> = soft_endings.iter().map(|e| format!("{stem}{e}")).collect();
    forms.extend(hard_endings.iter().map(|e| format!("{hard}{e}")));
    Ok(forms)
}

/// The forms of a French -ir verb of the second group ("avertir": avertit,
/// avertissent, avertissait, averti…).
fn conjugate_ir(inf: &str) -> Result<Vec<String>, String> {
    let stem = inf
        .strip_suffix("ir")
        .filter(|s| !s.is_empty() && !inf.contains(' '))
        .ok_or_else(|| format!("`{inf}` is not a single -ir infinitive"))?;
    let endings = [
        "is", "it", "issons", "issez", "issent", "issait", "issaient", "issais", "irent", "ira",
        "iront", "irait", "iraient", "i", "ie", "ies", "issant", "ir", "isse", "issiez",
    ];
    Ok(endings.iter().map(|e| format!("{stem}{e}")).collect())
}

/// The forms of a French -dre verb like "répondre" (répond, répondit, répondu…).
fn conjugate_dre(inf: &str) -> Result<Vec<String>, String> {
    let stem = inf
        .strip_suffix("re")
        .filter(|s| s.ends_with('d') && !inf.contains(' '))
        .ok_or_else(|| format!("`{inf}` is not a single -dre infinitive"))?;
    let endings = [
        "s", "", "ons", "ez", "ent", "ait", "aient", "ais", "it", "irent", "ra", "ront", "rait",
        "raient", "u", "ue", "us", "ues", "ant", "re", "e",
    ];
    Ok(endings.iter().map(|e| format!("{stem}{e}")).collect())
}

/// The forms of an English verb: "say (said)", "write (wrote, written)",
/// "point out": base, third person, past, participle, -ing. Irregular past
/// and participle go in parentheses; a doubled consonant in the past
/// ("admit (admitted)") doubles it before -ing too.
fn inflect_en(spec: &str) -> Result<Vec<String>, String> {
    let (verb, irregular) = match spec.split_once('(') {
        Some((v, rest)) => {
            let parts = rest
                .strip_suffix(')')
                .ok_or_else(|| format!("`{spec}`: a `(` is not closed"))?;
            (
                v.trim(),
                parts.split(',').map(str::trim).collect::<Vec<_>>(),
            )
        }
        None => (spec.trim(), Vec::new()),
    };
    let (head, tail) = match verb.split_once(' ') {
        Some((h, t)) => (h, format!(" {t}")),
        None => (verb, String::new()),
    };
    if head.is_empty() || !head.chars().all(|c| c.is_ascii_lowercase()) {
        return Err(format!("`{spec}`: an English verb in lower case"));
    }
    let last = head.chars().last().unwrap_or('e');
    let before = head.chars().rev().nth(1).unwrap_or('a');
    let vowel = |c: char| "aeiou".contains(c);
    let y_after_consonant = last == 'y' && !vowel(before);
    let third = if ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|e| head.ends_with(e))
    {
        format!("{head}es")
    } else if y_after_consonant {
        format!("{}ies", &head[..head.len() - 1])
    } else {
        format!("{head}s")
    };
    let regular_past = if last == 'e' {
        format!("{head}d")
    } else if y_after_consonant {
        format!("{}ied", &head[..head.len() - 1])
    } else {
        format!("{head}ed")
    };
    let past = irregular.first().map_or(regular_past, |p| p.to_string());
    let participle = irregular.get(1).map_or(past.clone(), |p| p.to_string());
    let ing = if past == format!("{head}{last}ed") {
        format!("{head}{last}ing")
    } else if let Some(stem) = head.strip_suffix("ie") {
        format!("{stem}ying")
    } else if last == 'e' && !["ee", "ye", "oe"].iter().any(|e| head.ends_with(e)) {
        format!("{}ing", &head[..head.len() - 1])
    } else {
        format!("{head}ing")
    };
    let mut forms: Vec<String> = [head.to_string(), third, past, participle, ing]
        .into_iter()
        .map(|f| format!("{f}{tail}"))
        .collect();
    forms.sort();
    forms.dedup();
    Ok(forms)
}
