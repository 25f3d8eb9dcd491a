//! The plain data tree that marshal data decodes into.

use std::rc::Rc;

use num_bigint::BigInt;

use super::{CodeData, PyStr};

/// One object read from marshal data.
///
/// Children are reference-counted: an object that marshal wrote once and
/// then referred back to (type code 'r') is the *same* `Rc` wherever it
/// appears, so identity is kept and a small input can never expand into a
/// large tree in memory. The tree is therefore a DAG; code that walks it
/// recursively should remember the `Rc`s it has visited if the input is not
/// trusted.
///
/// The tree never has cycles: a reference to an object still being read is a
/// [`crate::marshal::ErrorKind::IncompleteReference`] error.
#[derive(Clone, Debug)]
pub enum MarshalValue {
    /// `None` ('N').
    None,
    /// The `StopIteration` class ('S').
    StopIteration,
    /// `...` ('.').
    Ellipsis,
    /// `True` ('T') or `False` ('F').
    Bool(bool),
    /// An `int` ('i' 32-bit, or 'l' arbitrary size).
    Int(Rc<BigInt>),
    /// A `float` ('g' binary, or 'f' text).
    Float(f64),
    /// A `complex` ('y' binary, or 'x' text).
    Complex {
        /// Real part.
        re: f64,
        /// Imaginary part.
        im: f64,
    },
    /// A `bytes` object ('s').
    Bytes(Rc<[u8]>),
    /// A `str` ('u', 't', 'a', 'A', 'z', 'Z').
    Str(Rc<PyStr>),
    /// A `tuple` ('(' or ')').
    Tuple(Rc<[MarshalValue]>),
    /// A `list` ('[').
    List(Rc<[MarshalValue]>),
    /// A `dict` ('{'): its pairs in file order (a repeated key is kept as
    /// written; the later one wins in Python).
    Dict(Rc<[(MarshalValue, MarshalValue)]>),
    /// A `set` ('<'): its items in file order.
    Set(Rc<[MarshalValue]>),
    /// A `frozenset` ('>'): its items in file order.
    FrozenSet(Rc<[MarshalValue]>),
    /// A `slice` (':').
    Slice(Rc<SliceData>),
    /// A code object ('c').
    Code(Rc<CodeData>),
}

/// The three fields of a `slice` constant.
#[derive(Clone, Debug)]
pub struct SliceData {
    /// `slice.start`.
    pub start: MarshalValue,
    /// `slice.stop`.
    pub stop: MarshalValue,
    /// `slice.step`.
    pub step: MarshalValue,
}

impl MarshalValue {
    /// The Python type name of the value, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            MarshalValue::None => "NoneType",
            MarshalValue::StopIteration => "type",
            MarshalValue::Ellipsis => "ellipsis",
            MarshalValue::Bool(_) => "bool",
            MarshalValue::Int(_) => "int",
            MarshalValue::Float(_) => "float",
            MarshalValue::Complex { .. } => "complex",
            MarshalValue::Bytes(_) => "bytes",
            MarshalValue::Str(_) => "str",
            MarshalValue::Tuple(_) => "tuple",
            MarshalValue::List(_) => "list",
            MarshalValue::Dict(_) => "dict",
            MarshalValue::Set(_) => "set",
            MarshalValue::FrozenSet(_) => "frozenset",
            MarshalValue::Slice(_) => "slice",
            MarshalValue::Code(_) => "code",
        }
    }

    /// The code object, if the value is one.
    pub fn as_code(&self) -> Option<&Rc<CodeData>> {
        match self {
            MarshalValue::Code(c) => Some(c),
            _ => None,
        }
    }

    /// The string, if the value is a `str`.
    pub fn as_str(&self) -> Option<&Rc<PyStr>> {
        match self {
            MarshalValue::Str(s) => Some(s),
            _ => None,
        }
    }
}
