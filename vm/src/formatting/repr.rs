//! `repr(str)`, `ascii()`, `repr(bytes)` and `str.isprintable`.

use super::unicode::is_printable_cp;
use crate::marshal::PyStr;

/// Python's `str.isprintable()`: true when every code point is printable
/// (not in the Unicode categories Cc Cf Cs Co Cn Zl Zp Zs, the ASCII space
/// excepted), and for the empty string.
pub fn is_printable(s: &PyStr) -> bool {
    s.code_points().all(is_printable_cp)
}

/// Python's quote choice: `'` unless the text holds `'` and no `"`.
fn pick_quote(mut units: impl Iterator<Item = u32>) -> char {
    let (mut single, mut double) = (false, false);
    for c in units.by_ref() {
        single |= c == u32::from('\'');
        double |= c == u32::from('"');
    }
    if single && !double {
        '"'
    } else {
        '\''
    }
}

fn push_hex_escape(out: &mut String, c: u32) {
    use std::fmt::Write;
    let _ = if c <= 0xFF {
        write!(out, "\\x{c:02x}")
    } else if c <= 0xFFFF {
        write!(out, "\\u{c:04x}")
    } else {
        write!(out, "\\U{c:08x}")
    };
}

fn quoted(s: &PyStr, ascii_only: bool) -> String {
    let quote = pick_quote(s.code_points());
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.code_points() {
        match c {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if c == u32::from(quote) => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7E => out.push(char::from(c as u8)),
            _ if c < 0x80 => push_hex_escape(&mut out, c),
            _ if !ascii_only && is_printable_cp(c) => match char::from_u32(c) {
                Some(ch) => out.push(ch),
                None => push_hex_escape(&mut out, c),
            },
            _ => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(str)`: quoted with `'` (or `"` when the text holds `'`
/// but no `"`), with `\\`, `\t`, `\n`, `\r`, the quote, and non-printable
/// code points escaped (`\xNN`, `\uNNNN`, `\UNNNNNNNN`, lone surrogates as
/// `\udNNN`); printable non-ASCII text is kept as it is.
pub fn str_repr(s: &PyStr) -> String {
    quoted(s, false)
}

/// Python's `ascii()` of a str: like [`str_repr`] but every non-ASCII code
/// point is escaped.
pub fn ascii_repr(s: &PyStr) -> String {
    quoted(s, true)
}

/// Python's `repr(bytes)`: `b'...'` (or `b"..."` when the bytes hold `'`
/// but no `"`), printable ASCII as is, `\\`, `\t`, `\n`, `\r` and the quote
/// escaped, every other byte as `\xNN`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = pick_quote(b.iter().map(|&c| u32::from(c)));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if char::from(c) == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7E => out.push(char::from(c)),
            _ => push_hex_escape(&mut out, u32::from(c)),
        }
    }
    out.push(quote);
    out
}
