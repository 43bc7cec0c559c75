//! What an unattributed sentence is: nothing checkable (a heading, a byline,
//! navigation, boilerplate, a question) or a claim, and of which kind.

use crate::attribution::Reader;
use crate::cues::{Cue, Family};
use crate::rules;
use crate::segment::Sentence;
use crate::tokens::{is_word_char, tokenize, Kind};
use crate::types::{Claim, Lang};

/// Headings, bylines, navigation, boilerplate, questions: label none.
pub(super) fn asserts_nothing(
    body: &str,
    s: &Sentence,
    cues: &[&Cue],
    lang: Lang,
    boilerplate: bool,
) -> bool {
    // Words counted on bytes: runs between spaces that hold a letter or digit
    // (any byte of a multi-byte letter counts as one), only as far as a test
    // below asks: a line's 26th word, else the 7th.
    let enough = if s.whole_line { 26 } else { 7 };
    let mut words = 0;
    let mut counted = false;
    for &b in body.as_bytes() {
        if words >= enough {
            break;
        }
        if b == b' ' || b == b'\t' {
            counted = false;
        } else if !counted && (b.is_ascii_alphanumeric() || b >= 0xC3) {
            words += 1;
            counted = true;
        }
    }
    let first = body.split_whitespace().next();
    let first_at = s.start + body.find(char::is_alphanumeric).unwrap_or(0);
    let navigation = cues
        .iter()
        .any(|c| c.families(lang).has(Family::Navigation) && c.start == first_at);
    let last = last_mark(body);
    let byline = first.is_some_and(|w| {
        crate::cues::lexicon()
            .word_of(w, lang)
            .has(Family::AgentMarker)
    }) && words <= 6;
    // Digits only, or a script the analyser does not read (Arabic, Hebrew,
    // emoji): it cannot tell a claim there.
    let latin = body
        .chars()
        .any(|c| c.is_ascii_alphabetic() || c >= 'À' && is_word_char(c) && c <= 'ɏ');
    !latin
        || boilerplate
        || navigation
        || last == Some('?')
        || (s.whole_line && !terminated(body) && words <= 25)
        || words < 3
        || byline
        || words <= 6 && only_a_date(body, lang)
}

/// "22 juin 2012.", "Tuesday, March 3": a date (or a time) alone.
fn only_a_date(body: &str, lang: Lang) -> bool {
    let lex = crate::cues::lexicon();
    let mut month = false;
    let all = body
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .all(|w| {
            let f = lex.word_of(w, lang);
            month |= f.has(Family::Month);
            // (a number, "1er", "3rd")
            let number = w.starts_with(|c: char| c.is_ascii_digit()) && w.len() <= 6;
            number || f.has(Family::Month) || f.has(Family::TimeWord)
        });
    all && month
}

/// Whether the number at byte `at` counts something worth checking, not "les
/// deux pays", "ces trois", "il y a deux mois", "le 7 mars", "2024", "10 h".
fn counts_at(text: &str, s: &Sentence, at: usize, lang: Lang) -> bool {
    let mut lo = at.saturating_sub(24).max(s.start);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (at + 40).min(s.end);
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let toks = tokenize(text, lo, hi, &[]);
    let reader = Reader::new(&toks, lang);
    let Some(i) = toks.iter().position(|t| t.start == at) else {
        return false;
    };
    let fam = |j: usize| reader.fam(j);
    let next = toks.get(i + 1);
    // English months are capitalised ("may" is a modal); French ones are not.
    let capitalised = crate::grammar::of(lang).capitalised_months;
    let month = |j: usize| fam(j).has(Family::Month) && (!capitalised || toks[j].capitalised());
    let date = (i.saturating_sub(2)..(i + 4).min(toks.len())).any(|j| j != i && month(j));
    let anaphora = i > 0 && fam(i - 1).has(Family::Determiner);
    let duration = fam(i + 1).has(Family::TimeUnit);
    if toks[i].kind == Kind::Word {
        // A number word counts a noun after it.
        let noun = next.is_some_and(|n| n.is_word() || n.kind == Kind::Punct('%'));
        return noun && !date && !anaphora && !duration;
    }
    let t = toks[i].text;
    let year = t.len() == 4 && t.parse::<u32>().is_ok_and(|y| (1000..=2100).contains(&y));
    let list_number = lo == s.start && i == 0 && next.is_some_and(|n| n.kind == Kind::Punct('.'));
    let percent = next.is_some_and(|n| n.kind == Kind::Punct('%'));
    let clock_words = crate::grammar::of(lang).clock_words;
    let clock = next.is_some_and(|n| clock_words.contains(&n.text) || n.kind == Kind::Punct(':'));
    percent || !(year || list_number || clock || date || anaphora || duration)
}

/// Ends like a sentence (closing marks aside), not like a heading.
pub(super) fn terminated(body: &str) -> bool {
    last_mark(body).is_some_and(|c| ".!?…;:".contains(c))
}

/// Whether the text ends on a comma, its closing marks aside ("…,”"): a
/// sentence cut before its tag.
pub(super) fn cut(body: &str) -> bool {
    last_mark(body) == Some(',')
}

/// The last character but closing quotation marks and brackets.
fn last_mark(body: &str) -> Option<char> {
    // (Also a straight apostrophe: "…apply.''" closes with two.)
    body.trim_end_matches(|c: char| c.is_whitespace() || "»”\"’')]*".contains(c))
        .chars()
        .next_back()
}

/// Why an unsourced sentence is worth checking: statistic, evaluative, causal,
/// factual; and the rule that says so (the first evaluative or causal cue's entry).
pub(super) fn claim_kind(
    text: &str,
    s: &Sentence,
    cues: &[&Cue],
    lang: Lang,
) -> (Claim, &'static str) {
    // Only the few words around each number matter: read just those.
    let digits = text[s.start..s.end].bytes().enumerate().filter(|&(i, b)| {
        b.is_ascii_digit() && (i == 0 || !text.as_bytes()[s.start + i - 1].is_ascii_digit())
    });
    let number_words = cues
        .iter()
        .filter(|c| c.families(lang).has(Family::Number))
        .map(|c| c.start);
    let statistic = digits
        .map(|(i, _)| s.start + i)
        .chain(number_words)
        .any(|at| counts_at(text, s, at, lang));
    if statistic {
        return (Claim::Statistic, rules::STATISTIC);
    }
    for (family, claim) in [
        (Family::Evaluative, Claim::Evaluative),
        (Family::Causal, Claim::Causal),
    ] {
        if let Some(c) = cues.iter().find(|c| c.families(lang).has(family)) {
            let rule = crate::cues::rule_of(&text[c.start..c.end], family, lang);
            return (claim, rule.unwrap_or(rules::UNKNOWN));
        }
    }
    (Claim::Factual, rules::FACTUAL)
}
