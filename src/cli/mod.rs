//! The `claimlens` command: arguments in, one analysis out, exit code back.
//!
//! Exit codes: 0 done, 1 output could not be written, 2 usage error or
//! unreadable input. Nothing reaches stdout unless the input was read and
//! analysed, so a failed run never leaves half a JSON object behind.

mod args;
mod input;
mod pretty;
mod style;
mod summary;

use std::ffi::OsString;
use std::io::{self, BufWriter, ErrorKind, IsTerminal, Write};

use claimlens::{html, Analysis, Options};

use args::{ColorChoice, Command, Format};

const BOM: &str = "\u{feff}";

/// Runs the command line (arguments after the program name); returns the exit code.
pub fn run(argv: impl IntoIterator<Item = OsString>) -> i32 {
    let result = match args::parse(argv) {
        Ok(Command::Help) => write_stdout(|out| out.write_all(args::HELP.as_bytes())),
        Ok(Command::Version) => {
            write_stdout(|out| writeln!(out, "claimlens {}", env!("CARGO_PKG_VERSION")))
        }
        Ok(Command::Analyze(a)) => analyze(&a),
        Err(msg) => Err(Failure::Usage(msg)),
    };
    match result {
        Ok(()) => 0,
        Err(Failure::Usage(msg)) => {
            // Nothing more can be done if stderr is gone too.
            let _ = writeln!(io::stderr(), "claimlens: {msg}");
            2
        }
        Err(Failure::Output(e)) if e.kind() == ErrorKind::BrokenPipe => 0,
        Err(Failure::Output(e)) => {
            let _ = writeln!(io::stderr(), "claimlens: cannot write output: {e}");
            1
        }
    }
}

enum Failure {
    /// Bad arguments or unreadable input: the message names the culprit.
    Usage(String),
    Output(io::Error),
}

fn analyze(a: &args::Analyze) -> Result<(), Failure> {
    let raw = input::read(a.path.as_deref()).map_err(Failure::Usage)?;
    let name = match &a.path {
        Some(p) => p.display().to_string(),
        None => "<stdin>".to_owned(),
    };
    // A byte-order mark is not text: the analyser reads what follows it, and
    // plain-text offsets are shifted back so they index the file as read.
    let (bom, body) = match raw.strip_prefix(BOM) {
        Some(rest) => (BOM.len(), rest),
        None => (0, raw.as_str()),
    };
    let mut options = Options {
        lang: a.lang,
        labels: a.labels.clone(),
        ..Options::default()
    };
    let extracted;
    let (text, shift) = if a.html {
        extracted = html::extract(body);
        options.links = extracted.links.clone();
        (extracted.text.as_str(), 0)
    } else {
        (body, bom)
    };
    let analysis = claimlens::analyze(text, &options);
    match a.format {
        Format::Json => {
            let analysis = shifted(analysis, shift);
            // From HTML, the offsets index the extracted text, not the file: say what it was.
            let json = if a.html {
                serde_json::to_string(&WithText {
                    analysis: &analysis,
                    text,
                })
            } else {
                serde_json::to_string(&analysis)
            }
            .map_err(|e| Failure::Output(io::Error::other(e)))?;
            write_stdout(|out| writeln!(out, "{json}"))
        }
        Format::Pretty => {
            let view = pretty::View {
                name: &name,
                style: style::Style {
                    color: use_color(a.color),
                },
                labels: &a.labels,
                html: a.html,
            };
            write_stdout(|out| pretty::render(out, text, &analysis, &view))
        }
    }
}

/// The JSON of `--html`: the analysis, then the text its offsets index.
#[derive(serde::Serialize)]
struct WithText<'a> {
    #[serde(flatten)]
    analysis: &'a Analysis,
    text: &'a str,
}

/// Moves every offset `bytes` further on (a BOM is 3 UTF-8 bytes, 1 UTF-16 unit).
fn shifted(mut analysis: Analysis, bytes: usize) -> Analysis {
    if bytes == 0 {
        return analysis;
    }
    let units = BOM.encode_utf16().count();
    for f in &mut analysis.flags {
        f.start += bytes;
        f.end += bytes;
        f.start_utf16 += units;
        f.end_utf16 += units;
        if let Some(q) = &mut f.quote {
            q.start += bytes;
            q.end += bytes;
            q.start_utf16 += units;
            q.end_utf16 += units;
        }
    }
    analysis
}

/// `auto` colours a terminal, unless NO_COLOR is set (no-color.org: any
/// non-empty value) or the terminal says it is dumb.
fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let set = |var| std::env::var_os(var).is_some_and(|v| !v.is_empty());
            io::stdout().is_terminal()
                && !set("NO_COLOR")
                && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
        }
    }
}

/// Writes through one buffered lock, flushed at the end, so errors (a closed
/// pipe) come back here instead of panicking inside `println!`.
fn write_stdout(
    f: impl FnOnce(&mut BufWriter<io::StdoutLock<'static>>) -> io::Result<()>,
) -> Result<(), Failure> {
    let mut out = BufWriter::new(io::stdout().lock());
    f(&mut out)
        .and_then(|()| out.flush())
        .map_err(Failure::Output)
}
