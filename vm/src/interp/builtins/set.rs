//! `set` and `frozenset`: construction, methods, operators, comparisons and
//! repr, following `Objects/setobject.c` step by step so that element order
//! matches CPython (the table itself is [`SetData`]).

use super::container_args::{
    add_methods, element_hash, no_args, no_kwargs, one_arg, receiver, Kwargs,
};
use crate::interp::hash::builtin_eq;
use crate::interp::Vm;
use crate::object::set::Slot;
use crate::object::types::Builtin as Kind;
use crate::object::{NativeFn, ObjRef, Object, PyErr, PyResult, SetData, Value};
use std::cell::{Ref, RefCell};
use std::ops::Deref;

/// The table of a set or frozenset, borrowed.
pub enum SetRef<'a> {
    /// A `set`'s table.
    Cell(Ref<'a, SetData>),
    /// A `frozenset`'s table.
    Plain(&'a SetData),
}

impl Deref for SetRef<'_> {
    type Target = SetData;

    fn deref(&self) -> &SetData {
        match self {
            SetRef::Cell(r) => r,
            SetRef::Plain(d) => d,
        }
    }
}

/// The table of a set or frozenset value.
pub fn data(v: &Value) -> Option<SetRef<'_>> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Set(d)) => Some(SetRef::Cell(d.borrow())),
        Some(Object::FrozenSet(d)) => Some(SetRef::Plain(d)),
        _ => None,
    }
}

/// Whether a value is a set or a frozenset (`PyAnySet_Check`).
pub fn is_any_set(v: &Value) -> bool {
    matches!(
        v.as_obj().map(|o| &**o),
        Some(Object::Set(_) | Object::FrozenSet(_))
    )
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &**o), Some(Object::FrozenSet(_)))
}

fn len_of(v: &Value) -> usize {
    data(v).map_or(0, |d| d.len())
}

/// A new empty `set` value.
pub fn new_empty() -> Value {
    Value::obj(Object::Set(RefCell::new(SetData::new())))
}

/// Turns a freshly made `set` into a `frozenset` when `frozen`.
fn finish(v: Value, frozen: bool) -> Value {
    if !frozen {
        return v;
    }
    match v.as_obj().map(|o| &**o) {
        Some(Object::Set(d)) => Value::obj(Object::FrozenSet(d.borrow().clone())),
        _ => v,
    }
}

/// Keys whose equality needs no Python code and cannot involve other types'
/// `__eq__`: for these the table is searched directly.
fn simple(v: &Value) -> bool {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => true,
        Value::Obj(o) => matches!(&**o, Object::Str(_) | Object::BigInt(_) | Object::Bytes(_)),
        Value::Null => false,
    }
}

/// The slot holding an element equal to `key` (`set_lookkey`).
pub fn lookup(vm: &mut Vm, set: &Value, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    if simple(key) {
        let mut slow = false;
        let found = match data(set) {
            Some(d) => d.find(hash, |k| {
                if simple(k) {
                    builtin_eq(k, key)
                } else {
                    slow = true;
                    false
                }
            }),
            None => return Ok(None),
        };
        if found.is_some() || !slow {
            return Ok(found);
        }
    }
    'restart: loop {
        let candidates = match data(set) {
            Some(d) => d.candidates(hash),
            None => return Ok(None),
        };
        for (slot, k) in candidates {
            if k.is(key) {
                return Ok(Some(slot));
            }
            let equal = if simple(&k) && simple(key) {
                builtin_eq(&k, key)
            } else {
                vm.eq(&k, key)?
            };
            let unchanged = data(set)
                .is_some_and(|d| matches!(d.slot(slot), Some(Slot::Active(_, k2)) if k2.is(&k)));
            if !unchanged {
                continue 'restart;
            }
            if equal {
                return Ok(Some(slot));
            }
        }
        return Ok(None);
    }
}

/// Whether the set holds an element equal to `key` with this hash.
pub fn contains_entry(vm: &mut Vm, set: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(lookup(vm, set, key, hash)?.is_some())
}

/// `set_add_entry`: adds `key` unless an equal element is present.
pub fn add_entry(vm: &mut Vm, set: &Value, key: Value, hash: i64) -> PyResult<()> {
    if lookup(vm, set, &key, hash)?.is_none() {
        if let Some(Object::Set(d)) = set.as_obj().map(|o| &**o) {
            d.borrow_mut().insert_new(hash, key);
        }
    }
    Ok(())
}

/// `set.add(key)` semantics: hashes, then adds.
pub fn add_key(vm: &mut Vm, set: &Value, key: Value) -> PyResult<()> {
    let hash = element_hash(vm, &key, "set element")?;
    add_entry(vm, set, key, hash)
}

/// Removes an element equal to `key`; whether one was there.
pub fn discard_entry(vm: &mut Vm, set: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    match lookup(vm, set, key, hash)? {
        Some(slot) => {
            if let Some(Object::Set(d)) = set.as_obj().map(|o| &**o) {
                d.borrow_mut().remove_slot(slot);
            }
            Ok(true)
        }
        None => Ok(false),
    }
}

/// The hash of a key looked up in a set: a `set` key is looked up as the
/// equal frozenset (as `set_contains` and `set_discard` retry).
fn lookup_hash(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    if let Some(Object::Set(d)) = key.as_obj().map(|o| &**o) {
        return Ok(d.borrow().frozen_hash());
    }
    element_hash(vm, key, "set element")
}

/// `key in set`.
pub fn contains(vm: &mut Vm, set: &Value, key: &Value) -> PyResult<bool> {
    let hash = lookup_hash(vm, key)?;
    contains_entry(vm, set, key, hash)
}

/// The elements with their hashes, in table order.
pub fn entries(v: &Value) -> Vec<(i64, Value)> {
    data(v).map_or_else(Vec::new, |d| {
        d.iter().map(|(h, k)| (h, k.clone())).collect()
    })
}

/// `set_merge`: adds every element of another set.
fn merge(vm: &mut Vm, set: &Value, other: &Value) -> PyResult<()> {
    if set.is(other) {
        return Ok(());
    }
    let done = {
        let Some(Object::Set(d)) = set.as_obj().map(|o| &**o) else {
            return Ok(());
        };
        let Some(o) = data(other) else {
            return Ok(());
        };
        d.borrow_mut().merge_fast(&o)
    };
    if !done {
        for (h, k) in entries(other) {
            add_entry(vm, set, k, h)?;
        }
    }
    Ok(())
}

/// `set_update_internal`: adds the elements of any iterable.
pub fn update_internal(vm: &mut Vm, set: &Value, other: &Value) -> PyResult<()> {
    if is_any_set(other) {
        return merge(vm, set, other);
    }
    if let Some(Object::Dict(src)) = other.as_obj().map(|o| &**o) {
        let items: Vec<(i64, Value)> = src
            .borrow()
            .iter()
            .map(|e| (e.hash, e.key.clone()))
            .collect();
        if let Some(Object::Set(d)) = set.as_obj().map(|o| &**o) {
            d.borrow_mut().reserve_for(items.len());
        }
        for (h, k) in items {
            add_entry(vm, set, k, h)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        add_key(vm, set, k)?;
    }
    Ok(())
}

/// `make_new_set`: a new set (or frozenset) from an optional iterable.
pub fn make_new(vm: &mut Vm, iterable: Option<&Value>, frozen: bool) -> PyResult<Value> {
    let s = new_empty();
    if let Some(src) = iterable {
        update_internal(vm, &s, src)?;
    }
    Ok(finish(s, frozen))
}

/// `set_copy`: a copy of the same type.
pub fn copy(vm: &mut Vm, so: &Value) -> PyResult<Value> {
    make_new(vm, Some(so), is_frozen(so))
}

/// `set_intersection`.
fn intersection(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    if so.is(other) {
        return copy(vm, so);
    }
    let frozen = is_frozen(so);
    let result = new_empty();
    if is_any_set(other) {
        let (big, small) = if len_of(other) > len_of(so) {
            (other, so)
        } else {
            (so, other)
        };
        for (h, k) in entries(small) {
            if contains_entry(vm, big, &k, h)? {
                add_entry(vm, &result, k, h)?;
            }
        }
        return Ok(finish(result, frozen));
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = element_hash(vm, &k, "set element")?;
        if contains_entry(vm, so, &k, h)? {
            add_entry(vm, &result, k, h)?;
        }
    }
    Ok(finish(result, frozen))
}

/// `set_difference_update_internal`.
fn difference_update_internal(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<()> {
    if so.is(other) {
        if let Some(Object::Set(d)) = so.as_obj().map(|o| &**o) {
            d.borrow_mut().clear();
        }
        return Ok(());
    }
    if is_any_set(other) {
        let other = if (len_of(other) >> 3) > len_of(so) {
            intersection(vm, so, other)?
        } else {
            other.clone()
        };
        for (h, k) in entries(&other) {
            discard_entry(vm, so, &k, h)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(k) = vm.next(&it)? {
            let h = lookup_hash(vm, &k)?;
            discard_entry(vm, so, &k, h)?;
        }
    }
    if let Some(Object::Set(d)) = so.as_obj().map(|o| &**o) {
        d.borrow_mut().shrink_if_sparse();
    }
    Ok(())
}

/// `set_difference`.
fn difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let other_size = match other.as_obj().map(|o| &**o) {
        Some(Object::Set(_) | Object::FrozenSet(_)) => len_of(other),
        Some(Object::Dict(d)) => d.borrow().len(),
        _ => usize::MAX,
    };
    if other_size == usize::MAX || (len_of(so) >> 2) > other_size {
        let result = copy(vm, so)?;
        let frozen = is_frozen(&result);
        let work = if frozen {
            make_new(vm, Some(&result), false)?
        } else {
            result
        };
        difference_update_internal(vm, &work, other)?;
        return Ok(finish(work, frozen));
    }
    let frozen = is_frozen(so);
    let result = new_empty();
    let is_dict = matches!(other.as_obj().map(|o| &**o), Some(Object::Dict(_)));
    for (h, k) in entries(so) {
        let present = if is_dict {
            vm.contains(other, &k)?
        } else {
            contains_entry(vm, other, &k, h)?
        };
        if !present {
            add_entry(vm, &result, k, h)?;
        }
    }
    Ok(finish(result, frozen))
}

/// `set_symmetric_difference_update`.
fn symmetric_difference_update(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<()> {
    if so.is(other) {
        if let Some(Object::Set(d)) = so.as_obj().map(|o| &**o) {
            d.borrow_mut().clear();
        }
        return Ok(());
    }
    let pairs: Vec<(i64, Value)> = match other.as_obj().map(|o| &**o) {
        Some(Object::Dict(d)) => d.borrow().iter().map(|e| (e.hash, e.key.clone())).collect(),
        Some(Object::Set(_) | Object::FrozenSet(_)) => entries(other),
        _ => {
            let tmp = make_new(vm, Some(other), false)?;
            entries(&tmp)
        }
    };
    for (h, k) in pairs {
        if !discard_entry(vm, so, &k, h)? {
            add_entry(vm, so, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`.
fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let result = make_new(vm, Some(other), false)?;
    symmetric_difference_update(vm, &result, so)?;
    Ok(finish(result, is_frozen(so)))
}

/// `set_issubset`.
fn issubset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if !is_any_set(other) {
        let tmp = make_new(vm, Some(other), false)?;
        return issubset(vm, so, &tmp);
    }
    if len_of(so) > len_of(other) {
        return Ok(false);
    }
    for (h, k) in entries(so) {
        if !contains_entry(vm, other, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
fn issuperset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if is_any_set(other) {
        return issubset(vm, other, so);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if !contains(vm, so, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_isdisjoint`.
fn isdisjoint(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if so.is(other) {
        return Ok(len_of(so) == 0);
    }
    if is_any_set(other) {
        let (big, small) = if len_of(other) > len_of(so) {
            (other, so)
        } else {
            (so, other)
        };
        for (h, k) in entries(small) {
            if contains_entry(vm, big, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = element_hash(vm, &k, "set element")?;
        if contains_entry(vm, so, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A rich comparison of two sets (`set_richcompare`); `None` when `b` is not
/// a set (NotImplemented).
pub fn richcompare(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if !is_any_set(a) || !is_any_set(b) {
        return Ok(None);
    }
    let (la, lb) = (len_of(a), len_of(b));
    Ok(Some(match op {
        2 => la == lb && issubset(vm, a, b)?,
        3 => !(la == lb && issubset(vm, a, b)?),
        1 => issubset(vm, a, b)?,
        5 => issuperset(vm, a, b)?,
        0 => la < lb && issubset(vm, a, b)?,
        _ => la > lb && issuperset(vm, a, b)?,
    }))
}

/// The set operators `| & - ^` and their in-place forms for a `BINARY_OP`
/// oparg; `None` when either operand is not a set (NotImplemented).
pub fn binary(vm: &mut Vm, op: usize, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_any_set(a) || !is_any_set(b) {
        return Ok(None);
    }
    let inplace = op >= 13 && matches!(a.as_obj().map(|o| &**o), Some(Object::Set(_)));
    let base = if op >= 13 { op - 13 } else { op };
    if inplace {
        match base {
            7 => update_internal(vm, a, b)?,
            1 => {
                let tmp = intersection(vm, a, b)?;
                swap_bodies(a, &tmp);
            }
            10 => difference_update_internal(vm, a, b)?,
            12 => symmetric_difference_update(vm, a, b)?,
            _ => return Ok(None),
        }
        return Ok(Some(a.clone()));
    }
    Ok(Some(match base {
        7 => {
            let result = copy(vm, a)?;
            if a.is(b) {
                return Ok(Some(result));
            }
            let frozen = is_frozen(&result);
            let work = if frozen {
                make_new(vm, Some(&result), false)?
            } else {
                result
            };
            update_internal(vm, &work, b)?;
            finish(work, frozen)
        }
        1 => intersection(vm, a, b)?,
        10 => difference(vm, a, b)?,
        12 => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    }))
}

/// Gives `set` the table of `tmp` (`set_swap_bodies`).
fn swap_bodies(set: &Value, tmp: &Value) {
    if let (Some(Object::Set(d)), Some(t)) = (set.as_obj().map(|o| &**o), data(tmp)) {
        let new = t.clone();
        drop(t);
        d.borrow_mut().take_table(&new);
    }
}

/// `repr(set)`: `{1, 2}`, `set()`, `frozenset({1, 2})`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let frozen = is_frozen(v);
    let name = if frozen { "frozenset" } else { "set" };
    let items: Vec<Value> = entries(v).into_iter().map(|(_, k)| k).collect();
    if items.is_empty() {
        return Ok(format!("{name}()"));
    }
    let Some(_guard) = super::list::ReprGuard::enter(v) else {
        return Ok(format!("{name}(...)"));
    };
    let _depth =
        super::container_args::NestingGuard::enter(vm, " while getting the repr of an object")?;
    let mut parts = Vec::with_capacity(items.len());
    for item in &items {
        parts.push(vm.repr(item)?);
    }
    let body = format!("{{{}}}", parts.join(", "));
    Ok(if frozen {
        format!("frozenset({body})")
    } else {
        body
    })
}

/// `set(...)` and `frozenset(...)`.
pub fn construct(vm: &mut Vm, frozen: bool, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    no_kwargs(vm, name, kwargs)?;
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    if frozen {
        if let Some(a) = args.first() {
            if is_frozen(a) {
                return Ok(a.clone());
            }
        }
    }
    make_new(vm, args.first(), frozen)
}

/// A `frozenset` made from values with no Python-level equality (constants).
pub fn frozen_from_constants(items: Vec<Value>) -> Option<Value> {
    let mut d = SetData::new();
    for item in items {
        let hash = crate::interp::hash::builtin_hash(&item)?;
        if d.find(hash, |k| builtin_eq(k, &item)).is_none() {
            d.insert_new(hash, item);
        }
    }
    Some(Value::obj(Object::FrozenSet(d)))
}

fn set_cell(v: &Value) -> Option<&RefCell<SetData>> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Set(d)) => Some(d),
        _ => None,
    }
}

fn m_add(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (so, args) = receiver(vm, this, args, Kind::Set, "add")?;
    let key = one_arg(vm, "set.add", args, kwargs)?.clone();
    add_key(vm, so, key)?;
    Ok(Value::None)
}

fn m_remove(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (so, args) = receiver(vm, this, args, Kind::Set, "remove")?;
    let key = one_arg(vm, "set.remove", args, kwargs)?;
    let h = lookup_hash(vm, key)?;
    if !discard_entry(vm, so, key, h)? {
        return Err(PyErr(
            vm.new_exception(vm.classes.named("KeyError"), vec![key.clone()]),
        ));
    }
    Ok(Value::None)
}

fn m_discard(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (so, args) = receiver(vm, this, args, Kind::Set, "discard")?;
    let key = one_arg(vm, "set.discard", args, kwargs)?;
    let h = lookup_hash(vm, key)?;
    discard_entry(vm, so, key, h)?;
    Ok(Value::None)
}

fn m_pop(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (so, args) = receiver(vm, this, args, Kind::Set, "pop")?;
    no_args(vm, "set.pop", args, kwargs)?;
    let popped = set_cell(so).and_then(|d| d.borrow_mut().pop());
    match popped {
        Some(k) => Ok(k),
        None => Err(vm.new_error("KeyError", "pop from an empty set")),
    }
}

fn m_clear(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (so, args) = receiver(vm, this, args, Kind::Set, "clear")?;
    no_args(vm, "set.clear", args, kwargs)?;
    if let Some(d) = set_cell(so) {
        d.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn m_update(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (so, args) = receiver(vm, this, args, Kind::Set, "update")?;
    no_kwargs(vm, "set.update", kwargs)?;
    for other in args {
        update_internal(vm, so, other)?;
    }
    Ok(Value::None)
}

fn m_intersection_update(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let (so, args) = receiver(vm, this, args, Kind::Set, "intersection_update")?;
    no_kwargs(vm, "set.intersection_update", kwargs)?;
    let tmp = intersection_multi(vm, so, args)?;
    swap_bodies(so, &tmp);
    Ok(Value::None)
}

fn m_difference_update(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let (so, args) = receiver(vm, this, args, Kind::Set, "difference_update")?;
    no_kwargs(vm, "set.difference_update", kwargs)?;
    for other in args {
        difference_update_internal(vm, so, other)?;
    }
    Ok(Value::None)
}

fn m_symmetric_difference_update(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let (so, args) = receiver(vm, this, args, Kind::Set, "symmetric_difference_update")?;
    let other = one_arg(vm, "set.symmetric_difference_update", args, kwargs)?;
    symmetric_difference_update(vm, so, other)?;
    Ok(Value::None)
}

fn intersection_multi(vm: &mut Vm, so: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return copy(vm, so);
    }
    let mut result = so.clone();
    for other in others {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

fn m_union(vm: &mut Vm, so: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    no_kwargs(vm, &format!("{}.union", vm.classes.type_name(so)), kwargs)?;
    let frozen = is_frozen(so);
    let result = make_new(vm, Some(so), false)?;
    for other in args {
        if so.is(other) {
            continue;
        }
        update_internal(vm, &result, other)?;
    }
    Ok(finish(result, frozen))
}

fn m_intersection(vm: &mut Vm, so: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    no_kwargs(
        vm,
        &format!("{}.intersection", vm.classes.type_name(so)),
        kwargs,
    )?;
    intersection_multi(vm, so, args)
}

fn m_difference(vm: &mut Vm, so: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    no_kwargs(
        vm,
        &format!("{}.difference", vm.classes.type_name(so)),
        kwargs,
    )?;
    let Some((first, rest)) = args.split_first() else {
        return copy(vm, so);
    };
    let result = difference(vm, so, first)?;
    if rest.is_empty() {
        return Ok(result);
    }
    let frozen = is_frozen(&result);
    let work = if frozen {
        make_new(vm, Some(&result), false)?
    } else {
        result
    };
    for other in rest {
        difference_update_internal(vm, &work, other)?;
    }
    Ok(finish(work, frozen))
}

fn m_symmetric_difference(
    vm: &mut Vm,
    so: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let q = format!("{}.symmetric_difference", vm.classes.type_name(so));
    let other = one_arg(vm, &q, args, kwargs)?;
    symmetric_difference(vm, so, other)
}

fn m_issubset(vm: &mut Vm, so: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let q = format!("{}.issubset", vm.classes.type_name(so));
    let other = one_arg(vm, &q, args, kwargs)?;
    Ok(Value::Bool(issubset(vm, so, other)?))
}

fn m_issuperset(vm: &mut Vm, so: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let q = format!("{}.issuperset", vm.classes.type_name(so));
    let other = one_arg(vm, &q, args, kwargs)?;
    Ok(Value::Bool(issuperset(vm, so, other)?))
}

fn m_isdisjoint(vm: &mut Vm, so: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let q = format!("{}.isdisjoint", vm.classes.type_name(so));
    let other = one_arg(vm, &q, args, kwargs)?;
    Ok(Value::Bool(isdisjoint(vm, so, other)?))
}

fn m_copy(vm: &mut Vm, so: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    no_args(
        vm,
        &format!("{}.copy", vm.classes.type_name(so)),
        args,
        kwargs,
    )?;
    if is_frozen(so) {
        return Ok(so.clone());
    }
    copy(vm, so)
}

fn m_len(vm: &mut Vm, so: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    no_args(vm, "set.__len__", args, kwargs)?;
    Ok(Value::Int(len_of(so) as i64))
}

fn m_contains(vm: &mut Vm, so: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let key = one_arg(vm, "set.__contains__", args, kwargs)?;
    Ok(Value::Bool(contains(vm, so, key)?))
}

fn m_iter(vm: &mut Vm, so: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    no_args(vm, "set.__iter__", args, kwargs)?;
    vm.iter(so)
}

/// Defines, for a method shared by `set` and `frozenset`, one builtin per
/// class that checks its receiver and calls the shared body.
macro_rules! per_class {
    ($($body:ident => $set:ident, $frozen:ident, $name:literal;)*) => {
        $(
            fn $set(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
                let (so, args) = receiver(vm, this, args, Kind::Set, $name)?;
                $body(vm, so, args, kwargs)
            }

            fn $frozen(
                vm: &mut Vm,
                this: &Value,
                args: &[Value],
                kwargs: Kwargs<'_>,
            ) -> PyResult<Value> {
                let (so, args) = receiver(vm, this, args, Kind::FrozenSet, $name)?;
                $body(vm, so, args, kwargs)
            }
        )*
    };
}

per_class! {
    m_union => s_union, f_union, "union";
    m_intersection => s_intersection, f_intersection, "intersection";
    m_difference => s_difference, f_difference, "difference";
    m_symmetric_difference => s_symmetric_difference, f_symmetric_difference, "symmetric_difference";
    m_issubset => s_issubset, f_issubset, "issubset";
    m_issuperset => s_issuperset, f_issuperset, "issuperset";
    m_isdisjoint => s_isdisjoint, f_isdisjoint, "isdisjoint";
    m_copy => s_copy, f_copy, "copy";
    m_len => s_len, f_len, "__len__";
    m_contains => s_contains, f_contains, "__contains__";
    m_iter => s_iter, f_iter, "__iter__";
}

/// Installs the methods of `set` and `frozenset`.
pub fn install(vm: &mut Vm) {
    let set_shared: &[(&'static str, NativeFn)] = &[
        ("union", s_union),
        ("intersection", s_intersection),
        ("difference", s_difference),
        ("symmetric_difference", s_symmetric_difference),
        ("issubset", s_issubset),
        ("issuperset", s_issuperset),
        ("isdisjoint", s_isdisjoint),
        ("copy", s_copy),
        ("__len__", s_len),
        ("__contains__", s_contains),
        ("__iter__", s_iter),
    ];
    let frozen_shared: &[(&'static str, NativeFn)] = &[
        ("union", f_union),
        ("intersection", f_intersection),
        ("difference", f_difference),
        ("symmetric_difference", f_symmetric_difference),
        ("issubset", f_issubset),
        ("issuperset", f_issuperset),
        ("isdisjoint", f_isdisjoint),
        ("copy", f_copy),
        ("__len__", f_len),
        ("__contains__", f_contains),
        ("__iter__", f_iter),
    ];
    let mutating: &[(&'static str, NativeFn)] = &[
        ("add", m_add),
        ("remove", m_remove),
        ("discard", m_discard),
        ("pop", m_pop),
        ("clear", m_clear),
        ("update", m_update),
        ("intersection_update", m_intersection_update),
        ("difference_update", m_difference_update),
        ("symmetric_difference_update", m_symmetric_difference_update),
    ];
    let set: ObjRef = vm.classes.of_kind(Kind::Set).clone();
    let frozen: ObjRef = vm.classes.of_kind(Kind::FrozenSet).clone();
    add_methods(&set, "set", set_shared);
    add_methods(&set, "set", mutating);
    add_methods(&frozen, "frozenset", frozen_shared);
}

/// `BUILD_SET`: a set of the values, added in order.
pub fn build(vm: &mut Vm, values: &mut [Value]) -> PyResult<Value> {
    let s = new_empty();
    for v in values.iter_mut() {
        add_key(vm, &s, std::mem::take(v))?;
    }
    Ok(s)
}
