//! CPython 3.14-exact arithmetic on `int`, `float` and `complex` values.
//!
//! This module is a pure library, independent of the interpreter's object
//! model: callers pass operands as [`Num`] values and get a [`Num`] back, or
//! a [`NumError`] naming the Python exception class and carrying CPython's
//! exact message. A `bool` operand is passed as `Num::Int(0)` / `Num::Int(1)`;
//! the few places where `bool` behaves differently from `int` (`True & True`
//! is `True`, the type name `'bool'` in `TypeError` messages) are the
//! caller's business.
//!
//! Results are normalised: an integer result that fits in an `i64` is always
//! [`Num::Int`], a larger one [`Num::Big`]. Operands need not be normalised
//! (a `Num::Big` holding a small value is accepted and takes the big-integer
//! path, which the tests use to check the `i64` fast paths).
//!
//! One concern per submodule:
//!
//! * [`ops`]: the binary and unary operators, dispatching on the operand
//!   types the way CPython's number protocol does (`int` op `float` converts
//!   the int, `complex` op real uses the C99 mixed-mode rules of 3.14, ...).
//! * `int_ops`, `float_ops`, `complex_ops` (private): the per-type
//!   algorithms.
//! * [`compare`]: rich comparisons, exact between ints and floats.
//! * [`hash`](mod@hash): `hash()` of numbers on a 64-bit build.
//! * [`convert`]: `int(float)`, `float(int)`, `float.as_integer_ratio`,
//!   `float.hex`, `float.fromhex`, `int.bit_length`, ...
//!
//! Where CPython's behaviour depends on the platform, 64-bit Linux
//! (glibc) behaviour is implemented: e.g. a float `**` overflow raises
//! `OverflowError: (34, 'Numerical result out of range')`.

use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

pub mod compare;
mod complex_ops;
pub mod convert;
mod float_ops;
pub mod hash;
mod int_ops;
pub mod ops;

pub use compare::{eq, partial_cmp, richcompare, CmpOp};
pub use convert::{
    bit_count, bit_length, float_as_integer_ratio, float_fromhex, float_hex, float_is_integer,
    float_to_int, int_to_float, to_complex, to_float, to_int,
};
pub use hash::{hash, hash_bigint, hash_complex, hash_float, hash_i64};
pub use ops::{
    abs, add, and, binary_op, divmod, floordiv, invert, lshift, matmul, modulo, mul, neg, or, pos,
    pow, rshift, sub, truediv, xor, BinOp,
};

/// Largest integer result, in bits, that the operations build: a result
/// known in advance to be larger (`x ** y`, `x << y`) raises `MemoryError`
/// instead of exhausting memory. 2**32 bits is 512 MiB per number.
pub const MAX_INT_BITS: u64 = 1 << 32;

/// A Python number: the operand and result type of every operation here.
#[derive(Clone, Debug)]
pub enum Num {
    /// An `int` (or `bool`) that fits in an `i64`.
    Int(i64),
    /// An `int` outside the `i64` range (in results; operands may hold any
    /// value).
    Big(Rc<BigInt>),
    /// A `float`.
    Float(f64),
    /// A `complex`: real and imaginary parts.
    Complex(f64, f64),
}

impl Num {
    /// The normalised `int` holding `v`: [`Num::Int`] if it fits in `i64`.
    pub fn from_bigint(v: BigInt) -> Num {
        match v.to_i64() {
            Some(i) => Num::Int(i),
            None => Num::Big(Rc::new(v)),
        }
    }

    /// The normalised `int` holding `v`.
    pub fn from_i128(v: i128) -> Num {
        match i64::try_from(v) {
            Ok(i) => Num::Int(i),
            Err(_) => Num::Big(Rc::new(BigInt::from(v))),
        }
    }

    /// The Python type name: `"int"`, `"float"` or `"complex"`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Num::Int(_) | Num::Big(_) => "int",
            Num::Float(_) => "float",
            Num::Complex(..) => "complex",
        }
    }

    /// True for [`Num::Int`] and [`Num::Big`].
    pub fn is_int(&self) -> bool {
        matches!(self, Num::Int(_) | Num::Big(_))
    }

    /// The value of an `int` as a [`BigInt`]; `None` for floats and
    /// complex numbers.
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self {
            Num::Int(i) => Some(BigInt::from(*i)),
            Num::Big(b) => Some((**b).clone()),
            _ => None,
        }
    }

    /// The value of an `int` as an `i64`, if it is an int that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Num::Int(i) => Some(*i),
            Num::Big(b) => b.to_i64(),
            _ => None,
        }
    }

    /// The same value, normalised ([`Num::Big`] holding a small value
    /// becomes [`Num::Int`]).
    pub fn normalized(self) -> Num {
        match self {
            Num::Big(b) => match b.to_i64() {
                Some(i) => Num::Int(i),
                None => Num::Big(b),
            },
            other => other,
        }
    }
}

impl From<i64> for Num {
    fn from(v: i64) -> Num {
        Num::Int(v)
    }
}

impl From<bool> for Num {
    fn from(v: bool) -> Num {
        Num::Int(v as i64)
    }
}

impl From<f64> for Num {
    fn from(v: f64) -> Num {
        Num::Float(v)
    }
}

impl From<BigInt> for Num {
    fn from(v: BigInt) -> Num {
        Num::from_bigint(v)
    }
}

/// The Python exception class an operation raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExcKind {
    /// `ZeroDivisionError`.
    ZeroDivisionError,
    /// `OverflowError`.
    OverflowError,
    /// `ValueError`.
    ValueError,
    /// `TypeError`.
    TypeError,
    /// `MemoryError` (an integer result too large to build; see
    /// [`MAX_INT_BITS`]). Its message is empty, as CPython's is.
    MemoryError,
}

impl ExcKind {
    /// The Python class name, e.g. `"ZeroDivisionError"`.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::MemoryError => "MemoryError",
        }
    }
}

/// A Python exception raised by a numeric operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    /// The exception class.
    pub kind: ExcKind,
    /// The message, exactly as CPython's `str(exc)`.
    pub message: String,
}

impl NumError {
    /// An exception of class `kind` with `message`.
    pub fn new(kind: ExcKind, message: impl Into<String>) -> NumError {
        NumError {
            kind,
            message: message.into(),
        }
    }

    /// `ZeroDivisionError: division by zero`, the 3.14 message of every
    /// int, float and complex division or modulo by zero.
    pub fn division_by_zero() -> NumError {
        NumError::new(ExcKind::ZeroDivisionError, "division by zero")
    }

    /// `OverflowError: int too large to convert to float`.
    pub fn int_too_large_for_float() -> NumError {
        NumError::new(ExcKind::OverflowError, "int too large to convert to float")
    }

    /// `MemoryError` (empty message).
    pub fn memory() -> NumError {
        NumError::new(ExcKind::MemoryError, "")
    }

    /// `TypeError: unsupported operand type(s) for OP: 'A' and 'B'`, with
    /// `op` as CPython writes it (`"+"`, `"divmod()"`, `"** or pow()"`).
    pub fn unsupported(op: &str, a: &str, b: &str) -> NumError {
        NumError::new(
            ExcKind::TypeError,
            format!("unsupported operand type(s) for {op}: '{a}' and '{b}'"),
        )
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

impl std::error::Error for NumError {}

/// The result of a numeric operation.
pub type NumResult<T = Num> = Result<T, NumError>;

/// Python truthiness (`bool(x)`): nonzero. A NaN is true.
pub fn is_true(x: &Num) -> bool {
    match x {
        Num::Int(i) => *i != 0,
        Num::Big(b) => !b.is_zero(),
        Num::Float(f) => *f != 0.0,
        Num::Complex(re, im) => *re != 0.0 || *im != 0.0,
    }
}

/// The value of an int operand as a big integer (borrowed when it already
/// is one). Callers only pass ints.
fn big_of(x: &Num) -> Cow<'_, BigInt> {
    match x {
        Num::Big(b) => Cow::Borrowed(&**b),
        Num::Int(i) => Cow::Owned(BigInt::from(*i)),
        // Not reached: callers dispatch on the type first.
        Num::Float(_) | Num::Complex(..) => Cow::Owned(BigInt::zero()),
    }
}
