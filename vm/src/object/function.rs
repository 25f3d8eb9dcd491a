//! Functions: Python functions made by `MAKE_FUNCTION`, and builtins in Rust.

use super::{ObjRef, PyResult, Value};
use crate::code::Code;
use crate::interp::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// A Python function.
pub struct Function {
    /// Its code.
    pub code: Rc<Code>,
    /// The module namespace it was defined in.
    pub globals: ObjRef,
    /// `__name__`.
    pub name: RefCell<Value>,
    /// `__qualname__`.
    pub qualname: RefCell<Value>,
    /// Positional defaults, a tuple or NULL.
    pub defaults: RefCell<Value>,
    /// Keyword-only defaults, a dict or NULL.
    pub kwdefaults: RefCell<Value>,
    /// The cells of its free variables, a tuple or NULL.
    pub closure: RefCell<Value>,
    /// `__annotate__` or annotations, kept for completeness.
    pub annotations: RefCell<Value>,
    /// `__annotations__` once computed or assigned (NULL before).
    pub annotations_dict: RefCell<Value>,
    /// `__module__` once assigned (NULL: the `__name__` of its globals).
    pub module: RefCell<Value>,
    /// `__type_params__`, a tuple or NULL (no type parameters).
    pub type_params: RefCell<Value>,
    /// `__dict__`, made on first use.
    pub dict: RefCell<Option<ObjRef>>,
    /// `__doc__` once assigned; NULL means the code's docstring.
    pub doc: RefCell<Value>,
}

/// The signature of a builtin: the interpreter, the bound object (NULL for a
/// plain function), the positional arguments and the keyword arguments.
pub type NativeFn = fn(&mut Vm, &Value, &[Value], &[(Value, Value)]) -> PyResult<Value>;

/// A builtin function or a builtin method, possibly bound.
pub struct Builtin {
    /// Its name.
    pub name: &'static str,
    /// The Rust function.
    pub func: NativeFn,
    /// The object it is bound to, or NULL.
    pub this: Value,
    /// The class it is a method of, for messages.
    pub owner: Option<&'static str>,
}
