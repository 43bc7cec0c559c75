//! Hearsay: a claim hung on no one by its verb's mood ("l'homme aurait
//! tiré", "il serait mort sur le coup") or a hearsay auxiliary.

use super::Verdict;
use crate::attribution::Reader;
use crate::cues::{Cue, Family};
use crate::reason::Why;
use crate::rules;
use crate::segment::Sentence;
use crate::tokens::tokenize;
use crate::types::{Label, Lang};

/// The journalistic conditional: "l'homme aurait tiré" is hearsay, vague,
/// unless a hypothesis ("si…") makes it a plain conditional. (A named source
/// in the sentence was found before: "selon la police, l'homme aurait tiré".)
pub fn hearsay(text: &str, s: &Sentence, cues: &[&Cue], lang: Lang) -> Option<Verdict> {
    // "aurait pu", "se serait bien passé": a possibility or a regret, not hearsay.
    let auxiliary = cues.iter().find(|c| {
        c.families(lang).has(Family::Hearsay) && {
            let next = text[c.end..s.end].split_whitespace().next().unwrap_or("");
            !crate::cues::lexicon()
                .word_of(next, lang)
                .has(Family::NotConditional)
        }
    });
    // "a annoncé que les écoles seraient fermées": a future in reported speech.
    let reports = |at: usize| {
        cues.iter().any(|c| {
            let f = c.families(lang);
            c.start < at
                && (f.has(Family::Reporting) || f.has(Family::SpeechAct) || f.has(Family::Frame))
        })
    };
    if auxiliary.is_some_and(|c| reports(c.start)) {
        return None;
    }
    // ("favoriserait": found by the word pass; not a listed modal or noun.)
    let conditional = cues.iter().find(|c| {
        let f = c.families(lang);
        f.has(Family::Conditional) && !f.has(Family::Hearsay) && {
            let w = &text[c.start..c.end];
            let l = crate::cues::lexicon().word_of(w, lang);
            !l.has(Family::NotConditional) && l.is_empty() && !w.starts_with(char::is_uppercase)
        }
    });
    if auxiliary.is_none() && conditional.is_none() {
        return None;
    }
    let toks = tokenize(text, s.start, s.end, &s.quotes);
    let reader = Reader::new(&toks, lang);
    if (0..toks.len()).any(|i| reader.fam(i).has(Family::Hypothesis)) {
        return None;
    }
    let (written, rule) = match auxiliary {
        Some(c) => {
            let w = &text[c.start..c.end];
            (
                w,
                crate::cues::rule_of(w, Family::Hearsay, lang).unwrap_or(rules::UNKNOWN),
            )
        }
        // "le colorant favoriserait…": a verb in the conditional, outside quotations.
        None => {
            let c = conditional?;
            if reports(c.start) {
                return None;
            }
            (&text[c.start..c.end], rules::CONDITIONAL)
        }
    };
    Some(Verdict {
        label: Label::Vague,
        why: Why::WeaselWords,
        source: None,
        cue: Some(written.to_string()),
        quote: None,
        claim: None,
        rule,
    })
}
