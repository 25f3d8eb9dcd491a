//! `format(float, spec)`.

use super::float_repr::{double_to_string, DtoaFlags};
use super::layout::{layout_number, to_string, Number};
use super::spec::{FormatSpec, Grouping};
use super::{too_large, FormatError, MAX_LAYOUT};

/// `format(x, spec)` for a float (`spec` parsed with no default type).
///
/// Types `e E f F g G n %` and none: with no type and no precision the
/// result is `str(x)`; with a precision it is like `g` but keeps at least
/// one digit after the point when the value is integral and laid out
/// without exponent. Anything else is "Unknown format code".
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        _ => return Err(spec.unknown_code()),
    }
    Ok(to_string(&format_float_parts(x, spec)?))
}

/// Splits CPython's float text into sign, integer digits and remainder,
/// grouping the fraction digits when asked (3.14's `.3_f`).
pub(crate) fn split_number(s: &str, frac_group: Option<Grouping>) -> Number {
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let digits = body[..n_int].chars().map(u32::from).collect();
    let rest = &body[n_int..];
    let mut remainder = Vec::with_capacity(rest.len() + 4);
    match (rest.strip_prefix('.'), frac_group) {
        (Some(after), Some(g)) => {
            remainder.push(u32::from('.'));
            let n_frac = after.bytes().take_while(u8::is_ascii_digit).count();
            for (i, c) in after[..n_frac].chars().enumerate() {
                if i > 0 && i % 3 == 0 {
                    remainder.push(u32::from(g.char()));
                }
                remainder.push(u32::from(c));
            }
            remainder.extend(after[n_frac..].chars().map(u32::from));
        }
        _ => remainder.extend(rest.chars().map(u32::from)),
    }
    Number {
        negative,
        prefix: Vec::new(),
        digits,
        remainder,
    }
}

/// The text CPython's `format_float_internal` builds before padding, and
/// the flags it used; shared with complex formatting.
pub(crate) fn float_body(x: f64, spec: &FormatSpec, complex: bool) -> Result<String, FormatError> {
    let precision = spec.precision;
    if let Some(p) = precision {
        if p > i32::MAX as usize {
            return Err(FormatError::value("precision too big"));
        }
        if p > MAX_LAYOUT {
            return Err(too_large());
        }
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut x = x;
    let mut pct = false;
    let (mut code, default_precision) = match spec.ty {
        None | Some('\0') => {
            if !complex {
                flags.add_dot_0 = true;
            }
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some('%') => {
            x *= 100.0;
            pct = true;
            ('f', 6)
        }
        Some(c) => (c, 6),
    };
    let precision = match precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut s = double_to_string(x, code, precision, flags);
    if pct {
        s.push('%');
    }
    Ok(s)
}

/// `format_float` without the type check, as code points (also used for
/// ints formatted with a float type).
pub(crate) fn format_float_parts(x: f64, spec: &FormatSpec) -> Result<Vec<u32>, FormatError> {
    let s = float_body(x, spec, false)?;
    let number = split_number(&s, spec.frac_grouping);
    let group = match (spec.ty, spec.grouping) {
        (Some('n'), _) | (_, None) => None,
        (_, Some(g)) => Some((g.char(), 3)),
    };
    layout_number(spec, &number, group)
}
