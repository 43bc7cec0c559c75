//! Where a cue counts: a speech tag inside the quotation it tags, and a
//! frame word ("pour") only at the head of a clause.

use crate::cues::{Cue, Families, Family};
use crate::types::Lang;

/// A speech tag inside the quotation it tags, between a comma and the
/// quotation's next sentence: "« La somme était trouvée, rappelle-t-il. Si… »".
/// Only with the pronoun in the verb: a noun after a comma inside a
/// quotation is as often the speaker's own words.
pub fn incise(text: &str, c: &Cue, f: Families, lang: Lang) -> bool {
    let verb = f.has(Family::Reporting) || f.has(Family::QuoteVerb) || f.has(Family::SpeechAct);
    let tagged = text[..c.start].trim_end().ends_with(',');
    let word_end = text[c.end..]
        .find(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
        .map_or(text.len(), |i| c.end + i);
    let word = crate::tokens::lower(&text[c.start..word_end]);
    let inverted = crate::grammar::of(lang)
        .inverted_suffixes
        .iter()
        .any(|s| word.ends_with(s));
    let rest = text[word_end..].trim_start();
    let closes = rest.starts_with([',', '.', '!', '?', ';']);
    // ("…, explique-t-il au micro de franceinfo. …": or a short adjunct
    // opened by a preposition, with no quotation mark in it.)
    let adjunct = || {
        let next = rest
            .split(|ch: char| !(ch.is_alphanumeric() || ch == '-' || ch == '\'' || ch == '’'))
            .next()
            .unwrap_or("");
        let end = rest.find(['.', '!', '?', ';', ',']).unwrap_or(rest.len());
        let lexicon = crate::cues::lexicon();
        lexicon
            .word(&crate::tokens::lower(next), lang)
            .has(Family::Preposition)
            && end <= 60
            && !rest[..end].contains(['"', '«', '»', '“', '”'])
    };
    verb && tagged && inverted && (closes || adjunct())
}

/// "pour" reads as a source frame only at the head of a clause.
pub fn heads_clause(text: &str, sentence_start: usize, at: usize) -> bool {
    let before = text[sentence_start..at].trim_end();
    before.is_empty() || before.ends_with([':', ',', '|', '(', '«', '“'])
}
