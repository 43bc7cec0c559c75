//! Language detection: from the most frequent function words of each
//! language (`data/cues/<lang>/detection.txt`), counted per line during the
//! lexicon's word pass; per paragraph where a page mixes languages.

use crate::types::Lang;

/// The language evidence of one line: its function words in each language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineLang {
    /// Byte offset where the line starts.
    pub start: usize,
    /// Function words of each language, in `Lang` order.
    pub counts: [u32; Lang::COUNT],
}

/// The language with the most evidence (the first of the table on a tie),
/// and its count.
fn pick(counts: &[u32; Lang::COUNT]) -> (Lang, u32) {
    let mut best = (Lang::ALL[0], counts[0]);
    for (&lang, &n) in Lang::ALL.iter().zip(counts).skip(1) {
        if n > best.1 {
            best = (lang, n);
        }
    }
    best
}

/// The language of a whole text, from all its lines.
pub fn detect(lines: &[LineLang]) -> Lang {
    let mut total = [0; Lang::COUNT];
    for l in lines {
        for (t, n) in total.iter_mut().zip(l.counts) {
            *t += n;
        }
    }
    pick(&total).0
}

/// The language of one line: its own where it says so clearly, else the page's.
pub fn paragraph(line: &LineLang, page: Lang) -> Lang {
    let (lang, best) = pick(&line.counts);
    let all: u32 = line.counts.iter().sum();
    // A long line that leans one way, or a short one with no word of another
    // language ("Experts say the plan will fail." on a French page). (A tie
    // is never clear: the others' words would be at least `best`.)
    let clear = all >= 6 && best >= 3 * (all - best);
    let short_and_pure = all == best && best >= 2;
    if clear || short_and_pure {
        lang
    } else {
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::lexicon;

    fn line(text: &str) -> LineLang {
        lexicon().find(text).1[0]
    }

    #[test]
    fn detects_french_and_english() {
        assert_eq!(
            detect(&[line(
                "Le ministre a déclaré que la route sera fermée pour les travaux."
            )]),
            Lang::Fr
        );
        assert_eq!(
            detect(&[line(
                "The minister said that the road will be closed for the works."
            )]),
            Lang::En
        );
        assert_eq!(detect(&[]), Lang::ALL[0]);
    }

    #[test]
    fn a_clear_paragraph_overrides_the_page() {
        let en = line(
            "The mayor said that the bridge was closed and that it will be open in the spring.",
        );
        assert_eq!(paragraph(&en, Lang::Fr), Lang::En);
        assert_eq!(paragraph(&line("Oui."), Lang::En), Lang::En);
        assert_eq!(
            paragraph(&line("Experts say the plan will fail."), Lang::Fr),
            Lang::En
        );
        assert_eq!(
            paragraph(&line("Le Guardian cite The Times."), Lang::Fr),
            Lang::Fr
        );
    }
}
