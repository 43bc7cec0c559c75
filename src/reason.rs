//! The one-line reason shown with each flag, in the text's language.

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

/// `source` and `cue` are as written in the text.
pub fn reason(why: Why, lang: Lang, source: Option<&str>, cue: Option<&str>) -> String {
    let src = source.unwrap_or("?");
    let cue = cue.unwrap_or("");
    match (lang, why) {
        (Lang::Fr, Why::Quoted) => format!("Citation directe de {src}."),
        (Lang::En, Why::Quoted) => format!("Direct quotation from {src}."),
        (Lang::Fr, Why::Reported) => format!("Propos attribués à {src} (« {cue} »)."),
        (Lang::En, Why::Reported) => format!("Claim attributed to {src} (\"{cue}\")."),
        (Lang::Fr, Why::Linked) => format!("La phrase renvoie à sa source : {src}."),
        (Lang::En, Why::Linked) => format!("The sentence links to its source: {src}."),
        (Lang::Fr, Why::VagueSource) => format!("Source impossible à identifier : « {src} »."),
        (Lang::En, Why::VagueSource) => format!("The source cannot be identified: \"{src}\"."),
        (Lang::Fr, Why::WeaselWords) => format!("Formule vague (« {cue} ») : qui, exactement ?"),
        (Lang::En, Why::WeaselWords) => format!("Vague wording (\"{cue}\"): who, exactly?"),
        (Lang::Fr, Why::UnattributedQuote) => "Citation sans auteur identifiable.".into(),
        (Lang::En, Why::UnattributedQuote) => "A quotation with no identifiable speaker.".into(),
        (Lang::Fr, Why::Unsourced(c)) => match c {
            Claim::Statistic => "Chiffre avancé sans source : qui l'a compté ?",
            Claim::Evaluative => "Jugement présenté comme un fait, sans source.",
            Claim::Causal => "Lien de cause à effet affirmé sans source.",
            Claim::Factual => "Fait vérifiable énoncé sans source.",
        }
        .into(),
        (Lang::En, Why::Unsourced(c)) => match c {
            Claim::Statistic => "A figure given with no source: who counted it?",
            Claim::Evaluative => "A judgement stated as fact, with no source.",
            Claim::Causal => "A cause or effect asserted with no source.",
            Claim::Factual => "A checkable fact stated with no source.",
        }
        .into(),
    }
}
