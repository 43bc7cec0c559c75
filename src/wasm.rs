//! The WebAssembly binding (wasm32 only; built by `scripts/build_wasm.sh`).
//!
//! `analyze(text, options?)` takes one options object whose link offsets are
//! UTF-16 code units, as JavaScript strings index, and returns the CLI's JSON
//! shape as plain objects, except that `start`/`end` (and the quote's) are
//! UTF-16 code units too. Bad options throw an `Error` naming the field.
//!
//! Lone surrogates in `text` reach Rust as U+FFFD (wasm-bindgen encodes with
//! `TextEncoder`): one UTF-16 unit either way, so offsets still index the
//! caller's string.

use crate::{Analysis, Label, Lang, Link, Options};
use js_sys::{Array, Object, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export type Label = "quote" | "attributed" | "vague" | "unsourced";
export type Claim = "statistic" | "evaluative" | "causal" | "factual";
/** A hyperlink over `text`, in UTF-16 code units (end exclusive). */
export interface AnalyzeLink { start: number; end: number; href: string }
export interface AnalyzeOptions {
  /** Force a language; "auto" (the default) detects it. */
  lang?: "auto" | "fr" | "en";
  /** Labels to report (default: all four). */
  labels?: Label[];
  /** Links in the text: the sentence holding one is attributed to its href. */
  links?: AnalyzeLink[];
}
/** UTF-16 code units, end exclusive (`start_utf16`/`end_utf16` repeat them). */
export interface AnalyzeSpan { start: number; end: number; start_utf16: number; end_utf16: number }
export interface AnalyzeFlag extends AnalyzeSpan {
  label: Label;
  source: string | null;
  quote: AnalyzeSpan | null;
  cue: string | null;
  /** The rule that decided: "fr/reporting_verbs/affirmer" (data/cues/fr/reporting_verbs.txt) or "builtin/…". */
  rule: string;
  claim: Claim | null;
  reason: string;
}
export interface Analysis { language: "fr" | "en"; sentences: number; flags: AnalyzeFlag[] }
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
    if !value.is_object() || Array::is_array(value) {
        return Err(format!("options must be an object, got {}", show(value)));
    }
    let object: &Object = value.unchecked_ref();
    for key in Object::keys(object).iter() {
        let name = key.as_string().unwrap_or_default();
        let field = get(value, &name)?;
        match name.as_str() {
            "lang" => options.lang = parse_lang(&field)?,
            "labels" => options.labels = parse_labels(&field)?,
            "links" => options.links = parse_links(text, &field)?,
            _ => {
                return Err(format!(
                    "unknown option {} (expected lang, labels or links)",
                    show(&key)
                ))
            }
        }
    }
    Ok(options)
}

fn parse_lang(value: &JsValue) -> Result<Option<Lang>, String> {
    if absent(value) {
        return Ok(None);
    }
    let bad = || {
        format!(
            "options.lang: unknown language {} (expected \"auto\", \"fr\" or \"en\")",
            show(value)
        )
    };
    let s = value.as_string().ok_or_else(bad)?;
    if s.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    Lang::parse(&s).map(Some).ok_or_else(bad)
}

fn parse_labels(value: &JsValue) -> Result<Vec<Label>, String> {
    if absent(value) {
        return Ok(Label::ALL.to_vec());
    }
    if !Array::is_array(value) {
        return Err(format!(
            "options.labels must be an array of strings, got {}",
            show(value)
        ));
    }
    let array: &Array = value.unchecked_ref();
    let mut labels = Vec::with_capacity(4);
    for (i, item) in array.iter().enumerate() {
        let name = item.as_string().ok_or_else(|| {
            format!(
                "options.labels must be an array of strings: options.labels[{i}] is {}",
                show(&item)
            )
        })?;
        let label = Label::parse(&name).ok_or_else(|| {
            format!(
                "options.labels[{i}]: unknown label {} \
                 (expected quote, attributed, vague or unsourced)",
                show(&item)
            )
        })?;
        if !labels.contains(&label) {
            labels.push(label);
        }
    }
    Ok(labels)
}

/// Reads the links and turns their UTF-16 offsets into byte offsets.
fn parse_links(text: &str, value: &JsValue) -> Result<Vec<Link>, String> {
    if absent(value) {
        return Ok(Vec::new());
    }
    if !Array::is_array(value) {
        return Err(format!(
            "options.links must be an array of {{start, end, href}}, got {}",
            show(value)
        ));
    }
    let array: &Array = value.unchecked_ref();
    let mut links = Vec::with_capacity(array.length() as usize);
    for (i, item) in array.iter().enumerate() {
        if !item.is_object() || Array::is_array(&item) {
            return Err(format!(
                "options.links[{i}] must be an object {{start, end, href}}, got {}",
                show(&item)
            ));
        }
        let start = offset(&get(&item, "start")?, i, "start")?;
        let end = offset(&get(&item, "end")?, i, "end")?;
        if start > end {
            return Err(format!(
                "options.links[{i}]: start {start} is after end {end}"
            ));
        }
        let href = get(&item, "href")?;
        let href = href.as_string().ok_or_else(|| {
            format!(
                "options.links[{i}].href must be a string, got {}",
                show(&href)
            )
        })?;
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

/// A link offset: a non-negative integer.
fn offset(value: &JsValue, i: usize, field: &str) -> Result<usize, String> {
    match value.as_f64() {
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 => {
            Ok(n as usize) // saturates on wasm32: then beyond the text anyway
        }
        _ => Err(format!(
            "options.links[{i}].{field} must be a non-negative integer \
             (a UTF-16 offset), got {}",
            show(value)
        )),
    }
}

/// Byte offsets of the sorted UTF-16 `offsets`, in one pass over `text`.
/// Fails on the first offset that falls inside a surrogate pair or past the end.
fn utf16_to_bytes(text: &str, offsets: &[usize]) -> Result<Vec<usize>, (usize, String)> {
    let mut out = Vec::with_capacity(offsets.len());
    let mut chars = text.chars();
    let (mut byte, mut unit) = (0usize, 0usize);
    for &want in offsets {
        while unit < want {
            let Some(c) = chars.next() else {
                return Err((
                    want,
                    format!("is beyond the end of the text ({unit} UTF-16 code units)"),
                ));
            };
            unit += c.len_utf16();
            byte += c.len_utf8();
        }
        if unit != want {
            return Err((
                want,
                "falls inside a surrogate pair (between the two halves of one character)".into(),
            ));
        }
        out.push(byte);
    }
    Ok(out)
}

/// `undefined` or `null`: the default.
fn absent(value: &JsValue) -> bool {
    value.is_undefined() || value.is_null()
}

/// `object[key]`; a throwing getter becomes an error.
fn get(object: &JsValue, key: &str) -> Result<JsValue, String> {
    Reflect::get(object, &JsValue::from_str(key))
        .map_err(|e| format!("reading options {key} threw {}", show(&e)))
}

/// A short description of a JS value for error messages: its JSON (cut at 60
/// chars) or its type.
fn show(value: &JsValue) -> String {
    if value.is_undefined() {
        return "undefined".into();
    }
    if let Some(n) = value.as_f64() {
        if n.is_nan() {
            return "NaN".into();
        } else if n.is_infinite() {
            return if n > 0.0 { "Infinity" } else { "-Infinity" }.into();
        }
    }
    match JSON::stringify(value).ok().and_then(|s| s.as_string()) {
        Some(mut s) => {
            if s.len() > 60 {
                let mut cut = 57;
                while !s.is_char_boundary(cut) {
                    cut -= 1;
                }
                s.truncate(cut);
                s.push_str("...");
            }
            s
        }
        None => value.js_typeof().as_string().unwrap_or_default(),
    }
}
