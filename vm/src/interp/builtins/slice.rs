//! `slice` objects: construction, `indices`, attributes, comparison, and the
//! index arithmetic every sequence uses (`PySlice_Unpack` and
//! `PySlice_AdjustIndices`).

use super::container_args::{add_methods, no_kwargs, one_arg, receiver, try_index, Kwargs};
use crate::interp::Vm;
use crate::object::types::Builtin as Kind;
use crate::object::{NativeFn, Object, PyResult, Value};

/// One bound of a slice, clamped to the i64 range (`_PyEval_SliceIndex`).
fn bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match try_index(vm, v)? {
        Some(i) => Ok(i.clamped()),
        None => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// `PySlice_Unpack`: start, stop and step with defaults, not yet adjusted to a length.
pub fn unpack(vm: &mut Vm, slice: &Value) -> PyResult<(i64, i64, i64)> {
    let Some(Object::Slice(a, b, c)) = slice.as_obj().map(|o| &**o) else {
        return Err(vm.type_error("expected a slice"));
    };
    let step = match c {
        Value::None => 1,
        v => bound(vm, v)?,
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let start = match a {
        Value::None => {
            if step < 0 {
                i64::MAX
            } else {
                0
            }
        }
        v => bound(vm, v)?,
    };
    let stop = match b {
        Value::None => {
            if step < 0 {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        v => bound(vm, v)?,
    };
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`: start and stop for a sequence of length `len`.
pub fn adjust(len: i64, start: i64, stop: i64, step: i64) -> (i64, i64) {
    let fix = |i: i64| -> i64 {
        if i < 0 {
            let j = i + len;
            if j < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                j
            }
        } else if i >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            i
        }
    };
    (fix(start), fix(stop))
}

/// The number of items a (start, stop, step) picks.
pub fn slice_len(start: i64, stop: i64, step: i64) -> i64 {
    if step < 0 {
        if stop < start {
            return (start - stop - 1) / (-step) + 1;
        }
    } else if start < stop {
        return (stop - start - 1) / step + 1;
    }
    0
}

/// Start, stop and step of a slice applied to a sequence of length `len`.
pub fn indices(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let (start, stop, step) = unpack(vm, slice)?;
    let (start, stop) = adjust(len as i64, start, stop, step);
    Ok((start, stop, step))
}

/// `slice(stop)`, `slice(start, stop[, step])`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    no_kwargs(vm, "slice", kwargs)?;
    super::container_args::arg_count(vm, "slice", args, 1, 3)?;
    Ok(Value::obj(match args {
        [stop] => Object::Slice(Value::None, stop.clone(), Value::None),
        [start, stop] => Object::Slice(start.clone(), stop.clone(), Value::None),
        _ => Object::Slice(args[0].clone(), args[1].clone(), args[2].clone()),
    }))
}

/// The `start`, `stop` and `step` attributes.
pub fn member(v: &Value, name: &str) -> Option<Value> {
    let Some(Object::Slice(a, b, c)) = v.as_obj().map(|o| &**o) else {
        return None;
    };
    match name {
        "start" => Some(a.clone()),
        "stop" => Some(b.clone()),
        "step" => Some(c.clone()),
        _ => None,
    }
}

/// Slices compare like the tuples `(start, stop, step)`.
pub fn compare(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(Object::Slice(a0, a1, a2)), Some(Object::Slice(b0, b1, b2))) =
        (a.as_obj().map(|o| &**o), b.as_obj().map(|o| &**o))
    else {
        return Ok(None);
    };
    let x = Value::tuple(vec![a0.clone(), a1.clone(), a2.clone()]);
    let y = Value::tuple(vec![b0.clone(), b1.clone(), b2.clone()]);
    vm.compare(op, &x, &y).map(Some)
}

fn m_indices(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (slice, args) = receiver(vm, this, args, Kind::Slice, "indices")?;
    let len = one_arg(vm, "slice.indices", args, kwargs)?;
    let len = match try_index(vm, len)? {
        Some(i) => i,
        None => return Err(super::container_args::not_integer(vm, len)),
    };
    let len = len.clamped();
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = unpack(vm, slice)?;
    let (start, stop) = adjust(len, start, stop, step);
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

/// Installs the methods of `slice`.
pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[("indices", m_indices)];
    let class = vm.classes.of_kind(Kind::Slice).clone();
    add_methods(&class, "slice", methods);
}
