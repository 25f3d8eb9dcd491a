//! `int` arithmetic: `i64` fast paths with checked arithmetic, falling back
//! to [`BigInt`] on overflow. Every function here takes int operands only
//! ([`Num::Int`] or [`Num::Big`]); the dispatch in `ops` guarantees it.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::convert::ratio_to_f64;
use super::{big_of, ExcKind, Num, NumError, NumResult, MAX_INT_BITS};

/// CPython's largest int size in 30-bit digits on a 64-bit build:
/// `(PY_SSIZE_T_MAX - offsetof(PyLongObject, long_value.ob_digit)) / 4`.
const MAX_LONG_DIGITS: u128 = ((i64::MAX as u128) - 24) / 4;

/// The clip `divmod_shift` applies to a huge shift's word count.
const CLIPPED_WORDSHIFT: u128 = (i64::MAX as u128) / 4;

/// Sign of an int operand: -1, 0 or 1.
pub(super) fn signum(x: &Num) -> i32 {
    match x {
        Num::Int(i) => i.signum() as i32,
        Num::Big(b) => match b.sign() {
            Sign::Minus => -1,
            Sign::NoSign => 0,
            Sign::Plus => 1,
        },
        Num::Float(_) | Num::Complex(..) => 0,
    }
}

/// Number of bits of `|x|` (0 for 0).
pub(super) fn bits(x: &Num) -> u64 {
    match x {
        Num::Int(i) => 64 - u64::from(i.unsigned_abs().leading_zeros()),
        Num::Big(b) => b.bits(),
        Num::Float(_) | Num::Complex(..) => 0,
    }
}

/// The value as a `u64` if it is a non-negative int that fits.
fn to_u64(x: &Num) -> Option<u64> {
    match x {
        Num::Int(i) => u64::try_from(*i).ok(),
        Num::Big(b) => b.to_u64(),
        Num::Float(_) | Num::Complex(..) => None,
    }
}

/// `a + b`.
pub(super) fn add(a: &Num, b: &Num) -> Num {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Num::Int(r);
        }
    }
    Num::from_bigint(&*big_of(a) + &*big_of(b))
}

/// `a - b`.
pub(super) fn sub(a: &Num, b: &Num) -> Num {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return Num::Int(r);
        }
    }
    Num::from_bigint(&*big_of(a) - &*big_of(b))
}

/// `a * b`.
pub(super) fn mul(a: &Num, b: &Num) -> Num {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Num::Int(r);
        }
    }
    Num::from_bigint(&*big_of(a) * &*big_of(b))
}

/// `a // b` (floor division).
pub(super) fn floordiv(a: &Num, b: &Num) -> NumResult {
    if signum(b) == 0 {
        return Err(NumError::division_by_zero());
    }
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        if let (Some(q), Some(r)) = (x.checked_div(*y), x.checked_rem(*y)) {
            if r != 0 && ((r < 0) != (*y < 0)) {
                if let Some(q) = q.checked_sub(1) {
                    return Ok(Num::Int(q));
                }
            } else {
                return Ok(Num::Int(q));
            }
        }
    }
    Ok(Num::from_bigint(big_of(a).div_floor(&big_of(b))))
}

/// `a % b` (result has the sign of `b`).
pub(super) fn modulo(a: &Num, b: &Num) -> NumResult {
    if signum(b) == 0 {
        return Err(NumError::division_by_zero());
    }
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        let r = x.checked_rem(*y).unwrap_or(0); // only i64::MIN % -1 fails
        let r = if r != 0 && ((r < 0) != (*y < 0)) {
            r + y
        } else {
            r
        };
        return Ok(Num::Int(r));
    }
    Ok(Num::from_bigint(big_of(a).mod_floor(&big_of(b))))
}

/// `divmod(a, b)`.
pub(super) fn divmod(a: &Num, b: &Num) -> NumResult<(Num, Num)> {
    if signum(b) == 0 {
        return Err(NumError::division_by_zero());
    }
    if let (Num::Int(_), Num::Int(_)) = (a, b) {
        return Ok((floordiv(a, b)?, modulo(a, b)?));
    }
    let (q, r) = big_of(a).div_mod_floor(&big_of(b));
    Ok((Num::from_bigint(q), Num::from_bigint(r)))
}

/// `a / b` for ints: the correctly rounded quotient.
pub(super) fn truediv(a: &Num, b: &Num) -> NumResult<f64> {
    const EXACT: u64 = 1 << 53;
    if signum(b) == 0 {
        return Err(NumError::division_by_zero());
    }
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            // both exact as floats: IEEE division rounds correctly
            return Ok(*x as f64 / *y as f64);
        }
    }
    let (na, nb) = (big_of(a), big_of(b));
    let q = ratio_to_f64(na.magnitude(), nb.magnitude());
    if q.is_infinite() {
        return Err(NumError::new(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        ));
    }
    let negative = na.is_negative() != nb.is_negative();
    Ok(if negative { -q } else { q })
}

/// `a ** b` for a non-negative int `b`.
pub(super) fn pow_nonneg(a: &Num, b: &Num) -> NumResult {
    let exp = to_u64(b);
    if exp == Some(0) {
        return Ok(Num::Int(1));
    }
    // Trivial bases (any exponent, even a huge one).
    match a.as_i64() {
        Some(0) => return Ok(Num::Int(0)),
        Some(1) => return Ok(Num::Int(1)),
        Some(-1) => {
            let odd = match b {
                Num::Int(i) => i & 1 == 1,
                Num::Big(n) => n.is_odd(),
                _ => false,
            };
            return Ok(Num::Int(if odd { -1 } else { 1 }));
        }
        _ => {}
    }
    // |a| >= 2 from here on: the result has at least `exp` bits.
    let exp = match exp {
        Some(e) if e <= MAX_INT_BITS => e,
        _ => return Err(NumError::memory()),
    };
    if let Num::Int(x) = a {
        if let Ok(e32) = u32::try_from(exp) {
            if let Some(r) = x.checked_pow(e32) {
                return Ok(Num::Int(r));
            }
        }
    }
    let base = big_of(a);
    let lower_bound = (base.bits() - 1).saturating_mul(exp);
    if lower_bound >= MAX_INT_BITS {
        return Err(NumError::memory());
    }
    Ok(Num::from_bigint(Pow::pow(&*base, exp)))
}

/// `pow(a, b, m)` for ints.
pub(super) fn pow_mod(a: &Num, b: &Num, m: &Num) -> NumResult {
    if signum(m) == 0 {
        return Err(NumError::new(
            ExcKind::ValueError,
            "pow() 3rd argument cannot be 0",
        ));
    }
    let m_big = big_of(m);
    let negative_output = m_big.is_negative();
    let modulus = m_big.abs();
    if modulus.is_one() {
        return Ok(Num::Int(0));
    }
    let mut base = big_of(a).mod_floor(&modulus);
    let mut exp = big_of(b).into_owned();
    if exp.is_negative() {
        exp = -exp;
        base = match invmod(&base, &modulus) {
            Some(inv) => inv,
            None => {
                return Err(NumError::new(
                    ExcKind::ValueError,
                    "base is not invertible for the given modulus",
                ))
            }
        };
    }
    let mut r = base.modpow(&exp, &modulus);
    if negative_output && !r.is_zero() {
        r -= &modulus;
    }
    Ok(Num::from_bigint(r))
}

/// The inverse of `a` modulo `m` (`0 <= a < m`, `m > 1`), if any.
fn invmod(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.extended_gcd(m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(m))
}

fn negative_shift() -> NumError {
    NumError::new(ExcKind::ValueError, "negative shift count")
}

/// `a << b`.
pub(super) fn lshift(a: &Num, b: &Num) -> NumResult {
    if signum(b) < 0 {
        return Err(negative_shift());
    }
    if signum(a) == 0 {
        return Ok(Num::Int(0));
    }
    let count = to_u64(b);
    if let (Num::Int(x), Some(n)) = (a, count) {
        if n < 64 {
            return Ok(Num::from_i128(i128::from(*x) << n));
        }
    }
    // CPython sizes the result in 30-bit digits before allocating it.
    let old_digits = u128::from(bits(a)).div_ceil(30);
    let (word, rem) = match count {
        Some(n) if n <= i64::MAX as u64 => (u128::from(n / 30), n % 30),
        _ => {
            let (w, r) = big_of(b).div_rem(&BigInt::from(30));
            match w.to_u128() {
                Some(w) if w < CLIPPED_WORDSHIFT => (w, r.to_u64().unwrap_or(0)),
                _ => (CLIPPED_WORDSHIFT, 0),
            }
        }
    };
    let new_digits = old_digits + word + u128::from(rem != 0);
    if new_digits > MAX_LONG_DIGITS {
        return Err(NumError::new(
            ExcKind::OverflowError,
            "too many digits in integer",
        ));
    }
    let n = match count {
        Some(n) if n.saturating_add(bits(a)) <= MAX_INT_BITS => n,
        _ => return Err(NumError::memory()),
    };
    let Ok(n) = usize::try_from(n) else {
        return Err(NumError::memory());
    };
    Ok(Num::from_bigint(&*big_of(a) << n))
}

/// `a >> b` (rounds towards minus infinity).
pub(super) fn rshift(a: &Num, b: &Num) -> NumResult {
    if signum(b) < 0 {
        return Err(negative_shift());
    }
    let negative = signum(a) < 0;
    let n = match to_u64(b) {
        Some(n) if n < bits(a) => n,
        _ => return Ok(Num::Int(if negative { -1 } else { 0 })),
    };
    if let Num::Int(x) = a {
        // n < bits(a) <= 64; n == 64 is impossible for an i64 except
        // i64::MIN, whose bit count is 64 and n < 64 still holds.
        return Ok(Num::Int(x >> n));
    }
    let Ok(n) = usize::try_from(n) else {
        return Ok(Num::Int(if negative { -1 } else { 0 }));
    };
    Ok(Num::from_bigint(&*big_of(a) >> n))
}

/// `a & b`.
pub(super) fn and(a: &Num, b: &Num) -> Num {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        return Num::Int(x & y);
    }
    Num::from_bigint(&*big_of(a) & &*big_of(b))
}

/// `a | b`.
pub(super) fn or(a: &Num, b: &Num) -> Num {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        return Num::Int(x | y);
    }
    Num::from_bigint(&*big_of(a) | &*big_of(b))
}

/// `a ^ b`.
pub(super) fn xor(a: &Num, b: &Num) -> Num {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        return Num::Int(x ^ y);
    }
    Num::from_bigint(&*big_of(a) ^ &*big_of(b))
}

/// `-a`.
pub(super) fn neg(a: &Num) -> Num {
    if let Num::Int(x) = a {
        if let Some(r) = x.checked_neg() {
            return Num::Int(r);
        }
    }
    Num::from_bigint(-&*big_of(a))
}

/// `abs(a)`.
pub(super) fn abs(a: &Num) -> Num {
    if let Num::Int(x) = a {
        if let Some(r) = x.checked_abs() {
            return Num::Int(r);
        }
    }
    Num::from_bigint(big_of(a).abs())
}

/// `~a`, i.e. `-a - 1`.
pub(super) fn invert(a: &Num) -> Num {
    if let Num::Int(x) = a {
        return Num::Int(!x);
    }
    Num::from_bigint(-&*big_of(a) - 1)
}
