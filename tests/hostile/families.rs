//! Hostile inputs, generated at any size: the tests (tests/hostile/) read
//! them at a test size, the benchmark (benches/scaling.rs) from 1 KB to
//! 10 MB. Every family repeats a few units of its own kind, varied by a
//! counter so that no two units are the same, and is cut to exactly the size
//! asked for (at a char boundary at or below it). The sentences were written
//! for these tests, in French and English.
#![allow(dead_code)] // the tests and the bench each use their part

/// One kind of hostile input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Prose with quotations and reporting verbs, French and English, no line break.
    OneLine,
    /// « and “ that open and never close, dense, among sentences.
    Unbalanced,
    /// A quotation that opens at the start and never closes, then a long article.
    NeverClosed,
    /// Quotations nested five deep (« “ ‹ ‘ "), French and English.
    Nested,
    /// Digits only, no space.
    Digits,
    /// Digits with spaces and separators (1 234,5 — 3.14 / 42 %).
    DigitsSpaced,
    /// Arabic and Hebrew, with bidi controls, between French sentences.
    Rtl,
    /// Emoji ZWJ sequences and skin tones inside quotations.
    Emoji,
    /// Accents as combining marks (e + U+0301), NFC and NFD mixed.
    Combining,
    /// NUL, C0 and C1 controls, U+2028/2029, BOM, lone CR among sentences.
    Controls,
    /// A dialogue line (opened by a dash) that never ends: commas, no full stop.
    NoStop,
    /// A new person speaking in every paragraph: thousands of distinct sources.
    Sources,
}

impl Family {
    pub const ALL: [Family; 12] = [
        Family::OneLine,
        Family::Unbalanced,
        Family::NeverClosed,
        Family::Nested,
        Family::Digits,
        Family::DigitsSpaced,
        Family::Rtl,
        Family::Emoji,
        Family::Combining,
        Family::Controls,
        Family::NoStop,
        Family::Sources,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Family::OneLine => "one_line",
            Family::Unbalanced => "unbalanced",
            Family::NeverClosed => "never_closed",
            Family::Nested => "nested",
            Family::Digits => "digits",
            Family::DigitsSpaced => "digits_spaced",
            Family::Rtl => "rtl",
            Family::Emoji => "emoji",
            Family::Combining => "combining",
            Family::Controls => "controls",
            Family::NoStop => "no_stop",
            Family::Sources => "sources",
        }
    }

    /// One unit of the family; `i` varies names and figures from unit to unit.
    fn unit(self, i: usize, out: &mut String) {
        let n = 100 + i % 900;
        let name = NAMES[i % NAMES.len()];
        let s = match self {
            Family::OneLine | Family::NeverClosed => prose(i, n, name),
            Family::Unbalanced => match i % 3 {
                0 => format!("« Le maire « a confirmé “ que la route « rouvrira “ lundi, selon {name}. "),
                1 => format!(
                    "Selon l'Insee, le chômage a reculé de {n} points. {} «“ “« «« ““ ",
                    "«“".repeat(24)
                ),
                _ => format!("“ The council “ will « vote on “ the budget, {name} said “ on Friday. "),
            },
            Family::Nested => match i % 2 {
                0 => format!(
                    "« Mon adjoint m'a dit : “ le préfet répète ‹ la ministre a écrit \
                     ‘la loi dit \"non\" à {n} projets’ › ” », raconte {name}. "
                ),
                _ => format!(
                    "“She told me: ‘the mayor said « the report reads \"{n} homes \
                     ‹ at risk ›\" » to us’,” {name} said. "
                ),
            },
            Family::Digits => format!("{}", 1_000_000_007u64.wrapping_mul(i as u64 + 1)),
            Family::DigitsSpaced => match i % 4 {
                0 => format!("{n} {n}{n},{} ", i % 10),
                1 => format!("{}.{n}.{n} — {n} / {n} % ", i % 7),
                2 => format!("{n}:{n} ; ({n}) [{n}] "),
                _ => format!("{n}. {}. {n}… 2024-{n} ", i % 31),
            },
            Family::Rtl => match i % 3 {
                0 => format!(
                    "« Nous resterons », a déclaré {name}. \u{202b}قال الوزير إن الطريق مغلق\u{202c}. "
                ),
                1 => format!(
                    "Selon l'agence, {n} familles sont parties. \u{200f}שלום עולם, אמר הנציג\u{200f}. "
                ),
                _ => format!(
                    "Le porte-parole a affirmé que « السلام עליכם » restait le mot d'ordre, \
                     a rapporté {name}. "
                ),
            },
            Family::Emoji => match i % 3 {
                0 => format!(
                    "« On a gagné 👩🏽\u{200d}🤝\u{200d}👨🏻 ! », a lancé la capitaine {name}. "
                ),
                1 => format!(
                    "\"Our family 👨\u{200d}👩\u{200d}👧\u{200d}👦 is safe 🙏🏿,\" said {name}. "
                ),
                _ => format!(
                    "Selon la mairie, {n} 🏳\u{fe0f}\u{200d}🌈 drapeaux 🇫🇷 ont été vendus 👍🏼. "
                ),
            },
            Family::Combining => match i % 3 {
                0 => format!(
                    "« Nous tiendrons », a de\u{301}clare\u{301} {name}, pre\u{301}sident de la re\u{301}gion. "
                ),
                1 => format!(
                    "D'apre\u{300}s la pre\u{301}fecture, {n} e\u{301}le\u{300}ves ont e\u{301}te\u{301} \
                     e\u{301}vacue\u{301}s de l'e\u{301}cole. "
                ),
                _ => format!(
                    "Le ministre a affirme\u{301} que le pont serait re\u{301}pare\u{301} en {n} jours, \
                     a ajouté {name}. "
                ),
            },
            Family::Controls => match i % 4 {
                0 => format!("« Nous tiendrons »,\0 a déclaré {name}.\u{1}\u{7}\u{1b}[31m "),
                1 => format!("\u{feff}Selon l'Insee,\u{85} le chômage a reculé de {n} %.\r"),
                2 => "\u{9f}Experts say\u{2028}the plan will fail.\u{2029}\u{8}\u{7f} ".to_string(),
                _ => format!("Le pont a coûté {n} millions.\u{c}\u{b}\r\u{0}\u{80} "),
            },
            Family::Sources => format!(
                "« Nous tiendrons », a déclaré {}. Selon {}, le budget augmentera de {n} %.",
                person(i),
                person(i + 7919)
            ),
            Family::NoStop => {
                if i == 0 {
                    out.push_str("— ");
                }
                format!("nous partirons demain, dit {name}, le maire a déclaré que la route {n} rouvrira, ")
            }
        };
        out.push_str(&s);
        // Families that are about one line stay on one; the others are
        // paragraphs, each in one language, as articles are.
        if !self.one_line() {
            out.push('\n');
        }
    }

    /// The input is a single line.
    pub fn one_line(self) -> bool {
        matches!(
            self,
            Family::OneLine
                | Family::Unbalanced
                | Family::NeverClosed
                | Family::Digits
                | Family::NoStop
        )
    }
}

/// Names of people, varied per unit.
const NAMES: &[&str] = &[
    "Anne Ferrand",
    "Paul Mercier",
    "Inès Morel",
    "Helen Clarke",
    "Tom Harding",
    "Zoé Lambert",
    "Karim Benali",
];

/// A made-up name, different for every `i`: "Bamilo Tarevu".
fn person(i: usize) -> String {
    const SYLLABLES: [&str; 12] = [
        "ba", "ro", "mi", "ta", "lu", "ke", "no", "sa", "vi", "de", "ga", "po",
    ];
    let word = |mut k: usize| {
        let mut w = String::new();
        for _ in 0..3 {
            w.push_str(SYLLABLES[k % 12]);
            k /= 12;
        }
        let mut c = w.chars();
        let first = c.next().map(|f| f.to_ascii_uppercase()).unwrap_or('X');
        std::iter::once(first).chain(c).collect::<String>()
    };
    format!("{} {}", word(i), word(i / 1728 + 5 * i))
}

/// Newsroom prose, French and English, with quotations and reporting verbs.
fn prose(i: usize, n: usize, name: &str) -> String {
    match i % 8 {
        0 => format!("« Nous rouvrirons la ligne avant l'été », a déclaré la ministre {name}. "),
        1 => format!("Selon la préfecture, {n} foyers restaient privés d'électricité mardi soir. "),
        2 => "Des sources proches du dossier affirment que le chantier a pris six mois de retard. "
            .to_string(),
        3 => format!("Le prix du gazole a augmenté de {} % en un an. ", n % 40),
        4 => format!("\"We will not raise fares this year,\" said Transport Minister {name}. "),
        5 => format!("According to the regional health agency, {n} patients were admitted. "),
        6 => "Some analysts say the merger will cost thousands of jobs. ".to_string(),
        _ => format!("The union's leader, {name}, told reporters that the strike would go on. "),
    }
}

/// The family at exactly `bytes` bytes (or the char boundary just below).
pub fn generate(family: Family, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 256);
    if family == Family::NeverClosed {
        out.push_str("« Nous ne lâcherons rien, lance la syndicaliste Anne Ferrand. ");
    }
    let mut i = 0;
    while out.len() < bytes {
        family.unit(i, &mut out);
        i += 1;
    }
    let mut cut = bytes.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}
