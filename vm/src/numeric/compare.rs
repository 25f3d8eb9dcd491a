//! Rich comparisons between numbers. Ints and floats compare exactly (by
//! mathematical value, never by converting the int to a float), NaN is
//! unordered and unequal to everything, and complex numbers support only
//! `==` and `!=`.

use std::cmp::Ordering;

use num_bigint::BigInt;

use super::convert::float_to_int;
use super::{big_of, ExcKind, Num, NumError, NumResult};

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// The operator as Python writes it, e.g. `"<="`.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// Whether an ordering (`None`: unordered, i.e. a NaN) satisfies the
    /// operator.
    pub fn holds(self, ord: Option<Ordering>) -> bool {
        match (self, ord) {
            (CmpOp::Ne, None) => true,
            (_, None) => false,
            (CmpOp::Lt, Some(o)) => o == Ordering::Less,
            (CmpOp::Le, Some(o)) => o != Ordering::Greater,
            (CmpOp::Eq, Some(o)) => o == Ordering::Equal,
            (CmpOp::Ne, Some(o)) => o != Ordering::Equal,
            (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
            (CmpOp::Ge, Some(o)) => o != Ordering::Less,
        }
    }
}

/// Exact order of an int and a finite or infinite, non-NaN float.
fn cmp_int_float(n: &BigInt, f: f64) -> Ordering {
    if f.is_infinite() {
        return if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    let fl = f.floor();
    let Ok(fl_int) = float_to_int(fl) else {
        return Ordering::Equal; // not reached: fl is finite
    };
    match n.cmp(&big_of(&fl_int)) {
        Ordering::Equal if f != fl => Ordering::Less,
        o => o,
    }
}

/// The order of two real numbers (ints and floats, in any mix), exactly.
/// `None` if either is a NaN or a complex number.
pub fn partial_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    const EXACT: u64 = 1 << 53;
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(_) | Num::Big(_), Num::Int(_) | Num::Big(_)) => Some(big_of(a).cmp(&big_of(b))),
        (Num::Int(_) | Num::Big(_), Num::Float(f)) => {
            if f.is_nan() {
                return None;
            }
            if let Num::Int(i) = a {
                if i.unsigned_abs() <= EXACT {
                    return (*i as f64).partial_cmp(f);
                }
            }
            Some(cmp_int_float(&big_of(a), *f))
        }
        (Num::Float(_), Num::Int(_) | Num::Big(_)) => partial_cmp(b, a).map(Ordering::reverse),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => None,
    }
}

/// `a == b` for any two numbers.
pub fn eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Complex(ar, ai), Num::Complex(br, bi)) => ar == br && ai == bi,
        (Num::Complex(re, im), other) | (other, Num::Complex(re, im)) => {
            *im == 0.0 && partial_cmp(&Num::Float(*re), other) == Some(Ordering::Equal)
        }
        _ => partial_cmp(a, b) == Some(Ordering::Equal),
    }
}

/// `a OP b`. Ordering a complex number raises
/// `TypeError: '<' not supported between instances of 'complex' and 'int'`.
pub fn richcompare(op: CmpOp, a: &Num, b: &Num) -> NumResult<bool> {
    match op {
        CmpOp::Eq => Ok(eq(a, b)),
        CmpOp::Ne => Ok(!eq(a, b)),
        _ => {
            if matches!(a, Num::Complex(..)) || matches!(b, Num::Complex(..)) {
                return Err(NumError::new(
                    ExcKind::TypeError,
                    format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        a.type_name(),
                        b.type_name()
                    ),
                ));
            }
            Ok(op.holds(partial_cmp(a, b)))
        }
    }
}
