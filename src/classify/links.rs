//! Sources a sentence carries outside its words: a hyperlink over it, or a
//! reference marker ("[12]").

use super::{LinkHref, Verdict};
use crate::reason::Why;
use crate::rules;
use crate::tokens::{Kind, Tok};
use crate::types::Label;

/// A sentence sourced by a hyperlink over it, or by a reference marker ("[12]").
pub fn linked(link: LinkHref, toks: &[Tok]) -> Option<Verdict> {
    let (source, cue, rule) = match link {
        Some(href) => (href.to_string(), "link".to_string(), rules::LINK),
        None => {
            let marker = reference_marker(toks)?;
            (marker.clone(), marker, rules::REFERENCE_MARKER)
        }
    };
    Some(Verdict {
        label: Label::Attributed,
        why: Why::Linked,
        source: Some(super::Source::written(source)),
        cue: Some(cue),
        quote: None,
        claim: None,
        rule,
    })
}

/// A footnote or reference marker: "[12]".
fn reference_marker(toks: &[Tok]) -> Option<String> {
    toks.windows(3).find_map(|w| {
        // Written tight, as a source gives it: "[12]", not "[ 0 ]".
        let ok = w[0].kind == Kind::Punct('[')
            && w[1].kind == Kind::Number
            && w[1].text.len() <= 3
            && w[2].kind == Kind::Punct(']')
            && w[0].end == w[1].start
            && w[1].end == w[2].start;
        ok.then(|| format!("[{}]", w[1].text))
    })
}
