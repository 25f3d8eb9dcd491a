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
    /// For an exception group, the `message` and `exceptions` its
    /// constructor stored (set once, read-only afterwards).
    pub group: std::cell::OnceCell<GroupParts>,
    /// Where the interpreter raised it, for the "Did you mean" hint of an
    /// uncaught `NameError` or `AttributeError` (see `interp::suggestions`).
    pub scope: RefCell<Option<Box<RaiseScope>>>,
}

/// The parts of the raising frame that CPython's traceback printer reads
/// (through `tb_frame`) to suggest a name.
pub struct RaiseScope {
    /// `f_locals`: the namespace mapping of a module or class body, or a
    /// list of the names bound in a function's fast locals.
    pub locals: Value,
    /// `f_globals`.
    pub globals: ObjRef,
    /// `f_locals['self']`, when bound.
    pub self_value: Option<Value>,
}

/// What `BaseExceptionGroup.__new__` stores besides `args`.
pub struct GroupParts {
    /// `message`, a `str`.
    pub message: Value,
    /// `exceptions`, a non-empty tuple of exception instances.
    pub exceptions: Value,
}

/// One frame an exception passed through.
#[derive(Clone)]
pub struct TracebackEntry {
    /// The frame's code.
    pub code: Rc<Code>,
    /// The code unit of the instruction that raised or called.
    pub at: usize,
    /// The variables of the frame, once the exception left it: kept alive
    /// as long as the traceback is (as CPython's frame objects are).
    pub locals: Option<Rc<Vec<super::Value>>>,
}

/// A raised exception on its way through Rust code.
#[derive(Clone)]
pub struct PyErr(pub Value);

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// The exception's data. A value that is not an exception (only corrupt
    /// bytecode can raise one) reads as a `SystemError` saying so.
    pub fn data(&self) -> &ExceptionData {
        match self.0.as_obj().map(|o| &**o) {
            Some(Object::Exception(e)) => e,
            _ => NOT_AN_EXCEPTION.with(|d| *d),
        }
    }

    /// The exception's class.
    pub fn class(&self) -> &ObjRef {
        &self.data().class
    }
}

thread_local! {
    /// What [`PyErr::data`] reports for a raised value that is not an exception.
    static NOT_AN_EXCEPTION: &'static ExceptionData = Box::leak(Box::new(not_an_exception()));
}

fn not_an_exception() -> ExceptionData {
    use super::types::{new_class, Builtin};
    use super::Dict;
    let dict = || Rc::new(Object::Dict(RefCell::new(Dict::new())));
    let class = new_class(
        "SystemError",
        "builtins",
        Vec::new(),
        Dict::new(),
        Builtin::Exception,
    )
    .unwrap_or_else(|_| dict());
    ExceptionData {
        class,
        args: RefCell::new(Value::tuple(vec![Value::str(
            "a value that is not an exception was raised",
        )])),
        notes: RefCell::new(Value::Null),
        cause: RefCell::new(Value::None),
        context: RefCell::new(Value::Null),
        suppress_context: Cell::new(false),
        traceback: RefCell::new(Vec::new()),
        dict: dict(),
        group: std::cell::OnceCell::new(),
        scope: RefCell::new(None),
    }
}
