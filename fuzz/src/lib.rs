//! What the fuzz targets share: how a fuzz input becomes analyser options and
//! text ([`input`]), and what must hold of every analysis and every HTML
//! extraction, whatever the input ([`invariants`]; the flag contract itself
//! is the property and hostile tests' checker, `tests/contract/`).

/// The flag contract, shared with the property and hostile-input tests.
#[path = "../../tests/contract/mod.rs"]
mod contract;
pub mod input;
pub mod invariants;
