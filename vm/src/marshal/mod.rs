//! Reading CPython 3.14's marshal format (version 5) into a plain data tree.
//!
//! [`loads`] reads one object, like Python's `marshal.loads`, into a
//! [`MarshalValue`]: a tree (a DAG, where marshal back-references share
//! objects) of `Rc`-shared nodes that knows nothing of any interpreter's
//! object model. Code objects become [`CodeData`], whose exception and
//! location tables can be decoded with [`CodeData::exception_entries`] and
//! [`CodeData::positions`] (or the free functions of the same purpose).
//!
//! Type codes read (bit 7, `FLAG_REF`, may be set on any of them):
//!
//! | code | object | | code | object |
//! |---|---|---|---|---|
//! | `0` | NULL (ends a dict) | | `(` `)` | tuple (4-byte / 1-byte count) |
//! | `N` `F` `T` | None, False, True | | `[` | list |
//! | `S` `.` | StopIteration, Ellipsis | | `{` | dict (pairs until NULL) |
//! | `i` | int, 4 bytes | | `<` `>` | set, frozenset |
//! | `l` | int, 15-bit digits, sign in the count | | `:` | slice (start, stop, step) |
//! | `g` `f` | float, binary / text | | `c` | code object |
//! | `y` `x` | complex, binary / text | | `r` | back-reference (4-byte index) |
//! | `s` | bytes | | `u` `t` | str, UTF-8 with surrogates / interned |
//! | `a` `A` | str, 1 byte per char (4-byte length) | | `z` `Z` | same, 1-byte length |
//!
//! Strings keep lone surrogates: see [`PyStr`].
//!
//! Everything here is total: malformed input gives a [`LoadError`], never a
//! panic, and the work done is linear in the input's size.

mod code;
mod error;
mod exception_table;
mod location_table;
mod pystr;
mod reader;
mod value;

pub use code::{local_kind, CodeData, CO_VARARGS, CO_VARKEYWORDS};
pub use error::{ErrorKind, LoadError};
pub use exception_table::{decode_exception_table, ExceptionTableEntry};
pub use location_table::{decode_location_table, decode_positions, LocationEntry, Position};
pub use pystr::{CodePoints, PyStr};
pub use reader::MAX_DEPTH;
pub use value::{MarshalValue, SliceData};

/// Reads one marshalled object from the start of `data`, like
/// `marshal.loads` (bytes after it are ignored). Offsets in errors are
/// positions in `data`.
pub fn loads(data: &[u8]) -> Result<MarshalValue, LoadError> {
    loads_prefix(data).map(|(v, _)| v)
}

/// Reads one marshalled object from the start of `data` and also returns how
/// many bytes it took.
pub fn loads_prefix(data: &[u8]) -> Result<(MarshalValue, usize), LoadError> {
    read_at(data, 0)
}

/// Reads one object from `data`, which starts at offset `base` of its file.
pub(crate) fn read_at(data: &[u8], base: usize) -> Result<(MarshalValue, usize), LoadError> {
    let mut r = reader::Reader::new(data, base);
    let v = r.read_object()?;
    Ok((v, r.position()))
}
