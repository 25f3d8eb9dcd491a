//! `int(str, base)` and `float(str)`.
//!
//! Both first map the text to ASCII the way CPython does: non-ASCII
//! whitespace becomes a space, a Unicode decimal digit becomes its ASCII
//! digit, and any other non-ASCII code point ends the text (making it
//! invalid). Only ASCII whitespace (space, `\t\n\v\f\r`) is then stripped,
//! so `'\x1c1'` is not a number although `'\x1c'.isspace()`.

use num_bigint::BigInt;

use super::int_format::{int_max_str_digits, MAX_STR_DIGITS_THRESHOLD};
use super::repr::str_repr;
use super::unicode::{decimal_value, is_space};
use super::FormatError;
use crate::marshal::PyStr;

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: an untranslatable
/// code point becomes `?` and ends the text.
fn to_ascii(text: &PyStr) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for cp in text.code_points() {
        if cp < 127 {
            out.push(cp as u8);
            continue;
        }
        match char::from_u32(cp) {
            Some(c) if is_space(c) => out.push(b' '),
            Some(c) => match decimal_value(c) {
                Some(d) => out.push(b'0' + d as u8),
                None => {
                    out.push(b'?');
                    break;
                }
            },
            None => {
                out.push(b'?');
                break;
            }
        }
    }
    out
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The first `n` code points of `s`.
fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn invalid_int(text: &PyStr, base: u32) -> FormatError {
    // CPython formats the repr with "%.200R": cut to 200 code points.
    let r = str_repr(text);
    FormatError::value(format!(
        "invalid literal for int() with base {base}: {}",
        truncate_chars(&r, 200)
    ))
}

/// Python's `int(text, base)` for a str, with the process-wide digit limit
/// (see [`int_max_str_digits`](super::int_format::int_max_str_digits)).
///
/// `base` is 0 (guess from the prefix, refusing leading zeros as in
/// `'010'`) or 2..=36. Accepts surrounding whitespace, a sign, a
/// `0x`/`0o`/`0b` prefix matching the base (followed by at most one
/// underscore), single underscores between digits and Unicode decimal
/// digits. Errors: `ValueError` "invalid literal for int() with base 10:
/// 'abc'", "int() base must be >= 2 and <= 36, or 0", and the digit limit.
pub fn parse_int(text: &PyStr, base: u32) -> Result<BigInt, FormatError> {
    parse_int_with_limit(text, base, int_max_str_digits())
}

/// [`parse_int`] with an explicit digit limit for non-power-of-two bases
/// (0: no limit).
pub fn parse_int_with_limit(text: &PyStr, base: u32, limit: usize) -> Result<BigInt, FormatError> {
    if base == 1 || base > 36 {
        return Err(FormatError::value(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let s = to_ascii(text);
    let bad = || invalid_int(text, base);
    let mut i = 0;
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    match s.get(i) {
        Some(b'+') => i += 1,
        Some(b'-') => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let mut base = base;
    let mut must_be_zero = false;
    let at = |k: usize| s.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => {
                    must_be_zero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' && matches!((base, at(i + 1)), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += 2;
        if s.get(i) == Some(&b'_') {
            i += 1;
        }
    }
    let digit = |b: u8| -> Option<u32> { (b as char).to_digit(36).filter(|&d| d < base) };
    if s.get(i) == Some(&b'_') {
        return Err(bad());
    }
    let mut clean = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    while let Some(&b) = s.get(i) {
        if b == b'_' {
            if prev == b'_' {
                return Err(bad());
            }
        } else if digit(b).is_some() {
            clean.push(b);
        } else {
            break;
        }
        prev = b;
        i += 1;
    }
    if prev == b'_' || clean.is_empty() {
        return Err(bad());
    }
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(bad());
    }
    if !base.is_power_of_two()
        && clean.len() > MAX_STR_DIGITS_THRESHOLD
        && limit > 0
        && clean.len() > limit
    {
        return Err(FormatError::value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    let v = BigInt::parse_bytes(&clean, base).ok_or_else(bad)?;
    if must_be_zero && v != BigInt::default() {
        return Err(invalid_int(text, 0));
    }
    Ok(if negative { -v } else { v })
}

fn invalid_float(text: &PyStr) -> FormatError {
    FormatError::value(format!(
        "could not convert string to float: {}",
        str_repr(text)
    ))
}

/// Python's `float(text)` for a str: surrounding whitespace, a sign, a
/// decimal mantissa (`1`, `1.`, `.5`) with an optional exponent, or
/// `inf`/`infinity`/`nan` in any case; single underscores only between
/// digits. Out-of-range values become `inf` or `0.0`. Error: `ValueError`
/// "could not convert string to float: 'abc'".
pub fn parse_float(text: &PyStr) -> Result<f64, FormatError> {
    let raw = to_ascii(text);
    let bad = || invalid_float(text);
    // Underscores: only between two digits; they are then removed.
    let mut s = Vec::with_capacity(raw.len());
    let mut prev = 0u8;
    for &b in &raw {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return Err(bad());
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return Err(bad());
            }
            s.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return Err(bad());
    }
    let mut start = 0;
    let mut end = s.len();
    while start < end && is_ascii_space(s[start]) {
        start += 1;
    }
    while end > start && is_ascii_space(s[end - 1]) {
        end -= 1;
    }
    let body = &s[start..end];
    if body.is_empty() {
        return Err(bad());
    }
    let (negative, unsigned) = match body[0] {
        b'-' => (true, &body[1..]),
        b'+' => (false, &body[1..]),
        _ => (false, body),
    };
    let lower = unsigned.to_ascii_lowercase();
    let value = if lower == b"inf" || lower == b"infinity" {
        f64::INFINITY
    } else if lower == b"nan" {
        f64::NAN
    } else {
        // digits [. digits] [(e|E) [sign] digits], at least one mantissa digit
        let n = unsigned.len();
        let mut k = 0;
        let int_digits = unsigned.iter().take_while(|b| b.is_ascii_digit()).count();
        k += int_digits;
        let mut frac_digits = 0;
        if k < n && unsigned[k] == b'.' {
            k += 1;
            frac_digits = unsigned[k..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            k += frac_digits;
        }
        if int_digits + frac_digits == 0 {
            return Err(bad());
        }
        if k < n && (unsigned[k] == b'e' || unsigned[k] == b'E') {
            let mut j = k + 1;
            if j < n && (unsigned[j] == b'+' || unsigned[j] == b'-') {
                j += 1;
            }
            let exp_digits = unsigned[j..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if exp_digits == 0 {
                return Err(bad());
            }
            k = j + exp_digits;
        }
        if k != n {
            return Err(bad());
        }
        let text = std::str::from_utf8(unsigned).map_err(|_| bad())?;
        text.parse::<f64>().map_err(|_| bad())?
    };
    Ok(if negative { -value } else { value })
}
