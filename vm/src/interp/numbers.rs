//! Numbers on the object model: values to and from [`crate::numeric::Num`],
//! so that arithmetic, comparison and hashing use the numeric library.

use super::Vm;
use crate::numeric::{self, BinOp, CmpOp, Num, NumError};
use crate::object::{Object, PyErr, PyResult, Value};
use std::rc::Rc;

/// The `BinOp` of a `BINARY_OP` operator index (in-place forms folded).
pub fn bin_op(op: usize) -> Option<BinOp> {
    Some(match op {
        0 => BinOp::Add,
        1 => BinOp::And,
        2 => BinOp::FloorDiv,
        3 => BinOp::LShift,
        4 => BinOp::MatMul,
        5 => BinOp::Mul,
        6 => BinOp::Mod,
        7 => BinOp::Or,
        8 => BinOp::Pow,
        9 => BinOp::RShift,
        10 => BinOp::Sub,
        11 => BinOp::TrueDiv,
        12 => BinOp::Xor,
        _ => return None,
    })
}

/// The number a value holds, if it is an int, bool, float or complex.
pub fn num_of(v: &Value) -> Option<Num> {
    Some(match v {
        Value::Int(i) => Num::Int(*i),
        Value::Bool(b) => Num::Int(i64::from(*b)),
        Value::Float(f) => Num::Float(*f),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => Num::Big(Rc::new(b.clone())),
            Object::Complex(re, im) => Num::Complex(*re, *im),
            _ => return None,
        },
        _ => return None,
    })
}

/// The value of a number.
pub fn value_of(n: Num) -> Value {
    match n {
        Num::Int(i) => Value::Int(i),
        Num::Big(b) => Value::int((*b).clone()),
        Num::Float(f) => Value::Float(f),
        Num::Complex(re, im) => Value::obj(Object::Complex(re, im)),
    }
}

impl Vm {
    /// A numeric error as the Python exception it names.
    pub fn num_error(&self, e: NumError) -> PyErr {
        // An error set from `errno` (`PyErr_SetFromErrno`) has the args
        // `(errno, strerror)`, which its message shows.
        if e.message == "(34, 'Numerical result out of range')" {
            let args = vec![Value::Int(34), Value::str("Numerical result out of range")];
            return PyErr(self.new_exception(self.classes.named(e.kind.name()), args));
        }
        self.new_error(e.kind.name(), &e.message)
    }

    /// `a OP b` when both are numbers; `None` otherwise. `&`, `|` and `^` of
    /// two bools give a bool, as in Python.
    pub fn numeric_binary(&mut self, op: usize, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (Some(x), Some(y), Some(binop)) = (num_of(a), num_of(b), bin_op(op)) else {
            return Ok(None);
        };
        if binop == BinOp::MatMul {
            return Ok(None);
        }
        if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
            match binop {
                BinOp::And => return Ok(Some(Value::Bool(*p & *q))),
                BinOp::Or => return Ok(Some(Value::Bool(*p | *q))),
                BinOp::Xor => return Ok(Some(Value::Bool(*p ^ *q))),
                _ => {}
            }
        }
        match numeric::binary_op(binop, &x, &y) {
            Ok(n) => Ok(Some(value_of(n))),
            Err(e) if e.kind == numeric::ExcKind::TypeError => Ok(None),
            Err(e) => Err(self.num_error(e)),
        }
    }

    /// A rich comparison of two numbers (`op` as in `COMPARE_OP`); `None` if
    /// either is not a number.
    pub fn numeric_compare(&mut self, op: u32, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let (Some(x), Some(y)) = (num_of(a), num_of(b)) else {
            return Ok(None);
        };
        let cmp = match op {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            _ => CmpOp::Ge,
        };
        match numeric::richcompare(cmp, &x, &y) {
            Ok(r) => Ok(Some(r)),
            Err(_) => Ok(None),
        }
    }
}

/// The hash of a number, as CPython computes it on 64-bit builds.
pub fn numeric_hash(v: &Value) -> Option<i64> {
    num_of(v).map(|n| numeric::hash::hash(&n, v.id()))
}

/// The number an instance of a subclass of `int`, `float` or `complex`
/// carries (`None` for anything else).
pub fn numeric_payload(vm: &Vm, v: &Value) -> Option<Value> {
    vm.payload_of(v).filter(|p| num_of(p).is_some())
}
