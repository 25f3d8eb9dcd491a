//! Decoder of `co_exceptiontable` (CPython 3.11+).
//!
//! The table is a sequence of entries of four numbers each: `start`,
//! `length`, `target` and `depth_lasti` (`depth << 1 | lasti`), all counted in
//! code units. Each number is a big-endian varint of 6-bit groups: bits 0-5
//! hold the group, bit 6 says another group follows. Bit 7 is set on the
//! first byte of every entry (and no other byte), so that a reader can find
//! entry boundaries.

use super::{ErrorKind, LoadError};

/// One exception handler range. All offsets are in code units (multiply by 2
/// for the byte offsets that `dis` shows).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    /// First code unit covered.
    pub start: u32,
    /// One past the last code unit covered.
    pub end: u32,
    /// Code unit of the handler.
    pub target: u32,
    /// Stack depth to unwind to before pushing the exception.
    pub depth: u32,
    /// Whether the offset of the raising instruction is pushed too.
    pub lasti: bool,
}

fn err(offset: usize, message: impl Into<String>) -> LoadError {
    ErrorKind::BadExceptionTable {
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
    /// Reads one varint; `first` is true for the first number of an entry,
    /// whose first byte must carry the entry-start bit.
    fn varint(&mut self, first: bool, what: &str) -> Result<u32, LoadError> {
        let mut value: u32 = 0;
        let mut first_byte = true;
        loop {
            let Some(&b) = self.table.get(self.pos) else {
                return Err(err(
                    self.pos,
                    format!("table ends in the middle of an entry's {what}"),
                ));
            };
            let start_bit = b & 0x80 != 0;
            if start_bit != (first && first_byte) {
                return Err(err(
                    self.pos,
                    if start_bit {
                        format!("byte {b:#04x} starts a new entry inside an entry's {what}")
                    } else {
                        format!("byte {b:#04x} should start an entry (bit 7 set)")
                    },
                ));
            }
            if value > (u32::MAX >> 6) {
                return Err(err(self.pos, format!("{what} does not fit in 32 bits")));
            }
            value = (value << 6) | u32::from(b & 0x3F);
            self.pos += 1;
            first_byte = false;
            if b & 0x40 == 0 {
                return Ok(value);
            }
        }
    }
}

/// Decodes an exception table into its entries, in table order.
///
/// Total: malformed input (a truncated entry, a misplaced entry-start bit, a
/// number over 32 bits, `start + length` overflowing) is an error; the work
/// is linear in the table's length.
pub fn decode_exception_table(table: &[u8]) -> Result<Vec<ExceptionTableEntry>, LoadError> {
    Ok(decode_exception_table_with_offsets(table)?
        .into_iter()
        .map(|(e, _)| e)
        .collect())
}

/// Like [`decode_exception_table`], with each entry's byte offset in the
/// table.
pub(crate) fn decode_exception_table_with_offsets(
    table: &[u8],
) -> Result<Vec<(ExceptionTableEntry, usize)>, LoadError> {
    let mut c = Cursor { table, pos: 0 };
    let mut out = Vec::with_capacity(table.len() / 4);
    while c.pos < table.len() {
        let offset = c.pos;
        let start = c.varint(true, "start")?;
        let length = c.varint(false, "length")?;
        let target = c.varint(false, "target")?;
        let depth_lasti = c.varint(false, "depth")?;
        let end = start
            .checked_add(length)
            .ok_or_else(|| err(offset, format!("start {start} + length {length} overflows")))?;
        out.push((
            ExceptionTableEntry {
                start,
                end,
                target,
                depth: depth_lasti >> 1,
                lasti: depth_lasti & 1 != 0,
            },
            offset,
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_entries() {
        // start=2, length=3, target=0x45 (two groups), depth=1 lasti=1
        let table = [0x82, 0x03, 0x41, 0x05, 0x03, 0x80, 0x01, 0x02, 0x04];
        let e = decode_exception_table(&table).unwrap();
        assert_eq!(
            e,
            vec![
                ExceptionTableEntry {
                    start: 2,
                    end: 5,
                    target: 0x45,
                    depth: 1,
                    lasti: true
                },
                ExceptionTableEntry {
                    start: 0,
                    end: 1,
                    target: 2,
                    depth: 2,
                    lasti: false
                },
            ]
        );
        assert!(decode_exception_table(&[]).unwrap().is_empty());
    }

    #[test]
    fn rejects_bad_tables() {
        for bad in [
            &[0x82, 0x03, 0x41][..],                              // truncated in target
            &[0x02, 0x03, 0x04, 0x05],                            // no entry-start bit
            &[0x82, 0x83, 0x04, 0x05],                            // start bit inside an entry
            &[0xC1, 0x41, 0x41, 0x41, 0x41, 0x41, 0x01, 0, 0, 0], // 36 bits
            &[0xC0, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F],          // unterminated
            &[0xC3, 0x7F, 0x7F, 0x7F, 0x7F, 0x3F, 0x01, 0, 0],    // end overflows
        ] {
            assert!(decode_exception_table(bad).is_err(), "{bad:x?}");
        }
        let e = decode_exception_table(&[0x82, 0x03, 0x41]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "bad exception table at byte 3: table ends in the middle of an entry's target"
        );
    }
}
