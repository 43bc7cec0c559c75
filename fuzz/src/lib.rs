//! What the fuzz targets share: how a fuzz input becomes analyser options and
//! text ([`input`]), and what must hold of every analysis and every HTML
//! extraction, whatever the input ([`invariants`]).

pub mod input;
pub mod invariants;
