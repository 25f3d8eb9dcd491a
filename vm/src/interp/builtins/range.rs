//! `range`: construction, length (any size), indexing and slicing,
//! containment, `index`/`count`, equality, repr, attributes and iteration.
//! Ranges whose numbers fit in 64 bits are `Object::Range`; others are
//! `Object::BigRange`.

use super::container_args::{
    add_methods, arg_count, index, no_args, no_kwargs, one_arg, receiver, try_index, Kwargs,
};
use crate::interp::Vm;
use crate::object::iter::ExtraIter;
use crate::object::range::BigRange;
use crate::object::types::Builtin as Kind;
use crate::object::{IterState, NativeFn, Object, PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::RefCell;

/// Start, stop and step of a range value, as big integers.
pub fn parts(v: &Value) -> Option<(BigInt, BigInt, BigInt)> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Range(a, b, c)) => {
            Some((BigInt::from(*a), BigInt::from(*b), BigInt::from(*c)))
        }
        Some(Object::BigRange(r)) => Some((r.start.clone(), r.stop.clone(), r.step.clone())),
        _ => None,
    }
}

/// Whether a value is a range.
pub fn is_range(v: &Value) -> bool {
    matches!(
        v.as_obj().map(|o| &**o),
        Some(Object::Range(..) | Object::BigRange(_))
    )
}

/// A range value from its parts, small when they fit.
pub fn make(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(a), Some(b), Some(c)) => Value::obj(Object::Range(a, b, c)),
        _ => Value::obj(Object::BigRange(Box::new(BigRange { start, stop, step }))),
    }
}

/// The number of items (`compute_range_length`).
pub fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - BigInt::one()) / step + BigInt::one()
}

fn length_i128(a: i64, b: i64, c: i64) -> i128 {
    let (a, b, c) = (i128::from(a), i128::from(b), i128::from(c));
    if c > 0 && a < b {
        (b - a - 1) / c + 1
    } else if c < 0 && a > b {
        (a - b - 1) / (-c) + 1
    } else {
        0
    }
}

/// The length as a big integer.
pub fn length(v: &Value) -> BigInt {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Range(a, b, c)) => BigInt::from(length_i128(*a, *b, *c)),
        _ => parts(v).map_or_else(BigInt::zero, |(a, b, c)| big_len(&a, &b, &c)),
    }
}

/// `len(range)`: OverflowError when it does not fit in 64 bits.
pub fn len(vm: &Vm, v: &Value) -> PyResult<usize> {
    let n = match v.as_obj().map(|o| &**o) {
        Some(Object::Range(a, b, c)) => i64::try_from(length_i128(*a, *b, *c)).ok(),
        _ => length(v).to_i64(),
    };
    match n {
        Some(n) => Ok(n as usize),
        None => Err(vm.new_error(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// `bool(range)`.
pub fn truthy(v: &Value) -> bool {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Range(a, b, c)) => length_i128(*a, *b, *c) > 0,
        _ => length(v).is_positive(),
    }
}

/// `range(...)`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    no_kwargs(vm, "range", kwargs)?;
    arg_count(vm, "range", args, 1, 3)?;
    let mut ints = Vec::with_capacity(3);
    for a in args {
        ints.push(index(vm, a)?.to_big());
    }
    let (start, stop, step) = match ints.len() {
        1 => (BigInt::zero(), ints[0].clone(), BigInt::one()),
        2 => (ints[0].clone(), ints[1].clone(), BigInt::one()),
        _ => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(make(start, stop, step))
}

/// `repr(range)`.
pub fn repr(v: &Value) -> String {
    let Some((a, b, c)) = parts(v) else {
        return String::new();
    };
    if c.is_one() {
        format!("range({a}, {b})")
    } else {
        format!("range({a}, {b}, {c})")
    }
}

/// The `start`, `stop` and `step` attributes.
pub fn member(v: &Value, name: &str) -> Option<Value> {
    let (a, b, c) = parts(v)?;
    match name {
        "start" => Some(Value::int(a)),
        "stop" => Some(Value::int(b)),
        "step" => Some(Value::int(c)),
        _ => None,
    }
}

/// `range[key]` for an integer or a slice.
pub fn getitem(vm: &mut Vm, v: &Value, key: &Value) -> PyResult<Value> {
    let Some((start, stop, step)) = parts(v) else {
        return Err(vm.type_error("expected a range"));
    };
    let len = big_len(&start, &stop, &step);
    if matches!(key.as_obj().map(|o| &**o), Some(Object::Slice(..))) {
        let (s0, s1, s2) = slice_long_indices(vm, key, &len)?;
        let sub_step = &s2 * &step;
        let sub_start = &start + &s0 * &step;
        let sub_stop = &start + &s1 * &step;
        return Ok(make(sub_start, sub_stop, sub_step));
    }
    let Some(i) = try_index(vm, key)? else {
        return Err(vm.type_error(format!(
            "range indices must be integers or slices, not {}",
            vm.classes.type_name(key)
        )));
    };
    let mut i = i.to_big();
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(Value::int(start + i * step))
}

/// `_PySlice_GetLongIndices`: a slice's start, stop and step for a length
/// of any size.
fn slice_long_indices(
    vm: &mut Vm,
    slice: &Value,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let Some(Object::Slice(a, b, c)) = slice.as_obj().map(|o| &**o) else {
        return Err(vm.type_error("expected a slice"));
    };
    let as_big = |vm: &mut Vm, v: &Value| -> PyResult<BigInt> {
        match try_index(vm, v)? {
            Some(i) => Ok(i.to_big()),
            None => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    let step = match c {
        Value::None => BigInt::one(),
        v => as_big(vm, v)?,
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let negative = step.is_negative();
    let (lower, upper) = if negative {
        (BigInt::from(-1), len - BigInt::one())
    } else {
        (BigInt::zero(), len.clone())
    };
    let fix = |v: BigInt| -> BigInt {
        if v.is_negative() {
            let w = v + len;
            if w < lower {
                lower.clone()
            } else {
                w
            }
        } else if v > upper {
            upper.clone()
        } else {
            v
        }
    };
    let start = match a {
        Value::None => {
            if negative {
                upper.clone()
            } else {
                lower.clone()
            }
        }
        v => {
            let x = as_big(vm, v)?;
            fix(x)
        }
    };
    let stop = match b {
        Value::None => {
            if negative {
                lower.clone()
            } else {
                upper.clone()
            }
        }
        v => {
            let x = as_big(vm, v)?;
            fix(x)
        }
    };
    Ok((start, stop, step))
}

/// Whether an int is in the range, by arithmetic.
fn contains_int(v: &Value, x: &BigInt) -> bool {
    let Some((start, stop, step)) = parts(v) else {
        return false;
    };
    let inside = if step.is_positive() {
        &start <= x && x < &stop
    } else {
        x <= &start && &stop < x
    };
    inside && (x - &start).mod_floor(&step).is_zero()
}

fn exact_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `x in range`.
pub fn contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    if let Some(i) = exact_int(x) {
        return Ok(contains_int(v, &i));
    }
    let it = vm.iter(v)?;
    while let Some(item) = vm.next(&it)? {
        if vm.eq(&item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `range == range`: same items.
pub fn equal(a: &Value, b: &Value) -> bool {
    let (Some((a0, _, a2)), Some((b0, _, b2))) = (parts(a), parts(b)) else {
        return false;
    };
    let (la, lb) = (length(a), length(b));
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    if a0 != b0 {
        return false;
    }
    la.is_one() || a2 == b2
}

/// `iter(range)`.
pub fn iter(v: &Value) -> Value {
    let state = match v.as_obj().map(|o| &**o) {
        Some(Object::Range(a, b, c)) => IterState::Range(*a, *b, *c),
        _ => {
            let (a, b, c) = parts(v).unwrap_or_default();
            let n = big_len(&a, &b, &c);
            IterState::Extra(ExtraIter::BigRange(a, c, n))
        }
    };
    Value::obj(Object::Iter(RefCell::new(state)))
}

/// `reversed(range)`.
pub fn reversed(v: &Value) -> Value {
    let (a, b, c) = parts(v).unwrap_or_default();
    let n = big_len(&a, &b, &c);
    let last = &a + (&n - BigInt::one()) * &c;
    let stop = &last - &n * &c;
    let state = match (last.to_i64(), stop.to_i64(), (-&c).to_i64()) {
        (Some(x), Some(y), Some(z)) if !n.is_zero() => IterState::Range(x, y, z),
        _ if n.is_zero() => IterState::Range(0, 0, 1),
        _ => IterState::Extra(ExtraIter::BigRange(last, -c, n)),
    };
    Value::obj(Object::Iter(RefCell::new(state)))
}

fn m_index(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (r, args) = receiver(vm, this, args, Kind::Range, "index")?;
    let x = one_arg(vm, "range.index", args, kwargs)?;
    if let Some(i) = exact_int(x) {
        if contains_int(r, &i) {
            let (start, _, step) = parts(r).unwrap_or_default();
            return Ok(Value::int((i - start) / step));
        }
        return Err(vm.value_error("range.index(x): x not in range"));
    }
    let it = vm.iter(r)?;
    let mut n = 0i64;
    while let Some(item) = vm.next(&it)? {
        if vm.eq(&item, x)? {
            return Ok(Value::Int(n));
        }
        n += 1;
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

fn m_count(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (r, args) = receiver(vm, this, args, Kind::Range, "count")?;
    let x = one_arg(vm, "range.count", args, kwargs)?;
    if let Some(i) = exact_int(x) {
        return Ok(Value::Int(i64::from(contains_int(r, &i))));
    }
    let it = vm.iter(r)?;
    let mut n = 0i64;
    while let Some(item) = vm.next(&it)? {
        if vm.eq(&item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn m_len(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (r, args) = receiver(vm, this, args, Kind::Range, "__len__")?;
    no_args(vm, "range.__len__", args, kwargs)?;
    Ok(Value::Int(len(vm, r)? as i64))
}

fn m_getitem(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (r, args) = receiver(vm, this, args, Kind::Range, "__getitem__")?;
    let key = one_arg(vm, "range.__getitem__", args, kwargs)?;
    getitem(vm, r, key)
}

fn m_contains(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (r, args) = receiver(vm, this, args, Kind::Range, "__contains__")?;
    let x = one_arg(vm, "range.__contains__", args, kwargs)?;
    Ok(Value::Bool(contains(vm, r, x)?))
}

fn m_iter(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (r, args) = receiver(vm, this, args, Kind::Range, "__iter__")?;
    no_args(vm, "range.__iter__", args, kwargs)?;
    Ok(iter(r))
}

fn m_reversed(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (r, args) = receiver(vm, this, args, Kind::Range, "__reversed__")?;
    no_args(vm, "range.__reversed__", args, kwargs)?;
    Ok(reversed(r))
}

/// Installs the methods of `range`.
pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("index", m_index),
        ("count", m_count),
        ("__len__", m_len),
        ("__getitem__", m_getitem),
        ("__contains__", m_contains),
        ("__iter__", m_iter),
        ("__reversed__", m_reversed),
    ];
    let class = vm.classes.of_kind(Kind::Range).clone();
    add_methods(&class, "range", methods);
}
