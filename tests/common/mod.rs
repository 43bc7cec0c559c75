//! Example sentences, French and English, shared by the test files: what the
//! taxonomy (../shared/taxonomy.md) says each must get. Written for these tests.
#![allow(dead_code)] // each test file uses its own part

use claimlens::{Claim, Label, Lang};

/// French and English sentences of every kind, with the labels the taxonomy gives them.
pub const EXAMPLES: &[(Lang, &str, &[Label])] = &[
    (Lang::Fr, "«\u{a0}Le chantier sera terminé avant l'hiver\u{a0}», affirme Jeanne Ducrocq.", &[Label::Quote]),
    (Lang::Fr, "Le ministre de l'Intérieur\u{a0}: «\u{a0}Nous ne céderons rien.\u{a0}»", &[Label::Quote]),
    (
        Lang::Fr,
        "Le porte-parole de la mairie a déclaré\u{a0}: «\u{202f}Les travaux reprendront lundi.\u{202f}»",
        &[Label::Quote],
    ),
    (
        Lang::Fr,
        "Le maire, Paul Girard, a annoncé que la piscine rouvrirait en juin. «\u{a0}Personne ne sera oublié\u{a0}», a-t-il ajouté.",
        &[Label::Attributed, Label::Quote],
    ),
    (Lang::Fr, "Selon l'Insee, le chômage a reculé de 0,3 point au deuxième trimestre.", &[Label::Attributed]),
    (
        Lang::Fr,
        "D’après la Cour des comptes, la dette de la société dépasse deux milliards d’euros.",
        &[Label::Attributed],
    ),
    (Lang::Fr, "Pour l'économiste Marc Vidal, cette hausse des prix est passagère.", &[Label::Attributed]),
    (
        Lang::Fr,
        "La préfète Odile Mérand a annoncé que les restrictions seraient levées. Elle a ajouté que les golfs resteraient fermés.",
        &[Label::Attributed, Label::Attributed],
    ),
    (Lang::Fr, "Des sources proches du dossier indiquent que le directeur va démissionner.", &[Label::Vague]),
    (Lang::Fr, "Certains observateurs estiment que la réforme arrive trop tard.", &[Label::Vague]),
    (Lang::Fr, "Le projet a longtemps été présenté comme la solution à tous les maux.", &[Label::Vague]),
    (Lang::Fr, "Le nombre de passagers a augmenté de 12\u{202f}% en un an.", &[Label::Unsourced]),
    (Lang::Fr, "Cette décision est un échec retentissant pour le gouvernement.", &[Label::Unsourced]),
    (Lang::En, "“We will not back down,” said Sarah Collins.", &[Label::Quote]),
    // An intertitle quoting four words or more names no speaker, even right
    // after a quotation of someone: vague (its own line, no end mark).
    (
        Lang::Fr,
        "«\u{a0}Rien n'est joué\u{a0}», a déclaré Jeanne Ducrocq.\n«\u{a0}Nous ne sommes qu'au début\u{a0}»\nLe chantier a repris lundi.",
        &[Label::Quote, Label::Vague, Label::Unsourced],
    ),
    (
        Lang::En,
        "“Nothing is settled,” Sarah Collins said.\n“We are only at the start”\nWork resumed on Monday.",
        &[Label::Quote, Label::Vague, Label::Unsourced],
    ),
    (Lang::En, "“The bridge is safe,” the mayor said.", &[Label::Quote]),
    (Lang::En, "The finance minister said: “Prices will fall next year.”", &[Label::Quote]),
    (Lang::En, "According to Reuters, the company will cut 2,000 jobs.", &[Label::Attributed]),
    (
        Lang::En,
        "Mayor Linda Park said that the library would reopen in May. She added that opening hours would be longer.",
        &[Label::Attributed, Label::Attributed],
    ),
    (Lang::En, "Experts say the plan will fail.", &[Label::Vague]),
    (Lang::En, "It is widely believed that the vote was rigged.", &[Label::Vague]),
    (Lang::En, "Critics argue that the new tax is unfair.", &[Label::Vague]),
    (Lang::En, "Unemployment rose by 4% last year.", &[Label::Unsourced]),
    (Lang::En, "The reform is a resounding success.", &[Label::Unsourced]),
];

/// Unsourced sentences and why they are worth checking (the `claim` field).
pub const CLAIM_EXAMPLES: &[(Lang, &str, Claim)] = &[
    (
        Lang::Fr,
        "Le nombre de passagers a augmenté de 12\u{202f}% en un an.",
        Claim::Statistic,
    ),
    (
        Lang::Fr,
        "Cette décision est un échec retentissant pour le gouvernement.",
        Claim::Evaluative,
    ),
    (
        Lang::Fr,
        "La baisse des prix a permis de relancer la consommation.",
        Claim::Causal,
    ),
    (
        Lang::Fr,
        "La commune a fermé sa piscine municipale en août.",
        Claim::Factual,
    ),
    (
        Lang::En,
        "Unemployment rose by 4% last year.",
        Claim::Statistic,
    ),
    (
        Lang::En,
        "The reform is a resounding success.",
        Claim::Evaluative,
    ),
    (
        Lang::En,
        "The closure of the bridge led to long queues in the town centre.",
        Claim::Causal,
    ),
    (
        Lang::En,
        "Sunday service will start in May.",
        Claim::Factual,
    ),
];

/// Lines that assert nothing checkable: headings, bylines, navigation, questions,
/// legal lines. None of them may be flagged.
pub const NONE_EXAMPLES: &[(Lang, &str)] = &[
    (Lang::Fr, "Des agriculteurs en première ligne"),
    (Lang::Fr, "Par Hélène Désérable-Lévêque, à Valérieux"),
    (
        Lang::Fr,
        "Lire aussi\u{a0}: Canicule\u{a0}: les préfectures multiplient les arrêtés de restriction",
    ),
    (Lang::Fr, "Faut-il revoir la tarification de l'eau\u{202f}?"),
    (Lang::Fr, "Mardi 22 juin 2012."),
    (
        Lang::Fr,
        "© Le Courrier des Monts 2025. Tous droits réservés.",
    ),
    (Lang::En, "What the critics say"),
    (
        Lang::En,
        "By Renée Béchard-Décarie, Transport Correspondent",
    ),
    (
        Lang::En,
        "Read more: Linmouth bus fares to rise by 10p from April",
    ),
    (Lang::En, "Will it be enough?"),
    (Lang::En, "Tuesday, March 3, 2015."),
    (
        Lang::En,
        "© 2025 Linmouth Evening Post. All rights reserved.",
    ),
];
