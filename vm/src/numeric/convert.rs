//! Conversions between the numeric types and the int/float methods that
//! inspect a value's representation (`int.bit_length`,
//! `float.as_integer_ratio`, `float.hex`, `float.fromhex`, ...).
//!
//! Every int to float conversion rounds correctly (half to even), including
//! the quotient of two huge ints.

use num_bigint::{BigInt, BigUint};
use num_traits::{ToPrimitive, Zero};

use super::{int_ops, ExcKind, Num, NumError, NumResult};

/// `m * 2**e`, plus a sticky bit meaning "plus something less than one unit
/// of `m`'s last bit", rounded half to even to a (non-negative) double;
/// infinity if it overflows. With `sticky`, `m` must have at least 55
/// significant bits so that the sticky part lies below the rounding bit.
pub(super) fn compose(m: u64, e: i64, sticky: bool) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let nb = 64 - i64::from(m.leading_zeros());
    let top = nb - 1 + e; // exponent of the leading bit
    if top > 1023 {
        return f64::INFINITY;
    }
    // significant bits available at this magnitude
    let p = if top >= -1022 { 53 } else { top + 1075 };
    if p <= 0 {
        // below 2**-1074; exactly representable only as 0 or 2**-1074
        let above_half = m != 1u64 << (nb - 1) || sticky;
        return if p == 0 && above_half {
            f64::from_bits(1)
        } else {
            0.0
        };
    }
    let drop = nb - p;
    let (q, s) = if drop <= 0 {
        (m << (-drop), e + drop)
    } else {
        let q = m >> drop;
        let rem = m & ((1u64 << drop) - 1);
        let half = 1u64 << (drop - 1);
        let up = rem > half || (rem == half && (sticky || q & 1 == 1));
        (q + u64::from(up), e + drop)
    };
    build(q, s)
}

/// The double `q * 2**s`, where the value is known to be representable
/// (`q < 2**54`) or to overflow.
fn build(q: u64, s: i64) -> f64 {
    if q == 0 {
        return 0.0;
    }
    let nbq = 64 - i64::from(q.leading_zeros());
    let top = nbq - 1 + s;
    if top > 1023 {
        return f64::INFINITY;
    }
    if top >= -1022 {
        let mant = if nbq <= 53 {
            q << (53 - nbq)
        } else {
            q >> (nbq - 53)
        };
        let bits = (((top + 1023) as u64) << 52) | (mant & ((1u64 << 52) - 1));
        f64::from_bits(bits)
    } else {
        // subnormal: value = q * 2**s with s >= -1074
        let shift = s + 1074;
        if !(0..64).contains(&shift) {
            return 0.0;
        }
        f64::from_bits(q << shift)
    }
}

/// `|n|` rounded to a double (infinity if too large).
pub(super) fn biguint_to_f64(n: &BigUint) -> f64 {
    let nb = n.bits();
    if nb <= 64 {
        return compose(n.to_u64().unwrap_or(0), 0, false);
    }
    let shift = nb - 64;
    let top = (n >> shift).to_u64().unwrap_or(u64::MAX);
    let sticky = n.trailing_zeros().unwrap_or(0) < shift;
    compose(top, shift as i64, sticky)
}

/// `a / b` correctly rounded (`b > 0`); infinity if it overflows.
pub(super) fn ratio_to_f64(a: &BigUint, b: &BigUint) -> f64 {
    if a.is_zero() {
        return 0.0;
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    // a / b lies in (2**(diff-1), 2**(diff+1))
    if diff > 1025 {
        return f64::INFINITY;
    }
    if diff < -1078 {
        return 0.0;
    }
    // q = floor(a * 2**k / b) has 63 or 64 bits
    let k = 63 - diff;
    let (q, r) = if k >= 0 {
        let num = a << (k as u64);
        (&num / b, &num % b)
    } else {
        let den = b << ((-k) as u64);
        (a / &den, a % &den)
    };
    compose(q.to_u64().unwrap_or(u64::MAX), -k, !r.is_zero())
}

/// `float(x)` for an int `x` (floats pass through).
///
/// `OverflowError: int too large to convert to float` if `|x|` rounds to
/// `2**1024` or more. A complex `x` raises `TypeError`.
pub fn int_to_float(x: &Num) -> NumResult<f64> {
    match x {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => {
            let f = biguint_to_f64(b.magnitude());
            if f.is_infinite() {
                return Err(NumError::int_too_large_for_float());
            }
            Ok(if b.sign() == num_bigint::Sign::Minus {
                -f
            } else {
                f
            })
        }
        Num::Float(f) => Ok(*f),
        Num::Complex(..) => Err(float_of_complex()),
    }
}

fn float_of_complex() -> NumError {
    NumError::new(
        ExcKind::TypeError,
        "float() argument must be a string or a real number, not 'complex'",
    )
}

/// `float(x)`: ints are converted, floats returned, complex numbers raise
/// `TypeError`.
pub fn to_float(x: &Num) -> NumResult<f64> {
    int_to_float(x)
}

/// `int(x)`: floats are truncated towards zero, ints returned, complex
/// numbers raise `TypeError`.
pub fn to_int(x: &Num) -> NumResult<Num> {
    match x {
        Num::Int(_) | Num::Big(_) => Ok(x.clone().normalized()),
        Num::Float(f) => float_to_int(*f),
        Num::Complex(..) => Err(NumError::new(
            ExcKind::TypeError,
            "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
        )),
    }
}

/// `complex(x)` of a number: `(real, imag)`. Ints are converted to float
/// (`OverflowError` if too large).
pub fn to_complex(x: &Num) -> NumResult<(f64, f64)> {
    match x {
        Num::Complex(re, im) => Ok((*re, *im)),
        other => Ok((int_to_float(other)?, 0.0)),
    }
}

/// A finite nonzero double as `(negative, m, e)` with `|x| == m * 2**e`.
pub(super) fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (negative, frac, -1074)
    } else {
        (negative, frac | (1u64 << 52), exp - 1075)
    }
}

/// `int(x)` for a float: truncation towards zero.
///
/// `OverflowError: cannot convert float infinity to integer` and
/// `ValueError: cannot convert float NaN to integer`.
pub fn float_to_int(x: f64) -> NumResult<Num> {
    if x.is_nan() {
        return Err(NumError::new(
            ExcKind::ValueError,
            "cannot convert float NaN to integer",
        ));
    }
    if x.is_infinite() {
        return Err(NumError::new(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9_223_372_036_854_775_808.0 {
        return Ok(Num::Int(t as i64));
    }
    // |t| >= 2**63: an integer m * 2**e with e > 0
    let (negative, m, e) = decompose(t);
    let v = BigInt::from(m) << (e as u64);
    Ok(Num::from_bigint(if negative { -v } else { v }))
}

/// `float.as_integer_ratio()`: the exact value as `(numerator,
/// denominator)` in lowest terms with a positive power-of-two denominator.
///
/// `OverflowError: cannot convert Infinity to integer ratio` and
/// `ValueError: cannot convert NaN to integer ratio`.
pub fn float_as_integer_ratio(x: f64) -> NumResult<(Num, Num)> {
    if x.is_infinite() {
        return Err(NumError::new(
            ExcKind::OverflowError,
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(NumError::new(
            ExcKind::ValueError,
            "cannot convert NaN to integer ratio",
        ));
    }
    if x == 0.0 {
        return Ok((Num::Int(0), Num::Int(1)));
    }
    let (negative, m, e) = decompose(x);
    let tz = m.trailing_zeros();
    let (m, e) = (m >> tz, e + i64::from(tz));
    let m = BigInt::from(m);
    let m = if negative { -m } else { m };
    if e >= 0 {
        Ok((Num::from_bigint(m << (e as u64)), Num::Int(1)))
    } else {
        Ok((
            Num::from_bigint(m),
            Num::from_bigint(BigInt::from(1) << ((-e) as u64)),
        ))
    }
}

/// `float.is_integer()`: finite and integral.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc()
}

/// `int.bit_length()`: bits of `|x|` (0 for 0); `None` if `x` is not an
/// int.
pub fn bit_length(x: &Num) -> Option<u64> {
    x.is_int().then(|| int_ops::bits(x))
}

/// `int.bit_count()`: number of ones in `|x|`; `None` if `x` is not an int.
pub fn bit_count(x: &Num) -> Option<u64> {
    match x {
        Num::Int(i) => Some(u64::from(i.unsigned_abs().count_ones())),
        Num::Big(b) => Some(
            b.magnitude()
                .iter_u64_digits()
                .map(|d| u64::from(d.count_ones()))
                .sum(),
        ),
        Num::Float(_) | Num::Complex(..) => None,
    }
}

/// `float.hex()`: e.g. `'0x1.8000000000000p+0'`, `'-0x0.0p+0'`,
/// `'0x0.0000000000001p-1022'` (subnormals keep exponent -1022), `'inf'`,
/// `'nan'`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let esign = if e >= 0 { "+" } else { "-" };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", e.abs())
}

fn invalid_hex() -> NumError {
    NumError::new(
        ExcKind::ValueError,
        "invalid hexadecimal floating-point string",
    )
}

/// `float.fromhex(s)`: `[sign] ['0x'] digits ['.' digits] ['p' [sign]
/// decimal]`, or `inf`/`infinity`/`nan` in any case, with surrounding
/// whitespace; rounded half to even.
///
/// `ValueError: invalid hexadecimal floating-point string` and
/// `OverflowError: hexadecimal value too large to represent as a float`.
pub fn float_fromhex(s: &str) -> NumResult<f64> {
    // Python's (ASCII) whitespace, vertical tab included
    let t = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'));
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Ok(if negative { -f64::NAN } else { f64::NAN });
    }
    let bytes = lower.as_bytes();
    let mut i = 0;
    if bytes.len() >= 2 && bytes[0] == b'0' && bytes[1] == b'x' {
        i = 2;
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut frac_digits: i64 = 0;
    let mut seen_point = false;
    let mut any_digit = false;
    while i < bytes.len() {
        let c = bytes[i];
        if let Some(d) = (c as char).to_digit(16) {
            any_digit = true;
            if !(digits.is_empty() && d == 0) {
                digits.push(d as u8);
            }
            if seen_point {
                frac_digits += 1;
            }
        } else if c == b'.' && !seen_point {
            seen_point = true;
        } else {
            break;
        }
        i += 1;
    }
    if !any_digit {
        return Err(invalid_hex());
    }
    let mut exp: i64 = 0;
    if i < bytes.len() && bytes[i] == b'p' {
        i += 1;
        let mut exp_negative = false;
        if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
            exp_negative = bytes[i] == b'-';
            i += 1;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            // saturate: anything this large over- or underflows anyway
            exp = exp
                .saturating_mul(10)
                .saturating_add(i64::from(bytes[i] - b'0'))
                .min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(invalid_hex());
        }
        if exp_negative {
            exp = -exp;
        }
    }
    if i != bytes.len() {
        return Err(invalid_hex());
    }
    let value = if digits.is_empty() {
        0.0
    } else {
        // value = digits * 16**-frac_digits * 2**exp
        let total_bits = 4 * digits.len() as i64;
        let scale = exp.saturating_sub(4 * frac_digits);
        if total_bits + scale > 1100 {
            f64::INFINITY
        } else if total_bits + scale < -1100 {
            0.0
        } else {
            // The leading 16 digits (61 to 64 bits, the first is nonzero)
            // and a sticky bit for the rest are all rounding needs.
            let head = digits.len().min(16);
            let top = digits[..head]
                .iter()
                .fold(0u64, |acc, d| (acc << 4) | u64::from(*d));
            let sticky = digits[head..].iter().any(|d| *d != 0);
            let rest = 4 * (digits.len() - head) as i64;
            compose(top, scale + rest, sticky)
        }
    };
    if value.is_infinite() {
        return Err(NumError::new(
            ExcKind::OverflowError,
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(if negative { -value } else { value })
}
