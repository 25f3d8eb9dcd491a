//! Finding and reading the DSL file of an `include_bytecodes!` invocation.

use std::path::{Path, PathBuf};

/// The environment variable that names a DSL file to use instead of the one given.
pub const OVERRIDE_VAR: &str = "BYTECODES_FILE";

/// A DSL text and the name to report positions in.
pub struct Loaded {
    /// The name used in diagnostics.
    pub display: String,
    /// The absolute path, to make the compiler track the file.
    pub path: Option<PathBuf>,
    /// The text.
    pub text: String,
}

/// Reads the file named by `BYTECODES_FILE` if set, else `given`, both relative to
/// the invoking crate's manifest directory.
pub fn load(given: &str) -> Result<Loaded, String> {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_string());
    let (name, origin) = match std::env::var(OVERRIDE_VAR) {
        Ok(v) if !v.is_empty() => (v, format!(" (from {OVERRIDE_VAR})")),
        _ => (given.to_string(), String::new()),
    };
    let path = Path::new(&manifest_dir).join(&name);
    let bytes = std::fs::read(&path).map_err(|e| {
        format!(
            "cannot read the instruction file `{}`{origin}: {e}",
            path.display()
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "the instruction file `{}`{origin} is not UTF-8: {e}",
            path.display()
        )
    })?;
    let path = path.canonicalize().unwrap_or(path);
    Ok(Loaded {
        display: name,
        path: Some(path),
        text,
    })
}
