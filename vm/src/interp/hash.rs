//! Hashing and key equality for dict keys, without running Python code.

use super::numbers::num_of;
use crate::object::{ObjRef, Object, Value};

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

/// The hash of a value whose hash needs no Python code; `None` when it is
/// unhashable or needs `__hash__` to be called.
pub fn builtin_hash(v: &Value) -> Option<i64> {
    Some(match v {
        Value::None => 0xFCA8_6420,
        Value::Bool(_) | Value::Int(_) | Value::Float(_) => super::numbers::numeric_hash(v)?,
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
            Object::BigInt(_) | Object::Complex(..) => super::numbers::numeric_hash(v)?,
            Object::Bytes(b) => str_hash(&String::from_utf8_lossy(b)) ^ 0x55,
            Object::Tuple(items) => {
                let lanes = items
                    .iter()
                    .map(builtin_hash)
                    .collect::<Option<Vec<i64>>>()?;
                tuple_hash(&lanes)
            }
            Object::Set(_) => return None,
            Object::FrozenSet(d) => d.frozen_hash(),
            Object::DictView(v) if v.kind != crate::object::iter::ViewKind::Values => return None,
            Object::List(_) | Object::Dict(_) | Object::ByteArray(_) => return None,
            Object::Instance(_) => return None,
            _ => v.id(),
        },
    })
}

/// CPython's tuple hash (xxHash-based) from the hashes of the items.
pub fn tuple_hash(lanes: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for lane in lanes {
        acc = acc
            .wrapping_add((*lane as u64).wrapping_mul(PRIME_2))
            .rotate_left(31)
            .wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(lanes.len() as u64 ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// Equality of keys that needs no Python code: numbers by value, strings,
/// bytes and tuples by content, everything else by identity.
pub fn builtin_eq(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    if let (Some(x), Some(y)) = (num_of(a), num_of(b)) {
        return crate::numeric::eq(&x, &y);
    }
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => obj_eq(x, y),
        _ => false,
    }
}

fn obj_eq(x: &ObjRef, y: &ObjRef) -> bool {
    match (&**x, &**y) {
        (Object::Str(a), Object::Str(b)) => a.text == b.text,
        (Object::Bytes(a), Object::Bytes(b)) => a == b,
        (Object::Tuple(a), Object::Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b.iter()).all(|(p, q)| builtin_eq(p, q))
        }
        (Object::FrozenSet(a), Object::FrozenSet(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(h, k)| b.find(h, |other| builtin_eq(other, k)).is_some())
        }
        _ => false,
    }
}
