//! The ids of the rules that are code, not data: every flag names the rule
//! that decided it (`Flag::rule`), either an entry of `data/cues/`
//! ("fr/reporting_verbs/affirmer") or one of these.

/// A quotation after its speaker and a colon: « X : "…" ».
pub const QUOTE_COLON: &str = "builtin/quote-colon";
/// A quotation with its speaker in parentheses after it: « "…" (X) ».
pub const QUOTE_PARENTHESIS: &str = "builtin/quote-parenthesis";
/// A fragment of speech in a sentence whose subject speaks it: « a jugé la
/// mesure "inutile" », or a quotation after a colon that ends its clause.
pub const QUOTE_SUBJECT: &str = "builtin/quote-subject";
/// A quotation that goes on from the previous sentence's speaker.
pub const QUOTE_CONTINUED: &str = "builtin/quote-continued";
/// A quotation of four words or more with no speaker at all.
pub const QUOTE_UNATTRIBUTED: &str = "builtin/quote-unattributed";
/// A verb in the conditional presenting a fact as hearsay ("favoriserait").
pub const CONDITIONAL: &str = "builtin/conditional";
/// A hyperlink over the sentence.
pub const LINK: &str = "builtin/link";
/// A reference marker in the sentence: "[12]".
pub const REFERENCE_MARKER: &str = "builtin/reference-marker";
/// An unsourced sentence holding a number that counts something.
pub const STATISTIC: &str = "builtin/statistic";
/// An unsourced sentence that asserts something checkable, with no other cue.
pub const FACTUAL: &str = "builtin/factual";
/// A cue whose data entry was not found (never expected: a safe default).
pub const UNKNOWN: &str = "builtin/unknown";

/// Every built-in rule.
#[cfg(test)]
pub const ALL: &[&str] = &[
    QUOTE_COLON,
    QUOTE_PARENTHESIS,
    QUOTE_SUBJECT,
    QUOTE_CONTINUED,
    QUOTE_UNATTRIBUTED,
    CONDITIONAL,
    LINK,
    REFERENCE_MARKER,
    STATISTIC,
    FACTUAL,
    UNKNOWN,
];

#[cfg(test)]
mod tests {
    use crate::cues::PHRASES;
    use crate::{analyze, Options};

    #[test]
    fn every_flag_names_a_known_rule() {
        let texts = [
            include_str!("../samples/fr.txt"),
            include_str!("../samples/en.txt"),
        ];
        for text in texts {
            for flag in analyze(text, &Options::default()).flags {
                let known = super::ALL.contains(&flag.rule.as_str())
                    || PHRASES.iter().any(|p| p.3 == flag.rule);
                assert!(known && flag.rule != super::UNKNOWN, "{flag:?}");
            }
        }
    }
}
