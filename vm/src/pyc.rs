//! Loading CPython 3.14 `.pyc` files.
//!
//! A `.pyc` file is a 16-byte header followed by one marshalled code object:
//!
//! | bytes | content |
//! |---|---|
//! | 0..4 | magic: the 16-bit version number (little-endian) and `\r\n` |
//! | 4..8 | flags word (little-endian): bit 0 hash-based, bit 1 check source |
//! | 8..16 | hash-based: the 8-byte source hash; otherwise the source mtime and size (two little-endian u32) |
//!
//! Bytes after the code object are ignored, as CPython does.

use std::path::Path;
use std::rc::Rc;

use crate::marshal::{self, CodeData, ErrorKind, LoadError, MarshalValue};

/// CPython 3.14's `.pyc` magic number.
pub const MAGIC_NUMBER: u16 = 3627;

/// The first four bytes of every CPython 3.14 `.pyc` file.
pub const MAGIC_BYTES: [u8; 4] = [43, 14, 13, 10];

/// Length of the header before the marshalled code object.
pub const HEADER_LEN: usize = 16;

/// Flags word bit: the header holds a source hash instead of mtime and size.
pub const FLAG_HASH_BASED: u32 = 0b01;

/// Flags word bit: a hash-based `.pyc` whose hash is checked against the
/// source.
pub const FLAG_CHECK_SOURCE: u32 = 0b10;

/// How the `.pyc` records the source it was compiled from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalidation {
    /// Timestamp-based: valid while the source has this mtime and size.
    Timestamp {
        /// Source modification time (seconds, truncated to 32 bits).
        mtime: u32,
        /// Source size in bytes (truncated to 32 bits).
        source_size: u32,
    },
    /// Hash-based: the SipHash of the source.
    Hash {
        /// Whether the importer checks the hash against the source.
        check_source: bool,
        /// The 8-byte source hash.
        source_hash: [u8; 8],
    },
}

/// The 16-byte `.pyc` header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PycHeader {
    /// The raw flags word (only bits 0 and 1 can be set).
    pub flags: u32,
    /// The source check data.
    pub invalidation: Invalidation,
}

/// A loaded `.pyc` file.
#[derive(Clone, Debug)]
pub struct PycFile {
    /// Its header.
    pub header: PycHeader,
    /// Its module code object.
    pub code: Rc<CodeData>,
}

fn u32_at(data: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]])
}

/// Parses and checks the 16-byte header at the start of `data`.
pub fn parse_header(data: &[u8]) -> Result<PycHeader, LoadError> {
    if data.len() >= 4 && data[2..4] != [b'\r', b'\n'] {
        return Err(ErrorKind::NotPyc {
            found: [data[0], data[1], data[2], data[3]],
        }
        .into());
    }
    if data.len() >= 2 && data[..2] != MAGIC_BYTES[..2] {
        return Err(ErrorKind::BadMagic {
            found: u16::from_le_bytes([data[0], data[1]]),
        }
        .into());
    }
    if data.len() < HEADER_LEN {
        return Err(ErrorKind::TruncatedHeader { len: data.len() }.into());
    }
    let flags = u32_at(data, 4);
    if flags & !(FLAG_HASH_BASED | FLAG_CHECK_SOURCE) != 0 {
        return Err(ErrorKind::BadFlags { flags }.into());
    }
    let invalidation = if flags & FLAG_HASH_BASED != 0 {
        let mut source_hash = [0; 8];
        source_hash.copy_from_slice(&data[8..16]);
        Invalidation::Hash {
            check_source: flags & FLAG_CHECK_SOURCE != 0,
            source_hash,
        }
    } else {
        Invalidation::Timestamp {
            mtime: u32_at(data, 8),
            source_size: u32_at(data, 12),
        }
    };
    Ok(PycHeader {
        flags,
        invalidation,
    })
}

/// Parses the contents of a `.pyc` file; `path` only names it in errors.
/// Offsets in errors count from the start of the file.
pub fn parse_pyc(data: &[u8], path: impl AsRef<Path>) -> Result<PycFile, LoadError> {
    let path = path.as_ref();
    let header = parse_header(data).map_err(|e| e.with_path(path))?;
    let (value, _) =
        marshal::read_at(&data[HEADER_LEN..], HEADER_LEN).map_err(|e| e.with_path(path))?;
    match value {
        MarshalValue::Code(code) => Ok(PycFile { header, code }),
        other => Err(LoadError::from(ErrorKind::NotCode {
            offset: HEADER_LEN,
            found: other.type_name(),
        })
        .with_path(path)),
    }
}

/// Reads and parses the `.pyc` file at `path`.
pub fn load_pyc(path: impl AsRef<Path>) -> Result<PycFile, LoadError> {
    let path = path.as_ref();
    let data =
        std::fs::read(path).map_err(|e| LoadError::from(ErrorKind::Io(e)).with_path(path))?;
    parse_pyc(&data, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(flags: u32, rest: [u8; 8]) -> Vec<u8> {
        let mut v = MAGIC_BYTES.to_vec();
        v.extend_from_slice(&flags.to_le_bytes());
        v.extend_from_slice(&rest);
        v
    }

    #[test]
    fn header_forms() {
        let h = parse_header(&header(0, [1, 0, 0, 0, 2, 0, 0, 0])).unwrap();
        assert_eq!(
            h.invalidation,
            Invalidation::Timestamp {
                mtime: 1,
                source_size: 2
            }
        );
        let h = parse_header(&header(3, [9; 8])).unwrap();
        assert_eq!(
            h.invalidation,
            Invalidation::Hash {
                check_source: true,
                source_hash: [9; 8]
            }
        );
        let h = parse_header(&header(1, [9; 8])).unwrap();
        assert_eq!(
            h.invalidation,
            Invalidation::Hash {
                check_source: false,
                source_hash: [9; 8]
            }
        );
    }

    #[test]
    fn header_errors() {
        let mut old = header(0, [0; 8]);
        old[..2].copy_from_slice(&3571u16.to_le_bytes());
        let e = parse_pyc(&old, "old.pyc").unwrap_err();
        assert_eq!(
            e.to_string(),
            "old.pyc: bad magic number: expected CPython 3.14 (3627), found 3571 (CPython 3.13)"
        );
        let e = parse_pyc(b"#!/usr/bin/env python3\n", "x.pyc").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("x.pyc: not a .pyc file: it starts with 23 21 2f 75"),
            "{e}"
        );
        let e = parse_pyc(&header(4, [0; 8]), "f.pyc").unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::BadFlags { flags: 4 }), "{e}");
        let e = parse_pyc(&MAGIC_BYTES[..], "t.pyc").unwrap_err();
        assert!(
            matches!(e.kind(), ErrorKind::TruncatedHeader { len: 4 }),
            "{e}"
        );
        let e = parse_pyc(&header(1, [0; 8]), "e.pyc").unwrap_err();
        assert_eq!(
            e.to_string(),
            "e.pyc: unexpected end of data at offset 16 while reading the type code"
        );
        let mut not_code = header(1, [0; 8]);
        not_code.push(b'N');
        let e = parse_pyc(&not_code, "n.pyc").unwrap_err();
        assert_eq!(
            e.to_string(),
            "n.pyc: the object at offset 16 is a NoneType, a .pyc must hold a code object"
        );
        let e = load_pyc("/nonexistent/dir/m.pyc").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("/nonexistent/dir/m.pyc: cannot read file"),
            "{e}"
        );
    }
}
