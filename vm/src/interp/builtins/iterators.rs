//! Iteration: `iter()` and `next()` for every builtin iterator, the iterator
//! classes and their names, and the builtins `enumerate`, `zip`, `map`,
//! `filter`, `reversed`, `iter`, `min`, `max` and `sum`.

use super::container_args::{
    add_methods, arg_count, index, kwarg, no_args, no_kwargs, unexpected_kwarg, Kwargs,
};
use crate::interp::Vm;
use crate::object::iter::{ExtraIter, ViewKind};
use crate::object::types::{lookup, Builtin as Kind};
use crate::object::{IterState, NativeFn, ObjRef, Object, PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive};
use std::cell::RefCell;
use std::rc::Rc;

/// The builtin iterator and view classes (all of kind `Iterator`), made at
/// startup. The first five are also names in `builtins`.
pub const ITERATOR_CLASSES: &[&str] = &[
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "range_iterator",
    "longrange_iterator",
    "str_iterator",
    "str_ascii_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "callable_iterator",
    "dict_keys",
    "dict_values",
    "dict_items",
];

/// How many of [`ITERATOR_CLASSES`] are visible in `builtins`.
pub const PUBLIC_ITERATOR_CLASSES: usize = 5;

/// The class name of an iterator in a given state.
pub fn type_name(state: &IterState) -> &'static str {
    match state {
        IterState::List(..) => "list_iterator",
        IterState::Tuple(..) => "tuple_iterator",
        IterState::Range(..) => "range_iterator",
        IterState::Str(chars, _) => {
            if chars.iter().all(|c| *c < 128) {
                "str_ascii_iterator"
            } else {
                "str_iterator"
            }
        }
        IterState::DictKeys(..) => "dict_keyiterator",
        IterState::Extra(e) => e.type_name(),
        IterState::Done => "iterator",
    }
}

/// The class name of an `Object::Iter`, or `None` while it is busy.
pub fn type_name_of(state: &RefCell<IterState>) -> &'static str {
    state.try_borrow().map_or("iterator", |s| type_name(&s))
}

fn wrap(state: IterState) -> Value {
    Value::obj(Object::Iter(RefCell::new(state)))
}

fn extra(e: ExtraIter) -> Value {
    wrap(IterState::Extra(e))
}

/// `iter(v)` for the builtin containers this module knows, `None` otherwise.
pub fn iter_builtin(_vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(obj) = v.as_obj() else {
        return Ok(None);
    };
    Ok(Some(match &**obj {
        Object::Dict(_) => super::dict::new_iter(obj, ViewKind::Keys, false),
        Object::DictView(dv) => super::dict::view_iter(dv),
        Object::Set(_) | Object::FrozenSet(_) => {
            let len = super::set::data(v).map_or(0, |d| d.len());
            extra(ExtraIter::Set(Some(obj.clone()), 0, len, len))
        }
        Object::Range(..) | Object::BigRange(_) => super::range::iter(v),
        _ => return Ok(None),
    }))
}

/// `reversed(list)`.
pub fn list_reversed(list: &Value) -> Value {
    let len = match list.as_obj().map(|o| &**o) {
        Some(Object::List(l)) => l.borrow().len() as isize,
        _ => 0,
    };
    match list.as_obj() {
        Some(o) => extra(ExtraIter::ListReverse(o.clone(), len - 1)),
        None => wrap(IterState::Done),
    }
}

fn char_value(c: u32) -> Value {
    Value::from_pystr(
        crate::marshal::PyStr::from_code_points(&[c])
            .unwrap_or_else(|| crate::marshal::PyStr::new("")),
    )
}

/// What `next` must do after the iterator's state is released.
enum Pending {
    SeqReverse(Value, i64),
    Enumerate(Value),
    Zip(Rc<[Value]>, bool),
    Map(Value, Rc<[Value]>, bool),
    Filter(Value, Value),
    Callable(Value, Value),
}

/// `next(it)` for an `Object::Iter`: `None` when exhausted.
pub fn next(vm: &mut Vm, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let pending = {
        let mut st = state.borrow_mut();
        match &mut *st {
            IterState::List(list, i) => {
                let Object::List(items) = &**list else {
                    return Ok(None);
                };
                let item = items.borrow().get(*i).cloned();
                *i = if item.is_some() { *i + 1 } else { usize::MAX };
                return Ok(item);
            }
            IterState::Tuple(t, i) => {
                let Object::Tuple(items) = &**t else {
                    return Ok(None);
                };
                let item = items.get(*i).cloned();
                *i = i.saturating_add(1);
                return Ok(item);
            }
            IterState::Range(next, stop, step) => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    return Ok(Some(Value::Int(v)));
                }
                return Ok(None);
            }
            IterState::Str(chars, i) => {
                let c = chars.get(*i).copied();
                *i = i.saturating_add(1);
                return Ok(c.map(char_value));
            }
            IterState::DictKeys(d, i) => {
                let Object::Dict(d) = &**d else {
                    return Ok(None);
                };
                let d = d.borrow();
                return Ok(match d.entry_at(*i) {
                    Some((at, e)) => {
                        *i = at + 1;
                        Some(e.key.clone())
                    }
                    None => None,
                });
            }
            IterState::Done => return Ok(None),
            IterState::Extra(e) => match e {
                ExtraIter::ListReverse(list, i) => {
                    let Object::List(items) = &**list else {
                        return Ok(None);
                    };
                    let items = items.borrow();
                    if *i >= 0 && (*i as usize) < items.len() {
                        let item = items[*i as usize].clone();
                        *i -= 1;
                        return Ok(Some(item));
                    }
                    *i = -1;
                    return Ok(None);
                }
                ExtraIter::Dict(d) => return super::dict::iter_next(vm, d),
                ExtraIter::Set(set, pos, used, remaining) => {
                    let Some(s) = set.clone() else {
                        return Ok(None);
                    };
                    let sv = Value::Obj(s);
                    let Some(data) = super::set::data(&sv) else {
                        return Ok(None);
                    };
                    if *used != data.len() {
                        *used = usize::MAX;
                        drop(data);
                        return Err(
                            vm.new_error("RuntimeError", "Set changed size during iteration")
                        );
                    }
                    match data.entry_at(*pos) {
                        Some((at, k)) => {
                            *pos = at + 1;
                            *remaining = remaining.saturating_sub(1);
                            return Ok(Some(k.clone()));
                        }
                        None => {
                            drop(data);
                            *set = None;
                            return Ok(None);
                        }
                    }
                }
                ExtraIter::BigRange(next, step, remaining) => {
                    if !remaining.is_positive() {
                        return Ok(None);
                    }
                    let v = next.clone();
                    *next += &*step;
                    *remaining -= BigInt::one();
                    return Ok(Some(Value::int(v)));
                }
                ExtraIter::SeqReverse(seq, i) => Pending::SeqReverse(seq.clone(), *i),
                ExtraIter::Enumerate(it, _) => Pending::Enumerate(it.clone()),
                ExtraIter::Zip(its, strict) => Pending::Zip(its.clone(), *strict),
                ExtraIter::Map(f, its, strict) => Pending::Map(f.clone(), its.clone(), *strict),
                ExtraIter::Filter(f, it) => Pending::Filter(f.clone(), it.clone()),
                ExtraIter::Callable(f, s) => Pending::Callable(f.clone(), s.clone()),
            },
        }
    };
    match pending {
        Pending::SeqReverse(seq, i) => {
            if i < 0 || seq.is_null() {
                return Ok(None);
            }
            let item = match seq.as_obj().map(|o| &**o) {
                Some(Object::Tuple(t)) => t.get(i as usize).cloned().ok_or(None),
                _ => match vm.getitem(&seq, &Value::Int(i)) {
                    Ok(v) => Ok(v),
                    Err(e)
                        if vm.is_instance_of(&e, "IndexError")
                            || vm.is_instance_of(&e, "StopIteration") =>
                    {
                        Err(None)
                    }
                    Err(e) => Err(Some(e)),
                },
            };
            let mut st = state.borrow_mut();
            match item {
                Ok(v) => {
                    if let IterState::Extra(ExtraIter::SeqReverse(_, j)) = &mut *st {
                        *j = i - 1;
                    }
                    Ok(Some(v))
                }
                Err(e) => {
                    if let IterState::Extra(ExtraIter::SeqReverse(s, j)) = &mut *st {
                        *s = Value::Null;
                        *j = -1;
                    }
                    match e {
                        Some(e) => Err(e),
                        None => Ok(None),
                    }
                }
            }
        }
        Pending::Enumerate(it) => {
            let Some(item) = vm.next(&it)? else {
                return Ok(None);
            };
            let mut st = state.borrow_mut();
            let IterState::Extra(ExtraIter::Enumerate(_, count)) = &mut *st else {
                return Ok(None);
            };
            let n = count.clone();
            *count = match &n {
                Value::Int(i) => match i.checked_add(1) {
                    Some(j) => Value::Int(j),
                    None => Value::int(BigInt::from(*i) + 1),
                },
                Value::Obj(o) => match &**o {
                    Object::BigInt(b) => Value::int(b + 1),
                    _ => n.clone(),
                },
                _ => n.clone(),
            };
            Ok(Some(Value::tuple(vec![n, item])))
        }
        Pending::Zip(its, strict) => zip_next(vm, &its, strict, "zip").map(|o| o.map(Value::tuple)),
        Pending::Map(f, its, strict) => match zip_next(vm, &its, strict, "map")? {
            Some(args) => vm.call(&f, &args, &[]).map(Some),
            None => Ok(None),
        },
        Pending::Filter(f, it) => loop {
            let Some(item) = vm.next(&it)? else {
                return Ok(None);
            };
            let keep = if matches!(f, Value::None)
                || matches!(f.as_obj(), Some(c) if Rc::ptr_eq(c, vm.classes.of_kind(Kind::Bool)))
            {
                vm.truthy(&item)?
            } else {
                let r = vm.call(&f, std::slice::from_ref(&item), &[])?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(item));
            }
        },
        Pending::Callable(f, sentinel) => {
            if f.is_null() {
                return Ok(None);
            }
            let clear = |state: &RefCell<IterState>| {
                if let IterState::Extra(ExtraIter::Callable(f, _)) = &mut *state.borrow_mut() {
                    *f = Value::Null;
                }
            };
            match vm.call(&f, &[], &[]) {
                Ok(r) => {
                    if vm.eq(&r, &sentinel)? {
                        clear(state);
                        Ok(None)
                    } else {
                        Ok(Some(r))
                    }
                }
                Err(e) if vm.is_instance_of(&e, "StopIteration") => {
                    clear(state);
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// One step of `zip` (and of `map` over its iterators): the items, or `None`
/// when an iterator is exhausted, with the `strict=True` length checks.
fn zip_next(vm: &mut Vm, its: &[Value], strict: bool, name: &str) -> PyResult<Option<Vec<Value>>> {
    if its.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        match vm.next(it)? {
            Some(v) => items.push(v),
            None => {
                if !strict {
                    return Ok(None);
                }
                if i > 0 {
                    let plural = if i == 1 { " " } else { "s 1-" };
                    return Err(vm.value_error(format!(
                        "{name}() argument {} is shorter than argument{plural}{i}",
                        i + 1
                    )));
                }
                for (j, other) in its.iter().enumerate().skip(1) {
                    if vm.next(other)?.is_some() {
                        let plural = if j == 1 { " " } else { "s 1-" };
                        return Err(vm.value_error(format!(
                            "{name}() argument {} is longer than argument{plural}{j}",
                            j + 1
                        )));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(items))
}

/// Calls of the builtin iterator classes: `enumerate(...)`, `zip(...)`,
/// `map(...)`, `filter(...)`, `reversed(...)`.
pub fn construct(
    vm: &mut Vm,
    class: &ObjRef,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let name = crate::object::types::type_data(class).name.clone();
    match name.as_str() {
        "enumerate" => enumerate(vm, args, kwargs),
        "zip" => zip(vm, args, kwargs),
        "map" => map(vm, args, kwargs),
        "filter" => {
            no_kwargs(vm, "filter", kwargs)?;
            arg_count(vm, "filter", args, 2, 2)?;
            let it = vm.iter(&args[1])?;
            Ok(extra(ExtraIter::Filter(args[0].clone(), it)))
        }
        "reversed" => {
            no_kwargs(vm, "reversed", kwargs)?;
            arg_count(vm, "reversed", args, 1, 1)?;
            reversed(vm, &args[0])
        }
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}

fn enumerate(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if let Some(bad) = unexpected_kwarg(kwargs, &["iterable", "start"]) {
        return Err(vm.type_error(format!(
            "'{bad}' is an invalid keyword argument for enumerate()"
        )));
    }
    let total = args.len() + kwargs.len();
    if total > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({total} given)"
        )));
    }
    let iterable = match args.first().or_else(|| kwarg(kwargs, "iterable")) {
        Some(v) => v.clone(),
        None => return Err(vm.type_error("enumerate() missing required argument 'iterable'")),
    };
    let start = match args.get(1).or_else(|| kwarg(kwargs, "start")) {
        Some(s) => Value::int(index(vm, s)?.to_big()),
        None => Value::Int(0),
    };
    let it = vm.iter(&iterable)?;
    Ok(extra(ExtraIter::Enumerate(it, start)))
}

fn zip(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if let Some(bad) = unexpected_kwarg(kwargs, &["strict"]) {
        return Err(vm.type_error(crate::interp::kwarg_hint::unexpected_keyword(
            "zip",
            &bad.to_string(),
            &["strict"],
        )));
    }
    let strict = match kwarg(kwargs, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut its = Vec::with_capacity(args.len());
    for a in args {
        its.push(vm.iter(a)?);
    }
    Ok(extra(ExtraIter::Zip(its.into(), strict)))
}

fn map(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if let Some(bad) = unexpected_kwarg(kwargs, &["strict"]) {
        return Err(vm.type_error(crate::interp::kwarg_hint::unexpected_keyword(
            "map",
            &bad.to_string(),
            &["strict"],
        )));
    }
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let strict = match kwarg(kwargs, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut its = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        its.push(vm.iter(a)?);
    }
    Ok(extra(ExtraIter::Map(args[0].clone(), its.into(), strict)))
}

/// `reversed(seq)`.
pub fn reversed(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    let not_reversible = |vm: &Vm| {
        vm.type_error(format!(
            "'{}' object is not reversible",
            vm.classes.type_name(seq)
        ))
    };
    match seq.as_obj().map(|o| &**o) {
        Some(Object::List(_)) => return Ok(list_reversed(seq)),
        Some(Object::Range(..) | Object::BigRange(_)) => return Ok(super::range::reversed(seq)),
        Some(Object::Dict(_)) => {
            let d = seq.as_obj().map(Rc::clone);
            return Ok(match d {
                Some(d) => super::dict::new_iter(&d, ViewKind::Keys, true),
                None => wrap(IterState::Done),
            });
        }
        Some(Object::DictView(dv)) => return Ok(super::dict::new_iter(&dv.dict, dv.kind, true)),
        Some(Object::Tuple(t)) => {
            return Ok(extra(ExtraIter::SeqReverse(
                seq.clone(),
                t.len() as i64 - 1,
            )))
        }
        Some(Object::Str(_) | Object::Bytes(_)) => {
            let n = vm.len(seq)? as i64;
            return Ok(extra(ExtraIter::SeqReverse(seq.clone(), n - 1)));
        }
        Some(Object::Instance(_)) => {
            let class = vm.classes.class_of(seq);
            if let Some(m) = lookup(&class, "__reversed__") {
                if matches!(m, Value::None) {
                    return Err(not_reversible(vm));
                }
                return vm.call(&m, std::slice::from_ref(seq), &[]);
            }
            if lookup(&class, "__getitem__").is_none() {
                return Err(not_reversible(vm));
            }
            let n = vm.len(seq)? as i64;
            return Ok(extra(ExtraIter::SeqReverse(seq.clone(), n - 1)));
        }
        _ => {}
    }
    Err(not_reversible(vm))
}

/// The builtin `iter(obj)` / `iter(callable, sentinel)`.
pub fn builtin_iter(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    no_kwargs(vm, "iter", kwargs)?;
    arg_count(vm, "iter", args, 1, 2)?;
    if args.len() == 1 {
        return vm.iter(&args[0]);
    }
    let callable = match args[0].as_obj().map(|o| &**o) {
        Some(Object::Function(_) | Object::Builtin(_) | Object::Method(..) | Object::Type(_)) => {
            true
        }
        Some(Object::Instance(i)) => lookup(&i.class, "__call__").is_some(),
        _ => false,
    };
    if !callable {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    Ok(extra(ExtraIter::Callable(args[0].clone(), args[1].clone())))
}

fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &str,
    op: u32,
) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if let Some(bad) = unexpected_kwarg(kwargs, &["key", "default"]) {
        return Err(vm.type_error(crate::interp::kwarg_hint::unexpected_keyword(
            name,
            &bad.to_string(),
            &["key", "default"],
        )));
    }
    let default = kwarg(kwargs, "default");
    let positional = args.len() > 1;
    if positional && default.is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let key = kwarg(kwargs, "key")
        .cloned()
        .filter(|k| !matches!(k, Value::None));
    let it = if positional {
        vm.iter(&Value::tuple(args.to_vec()))?
    } else {
        vm.iter(&args[0])?
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = vm.next(&it)? {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let r = vm.compare(op, &k, bk)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = Some((k, item));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

/// The builtin `min`.
pub fn builtin_min(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    min_max(vm, args, kwargs, "min", 0)
}

/// The builtin `max`.
pub fn builtin_max(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    min_max(vm, args, kwargs, "max", 4)
}

/// Neumaier's compensated addition step, as CPython's `sum` does for floats.
fn add_compensated(total: &mut f64, c: &mut f64, x: f64) {
    let t = *total + x;
    if total.abs() >= x.abs() {
        *c += (*total - t) + x;
    } else {
        *c += (x - t) + *total;
    }
    *total = t;
}

/// The builtin `sum(iterable, /, start=0)`.
pub fn builtin_sum(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if let Some(bad) = unexpected_kwarg(kwargs, &["start"]) {
        return Err(vm.type_error(crate::interp::kwarg_hint::unexpected_keyword(
            "sum",
            &bad.to_string(),
            &["start"],
        )));
    }
    if args.is_empty() {
        return Err(vm.type_error(format!(
            "sum() takes at least 1 positional argument ({} given)",
            args.len()
        )));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len() + kwargs.len()
        )));
    }
    let mut result = args
        .get(1)
        .or_else(|| kwarg(kwargs, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    match result.as_obj().map(|o| &**o) {
        Some(Object::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(Object::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Some(Object::ByteArray(_)) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.iter(&args[0])?;
    let mut pending: Option<Value> = None;
    loop {
        if let Value::Int(mut acc) = result {
            loop {
                let Some(item) = vm.next(&it)? else {
                    return Ok(Value::Int(acc));
                };
                let step = match item {
                    Value::Int(i) => acc.checked_add(i),
                    Value::Bool(b) => acc.checked_add(i64::from(b)),
                    _ => None,
                };
                match step {
                    Some(s) => acc = s,
                    None => {
                        pending = Some(item);
                        break;
                    }
                }
            }
            result = Value::Int(acc);
        }
        if let Some(item) = pending.take() {
            result = vm.binary_op(0, &result, &item)?;
        }
        if let Value::Float(mut total) = result {
            let mut c: f64 = 0.0;
            loop {
                let Some(item) = vm.next(&it)? else {
                    if c != 0.0 && c.is_finite() {
                        total += c;
                    }
                    return Ok(Value::Float(total));
                };
                let x = match &item {
                    Value::Float(f) => Some(*f),
                    Value::Int(i) => Some(*i as f64),
                    Value::Bool(b) => Some(f64::from(u8::from(*b))),
                    Value::Obj(o) => match &**o {
                        Object::BigInt(b) if b.to_i64().is_some() => b.to_f64(),
                        _ => None,
                    },
                    _ => None,
                };
                match x {
                    Some(x) => add_compensated(&mut total, &mut c, x),
                    None => {
                        if c != 0.0 && c.is_finite() {
                            total += c;
                        }
                        pending = Some(item);
                        break;
                    }
                }
            }
            result = Value::Float(total);
            if let Some(item) = pending.take() {
                result = vm.binary_op(0, &result, &item)?;
            }
            continue;
        }
        if matches!(result, Value::Int(_)) {
            continue;
        }
        let Some(item) = vm.next(&it)? else {
            return Ok(result);
        };
        result = vm.binary_op(0, &result, &item)?;
    }
}

fn it_next(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (it, args) = iter_receiver(vm, this, args, "__next__")?;
    no_args(vm, "__next__", args, kwargs)?;
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => Err(PyErr(
            vm.new_exception(vm.classes.named("StopIteration"), Vec::new()),
        )),
    }
}

fn it_iter(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (it, args) = iter_receiver(vm, this, args, "__iter__")?;
    no_args(vm, "__iter__", args, kwargs)?;
    Ok(it.clone())
}

fn iter_receiver<'a>(
    vm: &Vm,
    this: &'a Value,
    args: &'a [Value],
    name: &str,
) -> PyResult<(&'a Value, &'a [Value])> {
    let (recv, rest) = match (this.is_null(), args.split_first()) {
        (false, _) => (this, args),
        (true, Some((first, rest))) => (first, rest),
        (true, None) => {
            return Err(vm.type_error(format!("unbound method {name}() needs an argument")))
        }
    };
    if !matches!(recv.as_obj().map(|o| &**o), Some(Object::Iter(_))) {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires an iterator, not '{}'",
            vm.classes.type_name(recv)
        )));
    }
    Ok((recv, rest))
}

/// Installs `__iter__` and `__next__` on the iterator classes.
pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[("__next__", it_next), ("__iter__", it_iter)];
    for name in ITERATOR_CLASSES {
        if name.starts_with("dict_") && !name.ends_with("iterator") {
            continue;
        }
        let class = vm.classes.named(name).clone();
        add_methods(&class, name, methods);
    }
}

/// `iter(v)` for unpacking, with CPython's message for a non-iterable.
fn unpack_iter(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    match vm.iter(seq) {
        Ok(it) => Ok(it),
        Err(e) if vm.is_instance_of(&e, "TypeError") => {
            let class = vm.classes.class_of(seq);
            let iterable =
                lookup(&class, "__iter__").is_some() || lookup(&class, "__getitem__").is_some();
            if iterable {
                Err(e)
            } else {
                Err(vm.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    vm.classes.type_name(seq)
                )))
            }
        }
        Err(e) => Err(e),
    }
}

/// The length CPython reports in "too many values" (lists, tuples, dicts).
fn known_len(seq: &Value) -> Option<usize> {
    match seq.as_obj().map(|o| &**o) {
        Some(Object::List(l)) => Some(l.borrow().len()),
        Some(Object::Tuple(t)) => Some(t.len()),
        Some(Object::Dict(d)) => Some(d.borrow().len()),
        _ => None,
    }
}

/// `UNPACK_SEQUENCE`: exactly `n` items, first item on top of the stack
/// (`out` is the stack slice, bottom first).
pub fn unpack_sequence(vm: &mut Vm, seq: &Value, n: usize, out: &mut [Value]) -> PyResult<()> {
    let it = unpack_iter(vm, seq)?;
    let mut items = Vec::with_capacity(n);
    while items.len() < n {
        match vm.next(&it)? {
            Some(v) => items.push(v),
            None => {
                return Err(vm.value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )))
            }
        }
    }
    if vm.next(&it)?.is_some() {
        return Err(vm.value_error(match known_len(seq) {
            Some(len) => format!("too many values to unpack (expected {n}, got {len})"),
            None => format!("too many values to unpack (expected {n})"),
        }));
    }
    for (slot, item) in out.iter_mut().zip(items.into_iter().rev()) {
        *slot = item;
    }
    Ok(())
}

/// `UNPACK_EX`: `before` items, a list of the rest but `after` items, then
/// `after` items; the first item ends on top. `low` and `high` are the stack
/// slices below and above the single returned slot.
pub fn unpack_ex(
    vm: &mut Vm,
    seq: &Value,
    before: usize,
    after: usize,
    low: &mut [Value],
    high: &mut [Value],
) -> PyResult<Value> {
    let it = unpack_iter(vm, seq)?;
    let mut items = Vec::new();
    while let Some(v) = vm.next(&it)? {
        items.push(v);
    }
    let n = items.len();
    if n < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {n})",
            before + after
        )));
    }
    let rest: Vec<Value> = items.drain(before..n - after).collect();
    let mut order: Vec<Value> = items[..before].to_vec();
    order.push(Value::list(rest));
    order.extend_from_slice(&items[before..]);
    order.reverse();
    let mut slots = order.into_iter();
    for slot in low.iter_mut() {
        *slot = slots.next().unwrap_or_default();
    }
    let middle = slots.next().unwrap_or_default();
    for slot in high.iter_mut() {
        *slot = slots.next().unwrap_or_default();
    }
    Ok(middle)
}
