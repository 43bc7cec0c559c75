//! `summarize({ units })`: the core's figures ([`crate::summary`]) over the
//! analyses JavaScript holds (the widget's one, the extension's units across
//! frames), as plain objects. A flag is named by `{ unit, index }`: its
//! unit's place in `units` and its own in that unit's `flags`.

use js_sys::Array;
use serde::ser::{Serialize, SerializeMap, Serializer};
use wasm_bindgen::prelude::*;

use super::read::{
    absent, array, either, get, index, keys, object, optional_string, show, Utf16Cursor,
};
use super::{languages, parse_label};
use crate::summary::{self, At, Entry, Group, Part, CLAIMS};
use crate::{Claim, Label, Lang};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** What summarize() reads of a flag: an AnalyzeFlag will do. */
export interface SummarizeFlag {
  label: Label;
  claim?: Claim | null;
  source?: string | null;
  /** The name the source stands for: flags are grouped by it. */
  refers_to?: string | null;
  cue?: string | null;
  /** UTF-16 offsets into the unit's `text`; read for statistics when there is one. */
  start?: number;
  end?: number;
}
/** One analysed text: an Analysis will do, with its text for the statistics' sentences. */
export interface SummarizeUnit {
  sentences: number;
  language?: LangCode | null;
  flags: SummarizeFlag[];
  text?: string;
}
export interface SummarizeOptions { units: SummarizeUnit[] }
/** A flag of the input: `units[unit].flags[index]`. */
export interface FlagRef { unit: number; index: number }
export interface SummaryGroup {
  /** The name as the text first writes it (a cue in quotation marks when no one is named). */
  source: string;
  count: number;
  /** How many of `count` are direct quotes. */
  quotes: number;
  /** In text order. */
  flags: FlagRef[];
}
export interface SummaryStatistic extends FlagRef {
  /** The sentence on one line, when its unit came with its text. */
  text?: string;
}
export interface Summary {
  units: number;
  /** The language all units share, else null. */
  language: LangCode | null;
  sentences: number;
  counts: Record<Label, number>;
  /** Unsourced flags per claim kind ("other": none given). */
  claims: Record<Claim | "other", number>;
  /** Quote and attributed flags, and their share of the sentences (0..1). */
  sourced: number;
  sourcedShare: number;
  /** Who is quoted or cited, most often first. */
  sources: SummaryGroup[];
  /** Who vague claims hang on, most often first. */
  vagueSources: SummaryGroup[];
  /** Unsourced statistics, in text order. */
  statistics: SummaryStatistic[];
}
"#;

/// Sums the figures of `options.units`. Throws an `Error` naming the field
/// on bad input.
#[wasm_bindgen(unchecked_return_type = "Summary")]
pub fn summarize(
    #[wasm_bindgen(unchecked_param_type = "SummarizeOptions")] options: JsValue,
) -> Result<JsValue, JsError> {
    let units = read_units(&options).map_err(|e| JsError::new(&e))?;
    let parts: Vec<Part> = units.iter().map(Unit::part).collect();
    let s = summary::summarize(&parts);
    let mut statistics = Vec::with_capacity(s.statistics.len());
    // One cursor a unit: its statistics come in text order, so each text is
    // walked once, however many they are.
    let mut cursors: Vec<Option<Utf16Cursor>> = units
        .iter()
        .map(|u| u.text.as_deref().map(Utf16Cursor::new))
        .collect();
    for at in &s.statistics {
        let text = match &mut cursors[at.part] {
            Some(cursor) => Some(sentence(cursor, &units[at.part].flags, at)?),
            None => None,
        };
        statistics.push(Statistic {
            unit: at.part,
            index: at.flag,
            text,
        });
    }
    let labels = Label::ALL.map(|l| (l.name(), s.count(l)));
    let claims = (CLAIMS.map(Claim::name).into_iter())
        .chain(["other"])
        .zip(s.claims);
    let out = Out {
        units: s.parts,
        language: s.language,
        sentences: s.sentences,
        counts: Named(labels.to_vec()),
        claims: Named(claims.collect()),
        sourced: s.sourced(),
        sourced_share: s.sourced_share(),
        sources: &s.sources,
        vague_sources: &s.vague_sources,
        statistics,
    };
    out.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// A unit as read: its flags' strings owned here, for the core to borrow.
struct Unit {
    sentences: usize,
    language: Option<Lang>,
    flags: Vec<Flag>,
    text: Option<String>,
}

struct Flag {
    label: Label,
    claim: Option<Claim>,
    source: Option<String>,
    refers_to: Option<String>,
    cue: Option<String>,
    /// The JS object, for the offsets of statistics.
    value: JsValue,
}

impl Unit {
    fn part(&self) -> Part<'_> {
        Part {
            sentences: self.sentences,
            language: self.language,
            flags: (self.flags.iter())
                .map(|f| Entry {
                    label: f.label,
                    claim: f.claim,
                    source: f.source.as_deref(),
                    refers_to: f.refers_to.as_deref(),
                    cue: f.cue.as_deref(),
                })
                .collect(),
        }
    }
}

/// Property names, made into JS strings once rather than per flag.
struct Keys {
    label: JsValue,
    claim: JsValue,
    source: JsValue,
    refers_to: JsValue,
    cue: JsValue,
}

fn read_units(options: &JsValue) -> Result<Vec<Unit>, String> {
    let o = object(options, "options {units}")?;
    keys(o, "option", &["units"])?;
    let units = get(options, &JsValue::from_str("units"))?;
    let list = array(
        &units,
        "options.units",
        "{sentences, language, flags, text}",
    )?;
    let k = Keys {
        label: JsValue::from_str("label"),
        claim: JsValue::from_str("claim"),
        source: JsValue::from_str("source"),
        refers_to: JsValue::from_str("refers_to"),
        cue: JsValue::from_str("cue"),
    };
    let mut out = Vec::with_capacity(list.length() as usize);
    for (u, value) in list.iter().enumerate() {
        let what = format!("options.units[{u}]");
        let o = object(
            &value,
            &format!("{what} {{sentences, language, flags, text}}"),
        )?;
        let known = ["sentences", "language", "flags", "text"];
        let mut unit = Unit {
            sentences: 0,
            language: None,
            flags: Vec::new(),
            text: None,
        };
        let mut sentences = None;
        for name in keys(o, &format!("field of {what}:"), &known)? {
            let field = get(&value, &JsValue::from_str(&name))?;
            let what = format!("{what}.{name}");
            match name.as_str() {
                "sentences" => sentences = Some(index(&field, &what, "")?),
                "language" if absent(&field) => {}
                "language" => unit.language = Some(languages::parse(&field, &what, &[])?),
                "text" => unit.text = optional_string(&field, &what)?,
                _ => unit.flags = read_flags(&field, &what, &k)?,
            }
        }
        unit.sentences = sentences.ok_or_else(|| format!("{what}.sentences is missing"))?;
        out.push(unit);
    }
    Ok(out)
}

fn read_flags(value: &JsValue, what: &str, k: &Keys) -> Result<Vec<Flag>, String> {
    let list = array(value, what, "flags {label, claim, source, cue}")?;
    let mut flags = Vec::with_capacity(list.length() as usize);
    for (i, value) in list.iter().enumerate() {
        // The field's name is only written out for an error: thousands of flags are read.
        let path = |field: &str| format!("{what}[{i}]{field}");
        if !value.is_object() || Array::is_array(&value) {
            object(&value, &path(" {label, claim, source, cue}"))?;
        }
        let text = |key: &JsValue, field: &str| -> Result<Option<String>, String> {
            let v = get(&value, key)?;
            match v.as_string() {
                Some(s) => Ok(Some(s)),
                None => optional_string(&v, &path(field)),
            }
        };
        let label = match text(&k.label, ".label")? {
            Some(name) => parse_label(&name, &path(".label"))?,
            // Absent: a flag needs its label.
            None => {
                return Err(format!(
                    "{} must be a string, got {}",
                    path(".label"),
                    show(&get(&value, &k.label)?)
                ))
            }
        };
        let claim = match text(&k.claim, ".claim")? {
            None => None,
            Some(c) => Some(CLAIMS.into_iter().find(|k| k.name() == c).ok_or_else(|| {
                format!(
                    "{}: unknown claim kind {} (expected {})",
                    path(".claim"),
                    show(&JsValue::from_str(&c)),
                    either(CLAIMS.map(Claim::name))
                )
            })?),
        };
        let (source, cue) = (text(&k.source, ".source")?, text(&k.cue, ".cue")?);
        let refers_to = text(&k.refers_to, ".refers_to")?;
        flags.push(Flag {
            label,
            claim,
            source,
            refers_to,
            cue,
            value,
        });
    }
    Ok(flags)
}

/// The sentence of the statistic `at`, on one line, from its UTF-16 offsets
/// (read with the cursor of its unit's text).
fn sentence(cursor: &mut Utf16Cursor, flags: &[Flag], at: &At) -> Result<String, JsError> {
    let what = format!("options.units[{}].flags[{}]", at.part, at.flag);
    let offset = |name: &str| -> Result<usize, String> {
        let v = get(&flags[at.flag].value, &JsValue::from_str(name))?;
        index(&v, &format!("{what}.{name}"), " (a UTF-16 offset)")
    };
    let mut read = || -> Result<String, String> {
        let (start, end) = (offset("start")?, offset("end")?);
        if start > end {
            return Err(format!("{what}: start {start} is after end {end}"));
        }
        let mut byte_of = |unit: usize, field: &str| {
            cursor
                .byte_of(unit)
                .map_err(|(unit, why)| format!("{what}.{field}: {unit} {why}"))
        };
        let (from, to) = (byte_of(start, "start")?, byte_of(end, "end")?);
        Ok(summary::one_line(&cursor.text()[from..to]))
    };
    read().map_err(|e| JsError::new(&e))
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct Out<'a> {
    units: usize,
    language: Option<Lang>,
    sentences: usize,
    counts: Named,
    claims: Named,
    sourced: usize,
    sourced_share: f64,
    #[serde(serialize_with = "groups")]
    sources: &'a [Group],
    #[serde(serialize_with = "groups")]
    vague_sources: &'a [Group],
    statistics: Vec<Statistic>,
}

/// Counts by name, as an object whose keys keep this order.
struct Named(Vec<(&'static str, usize)>);

impl Serialize for Named {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

fn groups<S: Serializer>(groups: &&[Group], s: S) -> Result<S::Ok, S::Error> {
    #[derive(serde::Serialize)]
    struct Out<'g> {
        source: &'g str,
        count: usize,
        quotes: usize,
        flags: Vec<Ref>,
    }
    s.collect_seq(groups.iter().map(|g| Out {
        source: &g.name,
        count: g.total,
        quotes: g.quotes,
        flags: g.flags.iter().map(Ref::from).collect(),
    }))
}

#[derive(serde::Serialize)]
struct Ref {
    unit: usize,
    index: usize,
}

impl From<&At> for Ref {
    fn from(at: &At) -> Self {
        Ref {
            unit: at.part,
            index: at.flag,
        }
    }
}

#[derive(serde::Serialize)]
struct Statistic {
    unit: usize,
    index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}
