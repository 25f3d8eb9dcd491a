//! `hash()` of numbers exactly as 64-bit CPython computes it (the
//! algorithm of the Python docs' "Hashing of numeric types"): a number's
//! hash is its value reduced modulo the prime `P = 2**61 - 1`, so that equal
//! ints, floats and complex numbers hash alike.
//!
//! * An int `n`: `|n| mod P`, negated for a negative `n`.
//! * A finite float: the hash of its exact rational value `m / 2**k`, i.e.
//!   `m * inverse(2**k) mod P`, where `2**61 == 1 (mod P)`.
//! * `±inf`: `±314159`. A NaN: the object's identity hash, which only the
//!   caller knows and passes in.
//! * A complex: `hash(re) + 1000003 * hash(im)`, wrapped to 64 bits.
//! * A result of -1 becomes -2 (-1 is CPython's error marker).

use num_bigint::{BigInt, Sign};

use super::Num;

/// The modulus `2**61 - 1` (`sys.hash_info.modulus`).
pub const MODULUS: u64 = (1 << 61) - 1;

/// `hash(float('inf'))` (`sys.hash_info.inf`).
pub const INF: i64 = 314_159;

/// The multiplier of the imaginary part's hash (`sys.hash_info.imag`).
pub const IMAG: u64 = 1_000_003;

/// Bits of the modulus exponent (`sys.hash_info.hash_bits`).
const BITS: u32 = 61;

/// Applies the sign and the -1 → -2 rule to a reduced magnitude.
fn finish(negative: bool, h: u64) -> i64 {
    let h = h as i64; // h < 2**61
    let h = if negative { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(x)` for an `i64`.
pub fn hash_i64(x: i64) -> i64 {
    finish(x < 0, x.unsigned_abs() % MODULUS)
}

/// `hash(x)` for an int of any size.
pub fn hash_bigint(x: &BigInt) -> i64 {
    // 2**64 == 2**3 (mod P)
    let mut h: u128 = 0;
    for d in x.magnitude().iter_u64_digits().rev() {
        h = ((h << 64) | u128::from(d)) % u128::from(MODULUS);
    }
    finish(x.sign() == Sign::Minus, h as u64)
}

/// `(a * 2**e) mod P` for `a < P` and any `e` (2 has order 61 mod P).
fn mul_pow2(a: u64, e: i64) -> u64 {
    let k = e.rem_euclid(i64::from(BITS)) as u32;
    ((u128::from(a) << k) % u128::from(MODULUS)) as u64
}

/// `hash(x)` for a float; `identity` is the NaN's identity hash (CPython
/// hashes a NaN by object identity).
pub fn hash_float(x: f64, identity: i64) -> i64 {
    if x.is_nan() {
        return identity;
    }
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    if x == 0.0 {
        return 0;
    }
    let (negative, m, e) = super::convert::decompose(x);
    finish(negative, mul_pow2(m % MODULUS, e))
}

/// `hash(complex(re, im))`; `identity` is used for a NaN part (CPython
/// uses the complex object's identity hash there).
pub fn hash_complex(re: f64, im: f64, identity: i64) -> i64 {
    let hr = hash_float(re, identity) as u64;
    let hi = hash_float(im, identity) as u64;
    let h = hr.wrapping_add(IMAG.wrapping_mul(hi)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(x)` for any number; `identity` is the object's identity hash,
/// used only for NaNs.
pub fn hash(x: &Num, identity: i64) -> i64 {
    match x {
        Num::Int(i) => hash_i64(*i),
        Num::Big(b) => hash_bigint(b),
        Num::Float(f) => hash_float(*f, identity),
        Num::Complex(re, im) => hash_complex(*re, *im, identity),
    }
}
