//! The one error type of `.pyc` loading, marshal reading and table decoding.

use std::fmt;
use std::path::{Path, PathBuf};

/// Why loading a `.pyc` file, reading marshal data or decoding a code
/// object's tables failed.
///
/// Its message names what is wrong, where (a byte offset: from the start of
/// the file for `.pyc` loading, from the start of the table for the table
/// decoders) and, once known, the file.
#[derive(Debug)]
pub struct LoadError {
    path: Option<PathBuf>,
    kind: ErrorKind,
}

/// What went wrong, with the byte offset where it went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read.
    Io(std::io::Error),
    /// The file is shorter than the 16-byte `.pyc` header.
    TruncatedHeader {
        /// Length of the whole file.
        len: usize,
    },
    /// Bytes 2..4 are not `\r\n`: this is not a `.pyc` file at all.
    NotPyc {
        /// The first four bytes.
        found: [u8; 4],
    },
    /// A `.pyc` file of another Python version.
    BadMagic {
        /// The magic number found (bytes 0..2, little-endian).
        found: u16,
    },
    /// The header's flags word has bits other than 0 and 1 set.
    BadFlags {
        /// The flags word.
        flags: u32,
    },
    /// The data ended in the middle of an object.
    UnexpectedEnd {
        /// Offset at which more bytes were needed.
        offset: usize,
        /// What was being read, e.g. "a tuple of 5 items".
        context: String,
    },
    /// A type code that marshal does not define (or that CPython 3.14 cannot
    /// read).
    UnknownTypeCode {
        /// The type code byte, without the reference flag.
        code: u8,
        /// Offset of the type code byte.
        offset: usize,
    },
    /// A back-reference ('r') to an index that no object has been given yet.
    BadReference {
        /// The index read.
        index: i64,
        /// How many objects had been registered so far.
        count: usize,
        /// Offset of the 'r' type code.
        offset: usize,
    },
    /// A back-reference to an object whose reading has begun but not ended
    /// (a reference cycle, which this loader's tree cannot represent).
    IncompleteReference {
        /// The index read.
        index: usize,
        /// Offset of the 'r' type code.
        offset: usize,
    },
    /// A declared length or count that is negative or larger than what the
    /// remaining input could possibly hold.
    BadLength {
        /// What the length is of, e.g. "a str".
        what: &'static str,
        /// The declared length.
        length: i64,
        /// Bytes left in the input after the length field.
        remaining: usize,
        /// Offset of the length field.
        offset: usize,
    },
    /// Objects nested deeper than [`crate::marshal::MAX_DEPTH`].
    TooDeep {
        /// The limit.
        limit: usize,
        /// Offset of the object that went past it.
        offset: usize,
    },
    /// A NULL ('0') where an object is required (it only ends a dict).
    UnexpectedNull {
        /// Offset of the NULL.
        offset: usize,
        /// Where it was found.
        context: String,
    },
    /// Any other malformed object: bad int digits, unparsable float text,
    /// invalid UTF-8, a code object with fields of the wrong type...
    BadObject {
        /// Offset of the object (or of the bad byte inside it).
        offset: usize,
        /// What is wrong.
        message: String,
    },
    /// The top-level object of a `.pyc` is not a code object.
    NotCode {
        /// Offset of the object.
        offset: usize,
        /// Its type name.
        found: &'static str,
    },
    /// A malformed exception table (`co_exceptiontable`).
    BadExceptionTable {
        /// Offset in the table.
        offset: usize,
        /// What is wrong.
        message: String,
    },
    /// A malformed location table (`co_linetable`).
    BadLocationTable {
        /// Offset in the table.
        offset: usize,
        /// What is wrong.
        message: String,
    },
}

impl LoadError {
    /// An error of the given kind, not yet tied to a file.
    pub fn new(kind: ErrorKind) -> Self {
        LoadError { path: None, kind }
    }

    /// The same error, naming `path` as the file it is about.
    pub fn with_path(mut self, path: impl AsRef<Path>) -> Self {
        self.path = Some(path.as_ref().to_path_buf());
        self
    }

    /// The file the error is about, if known.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The byte offset the error is at, if it has one.
    pub fn offset(&self) -> Option<usize> {
        use ErrorKind::*;
        match &self.kind {
            Io(_) | TruncatedHeader { .. } | BadFlags { .. } => None,
            NotPyc { .. } | BadMagic { .. } => Some(0),
            UnexpectedEnd { offset, .. }
            | UnknownTypeCode { offset, .. }
            | BadReference { offset, .. }
            | IncompleteReference { offset, .. }
            | BadLength { offset, .. }
            | TooDeep { offset, .. }
            | UnexpectedNull { offset, .. }
            | BadObject { offset, .. }
            | NotCode { offset, .. }
            | BadExceptionTable { offset, .. }
            | BadLocationTable { offset, .. } => Some(*offset),
        }
    }
}

impl From<ErrorKind> for LoadError {
    fn from(kind: ErrorKind) -> Self {
        LoadError::new(kind)
    }
}

/// The CPython version a `.pyc` magic number belongs to, for messages.
pub(crate) fn magic_version(magic: u16) -> Option<&'static str> {
    Some(match magic {
        3000..=3359 => "CPython 3.0-3.5",
        3360..=3389 => "CPython 3.6",
        3390..=3399 => "CPython 3.7",
        3400..=3419 => "CPython 3.8",
        3420..=3429 => "CPython 3.9",
        3430..=3449 => "CPython 3.10",
        3450..=3499 => "CPython 3.11",
        3500..=3549 => "CPython 3.12",
        3550..=3599 => "CPython 3.13",
        3600..=3649 => "a CPython 3.14 pre-release",
        3650..=3699 => "CPython 3.15",
        20000..=62211 => "CPython 2",
        _ => return None,
    })
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ErrorKind::*;
        match self {
            Io(e) => write!(f, "cannot read file: {e}"),
            TruncatedHeader { len } => write!(
                f,
                "file too short for a .pyc header: {len} bytes, the header alone is 16"
            ),
            NotPyc { found } => write!(
                f,
                "not a .pyc file: it starts with {:02x} {:02x} {:02x} {:02x}, \
                 a .pyc magic number ends with 0d 0a (\\r\\n)",
                found[0], found[1], found[2], found[3]
            ),
            BadMagic { found } => {
                write!(
                    f,
                    "bad magic number: expected CPython 3.14 ({}), found {found}",
                    crate::pyc::MAGIC_NUMBER
                )?;
                match magic_version(*found) {
                    Some(v) => write!(f, " ({v})"),
                    None => write!(f, " (no known CPython version)"),
                }
            }
            BadFlags { flags } => write!(
                f,
                "bad .pyc flags word {flags:#x}: only bit 0 (hash-based) and bit 1 \
                 (check source) are defined"
            ),
            UnexpectedEnd { offset, context } => {
                write!(
                    f,
                    "unexpected end of data at offset {offset} while reading {context}"
                )
            }
            UnknownTypeCode { code, offset } => {
                write!(f, "unknown type code {code:#04x}")?;
                if code.is_ascii_graphic() {
                    write!(f, " ('{}')", *code as char)?;
                }
                write!(f, " at offset {offset}")
            }
            BadReference {
                index,
                count,
                offset,
            } => write!(
                f,
                "invalid back-reference {index} at offset {offset} (only {count} objects so far)"
            ),
            IncompleteReference { index, offset } => write!(
                f,
                "back-reference {index} at offset {offset} points to an object that is still \
                 being read (a reference cycle, which is not supported)"
            ),
            BadLength {
                what,
                length,
                remaining,
                offset,
            } => {
                if *length < 0 {
                    write!(f, "negative length {length} for {what} at offset {offset}")
                } else {
                    write!(
                        f,
                        "length {length} of {what} at offset {offset} is larger than the \
                         {remaining} bytes left"
                    )
                }
            }
            TooDeep { limit, offset } => write!(
                f,
                "objects nested more than {limit} levels deep at offset {offset}"
            ),
            UnexpectedNull { offset, context } => {
                write!(f, "NULL object at offset {offset} {context}")
            }
            BadObject { offset, message } => write!(f, "{message} at offset {offset}"),
            NotCode { offset, found } => write!(
                f,
                "the object at offset {offset} is a {found}, a .pyc must hold a code object"
            ),
            BadExceptionTable { offset, message } => {
                write!(f, "bad exception table at byte {offset}: {message}")
            }
            BadLocationTable { offset, message } => {
                write!(f, "bad location table at byte {offset}: {message}")
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(p) => write!(f, "{}: {}", p.display(), self.kind),
            None => self.kind.fmt(f),
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}
