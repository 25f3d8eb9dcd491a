//! `tuple`: methods and repr; plus the operators and comparisons shared by
//! lists and tuples (`+`, `*`, `+=`, `*=`, lexicographic ordering).

use super::container_args::{add_methods, is_int, no_args, one_arg, receiver, Kwargs};
use super::list::ReprGuard;
use crate::interp::Vm;
use crate::object::types::Builtin as Kind;
use crate::object::{NativeFn, Object, PyResult, Value};

/// `repr(tuple)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(Object::Tuple(items)) = v.as_obj().map(|o| &**o) else {
        return Ok(String::new());
    };
    if items.is_empty() {
        return Ok("()".to_string());
    }
    let Some(_guard) = ReprGuard::enter(v) else {
        return Ok("(...)".to_string());
    };
    let _depth =
        super::container_args::NestingGuard::enter(vm, " while getting the repr of an object")?;
    let mut parts = Vec::with_capacity(items.len());
    for item in items.iter() {
        parts.push(vm.repr(item)?);
    }
    Ok(if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    })
}

fn is_seq(v: &Value) -> bool {
    matches!(
        v.as_obj().map(|o| &**o),
        Some(Object::List(_) | Object::Tuple(_))
    )
}

fn is_instance(v: &Value) -> bool {
    matches!(
        v.as_obj().map(|o| &**o),
        Some(Object::Instance(_) | Object::Exception(_))
    )
}

fn items_of(v: &Value) -> Vec<Value> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::List(l)) => l.borrow().clone(),
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// `+`, `*` and their in-place forms when a list or tuple is involved and the
/// other operand is not a Python object that could answer instead.
pub fn binary(vm: &mut Vm, op: usize, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_seq(a) && !is_seq(b) {
        return Ok(None);
    }
    if is_instance(a) || is_instance(b) {
        return Ok(None);
    }
    let a_list = matches!(a.as_obj().map(|o| &**o), Some(Object::List(_)));
    match op {
        0 | 13 => {
            if !is_seq(a) {
                return Ok(None);
            }
            match (a.as_obj().map(|o| &**o), b.as_obj().map(|o| &**o)) {
                (Some(Object::List(_)), _) if op == 13 => {
                    super::list::extend(vm, a, b)?;
                    Ok(Some(a.clone()))
                }
                (Some(Object::List(x)), Some(Object::List(y))) => {
                    let mut v = x.borrow().clone();
                    v.extend(y.borrow().iter().cloned());
                    Ok(Some(Value::list(v)))
                }
                (Some(Object::Tuple(x)), Some(Object::Tuple(y))) => {
                    let mut v = x.to_vec();
                    v.extend(y.iter().cloned());
                    Ok(Some(Value::tuple(v)))
                }
                _ => {
                    let name = if a_list { "list" } else { "tuple" };
                    Err(vm.type_error(format!(
                        "can only concatenate {name} (not \"{}\") to {name}",
                        vm.classes.type_name(b)
                    )))
                }
            }
        }
        5 | 18 => {
            let a_seq = is_seq(a)
                || matches!(
                    a.as_obj().map(|o| &**o),
                    Some(Object::Str(_) | Object::Bytes(_))
                );
            let (seq, n) = if a_seq { (a, b) } else { (b, a) };
            if !is_int(n) || !is_seq(seq) {
                return Err(vm.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    vm.classes.type_name(n)
                )));
            }
            let items = items_of(seq);
            let out = super::list::repeat(vm, &items, n)?;
            Ok(Some(match seq.as_obj().map(|o| &**o) {
                Some(Object::List(l)) if op == 18 && a_list => {
                    *l.borrow_mut() = out;
                    a.clone()
                }
                Some(Object::List(_)) => Value::list(out),
                _ => Value::tuple(out),
            }))
        }
        _ => Ok(None),
    }
}

/// Rich comparison of two lists or two tuples (`list_richcompare`).
pub fn compare(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let same = matches!(
        (a.as_obj().map(|o| &**o), b.as_obj().map(|o| &**o)),
        (Some(Object::List(_)), Some(Object::List(_)))
            | (Some(Object::Tuple(_)), Some(Object::Tuple(_)))
    );
    if !same {
        return Ok(None);
    }
    let len = |v: &Value| match v.as_obj().map(|o| &**o) {
        Some(Object::List(l)) => l.borrow().len(),
        Some(Object::Tuple(t)) => t.len(),
        _ => 0,
    };
    let get = |v: &Value, i: usize| match v.as_obj().map(|o| &**o) {
        Some(Object::List(l)) => l.borrow().get(i).cloned(),
        Some(Object::Tuple(t)) => t.get(i).cloned(),
        _ => None,
    };
    if (op == 2 || op == 3) && len(a) != len(b) {
        return Ok(Some(Value::Bool(op == 3)));
    }
    let _depth = super::container_args::NestingGuard::enter(vm, " in comparison")?;
    let mut i = 0;
    loop {
        let (Some(x), Some(y)) = (get(a, i), get(b, i)) else {
            break;
        };
        if !vm.eq(&x, &y)? {
            return Ok(Some(match op {
                2 => Value::Bool(false),
                3 => Value::Bool(true),
                _ => vm.compare(op, &x, &y)?,
            }));
        }
        i += 1;
    }
    let (la, lb) = (len(a), len(b));
    let r = match op {
        0 => la < lb,
        1 => la <= lb,
        2 => la == lb,
        3 => la != lb,
        4 => la > lb,
        _ => la >= lb,
    };
    Ok(Some(Value::Bool(r)))
}

fn m_index(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (t, args) = receiver(vm, this, args, Kind::Tuple, "index")?;
    super::list::seq_index(vm, t, "tuple", args, kwargs)
}

fn m_count(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (t, args) = receiver(vm, this, args, Kind::Tuple, "count")?;
    let x = one_arg(vm, "tuple.count", args, kwargs)?;
    super::list::seq_count(vm, t, x)
}

fn m_getitem(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (t, args) = receiver(vm, this, args, Kind::Tuple, "__getitem__")?;
    let key = one_arg(vm, "tuple.__getitem__", args, kwargs)?;
    vm.getitem(t, key)
}

fn m_len(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (t, args) = receiver(vm, this, args, Kind::Tuple, "__len__")?;
    no_args(vm, "tuple.__len__", args, kwargs)?;
    Ok(Value::Int(vm.len(t)? as i64))
}

fn m_contains(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (t, args) = receiver(vm, this, args, Kind::Tuple, "__contains__")?;
    let x = one_arg(vm, "tuple.__contains__", args, kwargs)?;
    Ok(Value::Bool(vm.contains(t, x)?))
}

fn m_iter(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (t, args) = receiver(vm, this, args, Kind::Tuple, "__iter__")?;
    no_args(vm, "tuple.__iter__", args, kwargs)?;
    vm.iter(t)
}

/// Installs the methods of `tuple`.
pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("index", m_index),
        ("count", m_count),
        ("__getitem__", m_getitem),
        ("__len__", m_len),
        ("__contains__", m_contains),
        ("__iter__", m_iter),
    ];
    let class = vm.classes.of_kind(Kind::Tuple).clone();
    add_methods(&class, "tuple", methods);
}

/// `hash(tuple)`: the items' hashes combined as CPython does.
pub fn hash(vm: &mut Vm, items: &[Value]) -> PyResult<i64> {
    let _depth = super::container_args::NestingGuard::enter(vm, "")?;
    let mut lanes = Vec::with_capacity(items.len());
    for item in items {
        lanes.push(vm.hash(item)?);
    }
    Ok(crate::interp::hash::tuple_hash(&lanes))
}
