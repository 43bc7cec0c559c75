//! Classification: one label per sentence, strongest first (quote,
//! attributed, vague, unsourced, none), with the source a pronoun stands for
//! carried over from the sentences before.

use crate::attribution::{Attribution, Reach, Reader, Who};
use crate::cues::{Cue, Families, Family};
use crate::reason::Why;
use crate::rules;
use crate::segment::Sentence;
use crate::tokens::{tokenize, Kind, Tok};
use crate::types::{Claim, Label, Lang};

mod carry;
mod claims;
mod coreference;
mod headings;
mod hearsay;
mod links;
mod mentions;
mod recent;
mod source;
mod tags;

use carry::{name_in, pronoun_of};
use claims::{asserts_nothing, claim_kind, cut, terminated};
use hearsay::hearsay;
use links::linked;
use recent::Stands;
pub use source::Source;
use tags::{heads_clause, incise};

/// The label of one sentence and what decided it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub label: Label,
    pub why: Why,
    /// The source as shown, and the name it stands for (`Flag::source`,
    /// `Flag::refers_to`).
    pub source: Option<Source>,
    pub cue: Option<String>,
    pub quote: Option<(usize, usize)>,
    pub claim: Option<Claim>,
    /// The rule that decided (`Flag::rule`).
    pub rule: &'static str,
}

/// What carries from one sentence to the next: the last source named.
#[derive(Default)]
pub struct Context {
    /// The sources named before, for the pronouns after them.
    carry: carry::Carry,
    /// The previous sentence was a quote or an attribution.
    prev_sourced: bool,
    /// The previous sentence's byte range.
    prev: (usize, usize),
    /// The descriptions resolved so far ("la maire" → "Anne Hidalgo").
    descriptions: coreference::Memo,
    /// The last person and body named, for descriptions no apposition resolves.
    recent: recent::Recent,
    /// The people named in passing, read back when a description asks.
    mentions: mentions::Mentions,
}

/// A link over part of the sentence (its target).
pub type LinkHref<'a> = Option<&'a str>;

pub fn sentence(
    text: &str,
    s: &Sentence,
    cues: &[Cue],
    lang: Lang,
    link: LinkHref,
    ctx: &mut Context,
) -> Option<Verdict> {
    ctx.carry.tick();
    ctx.recent.tick();
    let verdict = decide(text, s, cues, lang, link, ctx);
    ctx.prev_sourced = false;
    ctx.prev = (s.start, s.end);
    match &verdict {
        Some(v)
            if matches!(v.label, Label::Quote | Label::Attributed) || v.why == Why::VagueSource =>
        {
            if let Some(src) = &v.source {
                let who = if v.label == Label::Vague {
                    Who::Vague
                } else {
                    Who::Named
                };
                // (A link's href is no name a description can stand for.)
                if who == Who::Named && v.why != Why::Linked {
                    ctx.recent.named(src);
                }
                if who == Who::Vague || !recent::document(&src.shown, lang) {
                    ctx.carry.named(src.clone(), who, lang);
                }
            }
            ctx.prev_sourced = v.label != Label::Vague;
        }
        // A heading starts a new passage: pronouns no longer reach back.
        None if s.whole_line => ctx.carry.clear(),
        _ => {}
    }
    verdict
}

fn decide(
    text: &str,
    s: &Sentence,
    cues: &[Cue],
    lang: Lang,
    link: LinkHref,
    ctx: &Context,
) -> Option<Verdict> {
    // Outermost quotations only (nested ones lie inside them), searched by halves.
    let mut outer: Vec<(usize, usize)> = Vec::new();
    for &q in &s.quotes {
        if outer.last().is_none_or(|o| q.0 >= o.1) {
            outer.push(q);
        }
    }
    let inside_quote = |pos: usize| {
        let i = outer.partition_point(|o| o.0 < pos);
        i > 0 && pos < outer[i - 1].1
    };
    let cues: Vec<&Cue> = cues
        .iter()
        .filter(|c| {
            let f = c.families(lang);
            !f.is_empty() && (!inside_quote(c.start) || incise(text, c, f, lang))
        })
        .collect();
    let has = |f: Family| cues.iter().any(|c| c.families(lang).has(f));
    let body = &text[s.start..s.end];
    // Most sentences hold no cue of attribution: they are read word by word
    // only when something in them needs it.
    let speaks = [
        Family::Reporting,
        Family::SpeechAct,
        Family::QuoteVerb,
        Family::Frame,
        Family::Weasel,
    ];
    let attributive = cues.iter().any(|c| {
        let f = c.families(lang);
        // "pour" is a frame only at the head of a clause: most are purposes.
        let purpose = f == Families::only(Family::Frame)
            && crate::grammar::of(lang).clause_frames.contains(
                &crate::tokens::lower(&body[c.start - s.start..c.end - s.start]).as_ref(),
            )
            && !heads_clause(text, s.start, c.start);
        speaks.iter().any(|&x| f.has(x)) && !purpose
    });
    let marker = body.contains('[');
    let toks = if attributive || marker || !s.quotes.is_empty() {
        tokenize(text, s.start, s.end, &s.quotes)
    } else {
        Vec::new()
    };
    let reader = Reader::new(&toks, lang);
    // Marks around a title hold a name, not someone's words.
    let speech: Vec<(usize, usize)> = s
        .quotes
        .iter()
        .copied()
        .filter(|&(o, e)| !reader.is_title(o, e))
        .collect();
    if attributive || !speech.is_empty() {
        // A line with no end mark.
        let heading = s.whole_line && !terminated(body);
        let reading = Reading {
            text,
            s,
            quotes: &speech,
            cues: &cues,
            toks: &toks,
            reader: &reader,
            link,
            heading,
        };
        let found = attribute(&reading, ctx);
        // A heading that only hints at a vague source ("What the critics say") asserts nothing.
        match found {
            // (A heading that is mostly a quotation of four words or more is
            // vague: « Les "cow-boys de la nouvelle ère" », « Pour ses proches,
            // "…" »; "9 réflexions au sujet de “…”" quotes a title.)
            Some(v)
                if v.label == Label::Vague
                    && heading
                    && !headings::mostly_quoted(&toks, v.quote) =>
            {
                return None
            }
            Some(v) => return Some(v),
            None => {}
        }
    } else if let Some(v) = linked(link, &toks) {
        // A byline or heading that links to its author's page asserts nothing.
        if asserts_nothing(body, s, &cues, lang, has(Family::Boilerplate)) {
            return None;
        }
        return Some(v);
    }
    if asserts_nothing(body, s, &cues, lang, has(Family::Boilerplate)) {
        return None;
    }
    if let Some(v) = hearsay(text, s, &cues, lang) {
        return Some(v);
    }
    let (claim, rule) = claim_kind(text, s, &cues, lang);
    Some(Verdict {
        label: Label::Unsourced,
        why: Why::Unsourced(claim),
        source: None,
        cue: None,
        quote: None,
        claim: Some(claim),
        rule,
    })
}

/// One sentence being read for its attributions.
struct Reading<'r, 't, 'a> {
    text: &'a str,
    s: &'r Sentence,
    /// Its quotations of speech (not of titles).
    quotes: &'r [(usize, usize)],
    /// Its cues outside quotations.
    cues: &'r [&'r Cue],
    toks: &'t [Tok<'a>],
    reader: &'r Reader<'t, 'a>,
    link: LinkHref<'r>,
    /// The sentence is a line with no end mark.
    heading: bool,
}

/// Quote, attributed or vague, from the sentence's cues and quotations.
fn attribute(r: &Reading, ctx: &Context) -> Option<Verdict> {
    let Reading {
        text,
        s,
        quotes,
        cues,
        toks,
        reader,
        link,
        heading,
    } = *r;
    let slice = |r: (usize, usize)| text[r.0..r.1].to_string();
    let lang = reader.lang();
    // The data entry behind a cue, in the family it was read in: looked up
    // only for the attribution that decides.
    let ruled = |mut a: Attribution, family| {
        a.family = Some(family);
        a
    };
    let rule_for = |a: &Attribution| match a.family {
        Some(f) => crate::cues::rule_of(&text[a.cue.0..a.cue.1], f, lang).unwrap_or(rules::UNKNOWN),
        None => a.rule,
    };
    // Who speaks in this sentence, by every cue that can say so.
    let mut atts: Vec<Attribution> = Vec::new();
    for &c in cues {
        let f = c.families(lang);
        // A verb in several families reports by the widest of them.
        let verb = [
            (Family::SpeechAct, Reach::Anything),
            (Family::Reporting, Reach::Clause),
            (Family::QuoteVerb, Reach::Quotation),
        ]
        .into_iter()
        .find(|&(family, _)| f.has(family));
        if let Some((family, reach)) = verb {
            atts.extend(reader.verb(c, reach).map(|a| ruled(a, family)));
        }
        if f.has(Family::Frame) {
            atts.extend(reader.frame(c).map(|a| ruled(a, Family::Frame)));
        }
        if f.has(Family::Weasel) {
            atts.push(ruled(reader.weasel(c), Family::Weasel));
        }
    }
    for &(o, e) in quotes {
        atts.extend(reader.quote_speaker(o, e));
    }
    // No one reports in the sentence: its subject speaks its fragments of speech.
    if atts.is_empty() {
        atts.extend(quotes.iter().find_map(|&(o, e)| reader.quote_subject(o, e)));
    }
    // A pronoun stands for a source carried from before, of its number.
    let carried = ctx.carry.last();
    let carried_for = |a: &Attribution| {
        let pronoun = a.source.map(|r| pronoun_of(&slice(r))).unwrap_or_default();
        ctx.carry.for_pronoun(&pronoun, lang)
    };
    // Looked for once per sentence, however many pronouns ask.
    let prev_name = std::cell::OnceCell::new();
    // Who each attribution stands for; its source is written out only for
    // the one that decides (a description is resolved then, not for every cue).
    let who_of = |a: &Attribution| match (a.who, carried_for(a)) {
        (Who::Pronoun, Some((_, who))) => *who,
        (Who::Pronoun, None) => Who::Named,
        (w, _) => w,
    };
    let source_of = |a: &Attribution| -> Option<Source> {
        match (a.who, carried_for(a)) {
            (Who::Pronoun, Some((src, _))) => Some(src.clone()),
            // No source carried: the person the sentence before names, or the pronoun itself.
            // (Or the person named last, further back.)
            (Who::Pronoun, None) => prev_name
                .get_or_init(|| name_in(text, ctx.prev, reader.lang()))
                .clone()
                .or_else(|| ctx.recent.person(lang))
                .or_else(|| a.source.map(|s| pronoun_of(&slice(s))))
                .map(Source::written),
            // "la maire" stands for the Anne Hidalgo named before as such.
            (Who::Named, _) => a.source.map(|range| {
                let written = slice(range);
                // (Most sources are names: they are looked at once.)
                if !coreference::opens_with_article(&written, lang) {
                    let name = coreference::full_name(text, s.start, &written, lang);
                    return Source::standing_for(written, name);
                }
                let resolved =
                    coreference::resolve(text, s.start, &written, lang, &ctx.descriptions);
                let stands = match resolved {
                    Some(name) => Stands::For(name),
                    None => ctx.recent.stands_for(&written, lang),
                };
                match stands {
                    Stands::For(name) => Source::standing_for(written, Some(name)),
                    // (Or the person named last in passing: "Alain Juppé a
                    // quitté la salle. « … », a lancé l'édile.")
                    Stands::SomePerson => match ctx.mentions.person_before(text, s.start, lang) {
                        Some(name) => Source::standing_for(written, Some(name)).in_passing(),
                        None => Source::written(written),
                    },
                    Stands::Nobody => Source::written(written),
                }
            }),
            (_, _) => a.source.map(|r| Source::written(slice(r))),
        }
    };
    let resolved: Vec<(&Attribution, Who)> = atts.iter().map(|a| (a, who_of(a))).collect();
    // The first source named, a verb's before a clause's subject before a colon.
    let named = resolved
        .iter()
        .filter(|r| r.1 == Who::Named)
        .min_by_key(|r| {
            // ("Affaire Benalla : « … », estime Edouard Philippe": the verb's
            // subject before a heading's topic.)
            // A participle's borrowed subject after a verb's own ("…, a averti
            // le ministre Paul Martin, déplorant…").
            let weak =
                r.0.rule == rules::QUOTE_SUBJECT || r.0.rule == rules::QUOTE_COLON || r.0.borrowed;
            (weak, r.0.source.map_or(r.0.cue.0, |s| s.0))
        });
    let vague = resolved.iter().find(|r| r.1 == Who::Vague);
    let cue_text = |a: &Attribution| Some(slice(a.cue));
    let verdict = |label, why, source: Option<Source>, cue, quote, rule| {
        Some(Verdict {
            label,
            why,
            source,
            cue,
            quote,
            claim: None,
            rule,
        })
    };
    let vague_verdict = |a: &Attribution, quote| {
        let src = source_of(a);
        let why = if src.is_some() {
            Why::VagueSource
        } else {
            Why::WeaselWords
        };
        verdict(Label::Vague, why, src, cue_text(a), quote, rule_for(a))
    };

    if let Some(q) = quotes.iter().copied().max_by_key(|q| q.1 - q.0) {
        if let Some(&(a, _)) = named {
            return verdict(
                Label::Quote,
                Why::Quoted,
                source_of(a),
                cue_text(a),
                Some(q),
                rule_for(a),
            );
        }
        if let Some(&(a, _)) = vague {
            return vague_verdict(a, Some(q));
        }
        // A quotation that goes on from the sentence before: same speaker
        // (not a heading's: it names its speaker or none; a line that ends
        // on a comma is a sentence cut before its tag, no heading).
        let heading = heading && !cut(&text[s.start..s.end]);
        let opens = toks.first().is_some_and(|t| t.kind == Kind::Open) && !heading;
        if let (true, true, Some((src, Who::Named))) = (opens, ctx.prev_sourced, carried) {
            let rule = rules::QUOTE_CONTINUED;
            return verdict(
                Label::Quote,
                Why::Quoted,
                Some(src.clone()),
                None,
                Some(q),
                rule,
            );
        }
        // A few words in quotation marks are a title or a term, not speech.
        let words = toks
            .iter()
            .filter(|t| t.start > q.0 && t.end < q.1 && t.is_word())
            .count();
        if words >= 4 {
            let mark = Some(
                text[q.0..q.1]
                    .chars()
                    .next()
                    .map(String::from)
                    .unwrap_or_default(),
            );
            let rule = rules::QUOTE_UNATTRIBUTED;
            return verdict(
                Label::Vague,
                Why::UnattributedQuote,
                None,
                mark,
                Some(q),
                rule,
            );
        }
    }
    if let Some(&(a, _)) = named {
        return verdict(
            Label::Attributed,
            Why::Reported,
            source_of(a),
            cue_text(a),
            None,
            rule_for(a),
        );
    }
    linked(link, toks).or_else(|| vague.and_then(|&(a, _)| vague_verdict(a, None)))
}
