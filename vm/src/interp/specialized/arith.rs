//! Specialized truth tests, arithmetic, comparisons and membership tests:
//! `TO_BOOL_*`, `BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_{INT,FLOAT}`,
//! `BINARY_OP_ADD_UNICODE`, `BINARY_OP_INPLACE_ADD_UNICODE`, `BINARY_OP_EXTEND`,
//! `COMPARE_OP_{FLOAT,INT,STR}` and `CONTAINS_OP_{SET,DICT}`.
//!
//! The operands were checked by the exact-type guards before; results are the
//! generic instruction's (machine arithmetic where it is exact, otherwise the
//! shared protocol in `ops.rs`).

use super::guards::{check, is_compact_int, obj};
use crate::interp::generated::{Deopt, DeoptOr};
use crate::interp::Vm;
use crate::object::{Object, PyErr, PyResult, Value};
use num_traits::Zero;

/// `BINARY_OP` opargs (`NB_*`) used here.
pub mod nb {
    /// `+`.
    pub const ADD: u32 = 0;
    /// `&`.
    pub const AND: u32 = 1;
    /// `*`.
    pub const MULTIPLY: u32 = 5;
    /// `|`.
    pub const OR: u32 = 7;
    /// `-`.
    pub const SUBTRACT: u32 = 10;
    /// `/`.
    pub const TRUE_DIVIDE: u32 = 11;
    /// `^`.
    pub const XOR: u32 = 12;
    /// `&=`.
    pub const INPLACE_AND: u32 = 14;
    /// `|=`.
    pub const INPLACE_OR: u32 = 20;
    /// `^=`.
    pub const INPLACE_XOR: u32 = 25;
}

/// The outcome bits of `COMPARE_OP`'s low oparg bits (CPython's `COMPARISON_*`).
pub mod outcome {
    /// Neither less, greater nor equal (a NaN was compared).
    pub const UNORDERED: u32 = 1;
    /// Left is less.
    pub const LESS: u32 = 2;
    /// Left is greater.
    pub const GREATER: u32 = 4;
    /// Both are equal.
    pub const EQUALS: u32 = 8;
    /// Anything but equal.
    pub const NOT_EQUALS: u32 = UNORDERED | LESS | GREATER;
}

/// `TO_BOOL_BOOL`: a `bool` is left as it is.
pub fn to_bool_bool(value: &Value) -> Result<(), Deopt> {
    check(matches!(value, Value::Bool(_)))
}

/// `TO_BOOL_INT`: an exact `int` is false only when zero.
pub fn to_bool_int(value: &Value) -> Result<Value, Deopt> {
    match value {
        Value::Int(i) => Ok(Value::Bool(*i != 0)),
        _ => match obj(value) {
            Some(Object::BigInt(b)) => Ok(Value::Bool(!b.is_zero())),
            _ => Err(Deopt),
        },
    }
}

/// `_TO_BOOL_LIST` (after `_GUARD_TOS_LIST`): a list is true when non-empty.
pub fn to_bool_list(value: &Value) -> Value {
    match obj(value) {
        Some(Object::List(l)) => Value::Bool(!l.borrow().is_empty()),
        // The guard admits only lists; any other object is true, as a plain object is.
        _ => Value::Bool(true),
    }
}

/// `TO_BOOL_NONE`: `None` is false.
pub fn to_bool_none(value: &Value) -> Result<Value, Deopt> {
    check(matches!(value, Value::None))?;
    Ok(Value::Bool(false))
}

/// `_TO_BOOL_STR` (after `_GUARD_TOS_UNICODE`): a str is true when non-empty.
pub fn to_bool_str(value: &Value) -> Value {
    match value.as_str() {
        Some(s) => Value::Bool(!s.is_empty()),
        // The guard admits only str; any other object is true, as a plain object is.
        None => Value::Bool(true),
    }
}

/// `_REPLACE_WITH_TRUE` (`TO_BOOL_ALWAYS_TRUE`, after a type version guard that
/// established the type has neither `__bool__` nor `__len__`): true.
pub fn replace_with_true() -> Value {
    Value::Bool(true)
}

/// `int op int` for `+`, `-` and `*`: machine arithmetic unless it overflows,
/// then the generic operation (which makes a big int).
pub fn int_op(vm: &mut Vm, op: u32, left: Value, right: Value) -> PyResult<Value> {
    if let (Value::Int(a), Value::Int(b)) = (&left, &right) {
        let exact = match op {
            nb::ADD => a.checked_add(*b),
            nb::SUBTRACT => a.checked_sub(*b),
            nb::MULTIPLY => a.checked_mul(*b),
            _ => None,
        };
        if let Some(v) = exact {
            return Ok(Value::Int(v));
        }
    }
    vm.binary_op(op, &left, &right)
}

/// `float op float` for `+`, `-` and `*` (IEEE arithmetic, as CPython's).
pub fn float_op(vm: &mut Vm, op: u32, left: Value, right: Value) -> PyResult<Value> {
    if let (Value::Float(a), Value::Float(b)) = (&left, &right) {
        match op {
            nb::ADD => return Ok(Value::Float(a + b)),
            nb::SUBTRACT => return Ok(Value::Float(a - b)),
            nb::MULTIPLY => return Ok(Value::Float(a * b)),
            _ => {}
        }
    }
    vm.binary_op(op, &left, &right)
}

/// `_BINARY_OP_ADD_UNICODE`: `str + str`.
pub fn add_unicode(vm: &mut Vm, left: Value, right: Value) -> PyResult<Value> {
    vm.binary_op(nb::ADD, &left, &right)
}

/// `_BINARY_OP_INPLACE_ADD_UNICODE`: always deoptimizes.
///
/// CPython appends in place and then skips the `STORE_FAST` that follows
/// (`SKIP_OVER(1)`); this uop's signature can neither skip an instruction nor
/// leave a result for that `STORE_FAST`, so the fast path cannot be taken here.
/// The generic `BINARY_OP` then computes `left + right` and the `STORE_FAST`
/// stores it: the same outcome.
pub fn inplace_add_unicode(left: &Value, right: &Value) -> Result<(), DeoptOr<PyErr>> {
    let _ = (left, right);
    Err(DeoptOr::Deopt)
}

/// One `BINARY_OP_EXTEND` specialization: an operator and the operand types it
/// is valid for (CPython's `_PyBinaryOpSpecializationDescr`).
pub struct ExtendDescr {
    /// The `NB_*` operator.
    pub op: u32,
    /// Whether the operands still fit the specialization.
    pub guard: fn(&Value, &Value) -> bool,
}

fn compact_ints(l: &Value, r: &Value) -> bool {
    is_compact_int(l) && is_compact_int(r)
}

fn float_compact_int(l: &Value, r: &Value) -> bool {
    matches!(l, Value::Float(f) if !f.is_nan()) && is_compact_int(r)
}

fn float_nonzero_compact_int(l: &Value, r: &Value) -> bool {
    float_compact_int(l, r) && !matches!(r, Value::Int(0))
}

fn compact_int_float(l: &Value, r: &Value) -> bool {
    is_compact_int(l) && matches!(r, Value::Float(f) if !f.is_nan())
}

fn compact_int_nonzero_float(l: &Value, r: &Value) -> bool {
    compact_int_float(l, r) && !matches!(r, Value::Float(f) if *f == 0.0)
}

/// The `BINARY_OP_EXTEND` specializations, mirroring CPython's table: bitwise
/// operators on compact ints, and mixed float/compact int arithmetic.
///
/// The `descr` cache entry holds `1 + index` into this table, so the zeroed
/// cache of an unspecialized `.pyc` names no descriptor and deoptimizes.
pub const EXTEND_DESCRS: &[ExtendDescr] = &[
    ExtendDescr {
        op: nb::OR,
        guard: compact_ints,
    },
    ExtendDescr {
        op: nb::AND,
        guard: compact_ints,
    },
    ExtendDescr {
        op: nb::XOR,
        guard: compact_ints,
    },
    ExtendDescr {
        op: nb::INPLACE_OR,
        guard: compact_ints,
    },
    ExtendDescr {
        op: nb::INPLACE_AND,
        guard: compact_ints,
    },
    ExtendDescr {
        op: nb::INPLACE_XOR,
        guard: compact_ints,
    },
    ExtendDescr {
        op: nb::ADD,
        guard: float_compact_int,
    },
    ExtendDescr {
        op: nb::SUBTRACT,
        guard: float_compact_int,
    },
    ExtendDescr {
        op: nb::TRUE_DIVIDE,
        guard: float_nonzero_compact_int,
    },
    ExtendDescr {
        op: nb::MULTIPLY,
        guard: float_compact_int,
    },
    ExtendDescr {
        op: nb::ADD,
        guard: compact_int_float,
    },
    ExtendDescr {
        op: nb::SUBTRACT,
        guard: compact_int_float,
    },
    ExtendDescr {
        op: nb::TRUE_DIVIDE,
        guard: compact_int_nonzero_float,
    },
    ExtendDescr {
        op: nb::MULTIPLY,
        guard: compact_int_float,
    },
];

/// The descriptor a `descr` cache entry names.
pub fn extend_descr(descr: u64) -> Option<&'static ExtendDescr> {
    let index = usize::try_from(descr.checked_sub(1)?).ok()?;
    EXTEND_DESCRS.get(index)
}

/// `_GUARD_BINARY_OP_EXTEND`: the descriptor exists and accepts the operands.
pub fn guard_extend(descr: u64, left: &Value, right: &Value) -> Result<(), Deopt> {
    check(extend_descr(descr).is_some_and(|d| (d.guard)(left, right)))
}

/// `_BINARY_OP_EXTEND`: the descriptor's operator applied to the operands.
pub fn extend(vm: &mut Vm, descr: u64, left: Value, right: Value) -> PyResult<Value> {
    match extend_descr(descr) {
        Some(d) => vm.binary_op(d.op, &left, &right),
        None => Err(vm.new_error(
            "SystemError",
            &format!("BINARY_OP_EXTEND: no specialization descriptor {descr}"),
        )),
    }
}

/// The outcomes that make comparison `oparg` true: derived from the operator
/// (`oparg >> 5`) as CPython's compiler sets the low bits; for an operator out
/// of range the low bits are taken as they are.
fn true_outcomes(oparg: u32) -> u32 {
    use outcome::*;
    match oparg >> 5 {
        0 => LESS,
        1 => LESS | EQUALS,
        2 => EQUALS,
        3 => NOT_EQUALS,
        4 => GREATER,
        5 => GREATER | EQUALS,
        _ => oparg & 15,
    }
}

fn outcome_of(ordering: Option<std::cmp::Ordering>) -> u32 {
    match ordering {
        Some(std::cmp::Ordering::Less) => outcome::LESS,
        Some(std::cmp::Ordering::Greater) => outcome::GREATER,
        Some(std::cmp::Ordering::Equal) => outcome::EQUALS,
        None => outcome::UNORDERED,
    }
}

/// `_COMPARE_OP_FLOAT`: two floats (guarded) compared; NaN is unordered.
pub fn compare_float(vm: &mut Vm, oparg: u32, left: Value, right: Value) -> Value {
    let ordering = match (&left, &right) {
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
        // The guards admit only floats; for other numbers compare their values.
        _ => return compare_fallback(vm, oparg, &left, &right),
    };
    Value::Bool(outcome_of(ordering) & true_outcomes(oparg) != 0)
}

/// `_COMPARE_OP_INT`: two exact ints (guarded); only compact ones are handled.
pub fn compare_int(oparg: u32, left: &Value, right: &Value) -> Result<Value, Deopt> {
    match (left, right) {
        (Value::Int(a), Value::Int(b)) => {
            let bit = outcome_of(Some(a.cmp(b)));
            Ok(Value::Bool(bit & true_outcomes(oparg) != 0))
        }
        _ => Err(Deopt),
    }
}

/// `_COMPARE_OP_STR`: two strs (guarded) compared by their code points.
pub fn compare_str(vm: &mut Vm, oparg: u32, left: Value, right: Value) -> Value {
    let ordering = match (left.as_str(), right.as_str()) {
        (Some(a), Some(b)) if a == b => std::cmp::Ordering::Equal,
        (Some(a), Some(b)) => a.code_points().cmp(b.code_points()),
        // The guards admit only strs.
        _ => return compare_fallback(vm, oparg, &left, &right),
    };
    Value::Bool(outcome_of(Some(ordering)) & true_outcomes(oparg) != 0)
}

/// The generic comparison, for operands the guards before these uops never let
/// through (kept total rather than panicking): its truth, an error counting as
/// false since these uops cannot raise.
fn compare_fallback(vm: &mut Vm, oparg: u32, left: &Value, right: &Value) -> Value {
    let truth = vm
        .compare(oparg >> 5, left, right)
        .and_then(|r| vm.truthy(&r))
        .unwrap_or(false);
    Value::Bool(truth)
}

/// `_CONTAINS_OP_SET` / `_CONTAINS_OP_DICT`: `left in right` (oparg 1: `not in`).
pub fn contains(vm: &mut Vm, oparg: u32, left: Value, right: Value) -> PyResult<Value> {
    Ok(Value::Bool(vm.contains(&right, &left)? != (oparg == 1)))
}
