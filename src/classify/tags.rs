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
    let closes = text[word_end..]
        .trim_start()
        .starts_with([',', '.', '!', '?', ';']);
    verb && tagged && inverted && closes
}

/// "pour" reads as a source frame only at the head of a clause.
pub fn heads_clause(text: &str, sentence_start: usize, at: usize) -> bool {
    let before = text[sentence_start..at].trim_end();
    before.is_empty() || before.ends_with([':', ',', '|', '(', '«', '“'])
}
