//! CPython 3.14-exact text conversions of numbers and strings.
//!
//! This module is a pure library: it knows nothing of the interpreter's
//! object model. Callers hand it Rust values (`f64`, [`BigInt`], [`PyStr`],
//! byte slices) and get text back, or a [`FormatError`] that names the
//! Python exception class and carries CPython's exact message.
//!
//! One concern per submodule:
//!
//! * [`float_repr`]: `repr(float)` and the `PyOS_double_to_string` layouts
//!   (`e`, `f`, `g`, `r`) that every float conversion builds on.
//! * [`spec`]: the format-spec mini-language (`format(x, spec)`).
//! * [`int_format`], [`float_format`], [`str_format`], [`complex_format`]:
//!   `format()` of each built-in type; [`int_format`] also has `bin`, `oct`,
//!   `hex` and `str(int)`.
//! * [`round`]: `round()` of floats and ints.
//! * [`parse`]: `int(str, base)` and `float(str)`.
//! * [`repr`]: `repr(str)`, `ascii()`, `repr(bytes)`, `str.isprintable`.
//! * [`percent`]: `str % args`.
//! * [`format_string`]: parsing of `str.format` templates.
//!
//! Where CPython's behaviour depends on the platform, the 64-bit (LP64)
//! behaviour is implemented: a C `long` and a `Py_ssize_t` are 64 bits wide.
//!
//! [`BigInt`]: num_bigint::BigInt
//! [`PyStr`]: crate::marshal::PyStr

use std::fmt;

pub mod complex_format;
pub mod float_format;
pub mod float_repr;
pub mod format_string;
pub mod int_format;
mod layout;
pub mod parse;
pub mod percent;
pub mod repr;
pub mod round;
pub mod spec;
pub mod str_format;
mod unicode;

pub use complex_format::{complex_repr, format_complex};
pub use float_format::format_float;
pub use float_repr::{double_to_string, float_repr, float_str, DtoaFlags};
pub use format_string::{
    parse_field_name, parse_format_string, AutoNumber, Chunk, Conversion, FieldAccessor,
    FieldFirst, FieldName, FormatStringParser, Piece, RawField, MAX_RECURSION_DEPTH,
};
pub use int_format::{
    format_int, int_max_str_digits, int_to_decimal, int_to_str_radix, set_int_max_str_digits,
    DEFAULT_MAX_STR_DIGITS,
};
pub use parse::{parse_float, parse_int, parse_int_with_limit};
pub use percent::{percent_format, ArgRef, PercentArgs, PercentRequest, PercentValue};
pub use repr::{ascii_repr, bytes_repr, is_printable, str_repr};
pub use round::{float_to_int, round_float, round_float_to_int, round_int};
pub use spec::{parse_format_spec, Align, FormatSpec, Grouping, Sign};
pub use str_format::format_str;

/// The Python exception class a conversion error maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `ValueError`.
    ValueError,
    /// `TypeError`.
    TypeError,
    /// `OverflowError`.
    OverflowError,
    /// `MemoryError` (a result too large to build).
    MemoryError,
}

impl ErrorKind {
    /// The Python class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A conversion failure: the Python exception class and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// Which exception CPython raises.
    pub kind: ErrorKind,
    /// The exception's message, exactly as CPython words it.
    pub message: String,
}

impl FormatError {
    /// A new error of `kind` with `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        FormatError {
            kind,
            message: message.into(),
        }
    }

    /// A `ValueError`.
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }

    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, message)
    }

    /// An `OverflowError`.
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for FormatError {}

/// Largest width or precision this library will lay out; beyond it CPython
/// would try (and normally fail) to allocate gigabytes, so a `MemoryError`
/// is reported instead.
pub(crate) const MAX_LAYOUT: usize = 1 << 28;

pub(crate) fn too_large() -> FormatError {
    FormatError::new(ErrorKind::MemoryError, "")
}
