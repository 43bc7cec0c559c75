//! Compiles the language data of `data/` into static tables, and each
//! entry's example sentence (and counter-example) into a unit test.
//!
//! - `data/languages.tsv`: the languages (code, English name, own name);
//!   `Lang` is generated from it.
//! - `data/cues/<code>/<family>.txt`: every cue family for every language
//!   (see `FAMILIES`), plus `grammar.txt` (settings) and `reasons.txt`
//!   (the reader's one-line reasons).
//!
//! Anything wrong (a missing or unknown file, a malformed line, an unknown
//! language, an example that does not hold its entry) fails the build with
//! one line per problem, naming the file and line. `CLAIMLENS_DATA` points
//! the build at another data folder (the test of adding a language).

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

mod emit;
mod entries;
mod settings;

use entries::{Entry, Kind};

/// File stem → (family variant, how the code reads the family).
pub const FAMILIES: &[(&str, &str, Kind)] = &[
    ("reporting_verbs", "Reporting", Kind::Phrase),
    ("speech_acts", "SpeechAct", Kind::Phrase),
    ("quote_verbs", "QuoteVerb", Kind::Phrase),
    ("source_frames", "Frame", Kind::Phrase),
    ("vague_phrases", "Weasel", Kind::Phrase),
    ("hearsay", "Hearsay", Kind::Phrase),
    ("evaluative", "Evaluative", Kind::Phrase),
    ("causal", "Causal", Kind::Phrase),
    ("numbers", "Number", Kind::Phrase),
    ("boilerplate", "Boilerplate", Kind::Phrase),
    ("navigation", "Navigation", Kind::Phrase),
    ("indefinite_sources", "Indefinite", Kind::Word),
    ("generic_sources", "Generic", Kind::Word),
    ("source_nouns", "Office", Kind::Word),
    ("non_sources", "NotSource", Kind::Word),
    ("pronouns", "Pronoun", Kind::Word),
    ("auxiliaries", "Aux", Kind::Word),
    ("function_words", "Function", Kind::Word),
    ("determiners", "Determiner", Kind::Word),
    ("months", "Month", Kind::Word),
    ("time_units", "TimeUnit", Kind::Word),
    ("passive_auxiliaries", "PassiveAux", Kind::Word),
    ("complementizers", "Complementizer", Kind::Word),
    ("subordinators", "Subordinator", Kind::Word),
    ("relatives", "Relative", Kind::Word),
    ("agent_markers", "AgentMarker", Kind::Word),
    ("gerund_markers", "GerundMarker", Kind::Word),
    ("linkers", "Linker", Kind::Word),
    ("noun_markers", "NounMarker", Kind::Word),
    ("reflexives", "Reflexive", Kind::Word),
    ("prepositions", "Preposition", Kind::Word),
    ("time_words", "TimeWord", Kind::Word),
    ("title_nouns", "TitleNoun", Kind::Word),
    ("hypothesis_markers", "Hypothesis", Kind::Word),
    ("conditional_exceptions", "NotConditional", Kind::Word),
    ("observation_verbs", "Observation", Kind::Word),
    ("non_reporting_passives", "NotReportingPassive", Kind::Word),
    ("conjunctions", "Conjunction", Kind::Word),
    ("possessives", "Possessive", Kind::Word),
    ("plural_determiners", "PluralDeterminer", Kind::Word),
    ("singular_indefinites", "SingularIndefinite", Kind::Word),
    ("inversion_triggers", "InversionTrigger", Kind::Word),
    ("plural_pronouns", "PluralPronoun", Kind::Word),
    ("organisation_nouns", "OrganisationNoun", Kind::Word),
    ("document_nouns", "DocumentNoun", Kind::Word),
    ("institution_nouns", "InstitutionNoun", Kind::Word),
    ("as_clauses", "AsClause", Kind::Word),
    ("person_nouns", "PersonNoun", Kind::Word),
    ("detection", "", Kind::Detection),
    ("abbreviations", "", Kind::Union),
    ("elisions", "", Kind::Union),
];

/// Files of a language folder that are not cue families.
pub const SETTINGS: &[&str] = &["grammar", "reasons"];

/// One language of `data/languages.tsv`.
pub struct Language {
    pub code: String,
    pub name: String,
    pub own_name: String,
}

/// Problems found so far; the build fails at the end if there is any.
#[derive(Default)]
pub struct Problems(Vec<String>);

impl Problems {
    pub fn add(&mut self, p: String) {
        self.0.push(p);
    }
}

fn main() {
    println!("cargo:rerun-if-env-changed=CLAIMLENS_DATA");
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let data = env::var("CLAIMLENS_DATA").map_or_else(|_| root.join("data"), |d| root.join(d));
    println!("cargo:rerun-if-changed={}", data.display());
    let mut problems = Problems::default();
    let languages = read_languages(&data.join("languages.tsv"), &mut problems);
    let mut all: Vec<(usize, Vec<Entry>)> = Vec::new();
    let mut grammars = Vec::new();
    let mut reasons = Vec::new();
    let cues = data.join("cues");
    check_folders(&cues, &languages, &mut problems);
    for (li, lang) in languages.iter().enumerate() {
        let dir = cues.join(&lang.code);
        println!("cargo:rerun-if-changed={}", dir.display());
        let file = |stem: &str| format!("data/cues/{}/{stem}.txt", lang.code);
        for &(stem, _, kind) in FAMILIES {
            if let Some(text) = read(&dir, stem, &mut problems) {
                all.push((
                    li,
                    entries::parse_file(&file(stem), &lang.code, stem, kind, &text, &mut problems),
                ));
            }
        }
        if let Some(text) = read(&dir, "grammar", &mut problems) {
            grammars.push(settings::grammar(&file("grammar"), &text, &mut problems));
        }
        if let Some(text) = read(&dir, "reasons", &mut problems) {
            reasons.push(settings::reasons(&file("reasons"), &text, &mut problems));
        }
    }
    if !problems.0.is_empty() {
        eprintln!(
            "error: the language data in {} does not build:",
            data.display()
        );
        for p in &problems.0 {
            eprintln!("  {p}");
        }
        std::process::exit(1);
    }
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR"));
    write(&out.join("languages.rs"), &emit::languages(&languages));
    let [lexicon, grammar, reason] = emit::tables(&languages, &all, &grammars, &reasons);
    write(&out.join("lexicon_tables.rs"), &lexicon);
    write(&out.join("grammar_tables.rs"), &grammar);
    write(&out.join("reason_tables.rs"), &reason);
    write(
        &out.join("lexicon_examples.rs"),
        &emit::examples(&languages, &all, &grammars),
    );
}

fn write(path: &Path, text: &str) {
    if let Err(e) = fs::write(path, text) {
        eprintln!("error: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}

/// `dir/stem.txt`, or a problem when it is missing.
fn read(dir: &Path, stem: &str, problems: &mut Problems) -> Option<String> {
    let path = dir.join(format!("{stem}.txt"));
    println!("cargo:rerun-if-changed={}", path.display());
    match fs::read_to_string(&path) {
        Ok(t) => Some(t),
        Err(e) => {
            problems.add(format!(
                "{}: {e} (every language needs every file)",
                path.display()
            ));
            None
        }
    }
}

fn read_languages(path: &Path, problems: &mut Problems) -> Vec<Language> {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            problems.add(format!("{}: {e}", path.display()));
            return Vec::new();
        }
    };
    let mut out: Vec<Language> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let at = format!("data/languages.tsv:{}", i + 1);
        match cols.as_slice() {
            [code, name, own] if is_code(code) && !name.is_empty() && !own.is_empty() => {
                if out.iter().any(|l| l.code == *code) {
                    problems.add(format!("{at}: `{code}` listed twice"));
                }
                out.push(Language {
                    code: code.to_string(),
                    name: name.to_string(),
                    own_name: own.to_string(),
                });
            }
            _ => problems.add(format!(
                "{at}: expected `code<TAB>English name<TAB>own name` with a code of 2 or 3 lower-case letters"
            )),
        }
    }
    if out.is_empty() {
        problems.add(format!("{}: no language", path.display()));
    }
    out
}

fn is_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Every folder of `data/cues/` is a listed language, and holds only known files.
fn check_folders(cues: &Path, languages: &[Language], problems: &mut Problems) {
    let Ok(dirs) = fs::read_dir(cues) else {
        problems.add(format!("{}: missing", cues.display()));
        return;
    };
    for d in dirs.flatten() {
        let name = d.file_name().to_string_lossy().to_string();
        if !languages.iter().any(|l| l.code == name) {
            problems.add(format!(
                "{}: `{name}` is not a language of data/languages.tsv",
                d.path().display()
            ));
            continue;
        }
        for f in fs::read_dir(d.path()).into_iter().flatten().flatten() {
            let file = f.file_name().to_string_lossy().to_string();
            let stem = file.strip_suffix(".txt").unwrap_or("");
            let known = FAMILIES.iter().any(|f| f.0 == stem) || SETTINGS.contains(&stem);
            if !known {
                problems.add(format!(
                    "{}: unknown file (cue families are listed in FAMILIES in build/main.rs)",
                    f.path().display()
                ));
            }
        }
    }
}
