//! The binary on hostile bytes: control characters through standard input
//! and a file, and a lone surrogate written as UTF-8 (invalid UTF-8 in
//! general has its test in tests/cli.rs).

#[path = "../common/run.rs"]
mod run;
use run::run_stdin as claimlens;

use serde_json::Value;

/// NUL, ESC sequences, C1 controls, a BOM mid-text, a lone CR, U+2028.
const CONTROLS: &str = "\u{feff}« Nous tiendrons »,\0 a déclaré la maire Anne Roy.\u{1b}[2J\u{1b}]0;pwned\u{7}\n\
    Selon l'Insee,\u{85} le chômage a reculé de 2 %.\r\u{9b} Le pont a coûté 40 millions.\u{2028}\u{feff}Fin\u{0}.\n";

#[test]
fn control_characters_through_stdin_give_json_whose_offsets_slice_the_input() {
    let out = claimlens(&["analyze", "--format", "json", "-"], CONTROLS.as_bytes());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let flags = v["flags"].as_array().expect("flags");
    let got: Vec<(&str, &str)> = flags
        .iter()
        .map(|f| {
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            (f["label"].as_str().unwrap(), &CONTROLS[s..e])
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "quote",
                "« Nous tiendrons »,\0 a déclaré la maire Anne Roy."
            ),
            (
                "attributed",
                "Selon l'Insee,\u{85} le chômage a reculé de 2 %."
            ),
            ("unsourced", "Le pont a coûté 40 millions."),
        ]
    );
    assert_eq!(flags[0]["source"], "la maire Anne Roy");
}

#[test]
fn control_characters_from_a_file_never_reach_the_terminal() {
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hostile-controls.txt");
    std::fs::write(&path, CONTROLS).expect("write");
    for color in ["never", "always"] {
        let out = claimlens(&["analyze", "--color", color, path.to_str().unwrap()], b"");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let shown = String::from_utf8(out.stdout).expect("UTF-8 output");
        // The only control characters: line breaks, and the CLI's own colours (ESC [ digits m).
        for (i, c) in shown
            .char_indices()
            .filter(|&(_, c)| c.is_control() && c != '\n')
        {
            let rest = &shown[i + 1..];
            let colour = c == '\u{1b}'
                && rest.starts_with('[')
                && rest[1..]
                    .trim_start_matches(|d: char| d.is_ascii_digit() || d == ';')
                    .starts_with('m');
            assert!(colour, "{color}: {c:?} at {i} in {shown:?}");
        }
        assert!(
            !shown.contains("pwned\u{7}") && shown.contains("la maire Anne Roy"),
            "{shown}"
        );
    }
}

#[test]
fn a_lone_surrogate_written_as_utf8_is_an_error_at_its_byte() {
    // ED A0 80 is how a lone U+D800 comes out of a careless encoder: not UTF-8.
    let out = claimlens(&["analyze", "-"], b"Le maire \xed\xa0\x80 a dit.");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("<stdin>: invalid UTF-8 at byte 9"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn unsourced_statistics_are_listed_with_their_line() {
    // The line numbers are counted on from one statistic to the next (they
    // were counted from the start of the text for each: quadratic on a long text).
    let text = "Le chômage a baissé de 4 % en 2023.\n\nTitre\nLe prix a augmenté de 12 %. Les loyers ont augmenté de 9 %.\nFin.\n";
    let out = claimlens(&["analyze", "--color", "never", "-"], text.as_bytes());
    let shown = String::from_utf8(out.stdout).expect("UTF-8 output");
    let listed: Vec<&str> = shown
        .lines()
        .skip_while(|l| *l != "Unsourced statistics")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect();
    assert_eq!(
        listed,
        [
            "  line    1  Le chômage a baissé de 4 % en 2023.",
            "  line    4  Le prix a augmenté de 12 %.",
            "  line    4  Les loyers ont augmenté de 9 %.",
        ],
        "{shown}"
    );
}
