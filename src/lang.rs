//! Language detection: French or English, from the most frequent function
//! words. Cheap (the first 64 KB suffice), and per paragraph where a page
//! mixes them.

use crate::types::Lang;

const FR: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "que", "qui", "dans", "pour", "pas", "sur", "au",
    "aux", "avec", "ce", "cette", "il", "elle", "sont", "ont", "selon", "mais", "par", "ne", "se", "leur", "été",
];
const EN: &[&str] = &[
    "the", "and", "of", "to", "is", "was", "that", "in", "for", "with", "are", "were", "has", "have", "it", "by",
    "said", "from", "this", "be", "not", "but", "they", "their", "which", "its", "an", "at", "been", "will",
];

/// Function-word counts (French, English) in `text`.
pub fn scores(text: &str) -> (usize, usize) {
    let (mut fr, mut en) = (0, 0);
    let mut buf = [0u8; 6];
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && w.len() <= 6) {
        // ASCII folding in a stack buffer: no allocation per word.
        let lw = &mut buf[..w.len()];
        lw.copy_from_slice(w.as_bytes());
        lw.make_ascii_lowercase();
        let lw = std::str::from_utf8(lw).unwrap_or("");
        fr += FR.contains(&lw) as usize;
        en += EN.contains(&lw) as usize;
    }
    (fr, en)
}

fn pick((fr, en): (usize, usize)) -> Lang {
    if en > fr {
        Lang::En
    } else {
        Lang::Fr
    }
}

/// The language of a whole text.
pub fn detect(text: &str) -> Lang {
    let mut cut = text.len().min(64 * 1024);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    pick(scores(&text[..cut]))
}

/// The language of a paragraph: its own where it says so clearly, else the page's.
pub fn paragraph(text: &str, page: Lang) -> Lang {
    let (fr, en) = scores(text);
    if fr + en >= 6 && (fr >= 3 * en || en >= 3 * fr) {
        pick((fr, en))
    } else {
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_french_and_english() {
        assert_eq!(detect("Le ministre a déclaré que la route sera fermée pour les travaux."), Lang::Fr);
        assert_eq!(detect("The minister said that the road will be closed for the works."), Lang::En);
        assert_eq!(detect(""), Lang::Fr);
    }

    #[test]
    fn a_clear_paragraph_overrides_the_page() {
        let en = "The mayor said that the bridge was closed and that it will be open in the spring.";
        assert_eq!(paragraph(en, Lang::Fr), Lang::En);
        assert_eq!(paragraph("Oui.", Lang::En), Lang::En);
    }
}
