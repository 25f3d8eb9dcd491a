//! Argument handling shared by the `str`, `bytes` and `bytearray` methods:
//! the receiver (bound, or the first argument of an unbound call), and
//! positional/keyword binding with CPython's messages for each calling
//! convention.

use crate::interp::Vm;
use crate::object::{PyResult, Value};

/// Keyword arguments as builtins receive them.
pub type Kwargs<'a> = &'a [(Value, Value)];

/// How a builtin method takes its arguments, which decides the wording of
/// argument errors.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `METH_NOARGS`: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// `METH_O`: "str.join() takes exactly one argument (0 given)".
    One,
    /// Positional only, checked by `_PyArg_CheckPositional`: "find expected
    /// at least 1 argument, got 0".
    Positional,
    /// Argument Clinic with keywords allowed from parameter `.0` on:
    /// "split() takes at most 2 arguments (3 given)".
    Keywords(usize),
}

/// A method signature.
pub struct Sig {
    /// The class, for `NoArgs`/`One` messages (`str`, `bytes`, ...).
    pub class: &'static str,
    /// The method name.
    pub name: &'static str,
    /// Parameter names, in order.
    pub params: &'static [&'static str],
    /// How many leading parameters are required.
    pub required: usize,
    /// The calling convention.
    pub style: Style,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Binds `args` and `kwargs` to `sig`'s parameters; a parameter not given
/// is `None`.
pub fn bind(
    vm: &Vm,
    sig: &Sig,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Vec<Option<Value>>> {
    let max = sig.params.len();
    let n = args.len();
    let qual = format!("{}.{}", sig.class, sig.name);
    match sig.style {
        Style::NoArgs | Style::One | Style::Positional if !kwargs.is_empty() => {
            return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
        }
        Style::NoArgs if n > 0 => {
            return Err(vm.type_error(format!("{qual}() takes no arguments ({n} given)")));
        }
        Style::One if n != 1 => {
            return Err(vm.type_error(format!("{qual}() takes exactly one argument ({n} given)")));
        }
        Style::Positional if n < sig.required || n > max => {
            let (which, k) = if n < sig.required {
                (
                    if sig.required == max { "" } else { "at least " },
                    sig.required,
                )
            } else {
                (if sig.required == max { "" } else { "at most " }, max)
            };
            return Err(vm.type_error(format!(
                "{} expected {which}{k} argument{}, got {n}",
                sig.name,
                plural(k)
            )));
        }
        Style::Keywords(_) if n > max => {
            let which = if sig.required == max {
                "exactly"
            } else {
                "at most"
            };
            return Err(vm.type_error(format!(
                "{}() takes {which} {max} argument{} ({n} given)",
                sig.name,
                plural(max)
            )));
        }
        _ => {}
    }
    let mut out: Vec<Option<Value>> = args.iter().cloned().map(Some).collect();
    out.resize(max, None);
    if let Style::Keywords(kw_from) = sig.style {
        for (k, v) in kwargs {
            let key = k.as_str().map(|s| s.to_string_lossy().into_owned());
            let key = key.unwrap_or_default();
            match sig.params.iter().position(|p| *p == key) {
                Some(i) if i >= kw_from => {
                    if out[i].is_some() {
                        return Err(vm.type_error(format!(
                            "argument for {}() given by name ('{key}') and position ({})",
                            sig.name,
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                Some(_) => {
                    return Err(vm.type_error(format!(
                        "{}() got some positional-only arguments passed as keyword arguments: '{key}'",
                        sig.name
                    )));
                }
                None => {
                    let params = sig.params.get(kw_from..).unwrap_or(&[]);
                    return Err(vm.type_error(crate::interp::kwarg_hint::unexpected_keyword(
                        sig.name, &key, params,
                    )));
                }
            }
        }
        let positional_required = sig.required.min(kw_from);
        if n < positional_required && kwargs.is_empty() {
            return Err(vm.type_error(format!(
                "{}() takes at least {positional_required} positional argument{} ({n} given)",
                sig.name,
                plural(positional_required)
            )));
        }
        if let Some(i) = (0..sig.required).find(|&i| out[i].is_none()) {
            return Err(vm.type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                sig.name,
                sig.params[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// The receiver of a method: the bound object, or for an unbound call
/// (`str.upper("x")`) the first argument, which must pass `accept`.
pub fn receiver<'a>(
    vm: &Vm,
    this: &'a Value,
    args: &'a [Value],
    class: &str,
    name: &str,
    accept: fn(&Value) -> bool,
) -> PyResult<(&'a Value, &'a [Value])> {
    if !this.is_null() {
        return Ok((this, args));
    }
    match args.split_first() {
        None => Err(vm.type_error(format!("unbound method {class}.{name}() needs an argument"))),
        Some((first, rest)) if accept(first) => Ok((first, rest)),
        Some((first, _)) => Err(vm.type_error(format!(
            "descriptor '{name}' for '{class}' objects doesn't apply to a '{}' object",
            vm.classes.type_name(first)
        ))),
    }
}

/// The longest `str` or `bytes` result built (in code units): beyond it a
/// `MemoryError` is raised instead of exhausting the machine.
pub const MAX_RESULT: usize = 1 << 31;

/// `MemoryError` unless a result of `n` units (`None`: it overflowed) may
/// be built.
pub fn check_len(vm: &Vm, n: Option<usize>) -> PyResult<()> {
    match n {
        Some(n) if n <= MAX_RESULT => Ok(()),
        _ => Err(vm.new_error("MemoryError", "")),
    }
}

/// The length `replace(old, new, count)` gives `hay`, if it fits.
pub fn replaced_len(hay: usize, found: usize, old: usize, new: usize) -> Option<usize> {
    (hay - found * old).checked_add(found.checked_mul(new)?)
}

/// A `tabsize`/C `int` argument.
pub fn c_int_arg(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    let n = match v {
        Some(v) if is_big(v) => i64::MAX,
        _ => int_arg(vm, v, default)?,
    };
    if i32::try_from(n).is_err() {
        return Err(vm.new_error("OverflowError", "Python int too large to convert to C int"));
    }
    Ok(n)
}

/// A type name as CPython's `_PyArg_BadArgument` shows it ("None" for
/// `None`).
pub fn arg_type_name(vm: &Vm, v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        _ => vm.classes.type_name(v),
    }
}

/// An optional `start`/`end` slice bound: `None` or an index.
pub fn slice_bound(vm: &mut Vm, v: &Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => slice_index(vm, v).map(Some),
    }
}

/// A slice index (CPython's `_PyEval_SliceIndex`): an int, clipped to a
/// range no sequence reaches, or an object with `__index__`.
pub fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        v if is_big(v) => Ok(if big_is_negative(v) {
            i64::MIN / 4
        } else {
            i64::MAX / 4
        }),
        v => {
            if matches!(
                v.as_obj().map(|o| &**o),
                Some(crate::object::Object::Instance(_))
            ) {
                if let Some(r) = vm.call_special(v, "__index__", &[])? {
                    if matches!(r, Value::Int(_) | Value::Bool(_)) || is_big(&r) {
                        return slice_index(vm, &r);
                    }
                }
            }
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

fn is_big(v: &Value) -> bool {
    matches!(
        v.as_obj().map(|o| &**o),
        Some(crate::object::Object::BigInt(_))
    )
}

fn big_is_negative(v: &Value) -> bool {
    match v.as_obj().map(|o| &**o) {
        Some(crate::object::Object::BigInt(b)) => num_traits::Signed::is_negative(b),
        _ => false,
    }
}

/// An integer argument (`operator.index`), with `default` when absent.
pub fn int_arg(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) if is_big(v) => Err(vm.new_error(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
        Some(v) => vm.index_value(v),
    }
}
