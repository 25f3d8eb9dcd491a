//! `float` arithmetic on two `f64` operands (ints already converted).

use super::{complex_ops, ExcKind, Num, NumError, NumResult};

/// `a / b`.
pub(super) fn truediv(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::division_by_zero());
    }
    Ok(a / b)
}

/// `a % b`: the remainder has the sign of `b` (`-0.0` when it is zero and
/// `b` is negative).
pub(super) fn modulo(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(NumError::division_by_zero());
    }
    let m = a % b; // C fmod: exact
    Ok(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    })
}

/// `divmod(a, b)` as CPython computes it (the quotient is the float
/// nearest to the exact floor of `a / b` in all but pathological cases).
pub(super) fn divmod(a: f64, b: f64) -> NumResult<(f64, f64)> {
    if b == 0.0 {
        return Err(NumError::division_by_zero());
    }
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    Ok((floordiv, m))
}

/// `a // b`.
pub(super) fn floordiv(a: f64, b: f64) -> NumResult<f64> {
    divmod(a, b).map(|(q, _)| q)
}

/// True if `x` is an odd integer.
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats. A negative base with a non-integral exponent gives
/// a complex result, as in CPython.
pub(super) fn pow(a: f64, b: f64) -> NumResult {
    if b == 0.0 {
        return Ok(Num::Float(1.0));
    }
    if a.is_nan() {
        return Ok(Num::Float(a));
    }
    if b.is_nan() {
        return Ok(Num::Float(if a == 1.0 { 1.0 } else { b }));
    }
    if b.is_infinite() {
        let a = a.abs();
        return Ok(Num::Float(if a == 1.0 {
            1.0
        } else if (b > 0.0) == (a > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(Num::Float(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        }));
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(NumError::new(
                ExcKind::ZeroDivisionError,
                "zero to a negative power",
            ));
        }
        return Ok(Num::Float(if is_odd_integer(b) { a } else { 0.0 }));
    }
    let mut base = a;
    let mut negate = false;
    if base < 0.0 {
        if b != b.floor() {
            let (re, im) = complex_ops::pow((a, 0.0), (b, 0.0))?;
            return Ok(Num::Complex(re, im));
        }
        base = -base;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(Num::Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(NumError::new(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(Num::Float(if negate { -r } else { r }))
}
