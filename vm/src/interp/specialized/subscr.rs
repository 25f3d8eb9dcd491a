//! Specialized subscripts and unpacking: `BINARY_OP_SUBSCR_*` (but the
//! `__getitem__` call, in `calls`), `STORE_SUBSCR_{LIST_INT,DICT}` and
//! `UNPACK_SEQUENCE_{TWO_TUPLE,TUPLE,LIST}`.
//!
//! Index fast paths take only non-negative compact indexes within bounds; any
//! other index deoptimizes, and the generic instruction handles negative
//! indexes, big ints and errors.

use super::guards::{non_negative_compact, obj};
use crate::interp::generated::Deopt;
use crate::interp::Vm;
use crate::marshal::PyStr;
use crate::object::{Object, PyResult, Value};

/// `_BINARY_OP_SUBSCR_LIST_INT`: `list[i]` for an index within bounds.
pub fn list_int(list: &Value, sub: &Value) -> Result<Value, Deopt> {
    let index = non_negative_compact(sub).ok_or(Deopt)?;
    match obj(list) {
        Some(Object::List(l)) => l.borrow().get(index).cloned().ok_or(Deopt),
        _ => Err(Deopt),
    }
}

/// `_BINARY_OP_SUBSCR_LIST_SLICE`: `list[slice]`, a new list.
pub fn list_slice(vm: &mut Vm, list: Value, sub: Value) -> PyResult<Value> {
    vm.getitem(&list, &sub)
}

/// `_BINARY_OP_SUBSCR_STR_INT`: `str[i]` for an index within bounds whose
/// character is Latin-1 (CPython's cached one-character strings).
pub fn str_int(text: &Value, sub: &Value) -> Result<Value, Deopt> {
    let index = non_negative_compact(sub).ok_or(Deopt)?;
    let s = text.as_str().ok_or(Deopt)?;
    let c = s.code_points().nth(index).ok_or(Deopt)?;
    if c > 255 {
        return Err(Deopt);
    }
    let one = PyStr::from_code_points(&[c]).ok_or(Deopt)?;
    Ok(Value::from_pystr(one))
}

/// `_BINARY_OP_SUBSCR_TUPLE_INT`: `tuple[i]` for an index within bounds.
pub fn tuple_int(tuple: &Value, sub: &Value) -> Result<Value, Deopt> {
    let index = non_negative_compact(sub).ok_or(Deopt)?;
    match obj(tuple) {
        Some(Object::Tuple(t)) => t.get(index).cloned().ok_or(Deopt),
        _ => Err(Deopt),
    }
}

/// `_BINARY_OP_SUBSCR_DICT`: `dict[key]`; a missing key raises `KeyError`.
pub fn dict(vm: &mut Vm, dict: Value, sub: Value) -> PyResult<Value> {
    vm.getitem(&dict, &sub)
}

/// `_STORE_SUBSCR_LIST_INT`: `list[i] = value` for an index within bounds.
pub fn store_list_int(value: &mut Value, list: &Value, sub: &Value) -> Result<(), Deopt> {
    let index = non_negative_compact(sub).ok_or(Deopt)?;
    let Some(Object::List(l)) = obj(list) else {
        return Err(Deopt);
    };
    let mut items = l.borrow_mut();
    let slot = items.get_mut(index).ok_or(Deopt)?;
    *slot = std::mem::take(value);
    Ok(())
}

/// `_STORE_SUBSCR_DICT`: `dict[sub] = value`.
pub fn store_dict(vm: &mut Vm, value: Value, dict: Value, sub: Value) -> PyResult<()> {
    vm.setitem(&dict, &sub, value)
}

/// `_UNPACK_SEQUENCE_TWO_TUPLE`: a 2-tuple becomes `(item 1, item 0)`, item 0
/// on top. Only for `UNPACK_SEQUENCE 2`: other counts deoptimize.
pub fn two_tuple(oparg: u32, seq: &Value) -> Result<(Value, Value), Deopt> {
    match obj(seq) {
        Some(Object::Tuple(t)) if oparg == 2 && t.len() == 2 => Ok((t[1].clone(), t[0].clone())),
        _ => Err(Deopt),
    }
}

/// Fills `values` (bottom first) with `items` reversed, item 0 on top.
fn fill_reversed(items: &[Value], values: &mut [Value]) {
    for (slot, item) in values.iter_mut().zip(items.iter().rev()) {
        *slot = item.clone();
    }
}

/// `_UNPACK_SEQUENCE_TUPLE`: a tuple of exactly `oparg` items.
pub fn tuple(oparg: u32, seq: &Value, values: &mut [Value]) -> Result<(), Deopt> {
    match obj(seq) {
        Some(Object::Tuple(t)) if t.len() == oparg as usize && values.len() == t.len() => {
            fill_reversed(t, values);
            Ok(())
        }
        _ => Err(Deopt),
    }
}

/// `_UNPACK_SEQUENCE_LIST`: a list of exactly `oparg` items.
pub fn list(oparg: u32, seq: &Value, values: &mut [Value]) -> Result<(), Deopt> {
    match obj(seq) {
        Some(Object::List(l)) => {
            let items = l.borrow();
            if items.len() != oparg as usize || values.len() != items.len() {
                return Err(Deopt);
            }
            fill_reversed(&items, values);
            Ok(())
        }
        _ => Err(Deopt),
    }
}
