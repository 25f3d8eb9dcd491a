//! `dict`: key lookup with Python-level equality, construction and `update`,
//! methods, `|` and `|=`, repr; and the views `dict_keys`, `dict_values`,
//! `dict_items` (repr, `len`, `in`, iteration, set operations, comparison).

use super::container_args::{
    add_methods, arg_count, element_hash, no_args, no_kwargs, one_arg, receiver, Kwargs,
};
use super::list::ReprGuard;
use crate::interp::hash::builtin_eq;
use crate::interp::Vm;
use crate::object::iter::{DictIter, DictView, ExtraIter, ViewKind};
use crate::object::types::Builtin as Kind;
use crate::object::{Dict, IterState, NativeFn, ObjRef, Object, PyErr, PyResult, Value};
use std::cell::RefCell;

fn cell(v: &Value) -> Option<&RefCell<Dict>> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Dict(d)) => Some(d),
        _ => None,
    }
}

/// Keys whose equality with other simple keys needs no Python code.
fn simple(v: &Value) -> bool {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => true,
        Value::Obj(o) => matches!(&**o, Object::Str(_) | Object::BigInt(_) | Object::Bytes(_)),
        Value::Null => false,
    }
}

/// The hash of a dict key, with CPython's wording for an unhashable one.
pub fn key_hash(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    if let Some(h) = fast_hash(key) {
        return Ok(h);
    }
    element_hash(vm, key, "dict key")
}

/// The hash of a `str` or small `int` key, the common cases, directly.
fn fast_hash(key: &Value) -> Option<i64> {
    match key {
        Value::Obj(o) => match &**o {
            Object::Str(s) => s.hash.get(),
            _ => None,
        },
        Value::Int(i) if (0..(1 << 61) - 1).contains(i) => Some(*i),
        _ => None,
    }
}

/// The stored key equal to `key` (compared with Python's `==` when needed).
pub fn find_key(vm: &mut Vm, dict: &Value, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    let Some(d) = cell(dict) else {
        return Ok(None);
    };
    let key_simple = simple(key);
    let mut candidates = Vec::new();
    let mut found = None;
    d.borrow().get(hash, |k| {
        if k.is(key) || (key_simple && simple(k) && builtin_eq(k, key)) {
            found = Some(k.clone());
            return true;
        }
        if !(key_simple && simple(k)) {
            candidates.push(k.clone());
        }
        false
    });
    if found.is_some() {
        return Ok(found);
    }
    for c in candidates {
        if vm.eq(&c, key)? {
            return Ok(Some(c));
        }
    }
    Ok(None)
}

/// Where a key is, when that needs no Python code: `Ok(Some(i))` at position
/// `i` of the entry array, `Ok(None)` absent, `Err(())` when some stored key
/// with the same hash needs Python's `==` to decide.
fn probe(d: &Dict, key: &Value, hash: i64) -> Result<Option<usize>, ()> {
    let key_simple = simple(key);
    let mut undecided = false;
    let found = d.find(hash, |k| {
        if k.is(key) || (key_simple && simple(k) && builtin_eq(k, key)) {
            return true;
        }
        undecided |= !(key_simple && simple(k));
        false
    });
    match found {
        Some(i) => Ok(Some(i)),
        None if undecided => Err(()),
        None => Ok(None),
    }
}

/// The position in the entry array of `key` (compared with Python's `==` when
/// needed), for caches of where a key is.
pub fn find_index(vm: &mut Vm, dict: &Value, key: &Value) -> PyResult<Option<usize>> {
    let Some(d) = cell(dict) else {
        return Ok(None);
    };
    let hash = key_hash(vm, key)?;
    if let Ok(found) = probe(&d.borrow(), key, hash) {
        return Ok(found);
    }
    let Some(stored) = find_key(vm, dict, key, hash)? else {
        return Ok(None);
    };
    Ok(d.borrow().find(hash, |k| k.is(&stored)))
}

/// `dict.get(key)` with a known hash.
pub fn get_hashed(vm: &mut Vm, dict: &Value, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    let Some(d) = cell(dict) else {
        return Ok(None);
    };
    {
        let table = d.borrow();
        match probe(&table, key, hash) {
            Ok(Some(i)) => return Ok(table.value_at(i).cloned()),
            Ok(None) => return Ok(None),
            Err(()) => {}
        }
    }
    let Some(stored) = find_key(vm, dict, key, hash)? else {
        return Ok(None);
    };
    Ok(d.borrow().get(hash, |k| k.is(&stored)).cloned())
}

/// `dict.get(key)`.
pub fn get(vm: &mut Vm, dict: &Value, key: &Value) -> PyResult<Option<Value>> {
    let hash = key_hash(vm, key)?;
    get_hashed(vm, dict, key, hash)
}

/// `dict[key] = value`.
pub fn set(vm: &mut Vm, dict: &Value, key: Value, value: Value) -> PyResult<()> {
    let hash = key_hash(vm, &key)?;
    set_hashed(vm, dict, key, value, hash)
}

/// `dict[key] = value` with a known hash.
pub fn set_hashed(vm: &mut Vm, dict: &Value, key: Value, value: Value, hash: i64) -> PyResult<()> {
    let Some(d) = cell(dict) else {
        return Ok(());
    };
    let probed = probe(&d.borrow(), &key, hash);
    let old = match probed {
        Ok(Some(i)) => d.borrow_mut().replace_at(i, value),
        Ok(None) => {
            d.borrow_mut().push_new(hash, key, value);
            None
        }
        Err(()) => match find_key(vm, dict, &key, hash)? {
            Some(s) => d.borrow_mut().insert(hash, key, value, |k| k.is(&s)),
            None => d.borrow_mut().insert(hash, key, value, |_| false),
        },
    };
    drop(old);
    Ok(())
}

/// Removes a key; its value, or `None` when absent.
pub fn remove(vm: &mut Vm, dict: &Value, key: &Value) -> PyResult<Option<Value>> {
    let hash = key_hash(vm, key)?;
    let Some(stored) = find_key(vm, dict, key, hash)? else {
        return Ok(None);
    };
    Ok(cell(dict)
        .and_then(|d| d.borrow_mut().remove(hash, |k| k.is(&stored)))
        .map(|e| e.value))
}

fn key_error(vm: &Vm, key: &Value) -> PyErr {
    PyErr(vm.new_exception(vm.classes.named("KeyError"), vec![key.clone()]))
}

/// `subclass_of_dict[key]` when the class defines `__missing__` (and not its
/// own `__getitem__`): the payload's value, or what `__missing__` returns.
/// `None` when this does not apply.
pub fn missing_hook(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Option<Value>> {
    let Some(Object::Instance(inst)) = container.as_obj().map(|o| &**o) else {
        return Ok(None);
    };
    let Some(missing) = crate::object::types::lookup(&inst.class, "__missing__") else {
        return Ok(None);
    };
    let own_getitem = crate::object::types::lookup(&inst.class, "__getitem__")
        .is_some_and(|m| !matches!(m.as_obj().map(|o| &**o), Some(Object::Builtin(_))));
    if own_getitem {
        return Ok(None);
    }
    let Some(payload) = vm.payload_of(container) else {
        return Ok(None);
    };
    if cell(&payload).is_none() {
        return Ok(None);
    }
    if let Some(v) = get(vm, &payload, key)? {
        return Ok(Some(v));
    }
    vm.call(&missing, &[container.clone(), key.clone()], &[])
        .map(Some)
}

/// `del dict[key]`.
pub fn delitem(vm: &mut Vm, dict: &Value, key: &Value) -> PyResult<()> {
    match remove(vm, dict, key)? {
        Some(_) => Ok(()),
        None => Err(key_error(vm, key)),
    }
}

/// The items, in order.
pub fn items(dict: &Value) -> Vec<(Value, Value)> {
    cell(dict).map_or_else(Vec::new, |d| {
        d.borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    })
}

/// `repr(dict)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let entries = items(v);
    if entries.is_empty() {
        return Ok("{}".to_string());
    }
    let Some(_guard) = ReprGuard::enter(v) else {
        return Ok("{...}".to_string());
    };
    let _depth =
        super::container_args::NestingGuard::enter(vm, " while getting the repr of an object")?;
    let mut parts = Vec::with_capacity(entries.len());
    for (k, val) in &entries {
        let k = vm.repr(k)?;
        let val = vm.repr(val)?;
        parts.push(format!("{k}: {val}"));
    }
    Ok(format!("{{{}}}", parts.join(", ")))
}

/// `dict_update_arg`: merges a dict, a mapping (anything with `keys`), or an
/// iterable of pairs.
pub fn update_from(vm: &mut Vm, dict: &Value, arg: &Value) -> PyResult<()> {
    if let Some(Object::Dict(src)) = arg.as_obj().map(|o| &**o) {
        let entries: Vec<(i64, Value, Value)> = src
            .borrow()
            .iter()
            .map(|e| (e.hash, e.key.clone(), e.value.clone()))
            .collect();
        for (h, k, v) in entries {
            set_hashed(vm, dict, k, v, h)?;
        }
        return Ok(());
    }
    if vm.lookup_attr(arg, "keys")?.is_some() {
        let keys_method = vm.getattr(arg, "keys")?;
        let keys = vm.call(&keys_method, &[], &[])?;
        let it = vm.iter(&keys)?;
        while let Some(k) = vm.next(&it)? {
            let v = vm.getitem(arg, &k)?;
            set(vm, dict, k, v)?;
        }
        return Ok(());
    }
    let it = vm.iter(arg)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match item.as_obj().map(|o| &**o) {
            Some(Object::Tuple(t)) => t.to_vec(),
            Some(Object::List(l)) => l.borrow().clone(),
            _ => match vm.collect(&item) {
                Ok(v) => v,
                Err(e) if vm.is_instance_of(&e, "TypeError") => {
                    return Err(vm.type_error("object is not iterable"))
                }
                Err(e) => return Err(e),
            },
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let (k, v) = (
            pair.next().unwrap_or_default(),
            pair.next().unwrap_or_default(),
        );
        set(vm, dict, k, v)?;
        i += 1;
    }
    Ok(())
}

/// `dict(...)`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    arg_count(vm, "dict", args, 0, 1).map_err(|_| {
        vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len()
        ))
    })?;
    let d = Value::dict(Dict::new());
    if let Some(src) = args.first() {
        update_from(vm, &d, src)?;
    }
    for (k, v) in kwargs {
        set(vm, &d, k.clone(), v.clone())?;
    }
    Ok(d)
}

/// A copy of a dict.
pub fn copy(dict: &Value) -> Value {
    Value::dict(cell(dict).map_or_else(Dict::new, |d| d.borrow().clone()))
}

/// `dict | other` and `dict |= other`; `None` for NotImplemented.
pub fn binary(vm: &mut Vm, op: usize, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if cell(a).is_none() || (op != 7 && op != 20) {
        return Ok(None);
    }
    if op == 20 {
        update_from(vm, a, b)?;
        return Ok(Some(a.clone()));
    }
    if cell(b).is_none() {
        return Ok(None);
    }
    let result = copy(a);
    update_from(vm, &result, b)?;
    Ok(Some(result))
}

/// A new iterator over a dict.
pub fn new_iter(dict: &ObjRef, kind: ViewKind, reverse: bool) -> Value {
    let len = match &**dict {
        Object::Dict(d) => d.borrow().len(),
        _ => 0,
    };
    let pos = if reverse {
        match &**dict {
            Object::Dict(d) => d.borrow().entry_span(),
            _ => 0,
        }
    } else {
        0
    };
    Value::obj(Object::Iter(RefCell::new(IterState::Extra(
        ExtraIter::Dict(DictIter {
            dict: Some(dict.clone()),
            pos,
            used: Some(len),
            remaining: len,
            kind,
            reverse,
        }),
    ))))
}

/// The next item of a dict iterator.
pub fn iter_next(vm: &mut Vm, it: &mut DictIter) -> PyResult<Option<Value>> {
    let Some(dict) = it.dict.clone() else {
        return Ok(None);
    };
    let Object::Dict(d) = &*dict else {
        return Ok(None);
    };
    let d = d.borrow();
    if it.used != Some(d.len()) {
        it.used = None;
        drop(d);
        return Err(vm.new_error("RuntimeError", "dictionary changed size during iteration"));
    }
    let entry = if it.reverse {
        d.entry_before(it.pos)
    } else {
        d.entry_at(it.pos)
    };
    let Some((at, e)) = entry else {
        it.dict = None;
        return Ok(None);
    };
    if it.remaining == 0 {
        it.used = None;
        drop(d);
        return Err(vm.new_error("RuntimeError", "dictionary keys changed during iteration"));
    }
    it.pos = if it.reverse { at } else { at + 1 };
    it.remaining -= 1;
    Ok(Some(match it.kind {
        ViewKind::Keys => e.key.clone(),
        ViewKind::Values => e.value.clone(),
        ViewKind::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
    }))
}

fn view(v: &Value) -> Option<&DictView> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::DictView(dv)) => Some(dv),
        _ => None,
    }
}

/// Whether a value is a keys or items view (`PyDictViewSet_Check`).
pub fn is_set_view(v: &Value) -> bool {
    view(v).is_some_and(|dv| dv.kind != ViewKind::Values)
}

/// The class name of a view.
pub fn view_type_name(kind: ViewKind) -> &'static str {
    match kind {
        ViewKind::Keys => "dict_keys",
        ViewKind::Values => "dict_values",
        ViewKind::Items => "dict_items",
    }
}

/// `len(view)`.
pub fn view_len(dv: &DictView) -> usize {
    match &*dv.dict {
        Object::Dict(d) => d.borrow().len(),
        _ => 0,
    }
}

/// `iter(view)`.
pub fn view_iter(dv: &DictView) -> Value {
    new_iter(&dv.dict, dv.kind, false)
}

/// `repr(view)`: `dict_keys(['a', 'b'])`.
pub fn view_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(dv) = view(v) else {
        return Ok(String::new());
    };
    let name = view_type_name(dv.kind);
    let Some(_guard) = ReprGuard::enter(v) else {
        return Ok("...".to_string());
    };
    let list = Value::list(vm.collect(v)?);
    Ok(format!("{name}({})", vm.repr(&list)?))
}

/// `x in view`.
pub fn view_contains(vm: &mut Vm, v: &Value, x: &Value) -> PyResult<bool> {
    let Some(dv) = view(v) else {
        return Ok(false);
    };
    let dict = Value::Obj(dv.dict.clone());
    match dv.kind {
        ViewKind::Keys => Ok(get(vm, &dict, x)?.is_some()),
        ViewKind::Values => {
            let it = view_iter(dv);
            while let Some(item) = vm.next(&it)? {
                if vm.eq(&item, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        ViewKind::Items => {
            let Some(Object::Tuple(t)) = x.as_obj().map(|o| &**o) else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            match get(vm, &dict, &t[0])? {
                Some(found) => vm.eq(&found, &t[1]),
                None => Ok(false),
            }
        }
    }
}

fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Comparison of a keys or items view with a set or another such view;
/// `None` for NotImplemented.
pub fn view_compare(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if !is_set_view(a) || !(is_set_view(b) || super::set::is_any_set(b)) {
        return Ok(None);
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    Ok(Some(match op {
        2 => la == lb && all_contained_in(vm, a, b)?,
        3 => !(la == lb && all_contained_in(vm, a, b)?),
        0 => la < lb && all_contained_in(vm, a, b)?,
        1 => la <= lb && all_contained_in(vm, a, b)?,
        4 => la > lb && all_contained_in(vm, b, a)?,
        _ => la >= lb && all_contained_in(vm, b, a)?,
    }))
}

/// A set of the view's items (`dictviews_to_set`).
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let src = match view(v) {
        Some(dv) if dv.kind == ViewKind::Keys => Value::Obj(dv.dict.clone()),
        _ => v.clone(),
    };
    super::set::make_new(vm, Some(&src), false)
}

/// The set operators with a keys or items view on either side; `None` for
/// NotImplemented.
pub fn view_binary(vm: &mut Vm, op: usize, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_set_view(a) && !is_set_view(b) {
        return Ok(None);
    }
    let base = if op >= 13 { op - 13 } else { op };
    match base {
        1 => {
            let (mut this, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
            let len_self = vm.len(this)?;
            if matches!(other.as_obj().map(|o| &**o), Some(Object::Set(_)))
                && len_self <= vm.len(other)?
            {
                let m = vm.getattr(other, "intersection")?;
                return vm.call(&m, std::slice::from_ref(this), &[]).map(Some);
            }
            if is_set_view(other) && vm.len(other)? > len_self {
                std::mem::swap(&mut this, &mut other);
            }
            let result = super::set::new_empty();
            let it = vm.iter(other)?;
            while let Some(x) = vm.next(&it)? {
                if view_contains(vm, this, &x)? {
                    super::set::add_key(vm, &result, x)?;
                }
            }
            Ok(Some(result))
        }
        7 | 10 | 12 => {
            let result = to_set(vm, a)?;
            let method = match base {
                7 => "update",
                10 => "difference_update",
                _ => "symmetric_difference_update",
            };
            let m = vm.getattr(&result, method)?;
            vm.call(&m, std::slice::from_ref(b), &[])?;
            Ok(Some(result))
        }
        _ => Ok(None),
    }
}

fn this_dict<'a>(
    vm: &Vm,
    this: &'a Value,
    args: &'a [Value],
    name: &str,
) -> PyResult<(&'a Value, &'a [Value])> {
    receiver(vm, this, args, Kind::Dict, name)
}

fn make_view(dict: &Value, kind: ViewKind) -> Value {
    match dict.as_obj() {
        Some(o) => Value::obj(Object::DictView(DictView {
            dict: o.clone(),
            kind,
        })),
        None => Value::None,
    }
}

fn m_keys(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "keys")?;
    no_args(vm, "dict.keys", args, kwargs)?;
    Ok(make_view(d, ViewKind::Keys))
}

fn m_values(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "values")?;
    no_args(vm, "dict.values", args, kwargs)?;
    Ok(make_view(d, ViewKind::Values))
}

fn m_items(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "items")?;
    no_args(vm, "dict.items", args, kwargs)?;
    Ok(make_view(d, ViewKind::Items))
}

fn m_get(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "get")?;
    no_kwargs(vm, "dict.get", kwargs)?;
    arg_count(vm, "get", args, 1, 2)?;
    Ok(get(vm, d, &args[0])?.unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None)))
}

fn m_setdefault(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "setdefault")?;
    no_kwargs(vm, "dict.setdefault", kwargs)?;
    arg_count(vm, "setdefault", args, 1, 2)?;
    let hash = key_hash(vm, &args[0])?;
    if let Some(v) = get_hashed(vm, d, &args[0], hash)? {
        return Ok(v);
    }
    let default = args.get(1).cloned().unwrap_or(Value::None);
    set_hashed(vm, d, args[0].clone(), default.clone(), hash)?;
    Ok(default)
}

fn m_pop(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "pop")?;
    no_kwargs(vm, "dict.pop", kwargs)?;
    arg_count(vm, "pop", args, 1, 2)?;
    let empty = cell(d).is_none_or(|c| c.borrow().is_empty());
    let removed = if empty {
        None
    } else {
        remove(vm, d, &args[0])?
    };
    match removed {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(vm, &args[0])),
        },
    }
}

fn m_popitem(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "popitem")?;
    no_args(vm, "dict.popitem", args, kwargs)?;
    let popped = cell(d).and_then(|c| c.borrow_mut().pop_last());
    match popped {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(key_error(vm, &Value::str("popitem(): dictionary is empty"))),
    }
}

fn m_update(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "update")?;
    arg_count(vm, "update", args, 0, 1)?;
    if let Some(src) = args.first() {
        update_from(vm, d, src)?;
    }
    for (k, v) in kwargs {
        set(vm, d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn m_copy(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "copy")?;
    no_args(vm, "dict.copy", args, kwargs)?;
    Ok(copy(d))
}

fn m_clear(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "clear")?;
    no_args(vm, "dict.clear", args, kwargs)?;
    if let Some(c) = cell(d) {
        let old = std::mem::take(&mut *c.borrow_mut());
        drop(old);
    }
    Ok(Value::None)
}

fn m_fromkeys(vm: &mut Vm, _this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    no_kwargs(vm, "dict.fromkeys", kwargs)?;
    arg_count(vm, "fromkeys", args, 1, 2)?;
    let value = args.get(1).cloned().unwrap_or(Value::None);
    let d = Value::dict(Dict::new());
    let it = vm.iter(&args[0])?;
    while let Some(k) = vm.next(&it)? {
        set(vm, &d, k, value.clone())?;
    }
    Ok(d)
}

fn m_getitem(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "__getitem__")?;
    let key = one_arg(vm, "dict.__getitem__", args, kwargs)?;
    vm.getitem(d, key)
}

fn m_setitem(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "__setitem__")?;
    no_kwargs(vm, "dict.__setitem__", kwargs)?;
    arg_count(vm, "__setitem__", args, 2, 2)?;
    set(vm, d, args[0].clone(), args[1].clone())?;
    Ok(Value::None)
}

fn m_delitem(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "__delitem__")?;
    let key = one_arg(vm, "dict.__delitem__", args, kwargs)?;
    delitem(vm, d, key)?;
    Ok(Value::None)
}

fn m_len(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "__len__")?;
    no_args(vm, "dict.__len__", args, kwargs)?;
    Ok(Value::Int(cell(d).map_or(0, |c| c.borrow().len()) as i64))
}

fn m_contains(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "__contains__")?;
    let key = one_arg(vm, "dict.__contains__", args, kwargs)?;
    Ok(Value::Bool(get(vm, d, key)?.is_some()))
}

fn m_iter(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "__iter__")?;
    no_args(vm, "dict.__iter__", args, kwargs)?;
    vm.iter(d)
}

fn m_reversed(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (d, args) = this_dict(vm, this, args, "__reversed__")?;
    no_args(vm, "dict.__reversed__", args, kwargs)?;
    match d.as_obj() {
        Some(o) => Ok(new_iter(o, ViewKind::Keys, true)),
        None => Ok(Value::None),
    }
}

fn view_receiver<'a>(
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
    if view(recv).is_none() {
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a dict view, not '{}'",
            vm.classes.type_name(recv)
        )));
    }
    Ok((recv, rest))
}

fn v_reversed(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (v, args) = view_receiver(vm, this, args, "__reversed__")?;
    no_args(vm, "__reversed__", args, kwargs)?;
    let dv = view(v).map(|dv| (dv.dict.clone(), dv.kind));
    match dv {
        Some((d, kind)) => Ok(new_iter(&d, kind, true)),
        None => Ok(Value::None),
    }
}

fn v_isdisjoint(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (v, args) = view_receiver(vm, this, args, "isdisjoint")?;
    let other = one_arg(vm, "isdisjoint", args, kwargs)?;
    let it = vm.iter(other)?;
    while let Some(x) = vm.next(&it)? {
        if view_contains(vm, v, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn v_len(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (v, args) = view_receiver(vm, this, args, "__len__")?;
    no_args(vm, "__len__", args, kwargs)?;
    Ok(Value::Int(view(v).map_or(0, view_len) as i64))
}

fn v_iter(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (v, args) = view_receiver(vm, this, args, "__iter__")?;
    no_args(vm, "__iter__", args, kwargs)?;
    vm.iter(v)
}

/// Installs the methods of `dict` and of its views.
pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("keys", m_keys),
        ("values", m_values),
        ("items", m_items),
        ("get", m_get),
        ("setdefault", m_setdefault),
        ("pop", m_pop),
        ("popitem", m_popitem),
        ("update", m_update),
        ("copy", m_copy),
        ("clear", m_clear),
        ("__getitem__", m_getitem),
        ("__setitem__", m_setitem),
        ("__delitem__", m_delitem),
        ("__len__", m_len),
        ("__contains__", m_contains),
        ("__iter__", m_iter),
        ("__reversed__", m_reversed),
    ];
    let class = vm.classes.of_kind(Kind::Dict).clone();
    add_methods(&class, "dict", methods);
    add_methods(&class, "classmethod", &[("fromkeys", m_fromkeys)]);
    for kind in [ViewKind::Keys, ViewKind::Values, ViewKind::Items] {
        let name = view_type_name(kind);
        let class = vm.classes.named(name).clone();
        add_methods(
            &class,
            name,
            &[
                ("__reversed__", v_reversed),
                ("__len__", v_len),
                ("__iter__", v_iter),
            ],
        );
        if kind != ViewKind::Values {
            add_methods(&class, name, &[("isdisjoint", v_isdisjoint)]);
        }
    }
}
