//! `complex` arithmetic, including Python 3.14's mixed-mode rules: a real
//! operand (int or float) combined with a complex one is not first turned
//! into `complex(x, 0.0)`, but used as a real number as C99 Annex G does
//! (so `1.0 - 0j` is `(1-0j)` and `2.0 * complex(inf, 0)` is `(inf+0j)`).

use super::{ExcKind, NumError, NumResult};

/// A complex value: (real, imaginary).
pub(super) type C = (f64, f64);

/// `a + b`.
pub(super) fn add(a: C, b: C) -> C {
    (a.0 + b.0, a.1 + b.1)
}

/// real `a` + complex `b`.
pub(super) fn add_rc(a: f64, b: C) -> C {
    (a + b.0, b.1)
}

/// complex `a` + real `b`.
pub(super) fn add_cr(a: C, b: f64) -> C {
    (a.0 + b, a.1)
}

/// `a - b`.
pub(super) fn sub(a: C, b: C) -> C {
    (a.0 - b.0, a.1 - b.1)
}

/// real `a` - complex `b`.
pub(super) fn sub_rc(a: f64, b: C) -> C {
    (a - b.0, -b.1)
}

/// complex `a` - real `b`.
pub(super) fn sub_cr(a: C, b: f64) -> C {
    (a.0 - b, a.1)
}

/// Replaces a NaN by a zero of the same sign.
fn nan_to_zero(x: f64) -> f64 {
    if x.is_nan() {
        0.0f64.copysign(x)
    } else {
        x
    }
}

/// 1.0 for an infinity, 0.0 otherwise, with the sign of `x`.
fn box_inf(x: f64) -> f64 {
    (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x)
}

/// `a * b`, recovering infinities that the textbook formula turns into
/// `nan+nanj` (C11 Annex G.5.1).
pub(super) fn mul(z: C, w: C) -> C {
    let (mut a, mut b, mut c, mut d) = (z.0, z.1, w.0, w.1);
    let (ac, bd, ad, bc) = (a * c, b * d, a * d, b * c);
    let r = (ac - bd, ad + bc);
    if !(r.0.is_nan() && r.1.is_nan()) {
        return r;
    }
    let mut recalc = false;
    if a.is_infinite() || b.is_infinite() {
        a = box_inf(a);
        b = box_inf(b);
        c = nan_to_zero(c);
        d = nan_to_zero(d);
        recalc = true;
    }
    if c.is_infinite() || d.is_infinite() {
        c = box_inf(c);
        d = box_inf(d);
        a = nan_to_zero(a);
        b = nan_to_zero(b);
        recalc = true;
    }
    if !recalc && (ac.is_infinite() || bd.is_infinite() || ad.is_infinite() || bc.is_infinite()) {
        a = nan_to_zero(a);
        b = nan_to_zero(b);
        c = nan_to_zero(c);
        d = nan_to_zero(d);
        recalc = true;
    }
    if recalc {
        (
            f64::INFINITY * (a * c - b * d),
            f64::INFINITY * (a * d + b * c),
        )
    } else {
        r
    }
}

/// real `a` * complex `b`.
pub(super) fn mul_rc(a: f64, b: C) -> C {
    (a * b.0, a * b.1)
}

/// complex `a` * real `b`.
pub(super) fn mul_cr(a: C, b: f64) -> C {
    (a.0 * b, a.1 * b)
}

/// `a / b` (Smith's algorithm, with the Annex G.5.2 recovery of infinities
/// and zeros); `None` when `b` is zero.
fn quot_raw(a: C, b: C) -> Option<C> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    let mut r = if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        // at least one of b's parts is a NaN
        (f64::NAN, f64::NAN)
    };
    if r.0.is_nan() && r.1.is_nan() {
        if (a.0.is_infinite() || a.1.is_infinite()) && b.0.is_finite() && b.1.is_finite() {
            let x = box_inf(a.0);
            let y = box_inf(a.1);
            r = (
                f64::INFINITY * (x * b.0 + y * b.1),
                f64::INFINITY * (y * b.0 - x * b.1),
            );
        } else if (abs_br.is_infinite() || abs_bi.is_infinite())
            && a.0.is_finite()
            && a.1.is_finite()
        {
            let x = box_inf(b.0);
            let y = box_inf(b.1);
            r = (0.0 * (a.0 * x + a.1 * y), 0.0 * (a.1 * x - a.0 * y));
        }
    }
    Some(r)
}

/// `a / b`.
pub(super) fn quot(a: C, b: C) -> NumResult<C> {
    quot_raw(a, b).ok_or_else(NumError::division_by_zero)
}

/// real `a` / complex `b`: Smith's algorithm without the dividend's
/// imaginary part.
pub(super) fn quot_rc(a: f64, b: C) -> NumResult<C> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    let mut r = if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(NumError::division_by_zero());
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (a / denom, (-a * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a * ratio) / denom, (-a) / denom)
    } else {
        (f64::NAN, f64::NAN)
    };
    if r.0.is_nan()
        && r.1.is_nan()
        && a.is_finite()
        && (abs_br.is_infinite() || abs_bi.is_infinite())
    {
        let x = box_inf(b.0);
        let y = box_inf(b.1);
        r = (0.0 * (a * x), 0.0 * (-a * y));
    }
    Ok(r)
}

/// complex `a` / real `b`.
pub(super) fn quot_cr(a: C, b: f64) -> NumResult<C> {
    if b == 0.0 {
        return Err(NumError::division_by_zero());
    }
    Ok((a.0 / b, a.1 / b))
}

/// Why a complex power failed, like CPython's `errno` after `c_pow`.
enum PowError {
    /// Zero to a negative or complex power (`EDOM`).
    Domain,
}

/// `x ** n` for a non-negative integer `n`, by binary powering.
fn powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `x ** n` for an integer `n` (`|n| <= 100`).
fn powi(x: C, n: i64) -> Result<C, PowError> {
    if n > 0 {
        Ok(powu(x, n.unsigned_abs()))
    } else {
        quot_raw((1.0, 0.0), powu(x, n.unsigned_abs())).ok_or(PowError::Domain)
    }
}

/// `a ** b` by polar form.
fn pow_polar(a: C, b: C) -> Result<C, PowError> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowError::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `a ** b` for complex numbers (both operands converted to complex).
pub(super) fn pow(a: C, b: C) -> NumResult<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        powi(a, b.0 as i64)
    } else {
        pow_polar(a, b)
    };
    match r {
        Err(PowError::Domain) => Err(NumError::new(
            ExcKind::ZeroDivisionError,
            "zero to a negative or complex power",
        )),
        Ok(r) if r.0.is_infinite() || r.1.is_infinite() => Err(NumError::new(
            ExcKind::OverflowError,
            "complex exponentiation",
        )),
        Ok(r) => Ok(r),
    }
}

/// `abs(a)`: infinite if either part is, NaN if either part is NaN.
pub(super) fn abs(a: C) -> NumResult<f64> {
    if !a.0.is_finite() || !a.1.is_finite() {
        if a.0.is_infinite() {
            return Ok(a.0.abs());
        }
        if a.1.is_infinite() {
            return Ok(a.1.abs());
        }
        return Ok(f64::NAN);
    }
    let r = a.0.hypot(a.1);
    if r.is_infinite() {
        return Err(NumError::new(
            ExcKind::OverflowError,
            "absolute value too large",
        ));
    }
    Ok(r)
}
