//! Reading JavaScript values: every error names the field and shows the bad
//! value, and a throwing getter is an error, not a panic.

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;

/// `undefined` or `null`: the default.
pub fn absent(value: &JsValue) -> bool {
    value.is_undefined() || value.is_null()
}

/// A plain object (not an array), or an error naming `what` (its shape
/// included: "options.links[0] … {start, end, href}").
pub fn object<'v>(value: &'v JsValue, what: &str) -> Result<&'v Object, String> {
    if !value.is_object() || Array::is_array(value) {
        let (name, shape) = what.split_once(' ').unwrap_or((what, ""));
        let shape = if shape.is_empty() {
            String::new()
        } else {
            format!(" {shape}")
        };
        return Err(format!(
            "{name} must be an object{shape}, got {}",
            show(value)
        ));
    }
    Ok(value.unchecked_ref())
}

/// An array, or an error naming `what`.
pub fn array<'v>(value: &'v JsValue, what: &str, of: &str) -> Result<&'v Array, String> {
    if !Array::is_array(value) {
        return Err(format!(
            "{what} must be an array of {of}, got {}",
            show(value)
        ));
    }
    Ok(value.unchecked_ref())
}

/// `object[key]`; a throwing getter becomes an error.
pub fn get(object: &JsValue, key: &JsValue) -> Result<JsValue, String> {
    Reflect::get(object, key).map_err(|e| {
        let key = key.as_string().unwrap_or_default();
        format!("reading options {key} threw {}", show(&e))
    })
}

/// The keys of a plain object, each checked against `known`.
pub fn keys(object: &Object, what: &str, known: &[&str]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for key in Object::keys(object).iter() {
        let name = key.as_string().unwrap_or_default();
        if !known.contains(&name.as_str()) {
            let list = either(known.iter().copied());
            return Err(format!("unknown {what} {} (expected {list})", show(&key)));
        }
        out.push(name);
    }
    Ok(out)
}

/// "a, b or c": the values an error message says were expected.
pub fn either<S: AsRef<str>>(values: impl IntoIterator<Item = S>) -> String {
    let values: Vec<S> = values.into_iter().collect();
    let mut out = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(if i + 1 == values.len() { " or " } else { ", " });
        }
        out.push_str(v.as_ref());
    }
    out
}

/// A string, or an error naming `what`.
pub fn string(value: &JsValue, what: &str) -> Result<String, String> {
    value
        .as_string()
        .ok_or_else(|| format!("{what} must be a string, got {}", show(value)))
}

/// A string, `None` when absent (undefined or null), or an error naming `what`.
pub fn optional_string(value: &JsValue, what: &str) -> Result<Option<String>, String> {
    if absent(value) {
        return Ok(None);
    }
    string(value, what).map(Some)
}

/// A non-negative integer, or an error naming `what` (and, with `of`, what it counts).
pub fn index(value: &JsValue, what: &str, of: &str) -> Result<usize, String> {
    match value.as_f64() {
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0 => {
            Ok(n as usize) // saturates on wasm32: then beyond any text anyway
        }
        _ => Err(format!(
            "{what} must be a non-negative integer{of}, got {}",
            show(value)
        )),
    }
}

/// Byte offsets of the sorted UTF-16 `offsets`, in one pass over `text`.
/// Fails on the first offset that falls inside a surrogate pair or past the end.
pub fn utf16_to_bytes(text: &str, offsets: &[usize]) -> Result<Vec<usize>, (usize, String)> {
    let mut cursor = Utf16Cursor::new(text);
    offsets.iter().map(|&o| cursor.byte_of(o)).collect()
}

/// Walks `text` forward from one UTF-16 offset to the next: offsets asked
/// in order cost one pass in all (an earlier one starts the walk again).
pub struct Utf16Cursor<'t> {
    text: &'t str,
    byte: usize,
    unit: usize,
}

impl<'t> Utf16Cursor<'t> {
    pub fn new(text: &'t str) -> Self {
        Utf16Cursor {
            text,
            byte: 0,
            unit: 0,
        }
    }

    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The byte offset of UTF-16 offset `want`; fails inside a surrogate
    /// pair or past the end.
    pub fn byte_of(&mut self, want: usize) -> Result<usize, (usize, String)> {
        if want < self.unit {
            (self.byte, self.unit) = (0, 0);
        }
        let mut chars = self.text[self.byte..].chars();
        while self.unit < want {
            let Some(c) = chars.next() else {
                return Err((
                    want,
                    format!(
                        "is beyond the end of the text ({} UTF-16 code units)",
                        self.unit
                    ),
                ));
            };
            self.unit += c.len_utf16();
            self.byte += c.len_utf8();
        }
        if self.unit != want {
            return Err((
                want,
                "falls inside a surrogate pair (between the two halves of one character)".into(),
            ));
        }
        Ok(self.byte)
    }
}

/// A short description of a JS value for error messages: its JSON (cut at 60
/// chars) or its type.
pub fn show(value: &JsValue) -> String {
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
