//! Accents written as combining marks ("e" + U+0301, as macOS and some PDFs
//! write "é"): the word lists are precomposed, so a word is composed before
//! it is looked up, and the phrases are also spelt decomposed (phrases.rs).
//! French accents only: that is what the lists hold.

/// Per combining mark: the base letters it goes on and the letters they make.
const MARKS: [(char, &str, &str); 6] = [
    ('\u{300}', "aeiou", "àèìòù"),
    ('\u{301}', "aeiouy", "áéíóúý"),
    ('\u{302}', "aeiou", "âêîôû"),
    ('\u{303}', "ano", "ãñõ"),
    ('\u{308}', "aeiouy", "äëïöüÿ"),
    ('\u{327}', "c", "ç"),
];

/// A combining diacritical mark (U+0300–U+036F): part of the word it is in.
pub fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Whether `s` holds a combining mark (all encode with lead byte CC or CD).
pub fn has_combining(s: &str) -> bool {
    s.bytes().any(|b| b == 0xCC || b == 0xCD)
}

/// `s` in lower case with each lower-case letter + mark of the table made one letter.
pub fn compose_lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let composed = out.chars().next_back().and_then(|base| {
            let (_, bases, made) = MARKS.iter().find(|m| m.0 == c)?;
            made.chars().nth(bases.chars().position(|b| b == base)?)
        });
        match composed {
            Some(letter) => {
                out.pop();
                out.push(letter);
            }
            None => out.push(c),
        }
    }
    out
}

/// `s` with every accented letter of the table written as letter + mark,
/// or `None` if it has none.
pub fn decompose(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len() + 8);
    let mut changed = false;
    for c in s.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let split = MARKS.iter().find_map(|(mark, bases, made)| {
            let i = made.chars().position(|m| m == lower)?;
            bases.chars().nth(i).map(|b| (b, *mark))
        });
        match split {
            Some((base, mark)) => {
                if c == lower {
                    out.push(base);
                } else {
                    out.extend(base.to_uppercase());
                }
                out.push(mark);
                changed = true;
            }
            None => out.push(c),
        }
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_and_decomposes_french_letters() {
        assert_eq!(compose_lower("De\u{301}clare\u{301}"), "déclaré");
        assert_eq!(compose_lower("E\u{301}TE\u{301}"), "été");
        assert_eq!(compose_lower("franc\u{327}ais"), "français");
        // A mark the table does not know, or on no letter, stays.
        assert_eq!(compose_lower("x\u{301}"), "x\u{301}");
        assert_eq!(compose_lower("\u{301}a"), "\u{301}a");
        assert_eq!(decompose("d'après").as_deref(), Some("d'apre\u{300}s"));
        assert_eq!(decompose("À lire").as_deref(), Some("A\u{300} lire"));
        assert_eq!(decompose("selon"), None);
        assert!(has_combining("re\u{301}gion") && !has_combining("région"));
    }
}
