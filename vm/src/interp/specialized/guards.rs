//! Exact-type guards (`_GUARD_TOS_INT`, `_GUARD_NOS_LIST`, ...) and the type
//! tests the fast paths share.
//!
//! "Exact" means the builtin type itself, not a subclass. In our object model a
//! builtin type's instances have their own representation (`Value::Int`,
//! `Object::List`, ...) while instances of user classes are `Object::Instance`,
//! so matching the representation is the exact-type test. CPython's "compact"
//! ints (one machine digit) correspond to our immediate `Value::Int`.

use crate::interp::generated::Deopt;
use crate::object::{Object, Value};

/// `Ok` when `ok` holds, else [`Deopt`].
pub fn check(ok: bool) -> Result<(), Deopt> {
    if ok {
        Ok(())
    } else {
        Err(Deopt)
    }
}

/// The heap object of a value, if any.
pub fn obj(v: &Value) -> Option<&Object> {
    v.as_obj().map(|o| &**o)
}

/// An exact `int` of any size (`PyLong_CheckExact`; `bool` is a subclass).
pub fn is_exact_int(v: &Value) -> bool {
    matches!(v, Value::Int(_)) || matches!(obj(v), Some(Object::BigInt(_)))
}

/// An exact `int` in its compact (machine word) form.
pub fn is_compact_int(v: &Value) -> bool {
    matches!(v, Value::Int(_))
}

/// A non-negative compact `int`, as an index (`_PyLong_IsNonNegativeCompact`).
pub fn non_negative_compact(v: &Value) -> Option<usize> {
    match v {
        Value::Int(i) => usize::try_from(*i).ok(),
        _ => None,
    }
}

/// An exact `float`.
pub fn is_exact_float(v: &Value) -> bool {
    matches!(v, Value::Float(_))
}

/// An exact `str`.
pub fn is_exact_str(v: &Value) -> bool {
    matches!(obj(v), Some(Object::Str(_)))
}

/// An exact `list`.
pub fn is_exact_list(v: &Value) -> bool {
    matches!(obj(v), Some(Object::List(_)))
}

/// An exact `tuple`.
pub fn is_exact_tuple(v: &Value) -> bool {
    matches!(obj(v), Some(Object::Tuple(_)))
}

/// An exact `dict`.
pub fn is_exact_dict(v: &Value) -> bool {
    matches!(obj(v), Some(Object::Dict(_)))
}

/// A `slice` (`PySlice_Check`: slice cannot be subclassed).
pub fn is_slice(v: &Value) -> bool {
    matches!(obj(v), Some(Object::Slice(..)))
}

/// A Python function (`PyFunction_Check`).
pub fn is_function(v: &Value) -> bool {
    matches!(obj(v), Some(Object::Function(_)))
}

/// A bound method of a Python function (`Py_TYPE(o) == &PyMethod_Type`).
pub fn is_method(v: &Value) -> bool {
    matches!(obj(v), Some(Object::Method(..)))
}

/// `_GUARD_TOS_INT` / `_GUARD_NOS_INT`: an exact compact `int`.
pub fn compact_int(v: &Value) -> Result<(), Deopt> {
    check(is_compact_int(v))
}

/// `_GUARD_TOS_FLOAT` / `_GUARD_NOS_FLOAT`: an exact `float`.
pub fn float(v: &Value) -> Result<(), Deopt> {
    check(is_exact_float(v))
}

/// `_GUARD_TOS_UNICODE` / `_GUARD_NOS_UNICODE`: an exact `str`.
pub fn unicode(v: &Value) -> Result<(), Deopt> {
    check(is_exact_str(v))
}

/// `_GUARD_TOS_LIST` / `_GUARD_NOS_LIST`: an exact `list`.
pub fn list(v: &Value) -> Result<(), Deopt> {
    check(is_exact_list(v))
}

/// `_GUARD_TOS_TUPLE` / `_GUARD_NOS_TUPLE`: an exact `tuple`.
pub fn tuple(v: &Value) -> Result<(), Deopt> {
    check(is_exact_tuple(v))
}

/// `_GUARD_TOS_DICT` / `_GUARD_NOS_DICT`: an exact `dict`.
pub fn dict(v: &Value) -> Result<(), Deopt> {
    check(is_exact_dict(v))
}

/// `_GUARD_TOS_SLICE`: a `slice`.
pub fn slice(v: &Value) -> Result<(), Deopt> {
    check(is_slice(v))
}

/// `_GUARD_NOS_NULL`: the self slot below a single argument is NULL.
pub fn null(v: &Value) -> Result<(), Deopt> {
    check(v.is_null())
}

/// `_GUARD_TOS_ANY_SET`: an exact `set` or an exact `frozenset` (its class is
/// the builtin class itself, not a subclass).
pub fn any_set(vm: &crate::interp::Vm, v: &Value) -> Result<(), Deopt> {
    let class = vm.classes.class_of(v);
    let exact = ["set", "frozenset"].iter().any(|name| {
        vm.classes
            .by_name
            .get(*name)
            .is_some_and(|c| std::rc::Rc::ptr_eq(c, &class))
    });
    check(exact)
}
