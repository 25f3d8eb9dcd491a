//! Hashing and key equality for dict keys, without running Python code.

use crate::object::{ObjRef, Object, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// CPython's modulus for numeric hashes on 64-bit builds.
const MODULUS: i64 = (1 << 61) - 1;

/// The hash of a `str`: deterministic (CPython's is randomized per process).
pub fn str_hash(text: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of an int, as CPython computes it.
pub fn int_hash(v: i64) -> i64 {
    let m = v.unsigned_abs() % (MODULUS as u64);
    let h = if v < 0 { -(m as i64) } else { m as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn big_hash(v: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (v % &m).to_i64().unwrap_or(0);
    if r == -1 {
        -2
    } else {
        r
    }
}

fn float_hash(f: f64) -> Option<i64> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { 314_159 } else { -314_159 });
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return Some(int_hash(f as i64));
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & (MODULUS as u64)) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS as u64 {
            x -= MODULUS as u64;
        }
    }
    let e = e.rem_euclid(61);
    x = ((x << e) & (MODULUS as u64)) | (x >> (61 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    Some(if h == -1 { -2 } else { h })
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// The hash of a value whose hash needs no Python code; `None` when it is
/// unhashable or needs `__hash__` to be called.
pub fn builtin_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 0x5f1b_8c2a,
        Value::Bool(b) => i64::from(*b),
        Value::Int(i) => int_hash(*i),
        Value::Float(f) => float_hash(*f).unwrap_or_else(|| v.id()),
        Value::Null => 0,
        Value::Obj(o) => match &**o {
            Object::Str(s) => {
                if let Some(h) = s.hash.get() {
                    return Some(h);
                }
                let h = str_hash(&s.text.to_string_lossy());
                s.hash.set(Some(h));
                h
            }
            Object::BigInt(b) => big_hash(b),
            Object::Bytes(b) => str_hash(&String::from_utf8_lossy(b)) ^ 0x55,
            Object::Tuple(items) => {
                let mut acc: u64 = 0x27d4_eb2f_1656_67c5;
                for item in items.iter() {
                    let h = builtin_hash(item)? as u64;
                    acc = acc
                        .wrapping_add(h.wrapping_mul(0xc2b2_ae3d_27d4_eb4f))
                        .rotate_left(31)
                        .wrapping_mul(0x9e37_79b1_85eb_ca87);
                }
                acc as i64
            }
            Object::List(_) | Object::Dict(_) => return None,
            Object::Instance(_) => return None,
            _ => v.id(),
        },
    })
}

/// Equality of keys that needs no Python code: numbers by value, strings,
/// bytes and tuples by content, everything else by identity.
pub fn builtin_eq(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            (*x as f64) == *y && y.fract() == 0.0 && (*y as i64) == *x
        }
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => i64::from(*x) == *y,
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            f64::from(u8::from(*x)) == *y
        }
        (Value::Obj(x), Value::Obj(y)) => obj_eq(x, y),
        _ => false,
    }
}

fn obj_eq(x: &ObjRef, y: &ObjRef) -> bool {
    match (&**x, &**y) {
        (Object::Str(a), Object::Str(b)) => a.text == b.text,
        (Object::BigInt(a), Object::BigInt(b)) => a == b,
        (Object::Bytes(a), Object::Bytes(b)) => a == b,
        (Object::Tuple(a), Object::Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(p, q)| builtin_eq(p, q))
        }
        _ => false,
    }
}
