//! The `claimlens` binary as a user runs it: I/O, errors, formats, HTML.
//! Only a few tests need the analyser to flag something; they use a sentence
//! any analyser must flag and say so when it does not.

use std::path::PathBuf;
use std::process::{Output, Stdio};

#[path = "common/run.rs"]
mod run;
use run::{bin, run_stdin};

use serde_json::Value;

const QUOTE: &str = "« Nous allons gagner », a déclaré le ministre Jean Dupont.";

/// A file in the target's scratch directory, named after the test.
fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).expect("write test file");
    path
}

fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run claimlens")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json(out: &Output) -> Value {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(out));
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON object")
}

fn flags(v: &Value) -> &Vec<Value> {
    v["flags"].as_array().expect("flags is an array")
}

/// Usage and input errors: exit 2, one line on stderr, nothing on stdout.
fn assert_fails(out: &Output, stderr_has: &[&str]) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(
        out.stdout.is_empty(),
        "stdout should be empty: {:?}",
        stdout(out)
    );
    assert_eq!(err.trim_end().lines().count(), 1, "one-line error: {err:?}");
    assert!(err.starts_with("claimlens: "), "{err}");
    for s in stderr_has {
        assert!(err.contains(s), "stderr {err:?} should contain {s:?}");
    }
}

/// Writes `bytes` to a file named `name` and returns `analyze --format json` of it.
fn analyze_json(name: &str, bytes: &[u8]) -> serde_json::Value {
    analyze_json_with(name, bytes, &[])
}

/// The JSON of `claimlens analyze --format json ARGS FILE` on a file of `bytes`.
fn analyze_json_with(name: &str, bytes: &[u8], args: &[&str]) -> serde_json::Value {
    let path = file(name, bytes);
    let mut all = vec!["analyze", "--format", "json"];
    all.extend_from_slice(args);
    all.push(path.to_str().unwrap());
    json(&run(&all))
}

#[test]
fn json_has_exactly_the_top_level_fields() {
    let path = file("fields.txt", format!("Titre\n{QUOTE}\n").as_bytes());
    let out = run(&["analyze", "--format", "json", path.to_str().unwrap()]);
    let v = json(&out);
    let mut keys: Vec<&str> = v
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["flags", "language", "sentences"]);
    assert!(
        stdout(&out).starts_with("{\"language\":"),
        "fields in the documented order"
    );
    assert_eq!(stdout(&out).lines().count(), 1, "one line of JSON");
    assert!(matches!(v["language"].as_str(), Some("fr" | "en")), "{v}");
    assert!(v["sentences"].as_u64().is_some(), "{v}");
    for f in flags(&v) {
        for key in [
            "label",
            "start",
            "end",
            "start_utf16",
            "end_utf16",
            "source",
            "quote",
            "cue",
            "claim",
            "reason",
        ] {
            assert!(f.get(key).is_some(), "flag lacks {key}: {f}");
        }
    }
}

/// Checks every flag's offsets against `text`, the file's content; returns
/// the flagged sentences.
fn check_offsets(text: &str, v: &Value) -> Vec<String> {
    let mut sentences = Vec::new();
    for f in flags(v) {
        let at = |k: &str| f[k].as_u64().unwrap_or_else(|| panic!("{k} in {f}")) as usize;
        let (start, end) = (at("start"), at("end"));
        assert!(start < end && end <= text.len(), "span out of text: {f}");
        let sentence = text
            .get(start..end)
            .unwrap_or_else(|| panic!("not on char boundaries: {f}"));
        let utf16 = |i: usize| text[..i].encode_utf16().count();
        assert_eq!(
            (at("start_utf16"), at("end_utf16")),
            (utf16(start), utf16(end)),
            "{f}"
        );
        sentences.push(sentence.to_owned());
    }
    sentences
}

#[test]
fn offsets_are_bytes_of_the_file_and_utf16_units() {
    let text = format!("Café « déjà » vu 🎉 hier.\nL’été 🎉🎉 arrive.\n{QUOTE}\nFin.\n");
    let v = analyze_json("offsets.txt", text.as_bytes());
    let sentences = check_offsets(&text, &v);
    assert!(
        sentences.iter().any(|s| s.contains("Nous allons gagner")),
        "the analyser should flag the quotation after é, « and emoji; flagged: {sentences:?}"
    );
}

#[test]
fn a_byte_order_mark_counts_in_offsets() {
    let text = format!("\u{feff}{QUOTE}\n");
    let v = analyze_json("bom.txt", text.as_bytes());
    let sentences = check_offsets(&text, &v);
    assert!(
        sentences
            .iter()
            .any(|s| s.contains("Nous allons gagner") && !s.starts_with('\u{feff}')),
        "the quotation should be flagged, starting after the BOM; flagged: {sentences:?}"
    );
}

#[test]
fn invalid_utf8_names_the_file_and_the_byte() {
    let path = file("bad-utf8.txt", b"Bonjour \xc3\xa9t\xe9 !");
    let name = path.to_str().unwrap();
    assert_fails(
        &run(&["analyze", "--format", "json", name]),
        &[name, "invalid UTF-8 at byte 11"],
    );
    assert_fails(&run_stdin(&["analyze"], b"\xff"), &["<stdin>", "byte 0"]);
}

#[test]
fn missing_file_and_directory_are_errors() {
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("no-such-file.txt");
    let name = missing.to_str().unwrap();
    assert_fails(&run(&["analyze", name]), &[name, "no such file"]);
    let dir = env!("CARGO_TARGET_TMPDIR");
    assert_fails(
        &run(&["analyze", "--format", "json", dir]),
        &[dir, "is a directory"],
    );
}

#[test]
fn empty_input_is_an_empty_result() {
    let v = analyze_json("empty.txt", b"");
    assert_eq!(v["sentences"], 0, "{v}");
    assert_eq!(flags(&v).len(), 0, "{v}");
    let path = file("empty.txt", b"");
    let out = run(&["analyze", "--color", "never", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("No sentences."), "{}", stdout(&out));
}

#[test]
fn stdin_gives_the_same_result_as_the_file() {
    let text = format!("Le ministre est arrivé.\n{QUOTE}\n");
    let path = file("stdin.txt", text.as_bytes());
    let from_file = run(&["analyze", "--format", "json", path.to_str().unwrap()]);
    let from_dash = run_stdin(&["analyze", "--format", "json", "-"], text.as_bytes());
    let from_none = run_stdin(&["analyze", "--format", "json"], text.as_bytes());
    assert_eq!(json(&from_dash), json(&from_file));
    assert_eq!(json(&from_none), json(&from_file));
}

const PAGE: &str = r#"<!doctype html><html><head><title>Titre de l'onglet</title>
<style>p { color: red }</style><script>var secret = "Script caché.";</script></head>
<body><nav hidden>Menu caché</nav><h1>Un titre</h1><p>Premier   paragraphe
sur deux lignes.</p><p>« Nous allons gagner », a déclaré le ministre <b>Jean Dupont</b>.</p>
<div aria-hidden="true">Icône décorative</div><noscript>Activez JS</noscript>
<ul><li>Point un</li><li>Point deux</li></ul></body></html>"#;

#[test]
fn html_mode_analyses_only_the_visible_text() {
    let path = file("page.html", PAGE.as_bytes());
    let out = run(&[
        "analyze",
        "--html",
        "--color",
        "never",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = stdout(&out);
    for visible in [
        "Un titre\n",
        "Premier paragraphe sur deux lignes.\n",
        "Point un\n",
        "Point deux\n",
    ] {
        assert!(
            shown.contains(visible),
            "{visible:?} missing from:\n{shown}"
        );
    }
    for hidden in [
        "onglet",
        "color: red",
        "secret",
        "Script",
        "Menu",
        "Icône",
        "Activez",
    ] {
        assert!(
            !shown.contains(hidden),
            "{hidden:?} should be hidden:\n{shown}"
        );
    }
}

#[test]
fn html_mode_offsets_index_the_extracted_text() {
    let v = analyze_json_with("page-json.html", PAGE.as_bytes(), &["--html"]);
    let page_lines = "Un titre\nPremier paragraphe sur deux lignes.\n\
        « Nous allons gagner », a déclaré le ministre Jean Dupont.\nPoint un\nPoint deux";
    assert_eq!(
        v["text"], page_lines,
        "--html's JSON carries the text its offsets index"
    );
    let sentences = check_offsets(page_lines, &v);
    assert!(
        sentences
            .iter()
            .any(|s| s.starts_with("« Nous allons gagner »") && s.contains("Jean Dupont")),
        "the quotation in <p> should be flagged in the extracted text; flagged: {sentences:?}"
    );
}

#[test]
fn labels_restrict_what_is_reported() {
    let path = file("labels.txt", format!("{QUOTE}\n").as_bytes());
    let name = path.to_str().unwrap();
    let only_vague = json(&run(&[
        "analyze",
        "--format",
        "json",
        "--labels",
        "vague,unsourced",
        name,
    ]));
    assert!(flags(&only_vague)
        .iter()
        .all(|f| matches!(f["label"].as_str(), Some("vague" | "unsourced"))));
    let quotes = json(&run(&[
        "analyze", "--format", "json", "--labels", "quote", name,
    ]));
    assert!(
        flags(&quotes).iter().any(|f| f["label"] == "quote"),
        "the analyser should flag {QUOTE:?} as a quote: {quotes}"
    );
}

#[test]
fn forced_language_is_reported() {
    let v = analyze_json_with(
        "lang.txt",
        format!("{QUOTE}\n").as_bytes(),
        &["--lang", "en"],
    );
    assert_eq!(v["language"], "en");
}

#[test]
fn bad_arguments_exit_2() {
    assert_fails(&run(&["analyze", "--lang", "de"]), &["--lang", "de"]);
    assert_fails(&run(&["analyze", "--format", "xml"]), &["--format", "xml"]);
    assert_fails(&run(&["analyze", "--labels", "quote,rumour"]), &["rumour"]);
    assert_fails(&run(&["analyze", "--color", "sometimes"]), &["sometimes"]);
    assert_fails(&run(&["analyze", "--format"]), &["--format"]);
    assert_fails(&run(&["analyze", "--frobnicate"]), &["--frobnicate"]);
    assert_fails(&run(&["analyze", "a.txt", "b.txt"]), &["one FILE"]);
    assert_fails(&run(&["summarise"]), &["summarise"]);
    assert_fails(&run(&[]), &["usage"]);
}

#[test]
fn help_and_version() {
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("claimlens analyze [OPTIONS] [FILE|-]"));
    assert!(stdout(&help).contains("--html"));
    let version = run(&["--version"]);
    assert_eq!(
        stdout(&version).trim(),
        format!("claimlens {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let path = file("colour.txt", format!("Titre\n{QUOTE}\n").as_bytes());
    let name = path.to_str().unwrap();
    let always = stdout(&run(&["analyze", "--color", "always", name]));
    assert!(always.contains("\x1b["), "--color always should colour");
    // Under test stdout is a pipe, so auto means no colour.
    for args in [
        &["analyze", "--color", "never", name][..],
        &["analyze", name],
    ] {
        let plain = stdout(&run(args));
        assert!(
            !plain.contains('\x1b'),
            "{args:?} should not colour: {plain:?}"
        );
        assert!(plain.contains("Summary"), "{plain}");
    }
}

#[test]
fn a_quotation_without_speaker_is_counted_vague_but_names_no_source() {
    // Listing its quotation mark as a "vague source" («) told the reader nothing.
    let text = "Le maire a parlé. « Nous ne lâcherons rien, quoi qu’il arrive. »\n\
                Selon des experts, la route est trop chère.\n";
    let out = run_stdin(&["analyze", "--color", "never", "-"], text.as_bytes());
    let shown = stdout(&out);
    assert!(shown.contains("[VAGUE]         2"), "{shown}");
    let vague: Vec<&str> = shown
        .lines()
        .skip_while(|l| *l != "Vague sources")
        .skip(1)
        .collect();
    assert_eq!(vague, ["     1  des experts"], "{shown}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // More output than a pipe buffers (64 KiB), so the writer meets the closed end.
    let text = format!("{QUOTE} Le bilan fait état de 30 morts.\n").repeat(1_000);
    let path = file("big.txt", text.as_bytes());
    let mut child = bin()
        .args(["analyze", "--color", "never", path.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn claimlens");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait claimlens");
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}

#[test]
fn html_mode_links_source_claims_but_not_bylines() {
    let page = r#"<article><p>Par <a href="/auteurs/ines-calvet">Inès Calvet</a> et Noé Barbier</p>
<p>By <a href="/authors/desk">our transport desk</a></p>
<p>Le chômage a reculé de <a href="https://stats.example/t3">0,3 point</a> au troisième trimestre.</p>
<p>Ridership fell by <a href="https://transit.example/2025">12%</a> last year.</p></article>"#;
    let v = analyze_json_with("bylines.html", page.as_bytes(), &["--html"]);
    let text = v["text"].as_str().expect("the extracted text");
    let labels = flags(&v)
        .iter()
        .map(|f| f["label"].as_str().unwrap().to_owned());
    let got: Vec<(String, String)> = labels.zip(check_offsets(text, &v)).collect();
    assert_eq!(
        got,
        [
            (
                "attributed".to_owned(),
                "Le chômage a reculé de 0,3 point au troisième trimestre.".to_owned()
            ),
            (
                "attributed".to_owned(),
                "Ridership fell by 12% last year.".to_owned()
            ),
        ],
        "bylines with a link assert nothing; linked figures are sourced"
    );
}
