//! Exceptions: instances of `BaseException` and its subclasses, and the error
//! type that carries one through Rust.

use super::{ObjRef, Object, Value};
use crate::code::Code;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The state of an exception instance.
pub struct ExceptionData {
    /// Its class.
    pub class: ObjRef,
    /// `args`, a tuple.
    pub args: RefCell<Value>,
    /// `__notes__`, a list or NULL.
    pub notes: RefCell<Value>,
    /// `__cause__`.
    pub cause: RefCell<Value>,
    /// `__context__`.
    pub context: RefCell<Value>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
    /// Where it passed through, innermost last.
    pub traceback: RefCell<Vec<TracebackEntry>>,
    /// Attributes set on the instance.
    pub dict: ObjRef,
}

/// One frame an exception passed through.
#[derive(Clone)]
pub struct TracebackEntry {
    /// The frame's code.
    pub code: Rc<Code>,
    /// The code unit of the instruction that raised or called.
    pub at: usize,
}

/// A raised exception on its way through Rust code.
#[derive(Clone)]
pub struct PyErr(pub Value);

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// The exception's data.
    pub fn data(&self) -> &ExceptionData {
        match &self.0 {
            Value::Obj(o) => match &**o {
                Object::Exception(e) => e,
                _ => unreachable_exception(),
            },
            _ => unreachable_exception(),
        }
    }

    /// The exception's class.
    pub fn class(&self) -> &ObjRef {
        &self.data().class
    }
}

#[cold]
fn unreachable_exception() -> ! {
    // PyErr values are only made from exception instances (`Vm::new_exception`).
    panic!("PyErr holds an exception instance")
}
