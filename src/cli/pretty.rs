//! Pretty output: the text paragraph by paragraph, each flagged sentence on
//! its own line, tagged and coloured by label, with a dim line under it that
//! says why; then the summary.

use std::io::{self, Write};

use claimlens::{Analysis, Flag, Label};

use super::style::{label_words, Style};
use super::summary;

/// What the renderer needs besides the analysis.
pub struct View<'a> {
    /// The input's name, for the header.
    pub name: &'a str,
    pub style: Style,
    /// The labels asked for: the others are not in the flags, and the
    /// summary must not count them as zero.
    pub labels: &'a [Label],
    pub html: bool,
}

pub fn render(
    out: &mut impl Write,
    text: &str,
    analysis: &Analysis,
    view: &View,
) -> io::Result<()> {
    let flags = usable_flags(text, &analysis.flags);
    let st = view.style;
    let what = if view.html { " (visible text)" } else { "" };
    writeln!(
        out,
        "{} {}",
        st.bold(&format!("{}{what}", clean(view.name))),
        st.dim(&format!(
            "· language {} · {} · {} flagged",
            analysis.language.code(),
            plural(analysis.sentences, "sentence"),
            flags.len()
        ))
    )?;
    write_body(out, text, &flags, st)?;
    summary::write(out, text, analysis.sentences, &flags, view)
}

/// The flags that can be shown: inside the text, on char boundaries, in
/// order and not overlapping. The analyser guarantees this; the CLI must not
/// panic if a bug breaks it.
fn usable_flags<'f>(text: &str, flags: &'f [Flag]) -> Vec<&'f Flag> {
    let mut ok: Vec<&Flag> = flags
        .iter()
        .filter(|f| f.start < f.end && text.get(f.start..f.end).is_some())
        .collect();
    ok.sort_by_key(|f| (f.start, f.end));
    let mut end = 0;
    ok.retain(|f| {
        let keep = f.start >= end;
        if keep {
            end = f.end;
        }
        keep
    });
    ok
}

fn write_body(out: &mut impl Write, text: &str, flags: &[&Flag], st: Style) -> io::Result<()> {
    let mut next = 0; // first flag not yet fully written
    let mut line_start = 0;
    for line in text.split('\n') {
        let (ls, le) = (line_start, line_start + line.len());
        line_start = le + 1;
        if line.trim().is_empty() {
            continue;
        }
        writeln!(out)?;
        let mut cursor = ls;
        while let Some(&f) = flags.get(next) {
            if f.start >= le {
                break;
            }
            let (s, e) = (f.start.max(ls), f.end.min(le));
            write_plain(out, text, cursor, s)?;
            write_flagged(out, text, f, s, e, st)?;
            cursor = e;
            if f.end > le {
                break; // the sentence goes on in the next paragraph
            }
            writeln!(out, "{}", st.dim(&annotation(f)))?;
            next += 1;
        }
        write_plain(out, text, cursor, le)?;
    }
    Ok(())
}

fn write_plain(out: &mut impl Write, text: &str, start: usize, end: usize) -> io::Result<()> {
    match text.get(start..end).map(str::trim) {
        Some(s) if !s.is_empty() => writeln!(out, "{}", clean(s)),
        _ => Ok(()),
    }
}

/// One flagged sentence (or the part of it in this paragraph), its quotation
/// picked out when colour is on.
fn write_flagged(
    out: &mut impl Write,
    text: &str,
    f: &Flag,
    start: usize,
    end: usize,
    st: Style,
) -> io::Result<()> {
    let raw = text.get(start..end).unwrap_or("");
    let (s, e) = (
        start + (raw.len() - raw.trim_start().len()),
        end - (raw.len() - raw.trim_end().len()),
    );
    if s >= e {
        return Ok(());
    }
    let lead = if start == f.start {
        st.tag(f.label)
    } else {
        " ".repeat(Style::tag_width(f.label))
    };
    let (qs, qe) = match f.quote {
        Some(q) if st.color => {
            let qs = q.start.clamp(s, e);
            (qs, q.end.clamp(qs, e))
        }
        _ => (e, e),
    };
    let body = match (text.get(s..qs), text.get(qs..qe), text.get(qe..e)) {
        (Some(a), Some(b), Some(c)) => format!(
            "{}{}{}",
            st.label_text(f.label, &clean(a)),
            st.quote_text(f.label, &clean(b)),
            st.label_text(f.label, &clean(c))
        ),
        _ => st.label_text(f.label, &clean(text.get(s..e).unwrap_or(""))),
    };
    writeln!(out, "{lead} {body}")
}

/// "↳ named source · source: … · cue: … · reason". A reason that only
/// restates the source and the cue is left out: the line stays short.
fn annotation(f: &Flag) -> String {
    let mut parts = vec![label_words(f.label, f.claim)];
    let source = f.source.as_deref().map(str::trim).filter(|s| !s.is_empty());
    let cue = f.cue.as_deref().map(str::trim).filter(|s| !s.is_empty());
    if let Some(src) = source {
        parts.push(format!("source: {}", clean(src)));
    }
    if let Some(cue) = cue {
        parts.push(format!("cue: {}", clean(cue)));
    }
    let reason = f.reason.trim();
    let restates =
        matches!((source, cue), (Some(s), Some(c)) if reason.contains(s) && reason.contains(c));
    if !reason.is_empty() && !restates {
        parts.push(clean(reason));
    }
    format!("    ↳ {}", parts.join(" · "))
}

/// "1 sentence", "2 sentences".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The text with control characters made visible, so that input holding
/// escape sequences cannot drive the terminal.
pub fn clean(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens::{Lang, Span};

    fn flag(label: Label, start: usize, end: usize) -> Flag {
        Flag {
            label,
            start,
            end,
            start_utf16: start,
            end_utf16: end,
            source: Some("Jean Dupont".into()),
            refers_to: None,
            quote: None,
            cue: Some("a déclaré".into()),
            rule: "fr/reporting_verbs/déclarer".into(),
            claim: None,
            reason: "raison".into(),
        }
    }

    fn render_plain(text: &str, flags: Vec<Flag>) -> String {
        let analysis = Analysis {
            language: Lang::Fr,
            sentences: 3,
            flags,
        };
        let view = View {
            name: "t.txt",
            style: Style { color: false },
            labels: &Label::ALL,
            html: false,
        };
        let mut out = Vec::new();
        render(&mut out, text, &analysis, &view).expect("writing to a Vec");
        String::from_utf8(out).expect("pretty output is UTF-8")
    }

    #[test]
    fn flagged_sentence_gets_its_own_tagged_line_and_annotation() {
        let text = "Titre\nAvant. « Oui », a déclaré Jean Dupont. Après.";
        let start = text.find('«').unwrap();
        let end = text.find(" Après").unwrap();
        let out = render_plain(text, vec![flag(Label::Quote, start, end)]);
        assert!(
            out.contains("\nTitre\n\nAvant.\n[QUOTE] « Oui », a déclaré Jean Dupont.\n"),
            "{out}"
        );
        assert!(
            out.contains(
                "    ↳ direct quotation · source: Jean Dupont · cue: a déclaré · raison\nAprès.\n"
            ),
            "{out}"
        );
    }

    #[test]
    fn a_reason_that_restates_source_and_cue_is_dropped() {
        let mut f = flag(Label::Attributed, 0, 1);
        f.reason = "Propos attribués à Jean Dupont (« a déclaré »).".into();
        assert_eq!(
            annotation(&f),
            "    ↳ named source · source: Jean Dupont · cue: a déclaré"
        );
        f.cue = None;
        f.source = Some("des sources".into());
        f.reason = "Source impossible à identifier : « des sources ».".into();
        assert!(annotation(&f).ends_with(
            "· source: des sources · Source impossible à identifier : « des sources »."
        ));
    }

    #[test]
    fn broken_flags_are_skipped_not_fatal() {
        let text = "é.";
        let mut bad = flag(Label::Vague, 1, 2); // inside 'é'
        bad.quote = Some(Span {
            start: 9,
            end: 99,
            start_utf16: 0,
            end_utf16: 0,
        });
        let out = render_plain(text, vec![bad, flag(Label::Unsourced, 0, 99)]);
        assert!(out.contains(" 0 flagged\n\né.\n\n"), "{out}");
    }

    #[test]
    fn control_characters_cannot_reach_the_terminal() {
        let out = render_plain("a\x1b[31mb", vec![]);
        assert!(!out.contains('\x1b'), "{out:?}");
    }
}
