//! What the builtin sequences do with `+` and `*` once the number protocol
//! (`__add__`/`__radd__`, ...) found nothing: concatenation and repetition,
//! whose errors name the sequence type ("can only concatenate list (not
//! "C") to list", "can't multiply sequence by non-int of type 'C'").

use crate::interp::Vm;
use crate::object::{Object, PyResult, Value};

/// The name of a builtin sequence type (`str`, `list`, `tuple`, `bytes`,
/// `bytearray`), or `None` for anything else.
fn sequence_name(v: &Value) -> Option<&'static str> {
    Some(match v.as_obj().map(|o| &**o)? {
        Object::Str(_) => "str",
        Object::List(_) => "list",
        Object::Tuple(_) => "tuple",
        Object::Bytes(_) => "bytes",
        Object::ByteArray(_) => "bytearray",
        _ => return None,
    })
}

/// Whether `v` can serve as a repeat count (it has `__index__`).
fn has_index(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => match &**o {
            Object::BigInt(_) => true,
            Object::Instance(_) => {
                crate::object::types::lookup(&vm.classes.class_of(v), "__index__").is_some()
            }
            _ => false,
        },
        _ => false,
    }
}

/// The sequence step of `a + b` / `a * b` (and their in-place forms, `op`
/// a `BINARY_OP` oparg); `None` when no operand is a builtin sequence.
pub fn binary(vm: &mut Vm, op: usize, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        0 | 13 => concat(vm, op == 13, a, b),
        5 | 18 => {
            let (seq, count) = if sequence_name(a).is_some() {
                (a, b)
            } else if sequence_name(b).is_some() {
                (b, a)
            } else {
                return Ok(None);
            };
            if !has_index(vm, count) {
                return Err(vm.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    vm.classes.type_name(count)
                )));
            }
            let n = vm.index_value(count)?;
            vm.binary_op(op as u32, seq, &Value::Int(n)).map(Some)
        }
        _ => Ok(None),
    }
}

/// `a + b` (`a += b` when `inplace`) with `a` a builtin sequence.
fn concat(vm: &mut Vm, inplace: bool, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(name) = sequence_name(a) else {
        return Ok(None);
    };
    if inplace && name == "list" {
        let items = vm.collect(b)?;
        if let Some(Object::List(l)) = a.as_obj().map(|o| &**o) {
            l.borrow_mut().extend(items);
        }
        return Ok(Some(a.clone()));
    }
    let other = vm.classes.type_name(b);
    Err(vm.type_error(match name {
        "bytes" | "bytearray" => format!("can't concat {other} to {name}"),
        _ => format!("can only concatenate {name} (not \"{other}\") to {name}"),
    }))
}
