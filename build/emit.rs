//! The Rust source written to OUT_DIR: `Lang`, the tables, the example tests.

use std::fmt::Write as _;

use crate::entries::{Entry, Example, Kind};
use crate::settings::Grammar;
use crate::{Language, FAMILIES};

fn variant(code: &str) -> String {
    let mut c = code.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// `enum Lang` and its table, in the order of data/languages.tsv.
pub fn languages(langs: &[Language]) -> String {
    let mut s = String::from(
        "/// A language the analyser reads (generated from data/languages.tsv).\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]\n\
         pub enum Lang {\n",
    );
    for l in langs {
        let _ = writeln!(
            s,
            "    /// {}\n    #[serde(rename = {:?})]\n    {},",
            l.name,
            l.code,
            variant(&l.code)
        );
    }
    s += "}\n\nimpl Lang {\n";
    let all: Vec<String> = langs
        .iter()
        .map(|l| format!("Lang::{}", variant(&l.code)))
        .collect();
    let _ = writeln!(
        s,
        "    /// Every language, in table order (the first wins ties in detection)."
    );
    let _ = writeln!(
        s,
        "    pub const ALL: [Lang; {}] = [{}];",
        langs.len(),
        all.join(", ")
    );
    let _ = writeln!(s, "    pub const COUNT: usize = {};", langs.len());
    // The TypeScript type of a code, for the wasm module's .d.ts.
    let codes: Vec<String> = langs.iter().map(|l| format!("{:?}", l.code)).collect();
    let ts = format!(
        "\n/** A language code of data/languages.tsv. */\nexport type LangCode = {};",
        codes.join(" | ")
    );
    let _ = writeln!(
        s,
        "    /// The TypeScript type of a language code.\n    pub const TS_TYPE: &'static str = {ts:?};"
    );
    for (name, field) in [
        ("code", "ISO 639-1 code: \"fr\""),
        ("name", "English name"),
        ("own_name", "name in the language itself"),
    ] {
        let _ = writeln!(s, "    /// The {field}.\n    pub fn {name}(self) -> &'static str {{\n        match self {{");
        for l in langs {
            let v = match name {
                "code" => &l.code,
                "name" => &l.name,
                _ => &l.own_name,
            };
            let _ = writeln!(s, "            Lang::{} => {v:?},", variant(&l.code));
        }
        s += "        }\n    }\n";
    }
    s += "}\n";
    s
}

fn lang_of(langs: &[Language], li: usize) -> String {
    format!("Lang::{}", variant(&langs[li].code))
}

/// PHRASES (cue phrases with their rule ids, sorted by form for look-up),
/// WORDS, DETECTION; GRAMMARS, ABBREVIATIONS, ELISIONS; REASONS.
pub fn tables(
    langs: &[Language],
    all: &[(usize, Vec<Entry>)],
    grammars: &[Grammar],
    reasons: &[String],
) -> [String; 3] {
    let mut phrases: Vec<(String, String, String, String)> = Vec::new();
    let mut words = String::new();
    let mut detection = String::new();
    let (mut abbreviations, mut elisions): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    for (li, entries) in all {
        let lang = lang_of(langs, *li);
        for e in entries {
            let variant = FAMILIES
                .iter()
                .find(|f| f.0 == e.family)
                .map_or("", |f| f.1);
            for form in &e.forms {
                match e.kind {
                    Kind::Phrase => phrases.push((
                        form.clone(),
                        variant.to_string(),
                        lang.clone(),
                        e.rule.clone(),
                    )),
                    Kind::Word => {
                        let _ = writeln!(words, "    ({form:?}, Family::{variant}, {lang}),");
                    }
                    Kind::Detection => {
                        let _ = writeln!(detection, "    ({form:?}, {lang}),");
                    }
                    Kind::Union if e.family == "abbreviations" => abbreviations.push(form.clone()),
                    Kind::Union => elisions.push(form.clone()),
                }
            }
        }
    }
    phrases.sort();
    let mut lexicon = String::from(
        "/// Cue phrases (lower case, ' for ’): form, family, language, rule id; sorted by form.\n\
         pub static PHRASES: &[(&str, Family, Lang, &str)] = &[\n",
    );
    for (form, variant, lang, rule) in &phrases {
        let _ = writeln!(
            lexicon,
            "    ({form:?}, Family::{variant}, {lang}, {rule:?}),"
        );
    }
    let _ = write!(
        lexicon,
        "];\n/// Words looked up one by one (lower case).\npub static WORDS: &[(&str, Family, Lang)] = &[\n{words}];\n\
         /// Function words counted for language detection.\npub static DETECTION: &[(&str, Lang)] = &[\n{detection}];\n"
    );
    let mut grammar = String::from("/// Each language's grammar, in `Lang` order.\npub static GRAMMARS: [Grammar; Lang::COUNT] = [\n");
    for g in grammars {
        let _ = writeln!(grammar, "  Grammar {{\n{}  }},", g.fields);
    }
    grammar += "];\n";
    for (name, mut list) in [("ABBREVIATIONS", abbreviations), ("ELISIONS", elisions)] {
        list.sort();
        list.dedup();
        let _ = writeln!(
            grammar,
            "/// Of every language, sorted.\npub static {name}: &[&str] = &{list:?};"
        );
    }
    let mut reason = String::from("/// Each language's reasons, in `Lang` order.\npub static REASONS: [Reasons; Lang::COUNT] = [\n");
    for r in reasons {
        let _ = writeln!(reason, "  Reasons {{\n{r}  }},");
    }
    reason += "];\n";
    [lexicon, grammar, reason]
}

/// One test per example and per counter-example.
pub fn examples(langs: &[Language], all: &[(usize, Vec<Entry>)], grammars: &[Grammar]) -> String {
    let mut s = String::new();
    let mut test = |name: String, file: &str, code: &str, ex: &Example, rule: Option<&str>| {
        let at = format!("{file}:{}", ex.line);
        let call = match rule {
            Some(rule) => format!(
                "check_counter({at:?}, {code:?}, {:?}, {:?}, {rule:?})",
                ex.text, ex.label
            ),
            None => format!(
                "check_example({at:?}, {code:?}, {:?}, {:?}, {:?})",
                ex.text, ex.label, ex.source
            ),
        };
        let _ = writeln!(s, "#[test]\nfn {name}() {{\n    {call};\n}}\n");
    };
    for (li, entries) in all {
        let code = &langs[*li].code;
        for e in entries {
            let name = format!("{code}_{}_line_{}", e.family, e.example.line);
            test(name, &e.file, code, &e.example, None);
            for c in &e.counters {
                let name = format!("{code}_{}_line_{}_not", e.family, c.line);
                test(name, &e.file, code, c, Some(&e.rule));
            }
        }
    }
    for (li, g) in grammars.iter().enumerate() {
        let code = &langs[li].code;
        for ex in &g.examples {
            test(
                format!("{code}_grammar_line_{}", ex.line),
                &g.file,
                code,
                ex,
                None,
            );
        }
    }
    s
}
