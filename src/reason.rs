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
        (Lang::Fr, Why::Quoted) => format!("Citation directe {}.", fr_de(src)),
        (Lang::En, Why::Quoted) => format!("Direct quotation from {src}."),
        (Lang::Fr, Why::Reported) => format!("Propos attribués {} (« {cue} »).", fr_a(src)),
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

/// "à" + a source, with the article contracted: "aux autorités", "au ministère".
fn fr_a(src: &str) -> String {
    contract(
        src,
        "à ",
        [
            ("le ", "au "),
            ("les ", "aux "),
            ("la ", "à la "),
            ("l'", "à l'"),
            ("l’", "à l’"),
        ],
    )
}

/// "de" + a source: "des autorités", "du ministère", "d'Anne Roy".
fn fr_de(src: &str) -> String {
    let elided = src
        .chars()
        .next()
        .is_some_and(|c| "AEIOUYÉÈÊÂÎaeiouyéèêâî".contains(c));
    let plain = if elided { "d'" } else { "de " };
    contract(
        src,
        plain,
        [
            ("le ", "du "),
            ("les ", "des "),
            ("la ", "de la "),
            ("l'", "de l'"),
            ("l’", "de l’"),
        ],
    )
}

fn contract(src: &str, plain: &str, articles: [(&str, &str); 5]) -> String {
    for (article, merged) in articles {
        if src.len() > article.len()
            && src.is_char_boundary(article.len())
            && src[..article.len()].eq_ignore_ascii_case(article)
        {
            return format!("{merged}{}", &src[article.len()..]);
        }
    }
    format!("{plain}{src}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_articles_contract() {
        assert_eq!(fr_a("Les autorités maliennes"), "aux autorités maliennes");
        assert_eq!(fr_a("le ministère"), "au ministère");
        assert_eq!(fr_a("L’armée"), "à l’armée");
        assert_eq!(fr_a("Anne Roy"), "à Anne Roy");
        assert_eq!(fr_de("Les autorités"), "des autorités");
        assert_eq!(fr_de("Anne Roy"), "d'Anne Roy");
        assert_eq!(fr_de("Luka Malle"), "de Luka Malle");
        assert_eq!(fr_de("la ministre"), "de la ministre");
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
}
