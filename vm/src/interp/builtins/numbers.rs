//! Numeric builtins (`divmod`, `pow`, `round`, `bin`, `oct`, `hex`, `complex`)
//! and the methods and attributes of `int`, `float` and `complex`.

use super::super::numbers::{num_of, value_of};
use super::super::Vm;
use crate::formatting;
use crate::numeric::{self, Num};
use crate::object::types::{type_data, Builtin as Kind};
use crate::object::{Builtin, NativeFn, Object, PyResult, Value};
use num_bigint::BigInt;

type Kwargs<'a> = &'a [(Value, Value)];

/// Registers the numeric builtins and the number methods.
pub fn install(vm: &mut Vm) {
    let functions: &[(&'static str, NativeFn)] = &[
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
    ];
    let builtins = Value::Obj(vm.builtins.clone());
    for (name, func) in functions {
        let f = Value::obj(Object::Builtin(Builtin {
            name,
            func: *func,
            this: Value::Null,
            owner: None,
        }));
        let _ = super::super::ops::dict_set_str(vm, &builtins, name, f);
    }
    let methods: &[(Kind, &'static str, NativeFn, &'static str)] = &[
        (Kind::Int, "bit_length", int_bit_length, "int"),
        (Kind::Int, "bit_count", int_bit_count, "int"),
        (Kind::Int, "conjugate", same, "int"),
        (Kind::Int, "is_integer", always_true, "int"),
        (Kind::Int, "real", same, "getter"),
        (Kind::Int, "imag", zero, "getter"),
        (Kind::Int, "numerator", same, "getter"),
        (Kind::Int, "denominator", one, "getter"),
        (Kind::Int, "to_bytes", int_to_bytes, "int"),
        (Kind::Int, "as_integer_ratio", int_as_integer_ratio, "int"),
        (Kind::Float, "is_integer", float_is_integer, "float"),
        (
            Kind::Float,
            "as_integer_ratio",
            float_as_integer_ratio,
            "float",
        ),
        (Kind::Float, "hex", float_hex, "float"),
        (Kind::Float, "conjugate", same, "float"),
        (Kind::Float, "real", same, "getter"),
        (Kind::Float, "imag", zero_float, "getter"),
        (Kind::Float, "fromhex", float_fromhex, "classmethod"),
        (Kind::Int, "__format__", number_format, "int"),
        (Kind::Float, "__format__", number_format, "float"),
        (Kind::Complex, "__format__", number_format, "complex"),
        (Kind::Int, "__repr__", number_str, "int"),
        (Kind::Float, "__repr__", number_str, "float"),
        (Kind::Complex, "real", complex_real, "getter"),
        (Kind::Complex, "imag", complex_imag, "getter"),
        (Kind::Complex, "conjugate", complex_conjugate, "complex"),
    ];
    for (kind, name, func, owner) in methods {
        let class = vm.classes.of_kind(*kind).clone();
        let m = Value::obj(Object::Builtin(Builtin {
            name,
            func: *func,
            this: Value::Null,
            owner: Some(owner),
        }));
        let hash = super::super::hash::str_hash(name);
        type_data(&class)
            .dict
            .borrow_mut()
            .insert(hash, Value::str(name), m, |k| {
                k.as_str().is_some_and(|s| s.as_str() == Some(name))
            });
    }
}

fn num(vm: &Vm, v: &Value, what: &str) -> PyResult<Num> {
    num_of(v).ok_or_else(|| vm.type_error(format!("{what}, not '{}'", vm.classes.type_name(v))))
}

fn divmod(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("divmod expected 2 arguments, got {}", args.len())));
    }
    let (Some(a), Some(b)) = (num_of(&args[0]), num_of(&args[1])) else {
        if let Some(r) = crate::interp::class::reflected::divmod(vm, &args[0], &args[1])? {
            return Ok(r);
        }
        let (ta, tb) = (
            vm.classes.type_name(&args[0]),
            vm.classes.type_name(&args[1]),
        );
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
        )));
    };
    let (q, r) = numeric::divmod(&a, &b).map_err(|e| vm.num_error(e))?;
    Ok(Value::tuple(vec![value_of(q), value_of(r)]))
}

fn pow(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        let merged = merge_kwargs(vm, "pow", args, kwargs, &["base", "exp", "mod"])?;
        for (i, name) in ["base", "exp"].iter().enumerate() {
            if merged.get(i).is_none_or(|v| v.is_none()) {
                return Err(vm.type_error(format!(
                    "pow() missing required argument '{name}' (pos {})",
                    i + 1
                )));
            }
        }
        let merged: Vec<Value> = merged
            .into_iter()
            .map(|v| v.unwrap_or(Value::None))
            .collect();
        return pow(vm, &Value::Null, &merged, &[]);
    }
    match args.len() {
        0 => return Err(vm.type_error("pow() missing required argument 'base' (pos 1)")),
        1 => return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)")),
        2 | 3 => {}
        n => return Err(vm.type_error(format!("pow() takes at most 3 arguments ({n} given)"))),
    }
    if args.len() == 2 || matches!(args[2], Value::None) {
        return vm.binary_op(8, &args[0], &args[1]);
    }
    let (Some(a), Some(b), Some(m)) = (num_of(&args[0]), num_of(&args[1]), num_of(&args[2])) else {
        if let Some(r) = vm.call_special(&args[0], "__pow__", &args[1..])? {
            if !matches!(r.as_obj().map(|o| &**o), Some(Object::NotImplemented)) {
                return Ok(r);
            }
        }
        let plain: Vec<Option<Num>> = args
            .iter()
            .map(|a| {
                num_of(a).or_else(|| {
                    super::super::numbers::numeric_payload(vm, a).and_then(|p| num_of(&p))
                })
            })
            .collect();
        if let [Some(a), Some(b), Some(m)] = &plain[..] {
            return numeric::pow(a, b, Some(m))
                .map(value_of)
                .map_err(|e| vm.num_error(e));
        }
        let names: Vec<String> = args
            .iter()
            .map(|a| format!("'{}'", vm.classes.type_name(a)))
            .collect();
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): {}",
            names.join(", ")
        )));
    };
    numeric::pow(&a, &b, Some(&m))
        .map(value_of)
        .map_err(|e| vm.num_error(e))
}

fn round(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let known = |k: &Value| {
        matches!(
            k.as_str().and_then(|s| s.as_str()),
            Some("number" | "ndigits")
        )
    };
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !known(k)) {
        let name = vm.str_of(k)?;
        let msg =
            crate::interp::kwarg_hint::unexpected_keyword("round", &name, &["number", "ndigits"]);
        return Err(vm.type_error(msg));
    }
    let ndigits = args.get(1).or_else(|| {
        kwargs
            .iter()
            .find(|(k, _)| k.as_str().and_then(|s| s.as_str()) == Some("ndigits"))
            .map(|(_, v)| v)
    });
    let number_kw = kwargs
        .iter()
        .find(|(k, _)| k.as_str().and_then(|s| s.as_str()) == Some("number"))
        .map(|(_, v)| v);
    let Some(x) = args.first().or(number_kw) else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let ndigits = match ndigits {
        None | Some(Value::None) => None,
        Some(n) => Some(vm.index_value(n)?),
    };
    let fmt_err = |vm: &Vm, e: formatting::FormatError| vm.new_error(e.kind.name(), &e.message);
    match (num_of(x), ndigits) {
        (Some(Num::Float(f)), None) => formatting::round_float_to_int(f)
            .map(Value::int)
            .map_err(|e| fmt_err(vm, e)),
        (Some(Num::Float(f)), Some(n)) => formatting::round_float(f, n)
            .map(Value::Float)
            .map_err(|e| fmt_err(vm, e)),
        (Some(n @ (Num::Int(_) | Num::Big(_))), digits) => {
            let v = n.to_bigint().unwrap_or_default();
            Ok(Value::int(match digits {
                Some(d) => formatting::round_int(&v, d),
                None => v,
            }))
        }
        _ => match vm.call_special(x, "__round__", &args[1..])? {
            Some(v) => Ok(v),
            None if vm.payload_of(x).is_some() => {
                let mut plain = args.to_vec();
                plain[0] = vm.payload_of(x).unwrap_or_default();
                round(vm, &Value::Null, &plain, kwargs)
            }
            None => Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.classes.type_name(x)
            ))),
        },
    }
}

fn radix(vm: &mut Vm, args: &[Value], name: &str, base: u32) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let arg = match args[0].as_obj().map(|o| &**o) {
        Some(Object::Instance(_)) => vm.instance_index(&args[0])?,
        _ => args[0].clone(),
    };
    let v = match num_of(&arg) {
        Some(n @ (Num::Int(_) | Num::Big(_))) => n.to_bigint().unwrap_or_default(),
        _ => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.classes.type_name(&args[0])
            )))
        }
    };
    formatting::int_to_str_radix(&v, base, true)
        .map(|s| Value::str(&s))
        .map_err(|e| vm.new_error(e.kind.name(), &e.message))
}

fn bin(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn oct(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}

fn hex(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}

/// `complex(real=0, imag=0)`.
pub fn construct_complex(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut plain = Vec::with_capacity(args.len());
    for a in args {
        plain.push(complex_operand(vm, a)?);
    }
    let original = args;
    let args = &plain[..];
    let part = |vm: &Vm, v: Option<&Value>| -> PyResult<(f64, f64)> {
        match v.map(|v| (v, num_of(v))) {
            None => Ok((0.0, 0.0)),
            Some((_, Some(n))) => numeric::to_complex(&n).map_err(|e| vm.num_error(e)),
            Some((v, None)) => Err(vm.type_error(format!(
                "complex() argument must be a string or a number, not {}",
                vm.classes.type_name(v)
            ))),
        }
    };
    if let Some(text) = args.first().and_then(|v| v.as_str()) {
        if args.len() > 1 {
            return Err(vm.type_error("complex() argument 'real' must be a real number, not str"));
        }
        let text = text.to_string_lossy().into_owned();
        return parse_complex(&text)
            .map(|(re, im)| Value::obj(Object::Complex(re, im)))
            .ok_or_else(|| vm.value_error("complex() arg is a malformed string"));
    }
    let is_complex = |v: Option<&Value>| {
        matches!(
            v.and_then(|v| v.as_obj()).map(|o| &**o),
            Some(Object::Complex(..))
        )
    };
    let (a_re, a_im) = part(vm, args.first())?;
    if let Some(b) = args.get(1).filter(|b| num_of(b).is_none()) {
        return Err(vm.type_error(format!(
            "complex() argument 'imag' must be a real number, not {}",
            vm.classes.type_name(b)
        )));
    }
    if let (Some(_), true) = (args.get(1), is_complex(args.first())) {
        let name = vm.classes.type_name(&original[0]);
        vm.warn_deprecated(&format!(
            "complex() argument 'real' must be a real number, not {name}"
        ));
    }
    if is_complex(args.get(1)) {
        let name = vm.classes.type_name(&original[1]);
        vm.warn_deprecated(&format!(
            "complex() argument 'imag' must be a real number, not {name}"
        ));
    }
    let (b_re, b_im) = part(vm, args.get(1))?;
    // As CPython: a complex second argument's imaginary part moves into the real
    // part, and only a complex first argument adds its imaginary part.
    let re = if is_complex(args.get(1)) {
        a_re - b_im
    } else {
        a_re
    };
    let im = match (is_complex(args.first()), args.get(1)) {
        (true, Some(_)) => a_im + b_re,
        (true, None) => a_im,
        (false, Some(_)) => b_re,
        (false, None) => 0.0,
    };
    Ok(Value::obj(Object::Complex(re, im)))
}

/// `int(x, base)` and `int(x, base=b)`.
pub fn int_with_base(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let kw = |name: &str| {
        kwargs
            .iter()
            .find(|(k, _)| k.as_str().and_then(|s| s.as_str()) == Some(name))
            .map(|(_, v)| v.clone())
    };
    if let Some((k, _)) = kwargs
        .iter()
        .find(|(k, _)| !matches!(k.as_str().and_then(|s| s.as_str()), Some("base")))
    {
        let name = vm.str_of(k)?;
        let msg = crate::interp::kwarg_hint::unexpected_keyword("int", &name, &["base"]);
        return Err(vm.type_error(msg));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "int expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let x = args.first().cloned().or_else(|| kw("x"));
    let base = args.get(1).cloned().or_else(|| kw("base"));
    let Some(x) = x else {
        return Err(vm.type_error("int() missing string argument"));
    };
    let base = match base {
        Some(b) => vm.index_value(&b)?,
        None => 10,
    };
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    match x.as_str() {
        Some(s) => formatting::parse_int(s, base as u32)
            .map(Value::int)
            .map_err(|e| vm.new_error(e.kind.name(), &e.message)),
        None => number_from_bytes(vm, &x, Some(base as u32)).unwrap_or_else(|| {
            Err(vm.type_error("int() can't convert non-string with explicit base"))
        }),
    }
}

/// `int(x)` for a non-string object: ints as they are, else `__int__` or
/// `__index__`, else CPython's `TypeError`.
pub fn int_of_object(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(Object::BigInt(_)) = v.as_obj().map(|o| &**o) {
        return Ok(v.clone());
    }
    for method in ["__int__", "__index__"] {
        if let Some(Object::Instance(_)) = v.as_obj().map(|o| &**o) {
            if let Some(r) = vm.call_special(v, method, &[])? {
                let class = vm.classes.class_of(&r);
                if !crate::object::TypeObject::is_subtype(&class, vm.classes.named("int")) {
                    return Err(vm.type_error(format!(
                        "{method} returned non-int (type {})",
                        vm.classes.type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
    }
    if let Some(p) = vm.payload_of(v) {
        let int = Value::Obj(vm.classes.named("int").clone());
        return vm.call(&int, &[p], &[]);
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.classes.type_name(v)
    )))
}

/// `float(v)` for an object that is no number or string: its `__float__`
/// (which must return a float), else its `__index__`.
pub fn float_of_object(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(Object::Instance(_)) = v.as_obj().map(|o| &**o) {
        if let Some(r) = vm.call_special(v, "__float__", &[])? {
            if let Value::Float(_) = r {
                return Ok(r);
            }
            return Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.classes.type_name(v),
                vm.classes.type_name(&r)
            )));
        }
        if let Some(r) = vm.call_special(v, "__index__", &[])? {
            return match super::super::numbers::num_of(&r) {
                Some(n @ crate::numeric::Num::Int(_)) | Some(n @ crate::numeric::Num::Big(_)) => {
                    crate::numeric::to_float(&n)
                        .map(Value::Float)
                        .map_err(|e| vm.num_error(e))
                }
                _ => Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.classes.type_name(&r)
                ))),
            };
        }
        if let Some(p) = vm.payload_of(v) {
            let float = Value::Obj(vm.classes.named("float").clone());
            return vm.call(&float, &[p], &[]);
        }
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.classes.type_name(v)
    )))
}

/// An instance argument of `complex()` as a number: its `__complex__`,
/// `__float__` or `__index__`, or the value an `int`/`float` subclass carries.
fn complex_operand(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if !matches!(v.as_obj().map(|o| &**o), Some(Object::Instance(_))) {
        return Ok(v.clone());
    }
    if let Some(r) = vm.call_special(v, "__complex__", &[])? {
        if !matches!(r.as_obj().map(|o| &**o), Some(Object::Complex(..))) {
            return Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.classes.type_name(&r)
            )));
        }
        return Ok(r);
    }
    for method in ["__float__", "__index__"] {
        if let Some(r) = vm.call_special(v, method, &[])? {
            return Ok(r);
        }
    }
    Ok(vm.payload_of(v).unwrap_or_else(|| v.clone()))
}

/// Parses `complex()`'s string forms: `a`, `bj`, `a+bj`, `(a-bj)`, with spaces around.
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let t = text.trim();
    let t = match t.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim(),
        None => t,
    };
    let float = |s: &str| -> Option<f64> {
        if s.is_empty() || s.contains(char::is_whitespace) {
            return None;
        }
        formatting::parse_float(&crate::marshal::PyStr::new(s)).ok()
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return float(t).map(|re| (re, 0.0));
    };
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag = |s: &str| -> Option<f64> {
        match s {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            s => float(s),
        }
    };
    match split {
        Some(i) => Some((float(&body[..i])?, imag(&body[i..])?)),
        None => Some((0.0, imag(body)?)),
    }
}

fn int_bit_length(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let this = no_arg_method(vm, this, args, "bit_length", "int")?;
    let n = num(vm, this, "descriptor 'bit_length' requires an 'int' object")?;
    Ok(Value::Int(numeric::bit_length(&n).unwrap_or(0) as i64))
}

fn int_bit_count(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let this = no_arg_method(vm, this, args, "bit_count", "int")?;
    let n = num(vm, this, "descriptor 'bit_count' requires an 'int' object")?;
    Ok(Value::Int(numeric::bit_count(&n).unwrap_or(0) as i64))
}

fn int_to_bytes(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = method_receiver(vm, this, args, "to_bytes", "int")?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let kw = |name: &str| {
        kwargs
            .iter()
            .find(|(k, _)| k.as_str().and_then(|s| s.as_str()) == Some(name))
            .map(|(_, v)| v.clone())
    };
    let length = match args.first().cloned().or_else(|| kw("length")) {
        Some(v) => vm.index_value(&v)?,
        None => 1,
    };
    let order = args
        .get(1)
        .cloned()
        .or_else(|| kw("byteorder"))
        .and_then(|v| v.as_str().map(|s| s.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "big".to_string());
    let signed = match kw("signed") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let v = num_of(this).and_then(|n| n.to_bigint()).unwrap_or_default();
    if !signed && v < BigInt::from(0) {
        return Err(vm.new_error("OverflowError", "can't convert negative int to unsigned"));
    }
    let mut bytes = v.to_signed_bytes_le();
    let fill = if v < BigInt::from(0) { 0xff } else { 0 };
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if !signed && v == BigInt::from(0) {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(vm.new_error("OverflowError", "int too big to convert"));
    }
    bytes.resize(length as usize, fill);
    if order == "big" {
        bytes.reverse();
    } else if order != "little" {
        return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
    }
    Ok(Value::obj(Object::Bytes(bytes.into_boxed_slice())))
}

/// [`receiver`], checking that an unbound call's first argument is an
/// instance of `owner` as CPython's method descriptors do.
fn method_receiver<'a>(
    vm: &Vm,
    this: &'a Value,
    args: &'a [Value],
    name: &str,
    owner: &str,
) -> PyResult<(&'a Value, &'a [Value])> {
    let (recv, rest) = receiver(vm, this, args)?;
    if this.is_null() {
        let class = vm.classes.class_of(recv);
        if !crate::object::TypeObject::is_subtype(&class, vm.classes.named(owner)) {
            return Err(vm.type_error(format!(
                "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
                vm.classes.type_name(recv)
            )));
        }
    }
    Ok((recv, rest))
}

/// [`method_receiver`] for a method that takes no arguments.
fn no_arg_method<'a>(
    vm: &Vm,
    this: &'a Value,
    args: &'a [Value],
    name: &str,
    owner: &str,
) -> PyResult<&'a Value> {
    let (recv, rest) = method_receiver(vm, this, args, name, owner)?;
    if !rest.is_empty() {
        return Err(vm.type_error(format!(
            "{owner}.{name}() takes no arguments ({} given)",
            rest.len()
        )));
    }
    Ok(recv)
}

/// Positional arguments followed by the keyword arguments named in `names`
/// (in that order; `None` for a missing one), or CPython's `TypeError` for
/// an unknown keyword or one given twice.
fn merge_kwargs(
    vm: &mut Vm,
    func: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    for (k, v) in kwargs {
        let key = vm.str_of(k)?;
        let Some(i) = names.iter().position(|n| *n == key) else {
            return Err(vm.type_error(format!(
                "{func}() got an unexpected keyword argument '{key}'"
            )));
        };
        if out.len() <= i {
            out.resize(i + 1, None);
        }
        if out[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for {func}() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    Ok(out)
}

/// `complex(real=..., imag=...)`: [`construct_complex`] with keywords.
pub fn construct_complex_kw(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if kwargs.is_empty() {
        return construct_complex(vm, args);
    }
    let merged = merge_kwargs(vm, "complex", args, kwargs, &["real", "imag"])?;
    let merged: Vec<Value> = merged
        .into_iter()
        .map(|v| v.unwrap_or(Value::Int(0)))
        .collect();
    construct_complex(vm, &merged)
}

/// The receiver of a method called bound (`x.m()`) or through its class (`int.m(x)`).
fn receiver<'a>(vm: &Vm, this: &'a Value, args: &'a [Value]) -> PyResult<(&'a Value, &'a [Value])> {
    if !this.is_null() {
        return Ok((this, args));
    }
    args.split_first()
        .ok_or_else(|| vm.type_error("unbound method needs an argument"))
}

fn number_format(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = receiver(vm, this, args)?;
    let spec = match args {
        [spec] => spec.as_str().cloned().ok_or_else(|| {
            vm.type_error(format!(
                "__format__() argument must be str, not {}",
                vm.classes.type_name(spec)
            ))
        })?,
        _ => {
            return Err(vm.type_error(format!(
                "__format__() takes exactly one argument ({} given)",
                args.len()
            )))
        }
    };
    vm.format(this, &spec)
}

fn number_str(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = receiver(vm, this, args)?;
    Ok(Value::str(&vm.repr(this)?))
}

fn int_as_integer_ratio(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: Kwargs<'_>,
) -> PyResult<Value> {
    let this = no_arg_method(vm, this, args, "as_integer_ratio", "int")?;
    let n = match this {
        Value::Bool(b) => Value::Int(i64::from(*b)),
        v => v.clone(),
    };
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}

fn same(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = receiver(vm, this, args)?;
    Ok(match this {
        Value::Bool(b) => Value::Int(i64::from(*b)),
        v => v.clone(),
    })
}

fn always_true(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    receiver(vm, this, args)?;
    Ok(Value::Bool(true))
}

fn zero(_: &mut Vm, _: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn one(_: &mut Vm, _: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn zero_float(_: &mut Vm, _: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn float_of(vm: &Vm, this: &Value) -> PyResult<f64> {
    match this {
        Value::Float(f) => Ok(*f),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

fn float_is_integer(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let this = no_arg_method(vm, this, args, "is_integer", "float")?;
    Ok(Value::Bool(numeric::float_is_integer(float_of(vm, this)?)))
}

fn float_as_integer_ratio(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: Kwargs<'_>,
) -> PyResult<Value> {
    let this = no_arg_method(vm, this, args, "as_integer_ratio", "float")?;
    let (n, d) =
        numeric::float_as_integer_ratio(float_of(vm, this)?).map_err(|e| vm.num_error(e))?;
    Ok(Value::tuple(vec![value_of(n), value_of(d)]))
}

fn float_hex(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let this = no_arg_method(vm, this, args, "hex", "float")?;
    Ok(Value::str(&numeric::float_hex(float_of(vm, this)?)))
}

fn float_fromhex(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let Some(text) = args.last().and_then(|v| v.as_str()) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let text = text.to_string_lossy().into_owned();
    numeric::float_fromhex(&text)
        .map(Value::Float)
        .map_err(|e| vm.num_error(e))
}

fn complex_parts(vm: &Vm, this: &Value) -> PyResult<(f64, f64)> {
    match this.as_obj().map(|o| &**o) {
        Some(Object::Complex(re, im)) => Ok((*re, *im)),
        _ => Err(vm.type_error("descriptor requires a 'complex' object")),
    }
}

fn complex_real(vm: &mut Vm, this: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(Value::Float(complex_parts(vm, this)?.0))
}

fn complex_imag(vm: &mut Vm, this: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(Value::Float(complex_parts(vm, this)?.1))
}

fn complex_conjugate(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let this = no_arg_method(vm, this, args, "conjugate", "complex")?;
    let (re, im) = complex_parts(vm, this)?;
    Ok(Value::obj(Object::Complex(re, -im)))
}

/// `int(b'42', base)` / `float(b'1.5')`: the number a `bytes` or `bytearray`
/// argument spells, parsed as an int in `int_base` or else as a float
/// (`None` for other values).
pub fn number_from_bytes(vm: &Vm, v: &Value, int_base: Option<u32>) -> Option<PyResult<Value>> {
    let (data, repr) = match v.as_obj().map(|o| &**o) {
        Some(Object::Bytes(b)) => (b.to_vec(), formatting::bytes_repr(b)),
        Some(Object::ByteArray(b)) => {
            let b = b.borrow().clone();
            // `int()` shows a bytearray's contents as bytes, `float()` does not.
            let repr = match int_base {
                Some(_) => formatting::bytes_repr(&b),
                None => format!("bytearray({})", formatting::bytes_repr(&b)),
            };
            (b, repr)
        }
        _ => return None,
    };
    let cps: Vec<u32> = data.iter().map(|&b| u32::from(b)).collect();
    let text = crate::marshal::PyStr::from_code_points(&cps)?;
    let parsed = match int_base {
        Some(base) => formatting::parse_int(&text, base).map(Value::int),
        None => formatting::parse_float(&text).map(Value::Float),
    };
    Some(parsed.map_err(|e| {
        let message = match e.message.find(": ") {
            Some(i)
                if e.message.starts_with("invalid literal")
                    || e.message.starts_with("could not convert") =>
            {
                format!("{}: {repr}", &e.message[..i])
            }
            _ => e.message.clone(),
        };
        vm.new_error(e.kind.name(), &message)
    }))
}
