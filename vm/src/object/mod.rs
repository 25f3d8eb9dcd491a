//! The object model: a [`Value`] is a small immediate (None, bool, small int,
//! float) or a reference-counted [`Object`].

pub mod dict;
pub mod exception;
pub mod function;
pub mod iter;
pub mod range;
pub mod set;
pub mod types;

use crate::marshal::PyStr;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use dict::Dict;
pub use exception::{ExceptionData, PyErr, PyResult};
pub use function::{Builtin, Function, NativeFn};
pub use set::SetData;
pub use types::TypeObject;

/// A shared reference to a heap object.
pub type ObjRef = Rc<Object>;

/// A Python value as the interpreter holds it: immediates need no allocation.
#[derive(Clone, Default)]
pub enum Value {
    /// An empty stack slot or unbound local (CPython's NULL).
    #[default]
    Null,
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// An `int` that fits in 64 bits; larger ones are [`Object::BigInt`].
    Int(i64),
    /// A `float`.
    Float(f64),
    /// Anything else.
    Obj(ObjRef),
}

/// A heap object.
pub enum Object {
    /// An `int` too large for [`Value::Int`].
    BigInt(BigInt),
    /// A `complex`.
    Complex(f64, f64),
    /// A `str`.
    Str(StrObject),
    /// A `bytes`.
    Bytes(Box<[u8]>),
    /// A `bytearray`.
    ByteArray(RefCell<Vec<u8>>),
    /// A `tuple`.
    Tuple(Box<[Value]>),
    /// A `list`.
    List(RefCell<Vec<Value>>),
    /// A `dict`.
    Dict(RefCell<Dict>),
    /// A `slice`.
    Slice(Value, Value, Value),
    /// A `range` of machine-size integers.
    Range(i64, i64, i64),
    /// A Python function.
    Function(Function),
    /// A function or method written in Rust.
    Builtin(Builtin),
    /// A function bound to an instance.
    Method(Value, Value),
    /// A code object.
    Code(Rc<crate::code::Code>),
    /// A closure cell.
    Cell(RefCell<Value>),
    /// A module.
    Module(Module),
    /// A class.
    Type(TypeObject),
    /// An instance of a Python class.
    Instance(Instance),
    /// An exception instance.
    Exception(ExceptionData),
    /// An iterator over a builtin sequence or range.
    Iter(RefCell<IterState>),
    /// A `set`.
    Set(RefCell<SetData>),
    /// A `frozenset`.
    FrozenSet(SetData),
    /// A dict view (`dict_keys`, `dict_values`, `dict_items`).
    DictView(iter::DictView),
    /// A `range` whose bounds do not fit in 64 bits.
    BigRange(Box<range::BigRange>),
    /// `NotImplemented`.
    NotImplemented,
    /// `Ellipsis`.
    Ellipsis,
    /// An object implemented by an interpreter module (generators,
    /// descriptors, `super`, streams, ...).
    Native(crate::interp::descriptors::Native),
}

/// The text of a `str`, with its hash computed once.
pub struct StrObject {
    /// The characters.
    pub text: PyStr,
    /// The cached hash.
    pub hash: Cell<Option<i64>>,
    /// Whether every character is ASCII (one byte per code point).
    pub ascii: bool,
    /// The code points, kept once a long non-ASCII string needed them (for
    /// indexing and searching by code point).
    pub wide: std::cell::OnceCell<Box<[u32]>>,
}

/// A module: a name and a namespace.
pub struct Module {
    /// `__name__`.
    pub name: String,
    /// The namespace.
    pub dict: ObjRef,
}

/// An instance of a user-defined class.
pub struct Instance {
    /// Its class.
    pub class: ObjRef,
    /// Its `__dict__`.
    pub dict: ObjRef,
}

impl Drop for Instance {
    fn drop(&mut self) {
        // A class with `__del__` gets the instance back once it is freed.
        crate::interp::class::finalize::instance_dropped(self);
    }
}

/// Where a builtin iterator is.
pub enum IterState {
    /// Over a list, by index (the list may change while iterating).
    List(ObjRef, usize),
    /// Over a tuple.
    Tuple(ObjRef, usize),
    /// Over a range: next value, stop, step.
    Range(i64, i64, i64),
    /// Over a str's characters.
    Str(Vec<u32>, usize),
    /// Over a dict's keys, by entry index.
    DictKeys(ObjRef, usize),
    /// Any other builtin iterator.
    Extra(iter::ExtraIter),
    /// Finished.
    Done,
}

impl Value {
    /// A new `str` value.
    pub fn str(text: &str) -> Value {
        Value::Obj(Rc::new(Object::Str(StrObject {
            text: PyStr::new(text),
            hash: Cell::new(None),
            ascii: text.is_ascii(),
            wide: std::cell::OnceCell::new(),
        })))
    }

    /// A `str` value from marshal text.
    pub fn from_pystr(text: PyStr) -> Value {
        Value::Obj(Rc::new(Object::Str(StrObject {
            ascii: text.as_str().is_some_and(str::is_ascii),
            text,
            hash: Cell::new(None),
            wide: std::cell::OnceCell::new(),
        })))
    }

    /// An `int` value, immediate when it fits.
    pub fn int(v: BigInt) -> Value {
        match i64::try_from(&v) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::Obj(Rc::new(Object::BigInt(v))),
        }
    }

    /// A new `tuple`.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Obj(Rc::new(Object::Tuple(items.into_boxed_slice())))
    }

    /// A new `list`.
    pub fn list(items: Vec<Value>) -> Value {
        Value::Obj(Rc::new(Object::List(RefCell::new(items))))
    }

    /// A new empty `dict`.
    pub fn dict(dict: Dict) -> Value {
        Value::Obj(Rc::new(Object::Dict(RefCell::new(dict))))
    }

    /// Wraps a heap object.
    pub fn obj(object: Object) -> Value {
        Value::Obj(Rc::new(object))
    }

    /// The heap object, if any.
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The text, for a `str`.
    pub fn as_str(&self) -> Option<&PyStr> {
        match self {
            Value::Obj(o) => match &**o {
                Object::Str(s) => Some(&s.text),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether this is CPython's NULL.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            // `...` and `NotImplemented` are singletons however many copies exist.
            (Value::Obj(a), Value::Obj(b)) => {
                Rc::ptr_eq(a, b)
                    || matches!(
                        (&**a, &**b),
                        (Object::Ellipsis, Object::Ellipsis)
                            | (Object::NotImplemented, Object::NotImplemented)
                    )
                    // `f.__code__` wraps the function's one code object anew each time.
                    || matches!((&**a, &**b), (Object::Code(x), Object::Code(y)) if Rc::ptr_eq(x, y))
            }
            _ => false,
        }
    }

    /// A stable identity number, as `id()` reports.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => match &**o {
                Object::Code(c) => Rc::as_ptr(c) as usize as i64,
                _ => Rc::as_ptr(o) as usize as i64,
            },
            Value::Null => 0,
            Value::None => 0x1000,
            Value::Bool(b) => 0x2000 + i64::from(*b),
            Value::Int(i) => 0x4000_0000_0000 ^ *i,
            Value::Float(f) => 0x5000_0000_0000 ^ f.to_bits() as i64,
        }
    }
}
