//! Padding, sign and digit grouping shared by the numeric formatters.
//!
//! A formatted number is laid out as
//! `<left pad><sign><prefix><sign pad><grouped digits><remainder><right pad>`
//! where only one of the three pads is non-empty. With fill `0` and `=`
//! alignment the sign pad is made of zeros that take part in the grouping
//! (`format(1234, '08,')` is `0,001,234`).

use super::spec::{Align, FormatSpec, Sign};
use super::{too_large, FormatError, MAX_LAYOUT};

/// The pieces of a number, as code points.
pub(crate) struct Number {
    /// Whether the value is negative (a `-` is written).
    pub negative: bool,
    /// Base prefix (`0x`), empty when none.
    pub prefix: Vec<u32>,
    /// Integer digits, ungrouped.
    pub digits: Vec<u32>,
    /// Everything after the integer digits (point, fraction, exponent, `%`).
    pub remainder: Vec<u32>,
}

/// Groups `digits` with `sep` every `size` digits from the right, padding
/// with zeros on the left until the result is at least `min_width` long
/// (separators count). Without grouping only the zero padding is done.
pub(crate) fn group_digits(
    digits: &[u32],
    min_width: i64,
    group: Option<(char, usize)>,
) -> Vec<u32> {
    // Build the output right to left.
    let mut rev: Vec<u32> = Vec::with_capacity(digits.len() + 8);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut pos = digits.len();
    let zero = u32::from('0');
    let emit = |rev: &mut Vec<u32>, sep: Option<char>, l: i64, remaining: i64, pos: &mut usize| {
        let n_chars = remaining.min(l).max(0);
        let n_zeros = (l - remaining).max(0);
        if let Some(s) = sep {
            rev.push(u32::from(s));
        }
        for _ in 0..n_chars {
            *pos -= 1;
            rev.push(digits[*pos]);
        }
        for _ in 0..n_zeros {
            rev.push(zero);
        }
        n_chars
    };
    let mut first = true;
    let mut broke = false;
    if let Some((sep, size)) = group {
        let size = size as i64;
        loop {
            let l = size.min(remaining.max(min_width).max(1));
            let used = emit(&mut rev, (!first).then_some(sep), l, remaining, &mut pos);
            first = false;
            remaining -= used;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broke = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broke {
        let l = remaining.max(min_width).max(1);
        let sep = group.map(|(s, _)| s).filter(|_| !first);
        emit(&mut rev, sep, l, remaining, &mut pos);
    }
    rev.reverse();
    rev
}

/// Left and right padding sizes for `len` characters in `width`.
pub(crate) fn padding(len: usize, width: Option<usize>, align: Align) -> (usize, usize) {
    let total = width.unwrap_or(0).max(len);
    let extra = total - len;
    let left = match align {
        Align::Right => extra,
        Align::Center => extra / 2,
        Align::Left | Align::AfterSign => 0,
    };
    (left, extra - left)
}

pub(crate) fn check_width(spec: &FormatSpec) -> Result<(), FormatError> {
    if spec.width.unwrap_or(0) > MAX_LAYOUT {
        return Err(too_large());
    }
    Ok(())
}

/// The sign character for a number under `sign`.
pub(crate) fn sign_char(negative: bool, sign: Option<Sign>) -> Option<char> {
    match (negative, sign) {
        (true, _) => Some('-'),
        (false, Some(Sign::Plus)) => Some('+'),
        (false, Some(Sign::Space)) => Some(' '),
        _ => None,
    }
}

/// Lays `n` out under `spec` (CPython's `calc_number_widths` and
/// `fill_number`), grouping the integer digits with `group`.
pub(crate) fn layout_number(
    spec: &FormatSpec,
    n: &Number,
    group: Option<(char, usize)>,
) -> Result<Vec<u32>, FormatError> {
    check_width(spec)?;
    let fill = u32::from(spec.fill_char());
    let align = spec.align_or(Align::Right);
    let sign = sign_char(n.negative, spec.sign);
    let non_digit = usize::from(sign.is_some()) + n.prefix.len() + n.remainder.len();
    let width = spec.width.map(|w| w as i64).unwrap_or(-1);
    let min_width = if fill == u32::from('0') && align == Align::AfterSign {
        width - non_digit as i64
    } else {
        0
    };
    let grouped = if n.digits.is_empty() {
        Vec::new()
    } else {
        group_digits(&n.digits, min_width, group)
    };
    let len = non_digit + grouped.len();
    let pad = (width - len as i64).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        Align::Left => (0, 0, pad),
        Align::Center => (pad / 2, 0, pad - pad / 2),
        Align::AfterSign => (0, pad, 0),
        Align::Right => (pad, 0, 0),
    };
    let mut out = Vec::with_capacity(len + pad);
    out.extend(std::iter::repeat_n(fill, lpad));
    if let Some(s) = sign {
        out.push(u32::from(s));
    }
    out.extend_from_slice(&n.prefix);
    out.extend(std::iter::repeat_n(fill, spad));
    out.extend_from_slice(&grouped);
    out.extend_from_slice(&n.remainder);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}

/// Code points of ASCII text.
pub(crate) fn cps(s: &str) -> Vec<u32> {
    s.chars().map(u32::from).collect()
}

/// A `String` from code points known to hold no surrogate.
pub(crate) fn to_string(v: &[u32]) -> String {
    v.iter()
        .map(|&c| char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}
