//! `hash()` of numbers, checked three ways:
//!
//! * known values (from a 64-bit CPython; numeric hashing has not changed
//!   since Python 3.2 apart from NaN, and pyodide's 32-bit build cannot give
//!   them);
//! * a transcription of the reference code in the Python docs ("Hashing of
//!   numeric types"), run on big integers, over many random values;
//! * equal values of different types hash alike.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyvm::numeric::{self, hash, Num};

const P: i64 = (1 << 61) - 1;

fn big(s: &str) -> Num {
    Num::from_bigint(s.parse::<BigInt>().unwrap())
}

#[test]
fn known_values() {
    let two = BigInt::from(2u8);
    let cases: Vec<(Num, i64)> = vec![
        (Num::from_bigint(two.pow(61u32)), 1),
        (Num::Int(-1), -2),
        (Num::Int(-2), -2),
        (Num::Int(0), 0),
        (Num::Float(0.5), 1152921504606846976),
        (Num::Float(1e308), 156575653125701),
        (Num::Float(-1e308), -156575653125701),
        (Num::from_bigint(two.pow(100u32)), 549755813888),
        (Num::from_bigint(-two.pow(100u32)), -549755813888),
        (Num::Float(1.5), 1152921504606846977),
        (Num::Float(-1.5), -1152921504606846977),
        (Num::Float(5e-324), 16777216),
        (Num::Float(0.1), 230584300921369408),
        (Num::Complex(1.5, -2.25), -576460752305423493),
        (Num::Complex(0.1, 0.2), 1614090106475185856),
        (Num::from_bigint(two.pow(63u32)), 4),
        (Num::Int(i64::MIN), -4),
        (Num::from_bigint(two.pow(64u32) - 1), 7),
        (big("1000000000000000000000000000000"), 465258685558744706),
        (big("-1000000000000000000000000000000"), -465258685558744706),
        (Num::Float(1e-310), 615709907932414099),
        (Num::Float(2f64.powi(61)), 1),
        (Num::Complex(-1.0, 0.0), -2),
        (Num::Complex(f64::INFINITY, 1.0), 1314162),
        (Num::Float(std::f64::consts::PI), 326490430436040707),
        (Num::Int(P - 1), P - 1),
        (Num::Int(-(P - 1)), -(P - 1)),
        (Num::Int(P), 0),
        (Num::from_bigint(two.pow(122u32)), 1),
        (Num::Float(f64::INFINITY), 314159),
        (Num::Float(f64::NEG_INFINITY), -314159),
        (Num::Float(-0.0), 0),
    ];
    for (x, h) in cases {
        assert_eq!(hash(&x, 0), h, "hash({x:?})");
    }
}

#[test]
fn nan_hash_is_the_callers_identity_hash() {
    assert_eq!(hash(&Num::Float(f64::NAN), 12345), 12345);
    assert_eq!(numeric::hash_float(-f64::NAN, -7), -7);
    // complex with a NaN part: the identity hash stands in for that part
    let h = numeric::hash_complex(f64::NAN, 1.0, 99);
    assert_eq!(h, 99 + 1_000_003);
    let h = numeric::hash_complex(2.0, f64::NAN, 5);
    assert_eq!(h, 2 + 1_000_003 * 5);
}

// ---- the docs' reference implementation, transcribed ----

fn docs_hash_fraction(m: &BigInt, n: &BigInt) -> i64 {
    let p = BigInt::from(P);
    let (mut m, mut n) = (m.clone(), n.clone());
    while (m.mod_floor(&p)).is_zero() && (n.mod_floor(&p)).is_zero() {
        m /= &p;
        n /= &p;
    }
    let mut h = if n.mod_floor(&p).is_zero() {
        BigInt::from(314159)
    } else {
        // pow(n, P - 2, P) is the inverse of n modulo the prime P
        (m.abs().mod_floor(&p) * n.modpow(&(&p - 2), &p)).mod_floor(&p)
    };
    if m.is_negative() {
        h = -h;
    }
    let h = h.to_i64().unwrap();
    if h == -1 {
        -2
    } else {
        h
    }
}

fn docs_hash_float(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    let (m, n) = numeric::float_as_integer_ratio(x).unwrap();
    docs_hash_fraction(&m.to_bigint().unwrap(), &n.to_bigint().unwrap())
}

fn docs_hash_complex(re: f64, im: f64) -> i64 {
    let v = BigInt::from(docs_hash_float(re)) + BigInt::from(1_000_003) * docs_hash_float(im);
    // reduce to a signed 64-bit value: (v & (M - 1)) - (v & M), M = 2**63
    let m = BigInt::one() << 63usize;
    let v: BigInt = (&v & (&m - 1u8)) - (&v & &m);
    let v = v.to_i64().unwrap();
    if v == -1 {
        -2
    } else {
        v
    }
}

/// xorshift64*.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn float(&mut self) -> f64 {
        loop {
            let f = f64::from_bits(self.next());
            if !f.is_nan() {
                return f;
            }
        }
    }
}

#[test]
fn matches_the_documented_algorithm() {
    let mut rng = Rng(2024);
    for i in 0..20_000 {
        // ints of many sizes, including multiples of P
        let words = (rng.next() % 6) as usize;
        let mut n = BigInt::zero();
        for _ in 0..words {
            n = (n << 64usize) + BigInt::from(rng.next());
        }
        n >>= (rng.next() % 64) as usize;
        if i % 7 == 0 {
            n *= BigInt::from(P) * BigInt::from(rng.next() % 5);
        }
        if rng.next().is_multiple_of(2) {
            n = -n;
        }
        let expected = docs_hash_fraction(&n, &BigInt::one());
        assert_eq!(hash(&Num::from_bigint(n.clone()), 0), expected, "hash({n})");
        assert_eq!(
            hash(&Num::Big(Rc::new(n.clone())), 0),
            expected,
            "unnormalised {n}"
        );
        let (re, im) = (rng.float(), rng.float());
        assert_eq!(
            numeric::hash_float(re, 0),
            docs_hash_float(re),
            "hash({re:e})"
        );
        assert_eq!(
            numeric::hash_complex(re, im, 0),
            docs_hash_complex(re, im),
            "hash(complex({re:e}, {im:e}))"
        );
    }
}

#[test]
fn equal_numbers_hash_alike() {
    let mut rng = Rng(99);
    for _ in 0..5_000 {
        let f = rng.float().trunc();
        if !f.is_finite() {
            continue;
        }
        let n = numeric::float_to_int(f).unwrap();
        assert!(numeric::eq(&n, &Num::Float(f)));
        let h = hash(&n, 0);
        assert_eq!(h, hash(&Num::Float(f), 0), "{f:e}");
        assert_eq!(h, hash(&Num::Complex(f, 0.0), 0), "{f:e}");
    }
    assert_eq!(hash(&Num::Int(1), 0), hash(&Num::from(true), 0));
}
