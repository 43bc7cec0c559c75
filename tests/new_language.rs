//! Adding a language is adding a folder: the data of `data/` plus a tiny test
//! language `xx` (`tests/fixtures/lang-xx/xx/`) builds, and the built library
//! analyses a sentence of it; with one of its files missing, the build fails
//! with a message naming that file.
//!
//! Each case builds the library in a probe crate of its own under
//! `target/lang-fixture/` (about half a minute the first time), with
//! `CLAIMLENS_DATA` pointing the build at the assembled data.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

/// `data/` with the test language added, in `dir` (without `skip`, a file of xx).
fn assemble(dir: &Path, skip: Option<&str>) {
    let _ = fs::remove_dir_all(dir);
    for lang in fs::read_dir(root().join("data/cues")).unwrap() {
        let lang = lang.unwrap();
        copy_dir(&lang.path(), &dir.join("cues").join(lang.file_name()));
    }
    let xx = dir.join("cues/xx");
    copy_dir(&root().join("tests/fixtures/lang-xx/xx"), &xx);
    if let Some(file) = skip {
        fs::remove_file(xx.join(file)).unwrap();
    }
    let table = fs::read_to_string(root().join("data/languages.tsv")).unwrap();
    fs::write(
        dir.join("languages.tsv"),
        format!("{table}xx\tTest language\tlingvo\n"),
    )
    .unwrap();
}

/// Builds and runs the probe (a binary that analyses its argument in xx) on `data`.
fn probe(name: &str, data: &Path, sentence: &str) -> Output {
    let base = root().join("target/lang-fixture");
    let crate_dir = base.join(name);
    fs::create_dir_all(crate_dir.join("src")).unwrap();
    fs::write(
        crate_dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"probe-{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
             [dependencies]\nclaimlens = {{ path = {:?}, default-features = false }}\n\n[workspace]\n",
            root().display().to_string()
        ),
    )
    .unwrap();
    fs::copy(root().join("Cargo.lock"), crate_dir.join("Cargo.lock")).unwrap();
    fs::write(
        crate_dir.join("src/main.rs"),
        r#"use claimlens::{analyze, Lang, Options};
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let lang = Lang::parse("xx").expect("xx is a language of the build");
    println!("languages: {}", Lang::ALL.map(Lang::code).join(" "));
    let forced = analyze(&text, &Options { lang: Some(lang), ..Options::default() });
    let detected = analyze(&text, &Options::default());
    println!("detected: {}", detected.language.code());
    for f in forced.flags {
        println!("{} | {} | {} | {}", f.label.name(), f.source.unwrap_or_default(), f.rule, f.reason);
    }
}
"#,
    )
    .unwrap();
    Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--manifest-path"])
        .arg(crate_dir.join("Cargo.toml"))
        .arg("--")
        .arg(sentence)
        .env("CLAIMLENS_DATA", data)
        .env("CARGO_TARGET_DIR", base.join("target"))
        .output()
        .expect("cargo runs")
}

#[test]
fn a_third_language_is_a_folder_and_analyses_a_sentence() {
    let data = root().join("target/lang-fixture/data-complete");
    assemble(&data, None);
    let out = probe("complete", &data, "\"Tuto bone\", dixi Ana.");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("languages: fr en xx"), "{stdout}");
    assert!(stdout.contains("detected: xx"), "{stdout}");
    assert!(
        stdout.contains("quote | Ana | xx/reporting_verbs/dixi | Quoted from Ana."),
        "{stdout}"
    );
}

#[test]
fn a_missing_file_fails_the_build_with_its_name() {
    let data = root().join("target/lang-fixture/data-missing");
    assemble(&data, Some("reporting_verbs.txt"));
    let out = probe("missing", &data, "Tuto bone.");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("xx/reporting_verbs.txt")
            && stderr.contains("every language needs every file"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}
