//! Argument handling shared by the container and iterator builtins: the
//! receiver of a method called bound or unbound, argument counts with
//! CPython's wording, keyword arguments, and integer conversions.

use crate::interp::Vm;
use crate::object::types::{type_data, Builtin as Kind};
use crate::object::{Builtin, NativeFn, ObjRef, Object, PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Keyword arguments as the builtins receive them.
pub type Kwargs<'a> = &'a [(Value, Value)];

/// Adds builtin methods to a class's namespace. `owner` names the class in
/// messages; `"classmethod"` makes a method bind to the class.
pub fn add_methods(class: &ObjRef, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
    for (name, func) in methods {
        let m = Value::obj(Object::Builtin(Builtin {
            name,
            func: *func,
            this: Value::Null,
            owner: Some(owner),
        }));
        let hash = crate::interp::hash::str_hash(name);
        type_data(class)
            .dict
            .borrow_mut()
            .insert(hash, Value::str(name), m, |k| {
                k.as_str().is_some_and(|s| s.as_str() == Some(name))
            });
    }
}

/// The receiver of a method and its other arguments: the bound object, or
/// for an unbound call (`list.append(x, 1)`) the first argument, checked to
/// be an instance of the class of `kind`.
pub fn receiver<'a>(
    vm: &Vm,
    this: &'a Value,
    args: &'a [Value],
    kind: Kind,
    name: &str,
) -> PyResult<(&'a Value, &'a [Value])> {
    let owner = type_data(vm.classes.of_kind(kind)).name.clone();
    let (recv, rest) = if this.is_null() {
        match args.split_first() {
            Some((first, rest)) => (first, rest),
            None => {
                return Err(
                    vm.type_error(format!("unbound method {owner}.{name}() needs an argument"))
                )
            }
        }
    } else {
        (this, args)
    };
    let ok = matches!(
        (kind, recv.as_obj().map(|o| &**o)),
        (Kind::List, Some(Object::List(_)))
            | (Kind::Tuple, Some(Object::Tuple(_)))
            | (Kind::Dict, Some(Object::Dict(_)))
            | (Kind::Set, Some(Object::Set(_)))
            | (Kind::FrozenSet, Some(Object::FrozenSet(_)))
            | (Kind::Range, Some(Object::Range(..) | Object::BigRange(_)))
            | (Kind::Slice, Some(Object::Slice(..)))
    );
    if !ok {
        return Err(vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.classes.type_name(recv)
        )));
    }
    Ok((recv, rest))
}

/// Refuses keyword arguments: `list.insert() takes no keyword arguments`.
pub fn no_kwargs(vm: &Vm, qualname: &str, kwargs: Kwargs<'_>) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{qualname}() takes no keyword arguments")))
    }
}

/// A METH_O method: `list.append() takes exactly one argument (0 given)`.
pub fn one_arg<'a>(
    vm: &Vm,
    qualname: &str,
    args: &'a [Value],
    kwargs: Kwargs<'_>,
) -> PyResult<&'a Value> {
    no_kwargs(vm, qualname, kwargs)?;
    match args {
        [a] => Ok(a),
        _ => Err(vm.type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// A METH_NOARGS method: `list.copy() takes no arguments (1 given)`.
pub fn no_args(vm: &Vm, qualname: &str, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<()> {
    no_kwargs(vm, qualname, kwargs)?;
    if args.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        "argument"
    } else {
        "arguments"
    }
}

/// A positional argument count check in Argument Clinic's words:
/// `insert expected 2 arguments, got 1`, `pop expected at most 1 argument, got 2`.
pub fn arg_count(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if min == max && n != min {
        return Err(vm.type_error(format!("{name} expected {min} {}, got {n}", plural(min))));
    }
    if n < min {
        return Err(vm.type_error(format!(
            "{name} expected at least {min} {}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{name} expected at most {max} {}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// A keyword argument by name.
pub fn kwarg<'a>(kwargs: Kwargs<'a>, name: &str) -> Option<&'a Value> {
    kwargs
        .iter()
        .find(|(k, _)| k.as_str().and_then(|s| s.as_str()) == Some(name))
        .map(|(_, v)| v)
}

/// The first keyword not in `allowed`, as text.
pub fn unexpected_kwarg(kwargs: Kwargs<'_>, allowed: &[&str]) -> Option<String> {
    kwargs.iter().find_map(|(k, _)| {
        let name = k
            .as_str()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        (!allowed.contains(&name.as_str())).then_some(name)
    })
}

/// An integer that may not fit in 64 bits.
pub enum Index {
    /// It fits.
    Small(i64),
    /// It does not; the sign tells which way it overflows.
    Big(BigInt),
}

impl Index {
    /// The value clamped to the i64 range (`_PyEval_SliceIndex`).
    pub fn clamped(&self) -> i64 {
        match self {
            Index::Small(i) => *i,
            Index::Big(b) if b.is_negative() => i64::MIN,
            Index::Big(_) => i64::MAX,
        }
    }

    /// The value as a BigInt.
    pub fn to_big(&self) -> BigInt {
        match self {
            Index::Small(i) => BigInt::from(*i),
            Index::Big(b) => b.clone(),
        }
    }
}

/// Whether a value is an int (bool included).
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v.as_obj().map(|o| &**o), Some(Object::BigInt(_)))
}

/// `operator.index(v)`, or `None` when `v` has no `__index__`.
pub fn try_index(vm: &mut Vm, v: &Value) -> PyResult<Option<Index>> {
    Ok(Some(match v {
        Value::Int(i) => Index::Small(*i),
        Value::Bool(b) => Index::Small(i64::from(*b)),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => match b.to_i64() {
                Some(i) => Index::Small(i),
                None => Index::Big(b.clone()),
            },
            Object::Instance(_) => match vm.call_special(v, "__index__", &[])? {
                Some(r) if is_int(&r) => return try_index(vm, &r),
                Some(r) => {
                    return Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.classes.type_name(&r)
                    )))
                }
                None => return Ok(None),
            },
            _ => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

/// `operator.index(v)` with CPython's error for a non-integer.
pub fn index(vm: &mut Vm, v: &Value) -> PyResult<Index> {
    match try_index(vm, v)? {
        Some(i) => Ok(i),
        None => Err(not_integer(vm, v)),
    }
}

/// `'str' object cannot be interpreted as an integer`.
pub fn not_integer(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.classes.type_name(v)
    ))
}

/// An index as a C `Py_ssize_t`: OverflowError when it does not fit.
pub fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match index(vm, v)? {
        Index::Small(i) => Ok(i),
        Index::Big(_) => Err(vm.new_error(
            "OverflowError",
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// A start or stop argument of `index()`: clamped, with the slice message
/// for a non-integer.
pub fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match try_index(vm, v)? {
        Some(i) => Ok(i.clamped()),
        None => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// Normalizes `start`/`stop` of `seq.index(x, start, stop)` for a length.
pub fn index_range(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    stop: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let fix = |i: i64| -> i64 {
        if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i.min(len)
        }
    };
    let start = match start {
        Some(v) => fix(slice_bound(vm, v)?),
        None => 0,
    };
    let stop = match stop {
        Some(v) => fix(slice_bound(vm, v)?),
        None => len,
    };
    Ok((start as usize, stop as usize))
}

/// The hash of a set element (`what` = "set element") or dict key
/// (`what` = "dict key"): an exact TypeError from hashing is reworded as
/// `cannot use 'list' as a set element (unhashable type: 'list')`.
pub fn element_hash(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    match vm.hash(v) {
        Ok(h) => Ok(h),
        Err(e) if std::rc::Rc::ptr_eq(e.class(), vm.classes.named("TypeError")) => {
            let inner = vm.str_of(&e.0)?;
            Err(vm.type_error(format!(
                "cannot use '{}' as a {what} ({inner})",
                vm.classes.type_name(v)
            )))
        }
        Err(e) => Err(e),
    }
}

/// How deep container operations (repr, comparison, hashing) may nest
/// before RecursionError: deep enough for any realistic data, shallow enough
/// for the interpreter's stack.
const MAX_NESTING: usize = 20_000;

thread_local! {
    /// The current nesting of container operations.
    static NESTING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// One level of nesting of a recursive container operation; RecursionError
/// (`maximum recursion depth exceeded{context}`) when too deep.
pub struct NestingGuard(());

impl NestingGuard {
    /// Enters one level.
    pub fn enter(vm: &Vm, context: &str) -> PyResult<NestingGuard> {
        let depth = NESTING.with(|n| n.get());
        if depth >= MAX_NESTING {
            return Err(vm.new_error(
                "RecursionError",
                &format!("maximum recursion depth exceeded{context}"),
            ));
        }
        NESTING.with(|n| n.set(depth + 1));
        Ok(NestingGuard(()))
    }
}

impl Drop for NestingGuard {
    fn drop(&mut self) {
        NESTING.with(|n| n.set(n.get().saturating_sub(1)));
    }
}
