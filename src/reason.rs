//! The one-line reason shown with each flag, in the text's language, from
//! the templates of `data/cues/<lang>/reasons.txt`.

use crate::summary::one_line;
use crate::types::{Claim, Lang};

/// Why a sentence got its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    Quoted,
    Reported,
    Linked,
    VagueSource,
    WeaselWords,
    UnattributedQuote,
    Unsourced(Claim),
}

/// A piece of a template.
pub enum Piece {
    Text(&'static str),
    /// The source as written.
    Source,
    /// The source after a word it contracts with ("de" + "le ministère": "du ministère").
    Joined(&'static [Join]),
    /// The cue as written.
    Cue,
}

/// One rule of a join: the first whose `when` holds puts `put` before the source.
pub struct Join {
    pub when: JoinWhen,
    pub put: &'static str,
}

pub enum JoinWhen {
    /// The source starts with this (any case), which `put` replaces: "le " → "du ".
    Prefix(&'static str),
    /// The source starts with one of these letters: "d'" + "Anne Roy".
    Starts(&'static str),
    Else,
}

type Template = &'static [Piece];

/// One language's templates (data/cues/<lang>/reasons.txt).
pub struct Reasons {
    quoted: Template,
    reported: Template,
    linked: Template,
    vague_source: Template,
    weasel_words: Template,
    unattributed_quote: Template,
    statistic: Template,
    evaluative: Template,
    causal: Template,
    factual: Template,
}

include!(concat!(env!("OUT_DIR"), "/reason_tables.rs"));

/// `source` and `cue` are as written in the text.
pub fn reason(why: Why, lang: Lang, source: Option<&str>, cue: Option<&str>) -> String {
    let r = &REASONS[lang.index()];
    let template = match why {
        Why::Quoted => r.quoted,
        Why::Reported => r.reported,
        Why::Linked => r.linked,
        Why::VagueSource => r.vague_source,
        Why::WeaselWords => r.weasel_words,
        Why::UnattributedQuote => r.unattributed_quote,
        Why::Unsourced(Claim::Statistic) => r.statistic,
        Why::Unsourced(Claim::Evaluative) => r.evaluative,
        Why::Unsourced(Claim::Causal) => r.causal,
        Why::Unsourced(Claim::Factual) => r.factual,
    };
    // A name or cue may run over a soft line break ("Jean\nDupont"): the
    // reason stays on one line.
    let src = one_line(source.unwrap_or("?"));
    let cue = one_line(cue.unwrap_or(""));
    let mut out = String::new();
    for piece in template {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Source => out.push_str(&src),
            Piece::Joined(rules) => out.push_str(&join(rules, &src)),
            Piece::Cue => out.push_str(&cue),
        }
    }
    out
}

fn join(rules: &[Join], src: &str) -> String {
    for rule in rules {
        match rule.when {
            JoinWhen::Prefix(p) => {
                if src.len() > p.len()
                    && src.is_char_boundary(p.len())
                    && src[..p.len()].eq_ignore_ascii_case(p)
                {
                    return format!("{}{}", rule.put, &src[p.len()..]);
                }
            }
            JoinWhen::Starts(letters) => {
                if src.chars().next().is_some_and(|c| letters.contains(c)) {
                    return format!("{}{src}", rule.put);
                }
            }
            JoinWhen::Else => return format!("{}{src}", rule.put),
        }
    }
    src.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(why: Why, src: &str) -> String {
        reason(why, Lang::Fr, Some(src), Some("a déclaré"))
    }

    #[test]
    fn french_articles_contract() {
        let to = |s| fr(Why::Reported, s);
        assert_eq!(
            to("Les autorités maliennes"),
            "Propos attribués aux autorités maliennes (« a déclaré »)."
        );
        assert_eq!(
            to("le ministère"),
            "Propos attribués au ministère (« a déclaré »)."
        );
        assert_eq!(to("L’armée"), "Propos attribués à l’armée (« a déclaré »).");
        assert_eq!(
            to("Anne Roy"),
            "Propos attribués à Anne Roy (« a déclaré »)."
        );
        let of = |s| fr(Why::Quoted, s);
        assert_eq!(of("Les autorités"), "Citation directe des autorités.");
        assert_eq!(of("Anne Roy"), "Citation directe d'Anne Roy.");
        assert_eq!(of("Luka Malle"), "Citation directe de Luka Malle.");
        assert_eq!(of("la ministre"), "Citation directe de la ministre.");
    }

    #[test]
    fn a_name_over_a_line_break_stays_on_one_line() {
        let r = reason(
            Why::Reported,
            Lang::Fr,
            Some("Jean\nDupont"),
            Some("a\n déclaré"),
        );
        assert_eq!(r, "Propos attribués à Jean Dupont (« a déclaré »).");
        let r = reason(Why::Quoted, Lang::En, Some("the\r\nminister"), None);
        assert!(!r.contains('\n') && r.contains("the minister"), "{r}");
    }

    #[test]
    fn reasons_name_the_source_in_the_text_language() {
        let r = reason(
            Why::Reported,
            Lang::Fr,
            Some("Le ministère"),
            Some("a déclaré"),
        );
        assert_eq!(r, "Propos attribués au ministère (« a déclaré »).");
        let r = reason(Why::Reported, Lang::En, Some("the ministry"), Some("said"));
        assert_eq!(r, "Claim attributed to the ministry (\"said\").");
        assert!(reason(Why::Unsourced(Claim::Statistic), Lang::Fr, None, None).contains("Chiffre"));
    }

    #[test]
    fn every_language_has_a_reason_for_every_case_with_no_field_left() {
        let whys = [
            Why::Quoted,
            Why::Reported,
            Why::Linked,
            Why::VagueSource,
            Why::WeaselWords,
            Why::UnattributedQuote,
            Why::Unsourced(Claim::Statistic),
            Why::Unsourced(Claim::Evaluative),
            Why::Unsourced(Claim::Causal),
            Why::Unsourced(Claim::Factual),
        ];
        for lang in Lang::ALL {
            for why in whys {
                let r = reason(why, lang, Some("Anne Roy"), Some("affirme"));
                assert!(r.len() > 10 && !r.contains('{'), "{lang:?} {why:?}: {r:?}");
            }
        }
    }
}
