//! `math.gamma`, `math.lgamma` (CPython's own Lanczos approximations, so
//! results match to the last bit), `math.erf`, `math.erfc` (the C library's)
//! and `math.sumprod`.

use super::{args_n, got, real, Kwargs};
use crate::interp::numbers::{num_of, value_of};
use crate::interp::Vm;
use crate::numeric::Num;
use crate::object::{NativeFn, PyResult, Value};
use std::f64::consts::PI;

/// The functions of this file, as `(name, function)` pairs.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("erf", erf),
    ("erfc", erfc),
    ("sumprod", sumprod),
];

extern "C" {
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
}

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// CPython's `m_tgamma`: the value, and whether it is a domain error.
fn tgamma(x: f64) -> (f64, bool) {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            (x, false)
        } else {
            (f64::NAN, true)
        };
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), true);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, true);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return (GAMMA_INTEGRAL[x as usize - 1], false);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (1.0 / x, false);
    }
    if absx > 200.0 {
        return if x < 0.0 {
            (0.0 / sinpi(x), false)
        } else {
            (f64::INFINITY, false)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    (r, false)
}

/// CPython's `m_lgamma`: the value, and whether it is a domain error.
fn lgamma_of(x: f64) -> (f64, bool) {
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, false);
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            (f64::INFINITY, true)
        } else {
            (0.0, false)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), false);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = PI.ln() - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (r, false)
}

/// CPython's `math_1`: a domain error (or a NaN from a non-NaN) raises
/// `ValueError`, an infinite result from a finite input `OverflowError`.
fn math_1(vm: &mut Vm, x: f64, (r, domain): (f64, bool), message: &str) -> PyResult<Value> {
    if (r.is_nan() && !x.is_nan()) || (domain && r.is_infinite()) {
        return Err(vm.value_error(got(message, x)));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.new_error("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

fn gamma(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let x = real(vm, &args_n(vm, "gamma", args, 1)?[0])?;
    math_1(
        vm,
        x,
        tgamma(x),
        "expected a noninteger or positive integer",
    )
}

fn lgamma(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let x = real(vm, &args_n(vm, "lgamma", args, 1)?[0])?;
    math_1(
        vm,
        x,
        lgamma_of(x),
        "expected a noninteger or positive integer",
    )
}

fn erf(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let x = real(vm, &args_n(vm, "erf", args, 1)?[0])?;
    // SAFETY: `erf` from the C math library is a pure function of a double.
    Ok(Value::Float(unsafe { c_erf(x) }))
}

fn erfc(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let x = real(vm, &args_n(vm, "erfc", args, 1)?[0])?;
    // SAFETY: `erfc` from the C math library is a pure function of a double.
    Ok(Value::Float(unsafe { c_erfc(x) }))
}

/// `math.sumprod(p, q)`: ints exactly; with floats, every product and sum
/// kept exact (error-free transformations) and rounded once at the end.
fn sumprod(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "sumprod", args, 2)?;
    let p = vm.collect(&a[0])?;
    let q = vm.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("Inputs are not the same length"));
    }
    let all_nums = p
        .iter()
        .chain(q.iter())
        .all(|v| matches!(num_of(v), Some(Num::Int(_) | Num::Big(_) | Num::Float(_))));
    if !all_nums {
        // Anything else: plain `+` and `*` in order, as the generic path does.
        let mut total = Value::Int(0);
        for (x, y) in p.iter().zip(q.iter()) {
            let prod = vm.binary_op(5, x, y)?;
            total = vm.binary_op(0, &total, &prod)?;
        }
        return Ok(total);
    }
    let floats = p
        .iter()
        .chain(q.iter())
        .any(|v| matches!(v, Value::Float(_)));
    if !floats {
        let mut total = num_bigint::BigInt::from(0);
        for (x, y) in p.iter().zip(q.iter()) {
            let (Some(x), Some(y)) = (num_of(x), num_of(y)) else {
                continue;
            };
            total += x.to_bigint().unwrap_or_default() * y.to_bigint().unwrap_or_default();
        }
        return Ok(value_of(Num::from_bigint(total)));
    }
    let mut terms = Vec::with_capacity(p.len() * 2);
    for (x, y) in p.iter().zip(q.iter()) {
        let (x, y) = (real(vm, x)?, real(vm, y)?);
        terms.push((x * y, x.mul_add(y, -(x * y))));
    }
    if terms.iter().any(|(prod, _)| !prod.is_finite()) {
        // Infinities and NaNs: the plain sum of the products.
        return Ok(Value::Float(terms.iter().map(|(prod, _)| prod).sum()));
    }
    let terms: Vec<Value> = terms
        .into_iter()
        .flat_map(|(prod, err)| [Value::Float(prod), Value::Float(err)])
        .collect();
    let list = Value::list(terms);
    super::fsum(vm, &Value::Null, &[list], &[])
}
