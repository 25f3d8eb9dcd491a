//! The few Unicode properties the conversions need.
//!
//! General categories come from the `unicode-general-category` crate, whose
//! tables are Unicode 16.0.0, the version Python 3.14's `unicodedata` uses
//! (`unicodedata.unidata_version == '16.0.0'`), so `str.isprintable`, digit
//! values and the like agree with CPython code point for code point.

use unicode_general_category::{get_general_category, GeneralCategory};

/// General category of a code point (lone surrogates are `Surrogate`).
pub(crate) fn category(cp: u32) -> GeneralCategory {
    match char::from_u32(cp) {
        Some(c) => get_general_category(c),
        None if (0xD800..=0xDFFF).contains(&cp) => GeneralCategory::Surrogate,
        None => GeneralCategory::Unassigned,
    }
}

/// Python's `str.isprintable` for one code point: false for the categories
/// Other (Cc Cf Cs Co Cn) and Separator (Zl Zp Zs), except the ASCII space.
pub(crate) fn is_printable_cp(cp: u32) -> bool {
    if cp < 0x7F {
        return cp >= 0x20;
    }
    !matches!(
        category(cp),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::Surrogate
            | GeneralCategory::PrivateUse
            | GeneralCategory::Unassigned
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::SpaceSeparator
    )
}

/// The value of a decimal digit (category Nd, what Python's `int()` and
/// `str.isdecimal` accept), or `None`.
///
/// Unicode guarantees that decimal digits come in contiguous runs of ten,
/// 0 to 9 in order, so the value is the position within the run: the count
/// of Nd code points before this one in its block of consecutive Nd code
/// points, modulo ten.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if (c as u32) < 0x80 || get_general_category(c) != GeneralCategory::DecimalNumber {
        return None;
    }
    let mut cp = c as u32;
    let mut before = 0;
    while cp > 0 {
        match char::from_u32(cp - 1) {
            Some(p) if get_general_category(p) == GeneralCategory::DecimalNumber => {
                before += 1;
                cp -= 1;
            }
            _ => break,
        }
    }
    Some(before % 10)
}

/// Python's `str.isspace` for one code point (what `int()`, `float()` and
/// `str.split()` strip): bidirectional class WS, B or S, or category Zs.
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}
