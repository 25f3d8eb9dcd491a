//! Decoder of `co_linetable`, the location table of CPython 3.11+ (PEP 626
//! line numbers and PEP 657 column ranges).
//!
//! The table is a sequence of entries. An entry's first byte has bit 7 set,
//! bits 3-6 hold a 4-bit *code* and bits 0-2 the number of code units the
//! entry covers, minus one. The following bytes (bit 7 clear) depend on the
//! code; the line is kept as a running value that starts at
//! `co_firstlineno`:
//!
//! | code  | form         | line               | end line          | columns                                   |
//! |-------|--------------|--------------------|-------------------|-------------------------------------------|
//! | 0-9   | short        | unchanged          | = line            | 1 byte `b`: col = code*8 + (b>>4), end = col + (b&15) |
//! | 10-12 | one line     | + (code - 10)      | = line            | 2 bytes: col, end col                     |
//! | 13    | no columns   | + signed varint    | = line            | none                                      |
//! | 14    | long         | + signed varint    | line + varint     | varint col+1, varint end col+1 (0 = none) |
//! | 15    | no location  | unchanged, absent  | absent            | none                                      |
//!
//! Varints here are little-endian groups of 6 bits, bit 6 meaning "more";
//! a signed varint holds `|v| << 1 | sign`.

use super::{ErrorKind, LoadError};

/// The source location of one code unit, as `co_positions()` gives it:
/// `None` where the table has no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Position {
    /// First line.
    pub line: Option<i32>,
    /// Last line.
    pub end_line: Option<i32>,
    /// Start column (0-based, in UTF-8 bytes).
    pub col: Option<u32>,
    /// End column (exclusive).
    pub end_col: Option<u32>,
}

/// One entry of the location table: `length` code units at `position`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocationEntry {
    /// Number of code units covered (1 to 8).
    pub length: u32,
    /// Their location.
    pub position: Position,
}

fn err(offset: usize, message: impl Into<String>) -> LoadError {
    ErrorKind::BadLocationTable {
        offset,
        message: message.into(),
    }
    .into()
}

struct Cursor<'a> {
    table: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    /// One byte after an entry's first byte (bit 7 must be clear).
    fn byte(&mut self, what: &str) -> Result<u8, LoadError> {
        match self.table.get(self.pos) {
            None => Err(err(
                self.pos,
                format!("table ends in the middle of an entry's {what}"),
            )),
            Some(&b) if b & 0x80 != 0 => Err(err(
                self.pos,
                format!("byte {b:#04x} starts a new entry inside an entry's {what}"),
            )),
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
        }
    }

    fn varint(&mut self, what: &str) -> Result<u32, LoadError> {
        let start = self.pos;
        let mut value: u64 = 0;
        let mut shift = 0;
        loop {
            let b = self.byte(what)?;
            value |= u64::from(b & 0x3F) << shift;
            if value > u64::from(u32::MAX) {
                return Err(err(start, format!("{what} does not fit in 32 bits")));
            }
            if b & 0x40 == 0 {
                return Ok(value as u32);
            }
            shift += 6;
            if shift > 30 {
                return Err(err(start, format!("{what} does not fit in 32 bits")));
            }
        }
    }

    fn signed_varint(&mut self, what: &str) -> Result<i64, LoadError> {
        let v = self.varint(what)?;
        let magnitude = i64::from(v >> 1);
        Ok(if v & 1 != 0 { -magnitude } else { magnitude })
    }
}

fn to_line(value: i64, offset: usize) -> Result<i32, LoadError> {
    i32::try_from(value).map_err(|_| err(offset, format!("line number {value} is out of range")))
}

/// Decodes a location table into its entries, the running line starting at
/// `firstlineno`.
///
/// Total: a truncated entry, a misplaced first byte, a varint over 32 bits or
/// a line outside `i32` is an error; the work is linear in the table's
/// length.
pub fn decode_location_table(
    table: &[u8],
    firstlineno: i32,
) -> Result<Vec<LocationEntry>, LoadError> {
    let mut c = Cursor { table, pos: 0 };
    let mut line = i64::from(firstlineno);
    let mut out = Vec::with_capacity(table.len() / 2);
    while c.pos < table.len() {
        let offset = c.pos;
        let first = table[offset];
        if first & 0x80 == 0 {
            return Err(err(
                offset,
                format!("byte {first:#04x} should start an entry (bit 7 set)"),
            ));
        }
        c.pos += 1;
        let code = (first >> 3) & 0x0F;
        let length = u32::from(first & 0x07) + 1;
        let position = match code {
            0..=9 => {
                let b = c.byte("columns")?;
                let col = u32::from(code) * 8 + u32::from(b >> 4);
                let l = to_line(line, offset)?;
                Position {
                    line: Some(l),
                    end_line: Some(l),
                    col: Some(col),
                    end_col: Some(col + u32::from(b & 0x0F)),
                }
            }
            10..=12 => {
                line += i64::from(code - 10);
                let col = c.byte("start column")?;
                let end_col = c.byte("end column")?;
                let l = to_line(line, offset)?;
                Position {
                    line: Some(l),
                    end_line: Some(l),
                    col: Some(u32::from(col)),
                    end_col: Some(u32::from(end_col)),
                }
            }
            13 => {
                line += c.signed_varint("line delta")?;
                let l = to_line(line, offset)?;
                Position {
                    line: Some(l),
                    end_line: Some(l),
                    col: None,
                    end_col: None,
                }
            }
            14 => {
                line += c.signed_varint("line delta")?;
                let end_delta = c.varint("end line delta")?;
                let col = c.varint("start column")?;
                let end_col = c.varint("end column")?;
                Position {
                    line: Some(to_line(line, offset)?),
                    end_line: Some(to_line(line + i64::from(end_delta), offset)?),
                    col: col.checked_sub(1),
                    end_col: end_col.checked_sub(1),
                }
            }
            _ => Position::default(),
        };
        out.push(LocationEntry { length, position });
    }
    Ok(out)
}

/// Decodes a location table into one [`Position`] per code unit covered,
/// which is what `co_positions()` yields.
pub fn decode_positions(table: &[u8], firstlineno: i32) -> Result<Vec<Position>, LoadError> {
    let entries = decode_location_table(table, firstlineno)?;
    let mut out = Vec::with_capacity(entries.iter().map(|e| e.length as usize).sum());
    for e in entries {
        // (No `repeat_n`: it is newer than the workspace's Rust 1.80.)
        for _ in 0..e.length {
            out.push(e.position);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(line: i32, end_line: i32, col: u32, end_col: u32) -> Position {
        Position {
            line: Some(line),
            end_line: Some(end_line),
            col: Some(col),
            end_col: Some(end_col),
        }
    }

    #[test]
    fn every_form() {
        let table = [
            0x80 | (1 << 3) | 1,
            0x23, // short, code 1, 2 units: col 8+2=10, end 13
            0x80 | (11 << 3),
            4,
            9, // one line, +1
            0x80 | (13 << 3) | 2,
            0x05, // no columns, line -2
            0x80 | (14 << 3),
            0x08,
            0x02,
            0x01,
            0x00,                 // long: +4, end +2, col 0, end none
            0x80 | (15 << 3) | 7, // no location, 8 units
            0x80 | (10 << 3),
            0x7F,
            0x7F, // one line +0
        ];
        let e = decode_location_table(&table, 10).unwrap();
        assert_eq!(e.len(), 6);
        let pos = decode_positions(&table, 10).unwrap();
        assert_eq!(pos.len(), 2 + 1 + 3 + 1 + 8 + 1);
        assert_eq!(pos[0], p(10, 10, 10, 13));
        assert_eq!(pos[1], p(10, 10, 10, 13));
        assert_eq!(pos[2], p(11, 11, 4, 9));
        assert_eq!(
            pos[3],
            Position {
                line: Some(9),
                end_line: Some(9),
                col: None,
                end_col: None
            }
        );
        assert_eq!(
            pos[6],
            Position {
                line: Some(13),
                end_line: Some(15),
                col: Some(0),
                end_col: None
            }
        );
        assert_eq!(pos[7], Position::default());
        assert_eq!(pos[14], Position::default());
        assert_eq!(pos[15], p(13, 13, 127, 127));
    }

    #[test]
    fn rejects_bad_tables() {
        for bad in [
            &[0x01][..],                                                   // no entry-start bit
            &[0x80],                                     // short form without its byte
            &[0x80 | (10 << 3), 1],                      // one-line form missing a byte
            &[0x80 | (14 << 3), 0x41, 0x41],             // long form truncated
            &[0x80 | (14 << 3), 0x00, 0x00, 0x80, 0x00], // new entry in the middle
            &[0x80 | (13 << 3), 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x01], // huge varint
            &[
                0x80 | (14 << 3),
                0x00,
                0x7F,
                0x7F,
                0x7F,
                0x7F,
                0x7F,
                0x03,
                0,
                0,
            ], // end line overflow
        ] {
            assert!(decode_positions(bad, 1).is_err(), "{bad:x?}");
        }
        // Line overflow through repeated deltas.
        let table = [
            0x80 | (14 << 3),
            0x7E,
            0x7F,
            0x7F,
            0x7F,
            0x7F,
            0x0F,
            0,
            0,
            0,
        ];
        assert!(decode_positions(&table, i32::MAX - 5).is_err());
        let e = decode_positions(&[0x80 | (10 << 3), 1], 1).unwrap_err();
        assert_eq!(
            e.to_string(),
            "bad location table at byte 2: table ends in the middle of an entry's end column"
        );
    }
}
