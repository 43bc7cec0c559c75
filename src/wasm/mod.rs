//! The WebAssembly binding (wasm32 only; built by `scripts/build_wasm.sh`).
//!
//! `analyze(text, options?)` takes one options object whose link offsets are
//! UTF-16 code units, as JavaScript strings index, and returns the CLI's JSON
//! shape as plain objects, except that `start`/`end` (and the quote's) are
//! UTF-16 code units too. `summarize({ units })` sums the figures of one or
//! more analyses (`summary.rs`). Bad options throw an `Error` naming the field.
//!
//! Lone surrogates in `text` reach Rust as U+FFFD (wasm-bindgen encodes with
//! `TextEncoder`): one UTF-16 unit either way, so offsets still index the
//! caller's string.

mod languages;
mod read;
mod summary;

use crate::{Analysis, Label, Lang, Link, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

use read::{absent, array, either, get, index, keys, object, show, string, utf16_to_bytes};

#[wasm_bindgen(typescript_custom_section)]
const LANG_CODE: &str = Lang::TS_TYPE;

// `Label` and `Claim` are written out here: `Label::name()` is not a const fn
// (src/types.rs), so they cannot be made at compile time like `LangCode`.
// tests/wasm/lists.test.mjs checks them against www/labels.js and the output.
// TODO(core): a const `Label::name` would let this union come from `Label::ALL`.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export type Label = "quote" | "attributed" | "vague" | "unsourced";
export type Claim = "statistic" | "evaluative" | "causal" | "factual";
/** A hyperlink over `text`, in UTF-16 code units (end exclusive). */
export interface AnalyzeLink { start: number; end: number; href: string }
export interface AnalyzeOptions {
  /** Force a language; "auto" (the default) detects it. */
  lang?: "auto" | LangCode;
  /** Labels to report (default: all four). */
  labels?: Label[];
  /** Links in the text: the sentence holding one is attributed to its href. */
  links?: AnalyzeLink[];
}
/** UTF-16 code units, end exclusive (`start_utf16`/`end_utf16` repeat them). */
export interface AnalyzeSpan { start: number; end: number; start_utf16: number; end_utf16: number }
export interface AnalyzeFlag extends AnalyzeSpan {
  label: Label;
  /** As written; a description is followed by the name it stands for: "la maire (Anne Hidalgo)". */
  source: string | null;
  /** That name alone ("Anne Hidalgo"), when the source is a description or a title and surname. */
  refers_to: string | null;
  quote: AnalyzeSpan | null;
  cue: string | null;
  /** The rule that decided: "fr/reporting_verbs/affirmer" (data/cues/fr/reporting_verbs.txt) or "builtin/…". */
  rule: string;
  claim: Claim | null;
  reason: string;
}
export interface Analysis { language: LangCode; sentences: number; flags: AnalyzeFlag[] }
"#;

#[wasm_bindgen]
extern "C" {
    /// The options object as JavaScript passes it; checked by `parse_options`.
    #[wasm_bindgen(typescript_type = "AnalyzeOptions")]
    pub type JsOptions;
}

/// Analyses `text`: one flag per sourced or checkable sentence, offsets in
/// UTF-16 code units. Throws an `Error` on bad options.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<JsOptions>,
) -> Result<JsValue, JsError> {
    let text = text
        .as_string()
        .ok_or_else(|| JsError::new(&format!("text must be a string, got {}", show(&text))))?;
    let options = match options {
        Some(options) => parse_options(&text, &options).map_err(|e| JsError::new(&e))?,
        None => Options::default(),
    };
    let mut analysis = crate::analyze(&text, &options);
    to_utf16(&mut analysis);
    analysis
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// JavaScript indexes strings in UTF-16: `start`/`end` become those offsets.
fn to_utf16(analysis: &mut Analysis) {
    for f in &mut analysis.flags {
        f.start = f.start_utf16;
        f.end = f.end_utf16;
        if let Some(q) = &mut f.quote {
            q.start = q.start_utf16;
            q.end = q.end_utf16;
        }
    }
}

/// Reads the options object; an error names the field and the bad value.
fn parse_options(text: &str, value: &JsValue) -> Result<Options, String> {
    let mut options = Options::default();
    if absent(value) {
        return Ok(options);
    }
    let object = object(value, "options")?;
    for name in keys(object, "option", &["lang", "labels", "links"])? {
        let field = get(value, &JsValue::from_str(&name))?;
        match name.as_str() {
            "lang" => options.lang = parse_lang(&field)?,
            "labels" => options.labels = parse_labels(&field)?,
            _ => options.links = parse_links(text, &field)?,
        }
    }
    Ok(options)
}

fn parse_lang(value: &JsValue) -> Result<Option<Lang>, String> {
    match value.as_string() {
        _ if absent(value) => Ok(None),
        Some(s) if s.eq_ignore_ascii_case("auto") => Ok(None),
        _ => languages::parse(value, "options.lang", &["auto"]).map(Some),
    }
}

fn parse_labels(value: &JsValue) -> Result<Vec<Label>, String> {
    if absent(value) {
        return Ok(Label::ALL.to_vec());
    }
    let array = array(value, "options.labels", "strings")?;
    let mut labels = Vec::with_capacity(4);
    for (i, item) in array.iter().enumerate() {
        let name = item.as_string().ok_or_else(|| {
            format!(
                "options.labels must be an array of strings: options.labels[{i}] is {}",
                show(&item)
            )
        })?;
        let label = parse_label(&name, &format!("options.labels[{i}]"))?;
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    Ok(labels)
}

/// A label's name, or an error naming `what`.
fn parse_label(name: &str, what: &str) -> Result<Label, String> {
    Label::parse(name).ok_or_else(|| {
        format!(
            "{what}: unknown label {} (expected {})",
            show(&JsValue::from_str(name)),
            either(Label::ALL.map(Label::name))
        )
    })
}

/// Reads the links and turns their UTF-16 offsets into byte offsets.
fn parse_links(text: &str, value: &JsValue) -> Result<Vec<Link>, String> {
    if absent(value) {
        return Ok(Vec::new());
    }
    let array = array(value, "options.links", "{start, end, href}")?;
    let keys = [
        JsValue::from_str("start"),
        JsValue::from_str("end"),
        JsValue::from_str("href"),
    ];
    let mut links = Vec::with_capacity(array.length() as usize);
    for (i, item) in array.iter().enumerate() {
        let what = format!("options.links[{i}]");
        object(&item, &format!("{what} {{start, end, href}}"))?;
        let offset = |key: &JsValue, name| {
            let of = " (a UTF-16 offset)";
            index(&get(&item, key)?, &format!("{what}.{name}"), of)
        };
        let start = offset(&keys[0], "start")?;
        let end = offset(&keys[1], "end")?;
        if start > end {
            return Err(format!("{what}: start {start} is after end {end}"));
        }
        let href = string(&get(&item, &keys[2])?, &format!("{what}.href"))?;
        links.push(Link { start, end, href });
    }
    let mut offsets: Vec<usize> = links.iter().flat_map(|l| [l.start, l.end]).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let bytes = utf16_to_bytes(text, &offsets).map_err(|(unit, why)| {
        let (i, field) = links
            .iter()
            .enumerate()
            .find_map(|(i, l)| match unit {
                u if u == l.start => Some((i, "start")),
                u if u == l.end => Some((i, "end")),
                _ => None,
            })
            .unwrap_or((0, "start"));
        format!("options.links[{i}].{field}: {unit} {why}")
    })?;
    let at = |unit: usize| bytes[offsets.partition_point(|&o| o < unit)];
    for l in &mut links {
        l.start = at(l.start);
        l.end = at(l.end);
    }
    Ok(links)
}
