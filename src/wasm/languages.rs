//! The languages of `data/languages.tsv` (the table `Lang` is generated
//! from), as the binding reads and names them.

use wasm_bindgen::JsValue;

use super::read::{either, show};
use crate::Lang;

/// A language code of the table, or an error naming `what` and listing the
/// codes (and the other values `also` accepted).
pub fn parse(value: &JsValue, what: &str, also: &[&'static str]) -> Result<Lang, String> {
    let found = value.as_string().and_then(|s| Lang::parse(&s));
    found.ok_or_else(|| {
        let list = either(
            also.iter()
                .copied()
                .chain(Lang::ALL.iter().map(|l| l.code()))
                .map(|c| format!("\"{c}\"")),
        );
        format!("{what}: unknown language {} (expected {list})", show(value))
    })
}
