//! ClaimLens: says who? Marks how each sentence of a text is sourced.
//!
//! The pipeline reads from the module names: [`segment`] cuts sentences and
//! quotations, [`cues`] finds the cue phrases of `data/cues/` in one pass,
//! [`attribution`] finds who speaks, [`classify`] picks the label and the
//! claim kind, [`reason`] says why, [`spans`] adds UTF-16 offsets.
//! [`summary`] sums the figures of one analysis or several.
//!
//! ```
//! use claimlens::{analyze, Label, Options};
//! let text = "« Nous tiendrons », affirme la maire Anne Roy. Selon des sources, le projet coûtera 3 millions.";
//! let result = analyze(text, &Options::default());
//! assert_eq!(result.flags[0].label, Label::Quote);
//! assert_eq!(result.flags[0].source.as_deref(), Some("la maire Anne Roy"));
//! assert_eq!(result.flags[1].label, Label::Vague);
//! ```

mod accents;
mod attribution;
mod classify;
mod cues;
mod grammar;
mod lang;
mod phrases;
mod reason;
mod rules;
mod segment;
mod spans;
pub mod summary;
mod tokens;
mod types;
#[cfg(target_arch = "wasm32")]
mod wasm;

/// The CLI's HTML reader, public only so that the fuzz targets reach it.
#[cfg(feature = "cli")]
#[doc(hidden)]
#[path = "cli/html.rs"]
pub mod html;

pub use spans::utf16_len;
pub use summary::{summarize, Summary};
pub use types::{Analysis, Claim, Flag, Label, Lang, Link, Options, Span};

/// Analyses `text` and returns its language and one flag per sourced or
/// checkable sentence, in text order.
pub fn analyze(text: &str, options: &Options) -> Analysis {
    let sentences = segment::split(text);
    let (cues, lines) = cues::lexicon().find(text);
    let page_lang = options.lang.unwrap_or_else(|| lang::detect(&lines));
    // A link with a blank href names no source (and would credit "" with the sentence).
    let mut links: Vec<&Link> = options
        .links
        .iter()
        .filter(|l| l.start < l.end && l.end <= text.len() && !l.href.trim().is_empty())
        .collect();
    links.sort_by_key(|l| l.start);

    let mut flags = Vec::new();
    let mut ctx = classify::Context::default();
    let (mut ci, mut li) = (0, 0);
    let mut para = (usize::MAX, page_lang);
    for s in &sentences {
        if para.0 != s.para {
            let lang = match options.lang {
                Some(l) => l,
                None => {
                    let line = lines
                        .partition_point(|l| l.start <= s.start)
                        .saturating_sub(1);
                    lines
                        .get(line)
                        .map_or(page_lang, |l| lang::paragraph(l, page_lang))
                }
            };
            para = (s.para, lang);
        }
        let c0 = ci;
        while ci < cues.len() && cues[ci].start < s.end {
            ci += 1;
        }
        let here = &cues[c0..ci];
        let here = &here[here
            .iter()
            .position(|c| c.start >= s.start)
            .unwrap_or(here.len())..];
        while li < links.len() && links[li].end <= s.start {
            li += 1;
        }
        let link = links
            .get(li)
            .filter(|l| l.start < s.end)
            .map(|l| l.href.as_str());
        let Some(v) = classify::sentence(text, s, here, para.1, link, &mut ctx) else {
            continue;
        };
        if !options.labels.contains(&v.label) {
            continue;
        }
        let (source, refers_to) = v
            .source
            .map_or((None, None), |s| (Some(s.shown), s.refers_to));
        let reason = reason::reason(v.why, para.1, source.as_deref(), v.cue.as_deref());
        flags.push(Flag {
            label: v.label,
            start: s.start,
            end: s.end,
            start_utf16: 0,
            end_utf16: 0,
            source,
            refers_to,
            quote: v.quote.map(|(start, end)| Span {
                start,
                end,
                ..Span::default()
            }),
            cue: v.cue,
            rule: v.rule.to_string(),
            claim: v.claim,
            reason,
        });
    }
    spans::add_utf16(text, &mut flags);
    Analysis {
        language: page_lang,
        sentences: sentences.len(),
        flags,
    }
}
