//! `round()` for floats and ints, with CPython's semantics.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Zero};

use super::FormatError;

/// `ndigits` above this leaves every float unchanged (CPython's
/// `NDIGITS_MAX`: 17 significant digits below the smallest subnormal).
const NDIGITS_MAX: i64 = 323;
/// `ndigits` below this rounds every float to zero (`NDIGITS_MIN`).
const NDIGITS_MIN: i64 = -308;

/// `round(x)` without `ndigits`: the nearest integer, ties to even, as an
/// int. Infinities raise `OverflowError` ("cannot convert float infinity to
/// integer"), NaN raises `ValueError` ("cannot convert float NaN to
/// integer").
pub fn round_float_to_int(x: f64) -> Result<BigInt, FormatError> {
    float_to_int(x.round_ties_even())
}

/// `int(x)` for a float: truncation toward zero, with CPython's errors for
/// infinities (`OverflowError`) and NaN (`ValueError`).
pub fn float_to_int(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
}

/// Mantissa and exponent with `x == m * 2^e` exactly (`x` finite).
fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    let m = BigInt::from(m);
    (if x < 0.0 { -m } else { m }, e)
}

/// `num / den` rounded to the nearest integer, ties to even (`den > 0`).
fn div_round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice = &r * 2u8;
    if twice > *den || (twice == *den && q.is_odd()) {
        q + 1u8
    } else {
        q
    }
}

/// `round(x, ndigits)`: `x` rounded to a multiple of `10**-ndigits`,
/// correctly (on the exact binary value, ties to even), returned as the
/// nearest float. Non-finite values and zeros come back unchanged. The
/// only error is `OverflowError` "rounded value too large to represent"
/// (e.g. `round(1.7e308, -308)`).
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0f64.copysign(x));
    }
    let (m, e) = decompose(x);
    let mut num = m;
    let mut den = BigInt::from(1u8);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let p = BigInt::from(10u8).pow(ndigits.unsigned_abs() as u32);
    if ndigits >= 0 {
        num *= p;
    } else {
        den *= p;
    }
    let q = div_round_half_even(&num, &den);
    if q.is_zero() {
        return Ok(0.0f64.copysign(x));
    }
    let r: f64 = format!("{q}e{}", -ndigits).parse().unwrap_or(f64::INFINITY);
    if r.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(r)
}

/// `round(v, ndigits)` for an int: unchanged for `ndigits >= 0`, else
/// rounded to a multiple of `10**-ndigits`, ties to even.
pub fn round_int(v: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || v.is_zero() {
        return v.clone();
    }
    let places = ndigits.unsigned_abs();
    // |v| < 2^bits <= 10^(bits*0.302 + 1): more places than that give 0.
    if places > v.bits() / 3 + 2 {
        return BigInt::zero();
    }
    let p = BigInt::from(10u8).pow(places as u32);
    div_round_half_even(v, &p) * p
}
