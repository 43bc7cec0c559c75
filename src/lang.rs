//! Language detection: French or English, from the most frequent function
//! words, counted per line during the lexicon's word pass; per paragraph
//! where a page mixes them.

use crate::types::Lang;

/// The language evidence of one line: its function words in each language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineLang {
    /// Byte offset where the line starts.
    pub start: usize,
    pub fr: u32,
    pub en: u32,
}

/// Frequent French function words: their count tells a French line.
pub const FR_WORDS: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "dans", "pour",
    "pas", "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "sont", "ont", "selon", "mais",
    "par", "ne", "se", "leur", "été",
];

/// Frequent English function words.
pub const EN_WORDS: &[&str] = &[
    "the", "and", "of", "to", "is", "was", "that", "in", "for", "with", "are", "were", "has",
    "have", "it", "by", "said", "from", "this", "be", "not", "but", "they", "their", "which",
    "its", "an", "at", "been", "will",
];

fn pick(fr: u32, en: u32) -> Lang {
    if en > fr {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// The language of a whole text, from all its lines.
pub fn detect(lines: &[LineLang]) -> Lang {
    let (fr, en) = lines.iter().fold((0, 0), |(f, e), l| (f + l.fr, e + l.en));
    pick(fr, en)
}

/// The language of one line: its own where it says so clearly, else the page's.
pub fn paragraph(line: &LineLang, page: Lang) -> Lang {
    let (fr, en) = (line.fr, line.en);
    // A long line that leans one way, or a short one with no word of the other
    // language ("Experts say the plan will fail." on a French page).
    let clear = fr + en >= 6 && (fr >= 3 * en || en >= 3 * fr);
    let short_and_pure = fr.min(en) == 0 && fr.max(en) >= 2;
    if clear || short_and_pure {
        pick(fr, en)
    } else {
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> LineLang {
        let mut l = LineLang::default();
        for w in text
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
        {
            l.fr += u32::from(FR_WORDS.contains(&w.as_str()));
            l.en += u32::from(EN_WORDS.contains(&w.as_str()));
        }
        l
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
        assert_eq!(detect(&[]), Lang::Fr);
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
