//! More `math` functions: hyperbolic functions, `remainder`, `frexp`,
//! `ldexp`, `cbrt`, `exp2`, `expm1`, `log1p`, `nextafter`, `ulp`.

use super::{args_n, domain, finite, got, real, unary, Kwargs};
use crate::interp::numbers::num_of;
use crate::interp::Vm;
use crate::numeric::Num;
use crate::object::{NativeFn, PyResult, Value};
use num_traits::Signed;

/// The functions of this file, as `(name, function)` pairs.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
    ("expm1", expm1),
    ("log1p", log1p),
    ("exp2", exp2),
    ("cbrt", cbrt),
    ("remainder", remainder),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("nextafter", nextafter),
    ("ulp", ulp),
];

fn sinh(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "sinh", f64::sinh)
}

fn cosh(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "cosh", f64::cosh)
}

fn tanh(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "tanh", f64::tanh)
}

fn asinh(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "asinh", f64::asinh)
}

fn acosh(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    domain(
        vm,
        args,
        "acosh",
        |x| x >= 1.0 || x.is_nan(),
        |x| got("expected argument value not less than 1", x),
        f64::acosh,
    )
}

fn atanh(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    domain(
        vm,
        args,
        "atanh",
        |x| (x > -1.0 && x < 1.0) || x.is_nan(),
        |x| got("expected a number between -1 and 1", x),
        f64::atanh,
    )
}

fn expm1(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "expm1", f64::exp_m1)
}

fn log1p(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    domain(
        vm,
        args,
        "log1p",
        |x| x > -1.0 || x.is_nan(),
        |x| got("expected argument value > -1", x),
        f64::ln_1p,
    )
}

fn exp2(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "exp2", f64::exp2)
}

fn cbrt(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "cbrt", f64::cbrt)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
fn remainder(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "remainder", args, 2)?;
    let (x, y) = (real(vm, &a[0])?, real(vm, &a[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // CPython's algorithm (Modules/mathmodule.c m_remainder).
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: pick the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

/// `frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= abs(m) < 1`.
fn frexp(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let x = real(vm, &args_n(vm, "frexp", args, 1)?[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let (mut m, mut e) = (x, 0i64);
    if m.abs() < f64::MIN_POSITIVE {
        m *= 2f64.powi(64);
        e -= 64;
    }
    let bits = m.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    e += exp - 1022;
    let mant = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    Ok(Value::tuple(vec![Value::Float(mant), Value::Int(e)]))
}

/// `ldexp(x, i)`: `x * 2**i`.
fn ldexp(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "ldexp", args, 2)?;
    let x = real(vm, &a[0])?;
    let exp = match num_of(&a[1]) {
        Some(Num::Int(i)) => i,
        Some(Num::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = exp.clamp(-3000, 3000) as i32;
    // Scale in steps so that intermediate results stay representable.
    let mut r = x;
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        left -= step;
    }
    finite(vm, r, true)
}

/// `nextafter(x, y)`: the next float after `x` towards `y`.
fn nextafter(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "nextafter", args, 2)?;
    let (x, y) = (real(vm, &a[0])?, real(vm, &a[1])?);
    Ok(Value::Float(next_after(x, y)))
}

fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// `ulp(x)`: the value of the least significant bit of `x`.
fn ulp(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let x = real(vm, &args_n(vm, "ulp", args, 1)?[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let next = next_after(x, f64::INFINITY);
    if next.is_infinite() {
        let prev = next_after(x, 0.0);
        return Ok(Value::Float(x - prev));
    }
    Ok(Value::Float(next - x))
}
