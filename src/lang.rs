//! Language detection: French or English, from the most frequent function
//! words. Cheap (the first 16 KB suffice), and per paragraph where a page
//! mixes them.

use std::sync::OnceLock;

use crate::types::Lang;

/// Function-word counts (French, English) in `text`: one pass over bytes,
/// words folded to ASCII lower case in a stack buffer.
pub fn scores(text: &str) -> (usize, usize) {
    let (mut fr, mut en) = (0, 0);
    let mut buf = [0u8; 6];
    let mut len = 0usize; // bytes of the current word, or usize::MAX once too long
    let bytes = text.as_bytes();
    for i in 0..=bytes.len() {
        let b = if i < bytes.len() { bytes[i] } else { b' ' };
        if b.is_ascii_alphabetic() || b >= 0x80 {
            if len < buf.len() {
                buf[len] = b.to_ascii_lowercase();
                len += 1;
            } else {
                len = usize::MAX;
            }
            continue;
        }
        if len != usize::MAX && len > 0 {
            let (f, e) = score_word(&buf[..len]);
            fr += f as usize;
            en += e as usize;
        }
        len = 0;
    }
    (fr, en)
}

/// A word of up to 8 bytes packed in an integer, for cheap comparison.
const fn pack(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < w.len() && i < 8 {
        k = k << 8 | w[i] as u64;
        i += 1;
    }
    k | (w.len() as u64) << 60
}

const FR: [u64; 32] = {
    let words: [&[u8]; 32] = [
        b"le",
        b"la",
        b"les",
        b"des",
        b"du",
        b"de",
        b"et",
        b"est",
        b"une",
        b"un",
        b"que",
        b"qui",
        b"dans",
        b"pour",
        b"pas",
        b"sur",
        b"au",
        b"aux",
        b"avec",
        b"ce",
        b"cette",
        b"il",
        b"elle",
        b"sont",
        b"ont",
        b"selon",
        b"mais",
        b"par",
        b"ne",
        b"se",
        b"leur",
        "été".as_bytes(),
    ];
    let mut out = [0u64; 32];
    let mut i = 0;
    while i < 32 {
        out[i] = pack(words[i]);
        i += 1;
    }
    out
};

const EN: [u64; 30] = {
    let words: [&[u8]; 30] = [
        b"the", b"and", b"of", b"to", b"is", b"was", b"that", b"in", b"for", b"with", b"are",
        b"were", b"has", b"have", b"it", b"by", b"said", b"from", b"this", b"be", b"not", b"but",
        b"they", b"their", b"which", b"its", b"an", b"at", b"been", b"will",
    ];
    let mut out = [0u64; 30];
    let mut i = 0;
    while i < 30 {
        out[i] = pack(words[i]);
        i += 1;
    }
    out
};

/// Whether a lower-case word is a frequent French / English function word.
fn score_word(w: &[u8]) -> (bool, bool) {
    static SORTED: OnceLock<(Vec<u64>, Vec<u64>)> = OnceLock::new();
    let (fr, en) = SORTED.get_or_init(|| {
        let (mut fr, mut en) = (FR.to_vec(), EN.to_vec());
        fr.sort_unstable();
        en.sort_unstable();
        (fr, en)
    });
    let k = pack(w);
    (fr.binary_search(&k).is_ok(), en.binary_search(&k).is_ok())
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
    let mut cut = text.len().min(16 * 1024);
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
        assert_eq!(
            detect("Le ministre a déclaré que la route sera fermée pour les travaux."),
            Lang::Fr
        );
        assert_eq!(
            detect("The minister said that the road will be closed for the works."),
            Lang::En
        );
        assert_eq!(detect(""), Lang::Fr);
    }

    #[test]
    fn a_clear_paragraph_overrides_the_page() {
        let en =
            "The mayor said that the bridge was closed and that it will be open in the spring.";
        assert_eq!(paragraph(en, Lang::Fr), Lang::En);
        assert_eq!(paragraph("Oui.", Lang::En), Lang::En);
    }
}
