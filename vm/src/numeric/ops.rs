//! The arithmetic operators, dispatching on operand types as CPython's
//! number protocol does for `int`, `float` and `complex`:
//!
//! * int op int stays in ints, except `/` (a correctly rounded float) and
//!   `**` with a negative exponent (float power);
//! * int op float converts the int to float (`OverflowError: int too large
//!   to convert to float` if it cannot be);
//! * a complex operand with a real one uses the real one as a real number
//!   (Python 3.14's C99 mixed-mode rules), and `**` converts both to
//!   complex;
//! * shifts and bitwise operators need two ints; `//`, `%` and `divmod`
//!   refuse complex operands; `@` refuses all numbers (`TypeError:
//!   unsupported operand type(s) for @: 'int' and 'int'`).
//!
//! `TypeError` messages name the operand types `int`, `float` and
//! `complex`; a caller holding a `bool` operand substitutes `'bool'`.

use super::complex_ops::{self, C};
use super::convert::{int_to_float, to_complex};
use super::int_ops::{self, signum};
use super::{float_ops, ExcKind, Num, NumError, NumResult};

/// A binary operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**` (two-argument `pow`)
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `@`
    MatMul,
}

impl BinOp {
    /// The operator as Python writes it in `unsupported operand type(s)
    /// for OP` messages (`"**"` is written `"** or pow()"` there).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
}

/// `a OP b` for any binary operator.
pub fn binary_op(op: BinOp, a: &Num, b: &Num) -> NumResult {
    match op {
        BinOp::Add => add(a, b),
        BinOp::Sub => sub(a, b),
        BinOp::Mul => mul(a, b),
        BinOp::TrueDiv => truediv(a, b),
        BinOp::FloorDiv => floordiv(a, b),
        BinOp::Mod => modulo(a, b),
        BinOp::Pow => pow(a, b, None),
        BinOp::LShift => lshift(a, b),
        BinOp::RShift => rshift(a, b),
        BinOp::And => and(a, b),
        BinOp::Or => or(a, b),
        BinOp::Xor => xor(a, b),
        BinOp::MatMul => matmul(a, b),
    }
}

/// The operand types of a binary operation, as the dispatch sees them.
enum Pair {
    /// Two ints.
    Ints,
    /// Two reals, at least one a float: converted to `f64`.
    Reals(f64, f64),
    /// complex op complex.
    CC(C, C),
    /// complex op real.
    CR(C, f64),
    /// real op complex.
    RC(f64, C),
}

fn pair(a: &Num, b: &Num) -> NumResult<Pair> {
    Ok(match (a, b) {
        (Num::Complex(ar, ai), Num::Complex(br, bi)) => Pair::CC((*ar, *ai), (*br, *bi)),
        (Num::Complex(ar, ai), _) => Pair::CR((*ar, *ai), int_to_float(b)?),
        (_, Num::Complex(br, bi)) => Pair::RC(int_to_float(a)?, (*br, *bi)),
        (Num::Int(_) | Num::Big(_), Num::Int(_) | Num::Big(_)) => Pair::Ints,
        _ => Pair::Reals(int_to_float(a)?, int_to_float(b)?),
    })
}

fn complex((re, im): C) -> Num {
    Num::Complex(re, im)
}

/// `a + b`.
pub fn add(a: &Num, b: &Num) -> NumResult {
    Ok(match pair(a, b)? {
        Pair::Ints => int_ops::add(a, b),
        Pair::Reals(x, y) => Num::Float(x + y),
        Pair::CC(x, y) => complex(complex_ops::add(x, y)),
        Pair::CR(x, y) => complex(complex_ops::add_cr(x, y)),
        Pair::RC(x, y) => complex(complex_ops::add_rc(x, y)),
    })
}

/// `a - b`.
pub fn sub(a: &Num, b: &Num) -> NumResult {
    Ok(match pair(a, b)? {
        Pair::Ints => int_ops::sub(a, b),
        Pair::Reals(x, y) => Num::Float(x - y),
        Pair::CC(x, y) => complex(complex_ops::sub(x, y)),
        Pair::CR(x, y) => complex(complex_ops::sub_cr(x, y)),
        Pair::RC(x, y) => complex(complex_ops::sub_rc(x, y)),
    })
}

/// `a * b`.
pub fn mul(a: &Num, b: &Num) -> NumResult {
    Ok(match pair(a, b)? {
        Pair::Ints => int_ops::mul(a, b),
        Pair::Reals(x, y) => Num::Float(x * y),
        Pair::CC(x, y) => complex(complex_ops::mul(x, y)),
        Pair::CR(x, y) => complex(complex_ops::mul_cr(x, y)),
        Pair::RC(x, y) => complex(complex_ops::mul_rc(x, y)),
    })
}

/// `a / b`. Int / int is the correctly rounded quotient (`OverflowError:
/// integer division result too large for a float`); any division by zero
/// raises `ZeroDivisionError: division by zero`.
pub fn truediv(a: &Num, b: &Num) -> NumResult {
    Ok(match pair(a, b)? {
        Pair::Ints => Num::Float(int_ops::truediv(a, b)?),
        Pair::Reals(x, y) => Num::Float(float_ops::truediv(x, y)?),
        Pair::CC(x, y) => complex(complex_ops::quot(x, y)?),
        Pair::CR(x, y) => complex(complex_ops::quot_cr(x, y)?),
        Pair::RC(x, y) => complex(complex_ops::quot_rc(x, y)?),
    })
}

fn no_complex(op: &str, a: &Num, b: &Num) -> NumResult<()> {
    if matches!(a, Num::Complex(..)) || matches!(b, Num::Complex(..)) {
        return Err(NumError::unsupported(op, a.type_name(), b.type_name()));
    }
    Ok(())
}

/// `a // b` (floor division; not defined for complex numbers).
pub fn floordiv(a: &Num, b: &Num) -> NumResult {
    no_complex("//", a, b)?;
    match pair(a, b)? {
        Pair::Reals(x, y) => Ok(Num::Float(float_ops::floordiv(x, y)?)),
        _ => int_ops::floordiv(a, b),
    }
}

/// `a % b` (the result takes the sign of `b`; not defined for complex
/// numbers).
pub fn modulo(a: &Num, b: &Num) -> NumResult {
    no_complex("%", a, b)?;
    match pair(a, b)? {
        Pair::Reals(x, y) => Ok(Num::Float(float_ops::modulo(x, y)?)),
        _ => int_ops::modulo(a, b),
    }
}

/// `divmod(a, b)`: `(a // b, a % b)`.
pub fn divmod(a: &Num, b: &Num) -> NumResult<(Num, Num)> {
    no_complex("divmod()", a, b)?;
    match pair(a, b)? {
        Pair::Reals(x, y) => {
            let (q, r) = float_ops::divmod(x, y)?;
            Ok((Num::Float(q), Num::Float(r)))
        }
        _ => int_ops::divmod(a, b),
    }
}

fn pow2(a: &Num, b: &Num) -> NumResult {
    match pair(a, b)? {
        Pair::Ints => {
            if signum(b) < 0 {
                float_ops::pow(int_to_float(a)?, int_to_float(b)?)
            } else {
                int_ops::pow_nonneg(a, b)
            }
        }
        Pair::Reals(x, y) => float_ops::pow(x, y),
        _ => Ok(complex(complex_ops::pow(to_complex(a)?, to_complex(b)?)?)),
    }
}

/// `a ** b`, or `pow(a, b, m)` when `m` is given.
///
/// Three-argument `pow` needs three ints (`ValueError: pow() 3rd argument
/// cannot be 0`, `ValueError: base is not invertible for the given
/// modulus`); otherwise the types' `__pow__` methods are tried in operand
/// order as CPython does, giving `TypeError: pow() 3rd argument not allowed
/// unless all arguments are integers` (float) or `ValueError: complex
/// modulo` (complex).
pub fn pow(a: &Num, b: &Num, m: Option<&Num>) -> NumResult {
    let Some(m) = m else {
        return pow2(a, b);
    };
    if a.is_int() && b.is_int() && m.is_int() {
        return int_ops::pow_mod(a, b, m);
    }
    // Slots in CPython's ternary_op order: type(a), type(b), type(m),
    // each type once; int's slot declines (NotImplemented).
    let mut tried: Vec<&str> = Vec::with_capacity(3);
    for x in [a, b, m] {
        let t = x.type_name();
        if tried.contains(&t) {
            continue;
        }
        tried.push(t);
        match x {
            Num::Float(_) => {
                return Err(NumError::new(
                    ExcKind::TypeError,
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ))
            }
            Num::Complex(..) => {
                to_complex(a)?;
                to_complex(b)?;
                return Err(NumError::new(ExcKind::ValueError, "complex modulo"));
            }
            Num::Int(_) | Num::Big(_) => {}
        }
    }
    Err(NumError::new(
        ExcKind::TypeError,
        format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            a.type_name(),
            b.type_name(),
            m.type_name()
        ),
    ))
}

fn need_ints(op: &str, a: &Num, b: &Num) -> NumResult<()> {
    if a.is_int() && b.is_int() {
        Ok(())
    } else {
        Err(NumError::unsupported(op, a.type_name(), b.type_name()))
    }
}

/// `a << b` (ints only; `ValueError: negative shift count`; `OverflowError:
/// too many digits in integer` or `MemoryError` for absurd counts).
pub fn lshift(a: &Num, b: &Num) -> NumResult {
    need_ints("<<", a, b)?;
    int_ops::lshift(a, b)
}

/// `a >> b` (ints only; rounds towards minus infinity).
pub fn rshift(a: &Num, b: &Num) -> NumResult {
    need_ints(">>", a, b)?;
    int_ops::rshift(a, b)
}

/// `a & b` (ints only, two's complement semantics).
pub fn and(a: &Num, b: &Num) -> NumResult {
    need_ints("&", a, b)?;
    Ok(int_ops::and(a, b))
}

/// `a | b` (ints only).
pub fn or(a: &Num, b: &Num) -> NumResult {
    need_ints("|", a, b)?;
    Ok(int_ops::or(a, b))
}

/// `a ^ b` (ints only).
pub fn xor(a: &Num, b: &Num) -> NumResult {
    need_ints("^", a, b)?;
    Ok(int_ops::xor(a, b))
}

/// `a @ b`: no number type implements it, so always `TypeError:
/// unsupported operand type(s) for @: ...`.
pub fn matmul(a: &Num, b: &Num) -> NumResult {
    Err(NumError::unsupported("@", a.type_name(), b.type_name()))
}

/// `-a`.
pub fn neg(a: &Num) -> Num {
    match a {
        Num::Int(_) | Num::Big(_) => int_ops::neg(a),
        Num::Float(f) => Num::Float(-f),
        Num::Complex(re, im) => Num::Complex(-re, -im),
    }
}

/// `+a` (the same value, normalised).
pub fn pos(a: &Num) -> Num {
    a.clone().normalized()
}

/// `~a` (ints only: `TypeError: bad operand type for unary ~: 'float'`).
pub fn invert(a: &Num) -> NumResult {
    if a.is_int() {
        Ok(int_ops::invert(a))
    } else {
        Err(NumError::new(
            ExcKind::TypeError,
            format!("bad operand type for unary ~: '{}'", a.type_name()),
        ))
    }
}

/// `abs(a)`; for a complex number its modulus (`OverflowError: absolute
/// value too large` if finite parts give an infinite modulus).
pub fn abs(a: &Num) -> NumResult {
    Ok(match a {
        Num::Int(_) | Num::Big(_) => int_ops::abs(a),
        Num::Float(f) => Num::Float(f.abs()),
        Num::Complex(re, im) => Num::Float(complex_ops::abs((*re, *im))?),
    })
}
