//! `list`: methods, item and slice assignment and deletion, `sort` and
//! `sorted` (the algorithm is in [`super::sort`]), and the repr guard shared
//! by the container reprs.

use super::container_args::{
    add_methods, arg_count, index, index_range, kwarg, no_args, no_kwargs, one_arg, receiver,
    try_index, unexpected_kwarg, Index, Kwargs,
};
use crate::interp::Vm;
use crate::object::types::Builtin as Kind;
use crate::object::{NativeFn, Object, PyErr, PyResult, Value};
use std::cell::RefCell;

thread_local! {
    /// The containers whose repr is being computed (`Py_ReprEnter`).
    static REPR_ACTIVE: RefCell<std::collections::HashSet<i64>> =
        RefCell::new(std::collections::HashSet::new());
}

/// Marks a container as being repr'd; `None` when it already is (a
/// recursive structure), in which case the caller prints `[...]` or similar.
pub struct ReprGuard(i64);

impl ReprGuard {
    /// Enters the repr of `v`.
    pub fn enter(v: &Value) -> Option<ReprGuard> {
        let id = v.id();
        let fresh = REPR_ACTIVE.with(|a| a.borrow_mut().insert(id));
        fresh.then(|| ReprGuard(id))
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_ACTIVE.with(|a| {
            a.borrow_mut().remove(&self.0);
        });
    }
}

fn cell(v: &Value) -> &RefCell<Vec<Value>> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::List(l)) => l,
        _ => unreachable_list(),
    }
}

#[cold]
fn unreachable_list() -> ! {
    // Only called on values `receiver` or the callers checked to be lists.
    panic!("a list method got a value that is not a list")
}

/// `repr(list)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let items = cell(v).borrow().clone();
    if items.is_empty() {
        return Ok("[]".to_string());
    }
    let Some(_guard) = ReprGuard::enter(v) else {
        return Ok("[...]".to_string());
    };
    let _depth =
        super::container_args::NestingGuard::enter(vm, " while getting the repr of an object")?;
    let mut parts = Vec::with_capacity(items.len());
    for item in &items {
        parts.push(vm.repr(item)?);
    }
    Ok(format!("[{}]", parts.join(", ")))
}

/// Collects the right side of a slice assignment (`PySequence_Fast`).
fn assigned_items(vm: &mut Vm, list: &Value, value: &Value) -> PyResult<Vec<Value>> {
    if list.is(value) {
        return Ok(cell(list).borrow().clone());
    }
    match value.as_obj().map(|o| &**o) {
        Some(Object::List(l)) => return Ok(l.borrow().clone()),
        Some(Object::Tuple(t)) => return Ok(t.to_vec()),
        _ => {}
    }
    let it = match vm.iter(value) {
        Ok(it) => it,
        Err(e) if vm.is_instance_of(&e, "TypeError") => {
            return Err(vm.type_error("must assign iterable to extended slice"))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(x);
    }
    Ok(out)
}

fn bad_index(vm: &Vm, key: &Value) -> PyErr {
    bad_seq_index(vm, "list", key)
}

/// `list indices must be integers or slices, not str`.
pub fn bad_seq_index(vm: &Vm, what: &str, key: &Value) -> PyErr {
    vm.type_error(format!(
        "{what} indices must be integers or slices, not {}",
        vm.classes.type_name(key)
    ))
}

/// `seq[key]` for a list or tuple, by index or slice.
pub fn getitem(vm: &mut Vm, seq: &Value, key: &Value) -> PyResult<Value> {
    let (len, what) = match seq.as_obj().map(|o| &**o) {
        Some(Object::List(l)) => (l.borrow().len(), "list"),
        Some(Object::Tuple(t)) => (t.len(), "tuple"),
        _ => return Err(vm.type_error("expected a list or tuple")),
    };
    let item = |i: usize| match seq.as_obj().map(|o| &**o) {
        Some(Object::List(l)) => l.borrow().get(i).cloned(),
        Some(Object::Tuple(t)) => t.get(i).cloned(),
        _ => None,
    };
    if let Value::Int(i) = key {
        let j = if *i < 0 { i + len as i64 } else { *i };
        if j >= 0 && (j as usize) < len {
            if let Some(v) = item(j as usize) {
                return Ok(v);
            }
        }
        return Err(vm.index_error(format!("{what} index out of range")));
    }
    if matches!(key.as_obj().map(|o| &**o), Some(Object::Slice(..))) {
        let (start, stop, step) = super::slice::indices(vm, key, len)?;
        let count = super::slice::slice_len(start, stop, step);
        let mut picked = Vec::with_capacity(count as usize);
        let mut i = start;
        for _ in 0..count {
            if let Some(v) = item(i as usize) {
                picked.push(v);
            }
            i = i.wrapping_add(step);
        }
        return Ok(if what == "list" {
            Value::list(picked)
        } else {
            Value::tuple(picked)
        });
    }
    let message = format!("{what} index out of range");
    match item_index(vm, key, len, &message)? {
        Some(i) => item(i).ok_or_else(|| vm.index_error(message)),
        None => Err(bad_seq_index(vm, what, key)),
    }
}

/// An item index of a list: normalized, or IndexError with `message`.
fn item_index(vm: &mut Vm, key: &Value, len: usize, message: &str) -> PyResult<Option<usize>> {
    let Some(i) = try_index(vm, key)? else {
        return Ok(None);
    };
    let i = match i {
        Index::Small(i) => i,
        Index::Big(_) => return Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error(message));
    }
    Ok(Some(j as usize))
}

/// `list[key] = value`, for an index or a slice.
pub fn setitem(vm: &mut Vm, list: &Value, key: &Value, value: Value) -> PyResult<()> {
    if matches!(key.as_obj().map(|o| &**o), Some(Object::Slice(..))) {
        let len = cell(list).borrow().len();
        let (start, stop, step) = super::slice::indices(vm, key, len)?;
        let items = assigned_items(vm, list, &value)?;
        let mut l = cell(list).borrow_mut();
        let len = l.len() as i64;
        if step == 1 {
            let lo = start.clamp(0, len) as usize;
            let hi = stop.clamp(lo as i64, len) as usize;
            l.splice(lo..hi, items);
            return Ok(());
        }
        let count = super::slice::slice_len(start, stop, step);
        if items.len() as i64 != count {
            drop(l);
            return Err(vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {count}",
                items.len()
            )));
        }
        let mut i = start;
        for item in items {
            if let Some(slot) = l.get_mut(i as usize) {
                *slot = item;
            }
            i = i.wrapping_add(step);
        }
        return Ok(());
    }
    let len = cell(list).borrow().len();
    match item_index(vm, key, len, "list assignment index out of range")? {
        Some(i) => {
            let mut l = cell(list).borrow_mut();
            if let Some(slot) = l.get_mut(i) {
                *slot = value;
            }
            Ok(())
        }
        None => Err(bad_index(vm, key)),
    }
}

/// `del list[key]`, for an index or a slice.
pub fn delitem(vm: &mut Vm, list: &Value, key: &Value) -> PyResult<()> {
    if matches!(key.as_obj().map(|o| &**o), Some(Object::Slice(..))) {
        let len = cell(list).borrow().len();
        let (start, stop, step) = super::slice::indices(vm, key, len)?;
        let mut l = cell(list).borrow_mut();
        let len = l.len() as i64;
        if step == 1 {
            let lo = start.clamp(0, len) as usize;
            let hi = stop.clamp(lo as i64, len) as usize;
            l.drain(lo..hi);
            return Ok(());
        }
        let count = super::slice::slice_len(start, stop, step);
        let mut doomed = vec![false; l.len()];
        let mut i = start;
        for _ in 0..count {
            if let Some(d) = doomed.get_mut(i as usize) {
                *d = true;
            }
            i = i.wrapping_add(step);
        }
        let mut k = 0;
        l.retain(|_| {
            k += 1;
            !doomed[k - 1]
        });
        return Ok(());
    }
    let len = cell(list).borrow().len();
    match item_index(vm, key, len, "list assignment index out of range")? {
        Some(i) => {
            let mut l = cell(list).borrow_mut();
            if i < l.len() {
                l.remove(i);
            }
            Ok(())
        }
        None => Err(bad_index(vm, key)),
    }
}

/// `STORE_SLICE`: `container[start:stop] = v`.
pub fn store_slice(
    vm: &mut Vm,
    v: Value,
    container: &Value,
    start: Value,
    stop: Value,
) -> PyResult<()> {
    let nonnull = |x: Value| if x.is_null() { Value::None } else { x };
    let slice = Value::obj(Object::Slice(nonnull(start), nonnull(stop), Value::None));
    vm.setitem(container, &slice, v)
}

/// `list.sort(key=..., reverse=...)` on a list value.
pub fn sort_list(vm: &mut Vm, list: &Value, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let items = std::mem::take(&mut *cell(list).borrow_mut());
    let mut pairs = Vec::with_capacity(items.len());
    let mut failed = None;
    for item in &items {
        let k = match key {
            Some(f) => match vm.call(f, std::slice::from_ref(item), &[]) {
                Ok(k) => k,
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            },
            None => item.clone(),
        };
        pairs.push((k, item.clone()));
    }
    if let Some(e) = failed {
        *cell(list).borrow_mut() = items;
        return Err(e);
    }
    if reverse {
        pairs.reverse();
    }
    let result = super::sort::timsort(vm, &mut pairs);
    if reverse {
        pairs.reverse();
    }
    let sorted: Vec<Value> = pairs.into_iter().map(|(_, v)| v).collect();
    let modified = !cell(list).borrow().is_empty();
    *cell(list).borrow_mut() = sorted;
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

/// The `key` and `reverse` keyword arguments of `sort` and `sorted`.
fn sort_options(vm: &mut Vm, kwargs: Kwargs<'_>) -> PyResult<(Option<Value>, bool)> {
    if let Some(bad) = unexpected_kwarg(kwargs, &["key", "reverse"]) {
        return Err(vm.type_error(crate::interp::kwarg_hint::unexpected_keyword(
            "sort",
            &bad.to_string(),
            &["key", "reverse"],
        )));
    }
    let key = kwarg(kwargs, "key")
        .cloned()
        .filter(|k| !matches!(k, Value::None));
    let reverse = match kwarg(kwargs, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    Ok((key, reverse))
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
pub fn sorted(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let list = Value::list(vm.collect(&args[0])?);
    let (key, reverse) = sort_options(vm, kwargs)?;
    sort_list(vm, &list, key.as_ref(), reverse)?;
    Ok(list)
}

fn m_sort(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "sort")?;
    if !args.is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(vm, kwargs)?;
    sort_list(vm, list, key.as_ref(), reverse)?;
    Ok(Value::None)
}

fn m_append(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "append")?;
    let item = one_arg(vm, "list.append", args, kwargs)?;
    cell(list).borrow_mut().push(item.clone());
    Ok(Value::None)
}

/// `list.extend(iterable)` and `list += iterable`.
pub fn extend(vm: &mut Vm, list: &Value, iterable: &Value) -> PyResult<()> {
    let items = vm.collect(iterable)?;
    cell(list).borrow_mut().extend(items);
    Ok(())
}

fn m_extend(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "extend")?;
    let iterable = one_arg(vm, "list.extend", args, kwargs)?;
    extend(vm, list, iterable)?;
    Ok(Value::None)
}

fn m_insert(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "insert")?;
    no_kwargs(vm, "list.insert", kwargs)?;
    arg_count(vm, "insert", args, 2, 2)?;
    let i = super::container_args::ssize(vm, &args[0])?;
    let mut l = cell(list).borrow_mut();
    let len = l.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.insert(at as usize, args[1].clone());
    Ok(Value::None)
}

fn m_remove(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "remove")?;
    let x = one_arg(vm, "list.remove", args, kwargs)?;
    let mut i = 0;
    loop {
        let item = cell(list).borrow().get(i).cloned();
        let Some(item) = item else {
            return Err(vm.value_error("list.remove(x): x not in list"));
        };
        if vm.eq(&item, x)? {
            let mut l = cell(list).borrow_mut();
            if i < l.len() {
                l.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
}

fn m_pop(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "pop")?;
    no_kwargs(vm, "list.pop", kwargs)?;
    arg_count(vm, "pop", args, 0, 1)?;
    let i = match args.first() {
        Some(v) => super::container_args::ssize(vm, v)?,
        None => -1,
    };
    let mut l = cell(list).borrow_mut();
    let len = l.len() as i64;
    if len == 0 {
        drop(l);
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        drop(l);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.remove(j as usize))
}

fn m_clear(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "clear")?;
    no_args(vm, "list.clear", args, kwargs)?;
    let old = std::mem::take(&mut *cell(list).borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// `seq.index(x[, start[, stop]])` over a snapshot-free list or tuple; the
/// position, or `None`.
fn find_index(
    vm: &mut Vm,
    seq: &Value,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let item = match seq.as_obj().map(|o| &**o) {
            Some(Object::List(l)) => l.borrow().get(i).cloned(),
            Some(Object::Tuple(t)) => t.get(i).cloned(),
            _ => None,
        };
        let Some(item) = item else {
            break;
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `list.index` and `tuple.index`.
pub fn seq_index(
    vm: &mut Vm,
    seq: &Value,
    owner: &str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    no_kwargs(vm, &format!("{owner}.index"), kwargs)?;
    arg_count(vm, "index", args, 1, 3)?;
    let len = vm.len(seq)?;
    let (start, stop) = index_range(vm, len, args.get(1), args.get(2))?;
    match find_index(vm, seq, &args[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!("{owner}.index(x): x not in {owner}"))),
    }
}

/// `list.count` and `tuple.count`.
pub fn seq_count(vm: &mut Vm, seq: &Value, x: &Value) -> PyResult<Value> {
    let mut n = 0;
    let mut i = 0;
    loop {
        let item = match seq.as_obj().map(|o| &**o) {
            Some(Object::List(l)) => l.borrow().get(i).cloned(),
            Some(Object::Tuple(t)) => t.get(i).cloned(),
            _ => None,
        };
        let Some(item) = item else {
            return Ok(Value::Int(n));
        };
        if vm.eq(&item, x)? {
            n += 1;
        }
        i += 1;
    }
}

fn m_index(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "index")?;
    seq_index(vm, list, "list", args, kwargs)
}

fn m_count(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "count")?;
    let x = one_arg(vm, "list.count", args, kwargs)?;
    seq_count(vm, list, x)
}

fn m_reverse(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "reverse")?;
    no_args(vm, "list.reverse", args, kwargs)?;
    cell(list).borrow_mut().reverse();
    Ok(Value::None)
}

fn m_copy(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "copy")?;
    no_args(vm, "list.copy", args, kwargs)?;
    Ok(Value::list(cell(list).borrow().clone()))
}

fn m_getitem(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "__getitem__")?;
    let key = one_arg(vm, "list.__getitem__", args, kwargs)?;
    vm.getitem(list, key)
}

fn m_setitem(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "__setitem__")?;
    no_kwargs(vm, "list.__setitem__", kwargs)?;
    arg_count(vm, "__setitem__", args, 2, 2)?;
    setitem(vm, list, &args[0], args[1].clone())?;
    Ok(Value::None)
}

fn m_delitem(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "__delitem__")?;
    let key = one_arg(vm, "list.__delitem__", args, kwargs)?;
    delitem(vm, list, key)?;
    Ok(Value::None)
}

fn m_len(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "__len__")?;
    no_args(vm, "list.__len__", args, kwargs)?;
    Ok(Value::Int(cell(list).borrow().len() as i64))
}

fn m_contains(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "__contains__")?;
    let x = one_arg(vm, "list.__contains__", args, kwargs)?;
    Ok(Value::Bool(vm.contains(list, x)?))
}

fn m_iter(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "__iter__")?;
    no_args(vm, "list.__iter__", args, kwargs)?;
    vm.iter(list)
}

fn m_reversed(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (list, args) = receiver(vm, this, args, Kind::List, "__reversed__")?;
    no_args(vm, "list.__reversed__", args, kwargs)?;
    Ok(super::iterators::list_reversed(list))
}

/// `list * n` (and `n * list`).
pub fn repeat(vm: &mut Vm, items: &[Value], n: &Value) -> PyResult<Vec<Value>> {
    let n = match index(vm, n)? {
        Index::Small(n) => n.max(0) as usize,
        Index::Big(b) if num_traits::Signed::is_negative(&b) => 0,
        Index::Big(_) => {
            return Err(vm.new_error(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            ))
        }
    };
    let memory_error =
        |vm: &Vm| PyErr(vm.new_exception(vm.classes.named("MemoryError"), Vec::new()));
    let Some(total) = items.len().checked_mul(n) else {
        return Err(memory_error(vm));
    };
    let mut out = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(memory_error(vm));
    }
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// Installs the methods of `list`.
pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", m_append),
        ("extend", m_extend),
        ("insert", m_insert),
        ("remove", m_remove),
        ("pop", m_pop),
        ("clear", m_clear),
        ("index", m_index),
        ("count", m_count),
        ("reverse", m_reverse),
        ("sort", m_sort),
        ("copy", m_copy),
        ("__getitem__", m_getitem),
        ("__setitem__", m_setitem),
        ("__delitem__", m_delitem),
        ("__len__", m_len),
        ("__contains__", m_contains),
        ("__iter__", m_iter),
        ("__reversed__", m_reversed),
    ];
    let class = vm.classes.of_kind(Kind::List).clone();
    add_methods(&class, "list", methods);
}
