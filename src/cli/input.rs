//! Reading the input: a file or standard input, as UTF-8, with errors that
//! name the file.

use std::fs;
use std::io::{self, ErrorKind, Read};
use std::path::Path;

/// Reads the whole input as text; `None` is standard input.
/// The error is one line (without the program name) naming the input.
pub fn read(path: Option<&Path>) -> Result<String, String> {
    let name = match path {
        Some(p) => p.display().to_string(),
        None => "<stdin>".to_owned(),
    };
    let bytes = read_bytes(path).map_err(|e| format!("{name}: {}", describe(&e)))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: invalid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        )
    })
}

fn read_bytes(path: Option<&Path>) -> io::Result<Vec<u8>> {
    let Some(path) = path else {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        return Ok(bytes);
    };
    // Opening a directory succeeds on Unix and only reading fails, with a
    // message that varies by platform: ask first.
    if fs::metadata(path)?.is_dir() {
        return Err(io::Error::new(ErrorKind::IsADirectory, "is a directory"));
    }
    fs::read(path)
}

/// A short message without the "(os error N)" tail where the kind says it all.
fn describe(e: &io::Error) -> String {
    match e.kind() {
        ErrorKind::NotFound => "no such file".to_owned(),
        ErrorKind::PermissionDenied => "permission denied".to_owned(),
        ErrorKind::IsADirectory => "is a directory".to_owned(),
        _ => e.to_string(),
    }
}
