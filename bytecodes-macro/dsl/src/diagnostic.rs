//! Source positions and the errors reported against them.

use std::fmt;
use std::sync::Arc;

/// A position in a DSL file: 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    /// The file name as given by the caller.
    pub file: Arc<str>,
    /// 1-based line number.
    pub line: u32,
    /// 1-based column number, counted in characters.
    pub column: u32,
    /// Byte offset of the position in the file text.
    pub offset: usize,
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// An error in a DSL file, located at a span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where the problem is.
    pub span: Span,
    /// What the problem is, in words a person understands.
    pub message: String,
}

impl Diagnostic {
    /// Creates a diagnostic at `span`.
    pub fn new(span: &Span, message: impl Into<String>) -> Self {
        Diagnostic {
            span: span.clone(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: error: {}", self.span, self.message)
    }
}

impl std::error::Error for Diagnostic {}

/// One or more diagnostics; the result of a failed analysis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// The first diagnostic, which is the one to show when only one fits.
    pub fn first(&self) -> &Diagnostic {
        &self.0[0]
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}
