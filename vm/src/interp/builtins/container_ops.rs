//! The entry points the object protocols use for containers: binary
//! operators and rich comparisons of lists, tuples, dicts, sets, dict views,
//! ranges and slices.

use crate::interp::Vm;
use crate::object::{PyResult, Value};

/// A binary operator (`BINARY_OP` oparg) on containers; `None` when the
/// operands are not containers this handles (the generic protocol goes on).
pub fn binary(vm: &mut Vm, op: usize, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let Some(v) = super::tuple::binary(vm, op, a, b)? {
        return Ok(Some(v));
    }
    if let Some(v) = super::set::binary(vm, op, a, b)? {
        return Ok(Some(v));
    }
    if let Some(v) = super::dict::binary(vm, op, a, b)? {
        return Ok(Some(v));
    }
    super::dict::view_binary(vm, op, a, b)
}

/// The reflected comparison operator (`<` for `>`, ...).
fn reflected(op: u32) -> u32 {
    match op {
        0 => 4,
        1 => 5,
        4 => 0,
        5 => 1,
        other => other,
    }
}

/// A rich comparison (`COMPARE_OP` index) on containers; `None` when not
/// handled here.
pub fn compare(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let Some(r) = super::tuple::compare(vm, op, a, b)? {
        return Ok(Some(r));
    }
    if let Some(r) = super::set::richcompare(vm, op, a, b)? {
        return Ok(Some(Value::Bool(r)));
    }
    if let Some(r) = super::dict::view_compare(vm, op, a, b)? {
        return Ok(Some(Value::Bool(r)));
    }
    if let Some(r) = super::dict::view_compare(vm, reflected(op), b, a)? {
        return Ok(Some(Value::Bool(r)));
    }
    if (op == 2 || op == 3) && super::range::is_range(a) && super::range::is_range(b) {
        let eq = a.is(b) || super::range::equal(a, b);
        return Ok(Some(Value::Bool(eq == (op == 2))));
    }
    super::slice::compare(vm, op, a, b)
}

/// `hash(v)` for ranges and slices (hashed like the tuples CPython builds);
/// `None` for other values.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    use crate::object::Object;
    match v.as_obj().map(|o| &**o) {
        Some(Object::Range(..) | Object::BigRange(_)) => {
            let (start, _, step) = super::range::parts(v).unwrap_or_default();
            let len = super::range::length(v);
            let zero = num_traits::Zero::is_zero(&len);
            let one = num_traits::One::is_one(&len);
            let t = Value::tuple(vec![
                Value::int(len),
                if zero { Value::None } else { Value::int(start) },
                if zero || one {
                    Value::None
                } else {
                    Value::int(step)
                },
            ]);
            vm.hash(&t).map(Some)
        }
        Some(Object::Slice(a, b, c)) => {
            let lanes = [vm.hash(a)?, vm.hash(b)?, vm.hash(c)?];
            let full = crate::interp::hash::tuple_hash(&lanes);
            // CPython's slice hash leaves out the tuple hash's length term.
            let h = (full as u64).wrapping_sub(3u64 ^ (2_870_177_450_012_600_261u64 ^ 3_527_539));
            Ok(Some(if h == u64::MAX {
                1_546_275_796
            } else {
                h as i64
            }))
        }
        _ => Ok(None),
    }
}
