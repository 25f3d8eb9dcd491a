//! Fast paths for the commonest operand types, tried before the general
//! protocols: small ints and floats, with exactly the general result.

use crate::object::Value;

/// `a OP b` for a `BINARY_OP` oparg when both are small ints or floats and the
/// result needs no error or big integer; `None` to take the general path.
#[inline]
pub fn binary(op: u32, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            let r = match op {
                0 | 13 => x.checked_add(y)?,
                10 | 23 => x.checked_sub(y)?,
                5 | 18 => x.checked_mul(y)?,
                6 | 19 if y > 0 && x >= 0 => x % y,
                2 | 15 if y > 0 && x >= 0 => x / y,
                1 | 14 => x & y,
                7 | 20 => x | y,
                12 | 25 => x ^ y,
                _ => return None,
            };
            Some(Value::Int(r))
        }
        (Value::Float(x), Value::Float(y)) => {
            let r = match op {
                0 | 13 => x + y,
                10 | 23 => x - y,
                5 | 18 => x * y,
                11 | 24 if *y != 0.0 => x / y,
                _ => return None,
            };
            Some(Value::Float(r))
        }
        (Value::Float(x), Value::Int(y)) | (Value::Int(y), Value::Float(x))
            if y.unsigned_abs() < (1 << 53) =>
        {
            let y = *y as f64;
            let swapped = matches!(a, Value::Int(_));
            let (l, r) = if swapped { (y, *x) } else { (*x, y) };
            let v = match op {
                0 | 13 => l + r,
                10 | 23 => l - r,
                5 | 18 => l * r,
                11 | 24 if r != 0.0 => l / r,
                _ => return None,
            };
            Some(Value::Float(v))
        }
        _ => None,
    }
}

/// A `COMPARE_OP` comparison index (`oparg >> 5`) of two small ints or floats.
#[inline]
pub fn compare(op: u32, a: &Value, b: &Value) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => {
            return Some(match op {
                0 => x < y,
                1 => x <= y,
                2 => x == y,
                3 => x != y,
                4 => x > y,
                _ => x >= y,
            })
        }
        _ => return None,
    };
    use std::cmp::Ordering::*;
    Some(match op {
        0 => ord == Less,
        1 => ord != Greater,
        2 => ord == Equal,
        3 => ord != Equal,
        4 => ord == Greater,
        _ => ord != Less,
    })
}
