//! The two files of a language folder that are not word lists: `grammar.txt`
//! (`key = value :: EXAMPLE => LABEL`, the keys of GRAMMAR) and `reasons.txt`
//! (`key = template`, the keys of REASONS, and `join NAME = …` rules).

use crate::entries::Example;
use crate::Problems;

#[derive(Clone, Copy)]
enum Type {
    /// A `;` list of strings (may be empty).
    List,
    /// `yes` or `no`.
    Bool,
    /// `suffix; minimum length in bytes`.
    Suffix,
}

/// Every key of grammar.txt, its type and the field of `Grammar` it fills.
const GRAMMAR: &[(&str, Type)] = &[
    ("gerund_suffixes", Type::List),
    ("participle_suffixes", Type::List),
    ("adverb", Type::Suffix),
    ("infinitive_suffixes", Type::List),
    ("inverted_suffixes", Type::List),
    ("clause_frames", Type::List),
    ("drops_complementizer", Type::Bool),
    ("inversion_after_clause", Type::Bool),
    ("capitalised_months", Type::Bool),
    ("clock_words", Type::List),
    ("bare_plural_is_vague", Type::Bool),
    ("conditional_suffixes", Type::List),
    ("noun_complements", Type::List),
    ("finite_words", Type::List),
    ("contractions", Type::List),
    ("adverbials", Type::List),
    ("headline_speaker", Type::Bool),
    ("demonym_suffixes", Type::List),
];

/// Every template of reasons.txt (the fields of `Reasons`).
const REASONS: &[&str] = &[
    "quoted",
    "reported",
    "linked",
    "vague_source",
    "weasel_words",
    "unattributed_quote",
    "statistic",
    "evaluative",
    "causal",
    "factual",
];

/// One language's grammar: Rust field initialisers, and the examples.
pub struct Grammar {
    pub fields: String,
    pub examples: Vec<Example>,
    pub file: String,
}

pub fn grammar(file: &str, text: &str, problems: &mut Problems) -> Grammar {
    let mut out = Grammar {
        fields: String::new(),
        examples: Vec::new(),
        file: file.to_string(),
    };
    let mut seen = Vec::new();
    for (i, line) in lines(text) {
        let at = format!("{file}:{i}");
        let parsed = line
            .split_once("::")
            .ok_or_else(|| "missing `:: example => label`".to_string())
            .and_then(|(setting, ex)| {
                let (key, value) = setting.split_once('=').ok_or("missing `key = value`")?;
                let key = key.trim();
                let &(_, ty) = GRAMMAR
                    .iter()
                    .find(|g| g.0 == key)
                    .ok_or_else(|| format!("unknown setting `{key}`"))?;
                let value = rust_value(ty, value.trim())?;
                let ex = crate::entries::example_at(i, ex)?;
                Ok((key.to_string(), value, ex))
            });
        match parsed {
            Ok((key, value, ex)) => {
                if seen.contains(&key) {
                    problems.add(format!("{at}: `{key}` set twice"));
                }
                out.fields += &format!("    {key}: {value},\n");
                out.examples.push(ex);
                seen.push(key);
            }
            Err(e) => problems.add(format!("{at}: {e}\n    {line}")),
        }
    }
    for (key, _) in GRAMMAR {
        if !seen.iter().any(|s| s == key) {
            problems.add(format!("{file}: `{key}` is not set"));
        }
    }
    out
}

fn rust_value(ty: Type, value: &str) -> Result<String, String> {
    let list = |v: &str| -> Vec<String> {
        v.split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| format!("{s:?}"))
            .collect()
    };
    Ok(match ty {
        Type::List => format!("&[{}]", list(value).join(", ")),
        Type::Bool => match value {
            "yes" => "true".into(),
            "no" => "false".into(),
            _ => return Err(format!("`{value}`: yes or no")),
        },
        Type::Suffix => {
            let (suffix, len) = value.split_once(';').ok_or("`suffix; minimum length`")?;
            let len: usize = len
                .trim()
                .parse()
                .map_err(|_| format!("`{len}`: a length in bytes"))?;
            format!("({:?}, {len})", suffix.trim())
        }
    })
}

/// Non-blank, non-comment lines, trimmed, with their numbers (from 1): how
/// every data file is read.
pub fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// One language's reasons: the Rust initialiser of its `Reasons`.
pub fn reasons(file: &str, text: &str, problems: &mut Problems) -> String {
    let mut joins: Vec<(String, String)> = Vec::new();
    let mut fields: Vec<(String, String)> = Vec::new();
    for (i, line) in lines(text) {
        let at = format!("{file}:{i}");
        let Some((key, value)) = line.split_once('=') else {
            problems.add(format!("{at}: missing `key = template`\n    {line}"));
            continue;
        };
        let (key, value) = (key.trim(), value.trim());
        let result = if let Some(name) = key.strip_prefix("join ") {
            join(value).map(|j| joins.push((name.trim().to_string(), j)))
        } else if !REASONS.contains(&key) {
            Err(format!("unknown template `{key}`"))
        } else if fields.iter().any(|f| f.0 == key) {
            Err(format!("`{key}` given twice"))
        } else {
            template(value, &joins).map(|t| fields.push((key.to_string(), t)))
        };
        if let Err(e) = result {
            problems.add(format!("{at}: {e}\n    {line}"));
        }
    }
    let mut out = String::new();
    for key in REASONS {
        match fields.iter().find(|f| f.0 == *key) {
            Some((_, t)) => out += &format!("    {key}: {t},\n"),
            None => problems.add(format!("{file}: template `{key}` is missing")),
        }
    }
    out
}

/// `"le " -> "du "; [aeiou] -> "d'"; else -> "de "` as a Rust `&[Join]`.
fn join(rules: &str) -> Result<String, String> {
    let mut out = Vec::new();
    for rule in split_outside_quotes(rules, ';') {
        let (when, put) = rule
            .split_once("->")
            .ok_or_else(|| format!("`{rule}`: expected `when -> \"text\"`"))?;
        let (when, put) = (when.trim(), unquote(put.trim())?);
        let when = if when == "else" {
            "JoinWhen::Else".to_string()
        } else if let Some(chars) = when.strip_prefix('[').and_then(|w| w.strip_suffix(']')) {
            format!("JoinWhen::Starts({chars:?})")
        } else {
            format!("JoinWhen::Prefix({:?})", unquote(when)?)
        };
        out.push(format!("Join {{ when: {when}, put: {put:?} }}"));
    }
    if !out.last().is_some_and(|j| j.contains("Else")) {
        return Err("a join ends with `else -> \"…\"`".into());
    }
    Ok(format!("&[{}]", out.join(", ")))
}

/// A template as a Rust `&[Piece]`: text, {source}, {cue}, {JOIN:source}.
fn template(t: &str, joins: &[(String, String)]) -> Result<String, String> {
    let mut pieces = Vec::new();
    let mut rest = t;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            pieces.push(format!("Piece::Text({:?})", &rest[..open]));
        }
        let close = rest[open..].find('}').ok_or("a `{` is not closed")? + open;
        let field = &rest[open + 1..close];
        pieces.push(match field.split_once(':') {
            None if field == "source" => "Piece::Source".to_string(),
            None if field == "cue" => "Piece::Cue".to_string(),
            Some((name, "source")) => {
                let j = joins
                    .iter()
                    .find(|j| j.0 == name)
                    .ok_or_else(|| format!("no `join {name}` before this template"))?;
                format!("Piece::Joined({})", j.1)
            }
            _ => return Err(format!("unknown field `{{{field}}}`")),
        });
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(format!("Piece::Text({rest:?})"));
    }
    Ok(format!("&[{}]", pieces.join(", ")))
}

fn unquote(s: &str) -> Result<String, String> {
    s.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .map(str::to_string)
        .ok_or_else(|| format!("`{s}`: expected a \"quoted\" text"))
}

fn split_outside_quotes(s: &str, sep: char) -> Vec<&str> {
    let (mut out, mut start, mut quoted) = (Vec::new(), 0, false);
    for (i, c) in s.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == sep && !quoted {
            out.push(s[start..i].trim());
            start = i + 1;
        }
    }
    out.push(s[start..].trim());
    out.into_iter().filter(|r| !r.is_empty()).collect()
}
