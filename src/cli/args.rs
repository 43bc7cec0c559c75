//! Command-line arguments, parsed by hand: the grammar is small, and every
//! mistake must end in one clear line and exit code 2.

use std::ffi::OsString;
use std::path::PathBuf;

use claimlens::{Label, Lang};

/// What to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Pretty,
    Json,
}

/// When to colour pretty output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// `claimlens analyze` with its options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analyze {
    pub format: Format,
    /// `None` detects the language.
    pub lang: Option<Lang>,
    pub labels: Vec<Label>,
    pub html: bool,
    pub color: ColorChoice,
    /// `None` reads standard input.
    pub path: Option<PathBuf>,
}

impl Default for Analyze {
    fn default() -> Self {
        Analyze {
            format: Format::Pretty,
            lang: None,
            labels: Label::ALL.to_vec(),
            html: false,
            color: ColorChoice::Auto,
            path: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Help,
    Version,
    Analyze(Analyze),
}

pub const USAGE: &str = "claimlens analyze [--format pretty|json] [--lang auto|fr|en] \
[--labels LIST] [--html] [--color auto|always|never] [FILE|-]";

pub const HELP: &str = "\
claimlens: says who? Marks how each sentence of a news text is sourced.

Usage:
  claimlens analyze [OPTIONS] [FILE|-]
  claimlens --help | --version

Reads FILE (UTF-8 text), or standard input when FILE is '-' or absent, and
labels each sentence: quote (a direct quotation with a named speaker),
attributed (a named source), vague (a source no one can look up), unsourced
(a checkable claim nobody vouches for).

Options:
  --format pretty|json   pretty (default): the text with flagged sentences
                         marked and explained, then a summary.
                         json: one object {\"language\", \"sentences\", \"flags\"};
                         each flag has label, start, end (UTF-8 byte offsets,
                         end exclusive), start_utf16, end_utf16, source,
                         refers_to, quote, cue, claim, reason.
  --lang auto|fr|en      force the language (default: auto, detected).
  --labels LIST          report only these labels, comma-separated, from
                         quote,attributed,vague,unsourced (default: all).
  --html                 read FILE as HTML and analyse its visible text
                         (scripts, styles, hidden elements left out; each
                         block on its own line). Offsets then refer to that
                         extracted text, which pretty output shows.
  --color auto|always|never
                         colour pretty output; auto colours a terminal unless
                         NO_COLOR is set (or TERM=dumb).
  -h, --help             print this help.
  -V, --version          print the version.

Offsets in plain-text mode refer to the file's bytes exactly as read,
a UTF-8 byte-order mark included.

Exit status: 0 on success, 2 on a usage error or unreadable input
(missing file, directory, invalid UTF-8), 1 if output cannot be written.
";

/// Parses the arguments after the program name.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Err(format!("missing command; usage: {USAGE}"));
    };
    match first.to_str() {
        Some("-h" | "--help" | "help") => Ok(Command::Help),
        Some("-V" | "--version") => Ok(Command::Version),
        Some("analyze") => parse_analyze(args),
        _ => Err(format!(
            "unknown command '{}' (try 'claimlens --help')",
            first.to_string_lossy()
        )),
    }
}

fn parse_analyze(mut args: impl Iterator<Item = OsString>) -> Result<Command, String> {
    let mut out = Analyze::default();
    let mut paths: Vec<OsString> = Vec::new();
    let mut options_done = false;
    while let Some(arg) = args.next() {
        // File names may be any bytes; options are always UTF-8.
        let text = match arg.to_str() {
            Some(s) if !options_done && s.starts_with('-') && s != "-" => s.to_owned(),
            _ => {
                paths.push(arg);
                continue;
            }
        };
        if text == "--" {
            options_done = true;
            continue;
        }
        let (name, inline) = match text.split_once('=') {
            Some((n, v)) => (n, Some(v.to_owned())),
            None => (text.as_str(), None),
        };
        match name {
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--html" => {
                if inline.is_some() {
                    return Err("--html takes no value".into());
                }
                out.html = true;
            }
            "--format" | "--lang" | "--labels" | "--color" | "--colour" => {
                let value = match inline {
                    Some(v) => v,
                    None => next_value(name, &mut args)?,
                };
                set_option(&mut out, name, &value)?;
            }
            _ => return Err(format!("unknown option '{name}' (try 'claimlens --help')")),
        }
    }
    match paths.len() {
        0 => {}
        1 => {
            let p = paths.remove(0);
            if p != "-" {
                out.path = Some(PathBuf::from(p));
            }
        }
        n => return Err(format!("expected one FILE, got {n}")),
    }
    Ok(Command::Analyze(out))
}

fn next_value(name: &str, args: &mut impl Iterator<Item = OsString>) -> Result<String, String> {
    match args.next() {
        Some(v) => v
            .into_string()
            .map_err(|v| format!("{name}: invalid value '{}'", v.to_string_lossy())),
        None => Err(format!("{name} needs a value")),
    }
}

fn set_option(out: &mut Analyze, name: &str, value: &str) -> Result<(), String> {
    match name {
        "--format" => {
            out.format = match value {
                "pretty" => Format::Pretty,
                "json" => Format::Json,
                _ => return Err(bad_value(name, value, "pretty or json")),
            }
        }
        "--lang" => {
            out.lang = match value {
                "auto" => None,
                _ => Some(
                    Lang::parse(value).ok_or_else(|| bad_value(name, value, "auto, fr or en"))?,
                ),
            }
        }
        "--labels" => out.labels = parse_labels(value)?,
        _ => {
            out.color = match value {
                "auto" => ColorChoice::Auto,
                "always" => ColorChoice::Always,
                "never" => ColorChoice::Never,
                _ => return Err(bad_value(name, value, "auto, always or never")),
            }
        }
    }
    Ok(())
}

fn bad_value(name: &str, value: &str, expected: &str) -> String {
    format!("{name}: unknown value '{value}' (expected {expected})")
}

/// Parses "quote,attributed": keeps the taxonomy's order and drops repeats.
fn parse_labels(value: &str) -> Result<Vec<Label>, String> {
    let mut wanted = Vec::new();
    for word in value.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let label = Label::parse(&word.to_ascii_lowercase())
            .ok_or_else(|| bad_value("--labels", word, "quote, attributed, vague or unsourced"))?;
        wanted.push(label);
    }
    if wanted.is_empty() {
        return Err("--labels needs at least one label".into());
    }
    Ok(Label::ALL
        .into_iter()
        .filter(|l| wanted.contains(l))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    fn analyze(args: &[&str]) -> Analyze {
        match parse_str(args) {
            Ok(Command::Analyze(a)) => a,
            other => panic!("expected analyze for {args:?}, got {other:?}"),
        }
    }

    #[test]
    fn defaults_read_stdin_pretty() {
        assert_eq!(analyze(&["analyze"]), Analyze::default());
        assert_eq!(analyze(&["analyze", "-"]).path, None);
    }

    #[test]
    fn options_take_separate_or_inline_values() {
        let a = analyze(&[
            "analyze",
            "--format",
            "json",
            "--lang=en",
            "--labels",
            "vague,QUOTE",
            "x.txt",
        ]);
        assert_eq!(a.format, Format::Json);
        assert_eq!(a.lang, Some(Lang::En));
        assert_eq!(a.labels, vec![Label::Quote, Label::Vague]);
        assert_eq!(a.path, Some(PathBuf::from("x.txt")));
    }

    #[test]
    fn double_dash_ends_options() {
        assert_eq!(
            analyze(&["analyze", "--", "--html"]).path,
            Some(PathBuf::from("--html"))
        );
    }

    #[test]
    fn mistakes_are_errors() {
        for bad in [
            &["analyze", "--format", "xml"][..],
            &["analyze", "--lang", "de"],
            &["analyze", "--labels", "quote,maybe"],
            &["analyze", "--labels", ","],
            &["analyze", "--format"],
            &["analyze", "--colour", "sometimes"],
            &["analyze", "--bogus"],
            &["analyze", "--html=yes"],
            &["analyze", "a", "b"],
            &["analyse"],
            &[],
        ] {
            assert!(parse_str(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn help_and_version() {
        assert_eq!(parse_str(&["--help"]), Ok(Command::Help));
        assert_eq!(parse_str(&["analyze", "-h"]), Ok(Command::Help));
        assert_eq!(parse_str(&["-V"]), Ok(Command::Version));
    }
}
