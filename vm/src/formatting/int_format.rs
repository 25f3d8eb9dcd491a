//! `str(int)`, `bin`/`oct`/`hex`, and `format(int, spec)`.

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive};

use super::float_format::format_float_parts;
use super::layout::{cps, layout_number, Number};
use super::spec::{FormatSpec, Grouping};
use super::FormatError;
use crate::marshal::PyStr;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// Below this many digits the limit is never checked (CPython's
/// `_PY_LONG_MAX_STR_DIGITS_THRESHOLD`, also the smallest limit allowed).
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

/// The limit on decimal digits in int/str conversions (0: none), shared by
/// the whole process; `sys.set_int_max_str_digits` sets it.
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// Sets the limit read by [`int_max_str_digits`] (0 disables it). The
/// caller validates the value as `sys.set_int_max_str_digits` does.
pub fn set_int_max_str_digits(limit: usize) {
    MAX_STR_DIGITS.store(limit, Ordering::Relaxed);
}

/// The error of `str(n)` when `n` has more decimal digits than allowed.
fn to_str_limit_error(limit: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Decimal digits of `|v|`, checked against the digit limit.
fn decimal_magnitude(v: &BigInt) -> Result<String, FormatError> {
    let limit = int_max_str_digits();
    // A cheap bound first so that huge values are refused without the
    // quadratic conversion: bits * log10(2) >= digits - 1.
    let bits = v.bits();
    if limit > 0 && bits > 64 && (bits - 1) as f64 * std::f64::consts::LOG10_2 > limit as f64 + 1.0
    {
        return Err(to_str_limit_error(limit));
    }
    let s = v.magnitude().to_str_radix(10);
    if limit > 0 && s.len() > limit.max(MAX_STR_DIGITS_THRESHOLD) {
        return Err(to_str_limit_error(limit));
    }
    Ok(s)
}

/// `str(v)` for an int: decimal, with CPython's digit limit
/// ("Exceeds the limit (4300 digits) for integer string conversion; ...").
pub fn int_to_decimal(v: &BigInt) -> Result<String, FormatError> {
    let digits = decimal_magnitude(v)?;
    Ok(if v.is_negative() {
        format!("-{digits}")
    } else {
        digits
    })
}

/// `v` in base 2, 8, 10 or 16 (lower-case digits), with the `0b`/`0o`/`0x`
/// prefix after the sign when `prefix` is set: `bin(-5)` is
/// `int_to_str_radix(-5, 2, true)` = `-0b101`. Base 10 never has a prefix
/// and is subject to the digit limit; any other base is treated as 16.
pub fn int_to_str_radix(v: &BigInt, base: u32, prefix: bool) -> Result<String, FormatError> {
    let (digits, pre) = match base {
        10 => (decimal_magnitude(v)?, ""),
        2 => (v.magnitude().to_str_radix(2), "0b"),
        8 => (v.magnitude().to_str_radix(8), "0o"),
        _ => (v.magnitude().to_str_radix(16), "0x"),
    };
    let mut out = String::with_capacity(digits.len() + 3);
    if v.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(pre);
    }
    out.push_str(&digits);
    Ok(out)
}

/// `float(v)` for an int, with CPython's overflow message.
pub(crate) fn int_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(FormatError::overflow("int too large to convert to float")),
    }
}

/// `format(v, spec)` for an int (`spec` parsed with default type `'d'`).
///
/// Types `b c d o x X n` format the integer; `e E f F g G %` format
/// `float(v)`; anything else is "Unknown format code". The result is a
/// [`PyStr`] because `c` may produce a lone surrogate.
///
/// `format(v, '')` is `str(v)` in CPython, which differs from this for
/// `bool` (`'True'`) and for int subclasses with their own `__str__`: the
/// caller handles an empty spec before calling this.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<PyStr, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = int_to_f64(v)?;
            let cps = format_float_parts(f, spec)?;
            return Ok(PyStr::new(&super::layout::to_string(&cps)));
        }
        _ => return Err(spec.unknown_code()),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let number = if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = v
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        if !(0..=0x10FFFF).contains(&x) {
            return Err(FormatError::overflow("%c arg not in range(0x110000)"));
        }
        Number {
            negative: false,
            prefix: Vec::new(),
            digits: Vec::new(),
            remainder: vec![x as u32],
        }
    } else {
        let (base, pre) = match ty {
            'b' => (2, "0b"),
            'o' => (8, "0o"),
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            _ => (10, ""),
        };
        let mut digits = if base == 10 {
            decimal_magnitude(v)?
        } else {
            v.magnitude().to_str_radix(base)
        };
        if ty == 'X' {
            digits.make_ascii_uppercase();
        }
        Number {
            negative: v.sign() == BigSign::Minus,
            prefix: if spec.alternate { cps(pre) } else { Vec::new() },
            digits: cps(&digits),
            remainder: Vec::new(),
        }
    };
    let group = match (spec.grouping, ty) {
        (_, 'n') | (None, _) => None,
        (Some(Grouping::Underscore), 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        (Some(g), _) => Some((g.char(), 3)),
    };
    let out = layout_number(spec, &number, group)?;
    Ok(PyStr::from_code_points(&out).unwrap_or_else(|| PyStr::new("")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formatting::parse_format_spec;

    #[test]
    fn decimal_digit_limit() {
        let ten = BigInt::from(10u8);
        let max_ok = ten.pow(4300) - 1u8;
        assert_eq!(int_to_decimal(&max_ok).unwrap().len(), 4300);
        assert_eq!(int_to_decimal(&-&max_ok).unwrap().len(), 4301);
        let too_big = ten.pow(4300);
        let e = int_to_decimal(&too_big).unwrap_err();
        assert_eq!(
            e.message,
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        assert!(int_to_decimal(&ten.pow(100_000)).is_err());
        // Power-of-two bases have no limit.
        assert!(int_to_str_radix(&too_big, 16, true)
            .unwrap()
            .starts_with("0x"));
        let spec = parse_format_spec("x", "int", Some('d')).unwrap();
        assert!(format_int(&too_big, &spec).is_ok());
        let spec = parse_format_spec(",", "int", Some('d')).unwrap();
        assert_eq!(format_int(&too_big, &spec).unwrap_err().message, e.message);
    }

    #[test]
    fn radix_prefixes() {
        let v = BigInt::from(-5);
        assert_eq!(int_to_str_radix(&v, 2, true).unwrap(), "-0b101");
        assert_eq!(int_to_str_radix(&v, 8, true).unwrap(), "-0o5");
        assert_eq!(
            int_to_str_radix(&BigInt::from(255), 16, true).unwrap(),
            "0xff"
        );
        assert_eq!(int_to_str_radix(&v, 10, false).unwrap(), "-5");
    }

    #[test]
    fn c_format_uses_a_64_bit_long() {
        let spec = parse_format_spec("c", "int", Some('d')).unwrap();
        let e = format_int(&BigInt::from(1u64 << 40), &spec).unwrap_err();
        assert_eq!(e.message, "%c arg not in range(0x110000)");
        let e = format_int(&(BigInt::from(1u8) << 70), &spec).unwrap_err();
        assert_eq!(e.message, "Python int too large to convert to C long");
        let s = format_int(&BigInt::from(0xD800), &spec).unwrap();
        assert_eq!(s.code_points().collect::<Vec<_>>(), vec![0xD800]);
    }
}
