//! The languages of `data/languages.tsv` (code, English name, own name; `#`
//! comments), the table the core's `Lang` is made from: the TypeScript type
//! of a language code is written from it at compile time, and error messages
//! list its codes.

use wasm_bindgen::JsValue;

use super::read::{either, show};
use crate::Lang;

const TABLE: &str = include_str!("../../data/languages.tsv");

pub use ts::LANG_CODE_TS;

// Read only by the custom section that wasm-bindgen emits for the module's
// .d.ts, a use rustc's dead-code lint does not see.
#[allow(dead_code)]
mod ts {
    use super::TABLE;

    /// `export type LangCode = "fr" | "en";`, from the table.
    pub const LANG_CODE_TS: &str = match core::str::from_utf8(&TS_BYTES) {
        Ok(s) => s,
        Err(_) => panic!("data/languages.tsv: codes must be ASCII"),
    };

    const HEAD: &[u8] = b"\n/** A language code of data/languages.tsv. */\nexport type LangCode = ";
    const TS_LEN: usize = write_ts(TABLE.as_bytes(), &mut [0; 0], false);
    const TS_BYTES: [u8; TS_LEN] = {
        let mut out = [0; TS_LEN];
        write_ts(TABLE.as_bytes(), &mut out, true);
        out
    };

    /// Writes the type into `out` (when `write`), returning its length: `"fr" |
    /// "en"`, one string type per line of the table that is not blank or a
    /// comment. A const fn, so that no build script is needed: the table is
    /// read where it is included.
    const fn write_ts(table: &[u8], out: &mut [u8], write: bool) -> usize {
        let mut n = 0;
        let mut i = 0;
        while i < HEAD.len() {
            n = put(out, n, HEAD[i], write);
            i += 1;
        }
        let (mut line, mut codes) = (0, 0);
        while line < table.len() {
            let mut end = line;
            while end < table.len() && table[end] != b'\n' {
                end += 1;
            }
            let mut code = line;
            while code < end && table[code] != b'\t' {
                code += 1;
            }
            if code > line && table[line] != b'#' {
                if codes > 0 {
                    n = put(out, n, b' ', write);
                    n = put(out, n, b'|', write);
                    n = put(out, n, b' ', write);
                }
                n = put(out, n, b'"', write);
                let mut c = line;
                while c < code {
                    assert!(
                        table[c].is_ascii_lowercase(),
                        "data/languages.tsv: a code is lower-case ASCII letters"
                    );
                    n = put(out, n, table[c], write);
                    c += 1;
                }
                n = put(out, n, b'"', write);
                codes += 1;
            }
            line = end + 1;
        }
        assert!(codes > 0, "data/languages.tsv names no language");
        put(out, n, b';', write)
    }

    const fn put(out: &mut [u8], n: usize, byte: u8, write: bool) -> usize {
        if write {
            out[n] = byte;
        }
        n + 1
    }
}

/// The table's codes, in its order.
fn codes() -> impl Iterator<Item = &'static str> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .filter(|c| !c.is_empty())
}

/// A language code of the table, or an error naming `what` and listing the
/// codes (and the other values `also` accepted).
pub fn parse(value: &JsValue, what: &str, also: &[&'static str]) -> Result<Lang, String> {
    let found = value
        .as_string()
        .filter(|s| codes().any(|c| c.eq_ignore_ascii_case(s)))
        .and_then(|s| Lang::parse(&s));
    found.ok_or_else(|| {
        let list = either(
            also.iter()
                .copied()
                .chain(codes())
                .map(|c| format!("\"{c}\"")),
        );
        format!("{what}: unknown language {} (expected {list})", show(value))
    })
}
