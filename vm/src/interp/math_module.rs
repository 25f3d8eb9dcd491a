//! The `math` module: constants and functions on floats and integers, with
//! CPython 3.14's results and error messages.

use super::numbers::{num_of, value_of};
use super::ops::dict_set_str;
use super::Vm;
use crate::numeric::{self, Num};
use crate::object::{Builtin, Dict, Module, NativeFn, ObjRef, Object, PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

mod more;
mod special;

type Kwargs<'a> = &'a [(Value, Value)];

/// Makes the `math` module object.
pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let dict: ObjRef = Rc::new(Object::Dict(RefCell::new(Dict::new())));
    let d = Value::Obj(dict.clone());
    let module = Value::obj(Object::Module(Module {
        name: "math".to_string(),
        dict,
    }));
    dict_set_str(vm, &d, "__name__", Value::str("math"))?;
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        dict_set_str(vm, &d, name, Value::Float(value))?;
    }
    let functions: &[(&'static str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("isqrt", isqrt),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fabs", fabs),
        ("pow", pow),
        ("exp", exp),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("hypot", hypot),
        ("dist", dist),
        ("degrees", degrees),
        ("radians", radians),
        ("gcd", gcd),
        ("lcm", lcm),
        ("factorial", factorial),
        ("comb", comb),
        ("perm", perm),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("copysign", copysign),
        ("fmod", fmod),
        ("modf", modf),
        ("prod", prod),
        ("fsum", fsum),
    ];
    for (name, func) in functions
        .iter()
        .chain(more::FUNCTIONS)
        .chain(special::FUNCTIONS)
    {
        let f = Value::obj(Object::Builtin(Builtin {
            name,
            func: *func,
            this: Value::Null,
            owner: None,
        }));
        dict_set_str(vm, &d, name, f)?;
    }
    Ok(module)
}

fn real(vm: &Vm, v: &Value) -> PyResult<f64> {
    match num_of(v) {
        Some(n @ (Num::Int(_) | Num::Big(_) | Num::Float(_))) => {
            numeric::to_float(&n).map_err(|e| vm.num_error(e))
        }
        _ => Err(vm.type_error(format!(
            "must be real number, not {}",
            vm.classes.type_name(v)
        ))),
    }
}

fn int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match num_of(v) {
        Some(n @ (Num::Int(_) | Num::Big(_))) => Ok(n.to_bigint().unwrap_or_default()),
        _ => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.classes.type_name(v)
        ))),
    }
}

fn args_n<'a>(vm: &Vm, name: &str, args: &'a [Value], n: usize) -> PyResult<&'a [Value]> {
    if args.len() == n {
        return Ok(args);
    }
    Err(vm.type_error(match n {
        1 => format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        ),
        _ => format!("{name} expected {n} arguments, got {}", args.len()),
    }))
}

/// A float result, or `OverflowError: math range error` when finite input overflowed.
fn finite(vm: &Vm, x: f64, input_finite: bool) -> PyResult<Value> {
    if x.is_infinite() && input_finite {
        return Err(vm.new_error("OverflowError", "math range error"));
    }
    Ok(Value::Float(x))
}

fn unary(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = real(vm, &args_n(vm, name, args, 1)?[0])?;
    finite(vm, f(x), x.is_finite())
}

/// A one-argument float function defined where `valid` holds; elsewhere a
/// `ValueError` with `message(x)`.
fn domain(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    valid: fn(f64) -> bool,
    message: fn(f64) -> String,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = real(vm, &args_n(vm, name, args, 1)?[0])?;
    if !valid(x) {
        return Err(vm.value_error(message(x)));
    }
    Ok(Value::Float(f(x)))
}

fn got(prefix: &str, x: f64) -> String {
    format!("{prefix}, got {}", crate::formatting::float_repr(x))
}

fn sqrt(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    domain(
        vm,
        args,
        "sqrt",
        |x| x >= 0.0 || x.is_nan(),
        |x| got("expected a nonnegative input", x),
        f64::sqrt,
    )
}

fn isqrt(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let n = int(vm, &args_n(vm, "isqrt", args, 1)?[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::int(n.sqrt()))
}

fn to_int(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = &args_n(vm, name, args, 1)?[0];
    match num_of(v) {
        Some(n @ (Num::Int(_) | Num::Big(_))) => Ok(value_of(n)),
        Some(Num::Float(x)) => numeric::float_to_int(f(x))
            .map(value_of)
            .map_err(|e| vm.num_error(e)),
        _ => {
            let method = format!("__{name}__");
            match vm.call_special(v, &method, &[])? {
                Some(r) => Ok(r),
                None if name == "trunc" => Err(vm.type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    vm.classes.type_name(v)
                ))),
                None => Err(vm.type_error(format!(
                    "must be real number, not {}",
                    vm.classes.type_name(v)
                ))),
            }
        }
    }
}

fn floor(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    to_int(vm, args, "floor", f64::floor)
}

fn ceil(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    to_int(vm, args, "ceil", f64::ceil)
}

fn trunc(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    to_int(vm, args, "trunc", f64::trunc)
}

fn fabs(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "fabs", f64::abs)
}

fn pow(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "pow", args, 2)?;
    let (x, y) = (real(vm, &a[0])?, real(vm, &a[1])?);
    if x == 0.0 && y < 0.0 || (x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0) {
        return Err(vm.value_error("math domain error"));
    }
    finite(vm, x.powf(y), x.is_finite() && y.is_finite())
}

fn exp(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "exp", f64::exp)
}

/// `func(v)` for a logarithm, as CPython's `loghelper`: ints beyond float
/// range are split as `m * 2**e` first; non-positive inputs are errors.
fn log_of(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    match num_of(v) {
        Some(n @ (Num::Int(_) | Num::Big(_))) => {
            let b = n.to_bigint().unwrap_or_default();
            if !b.is_positive() {
                return Err(vm.value_error("expected a positive input"));
            }
            match numeric::to_float(&n) {
                Ok(x) => Ok(func(x)),
                Err(_) => {
                    let bits = b.bits();
                    let shift = bits.saturating_sub(60);
                    let top = (&b >> shift).to_f64().unwrap_or(f64::NAN);
                    let m = top / 2f64.powi((bits - shift) as i32);
                    Ok(func(m) + func(2.0) * bits as f64)
                }
            }
        }
        _ => {
            let x = real(vm, v)?;
            if x <= 0.0 {
                return Err(vm.value_error(got("expected a positive input", x)));
            }
            Ok(func(x))
        }
    }
}

fn log(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "log expected at least 1 argument, got {}",
            args.len()
        )));
    }
    let num = log_of(vm, &args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(Value::Float(num)),
        Some(base) => {
            let den = log_of(vm, base, f64::ln)?;
            if den == 0.0 {
                return Err(vm.new_error("ZeroDivisionError", "division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "log2", args, 1)?;
    log_of(vm, &a[0], f64::log2).map(Value::Float)
}

fn log10(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "log10", args, 1)?;
    log_of(vm, &a[0], f64::log10).map(Value::Float)
}

fn trig(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    domain(
        vm,
        args,
        name,
        |x| !x.is_infinite(),
        |x| got("expected a finite input", x),
        f,
    )
}

fn sin(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    trig(vm, args, "sin", f64::sin)
}

fn cos(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    trig(vm, args, "cos", f64::cos)
}

fn tan(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    trig(vm, args, "tan", f64::tan)
}

fn inverse(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    domain(
        vm,
        args,
        name,
        |x| (-1.0..=1.0).contains(&x) || x.is_nan(),
        |x| got("expected a number in range from -1 up to 1", x),
        f,
    )
}

fn asin(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    inverse(vm, args, "asin", f64::asin)
}

fn acos(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    inverse(vm, args, "acos", f64::acos)
}

fn atan(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "atan", f64::atan)
}

fn atan2(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "atan2", args, 2)?;
    Ok(Value::Float(real(vm, &a[0])?.atan2(real(vm, &a[1])?)))
}

fn hypot(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let xs = args
        .iter()
        .map(|a| real(vm, a))
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(Value::Float(xs.iter().fold(0.0f64, |acc, x| acc.hypot(*x))))
}

fn dist(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "dist", args, 2)?;
    let (p, q) = (vm.collect(&a[0])?, vm.collect(&a[1])?);
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (x, y) in p.iter().zip(&q) {
        acc = acc.hypot(real(vm, x)? - real(vm, y)?);
    }
    Ok(Value::Float(acc))
}

fn degrees(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "degrees", f64::to_degrees)
}

fn radians(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    unary(vm, args, "radians", f64::to_radians)
}

fn gcd(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let mut acc = BigInt::zero();
    for a in args {
        acc = acc.gcd(&int(vm, a)?);
    }
    Ok(Value::int(acc))
}

fn lcm(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let mut acc = BigInt::one();
    for a in args {
        let n = int(vm, a)?;
        if n.is_zero() {
            return Ok(Value::Int(0));
        }
        acc = acc.lcm(&n);
    }
    Ok(Value::int(acc.abs()))
}

fn factorial(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let n = int(vm, &args_n(vm, "factorial", args, 1)?[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        vm.new_error(
            "OverflowError",
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    Ok(Value::int((1..=n).fold(BigInt::one(), |acc, k| acc * k)))
}

/// Checks `n` and `k` of `comb`/`perm`; `None` when `k > n` (the result is 0).
fn n_and_k(vm: &mut Vm, n: BigInt, k: BigInt) -> PyResult<Option<(BigInt, u64)>> {
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(None);
    }
    let k = k
        .to_u64()
        .ok_or_else(|| vm.new_error("OverflowError", "k must not exceed 9223372036854775807"))?;
    Ok(Some((n, k)))
}

fn falling(n: &BigInt, k: u64) -> BigInt {
    (0..k).fold(BigInt::one(), |acc, i| acc * (n - i))
}

fn comb(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "comb", args, 2)?;
    let (n, k) = (int(vm, &a[0])?, int(vm, &a[1])?);
    let Some((n, k)) = n_and_k(vm, n, k)? else {
        return Ok(Value::Int(0));
    };
    let k = k.min((&n - k).to_u64().unwrap_or(k));
    let denominator = (1..=k).fold(BigInt::one(), |acc, i| acc * i);
    Ok(Value::int(falling(&n, k) / denominator))
}

fn perm(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "perm expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let n = int(vm, &args[0])?;
    let k = match args.get(1) {
        // `perm(n)` is `factorial(n)`.
        Some(Value::None) | None if n.is_negative() => {
            return Err(vm.value_error("factorial() not defined for negative values"))
        }
        Some(Value::None) | None => n.clone(),
        Some(k) => int(vm, k)?,
    };
    let Some((n, k)) = n_and_k(vm, n, k)? else {
        return Ok(Value::Int(0));
    };
    Ok(Value::int(falling(&n, k)))
}

fn predicate(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = real(vm, &args_n(vm, name, args, 1)?[0])?;
    Ok(Value::Bool(f(x)))
}

fn isnan(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isnan", f64::is_nan)
}

fn isinf(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isinf", f64::is_infinite)
}

fn isfinite(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, args, "isfinite", f64::is_finite)
}

fn isclose(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "isclose", args, 2)?;
    let (x, y) = (real(vm, &a[0])?, real(vm, &a[1])?);
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (k, v) in kwargs {
        match k.as_str().and_then(|s| s.as_str()) {
            Some("rel_tol") => rel = real(vm, v)?,
            Some("abs_tol") => abs = real(vm, v)?,
            _ => return Err(vm.type_error("isclose() got an unexpected keyword argument")),
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (x - y).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

fn copysign(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "copysign", args, 2)?;
    Ok(Value::Float(real(vm, &a[0])?.copysign(real(vm, &a[1])?)))
}

fn fmod(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let a = args_n(vm, "fmod", args, 2)?;
    let (x, y) = (real(vm, &a[0])?, real(vm, &a[1])?);
    if y == 0.0 || x.is_infinite() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(x % y))
}

fn modf(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let x = real(vm, &args_n(vm, "modf", args, 1)?[0])?;
    let whole = x.trunc();
    let frac = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x - whole
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(whole)]))
}

fn prod(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let items = vm.collect(&args_n(vm, "prod", args, 1)?[0])?;
    let mut acc = kwargs
        .iter()
        .find(|(k, _)| k.as_str().and_then(|s| s.as_str()) == Some("start"))
        .map_or(Value::Int(1), |(_, v)| v.clone());
    for item in items {
        acc = vm.binary_op(5, &acc, &item)?;
    }
    Ok(acc)
}

/// Shewchuk's exactly rounded sum of floats.
fn fsum(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let items = vm.collect(&args_n(vm, "fsum", args, 1)?[0])?;
    let mut partials: Vec<f64> = Vec::new();
    // Infinities and NaNs are summed apart, as CPython does.
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    for item in items {
        let mut x = real(vm, &item)?;
        let original = x;
        let mut kept = Vec::with_capacity(partials.len() + 1);
        for mut y in partials {
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                kept.push(lo);
            }
            x = hi;
        }
        partials = kept;
        if x != 0.0 {
            if !x.is_finite() {
                if original.is_finite() {
                    return Err(vm.new_error("OverflowError", "intermediate overflow in fsum"));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    // Add the partials from the largest; then round half-way cases correctly.
    let mut total = partials.pop().unwrap_or(0.0);
    let mut lo = 0.0f64;
    while let Some(y) = partials.pop() {
        let x = total;
        total = x + y;
        lo = y - (total - x);
        if lo != 0.0 {
            break;
        }
    }
    if lo != 0.0 && partials.last().is_some_and(|p| (lo < 0.0) == (*p < 0.0)) {
        let doubled = lo * 2.0;
        let candidate = total + doubled;
        if candidate - total == doubled {
            total = candidate;
        }
    }
    Ok(Value::Float(total))
}
