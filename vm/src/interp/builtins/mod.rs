//! The `builtins` module, the constructors of the builtin classes, and the
//! methods of builtin objects.

use super::ops::dict_set_str;
use super::Vm;
use crate::object::types::{type_data, Builtin as Kind};
use crate::object::{Builtin, NativeFn, ObjRef, Object, PyResult, TypeObject, Value};
use num_bigint::BigInt;

type Kwargs<'a> = &'a [(Value, Value)];

/// Fills the builtins namespace: functions, classes and exceptions.
pub fn install(vm: &mut Vm) {
    let functions: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("iter", iter),
        ("next", next),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("callable", callable),
        ("ord", ord),
        ("chr", chr),
        ("id", id),
        ("hash", hash),
        ("any", any),
        ("all", all),
        ("sorted", sorted),
        ("__build_class__", build_class),
    ];
    let dict = Value::Obj(vm.builtins.clone());
    for (name, func) in functions {
        let f = Value::obj(Object::Builtin(Builtin {
            name,
            func: *func,
            this: Value::Null,
            owner: None,
        }));
        let _ = dict_set_str(vm, &dict, name, f);
    }
    let classes: Vec<(String, ObjRef)> = vm
        .classes
        .by_name
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (name, class) in classes {
        if matches!(
            name.as_str(),
            "NoneType"
                | "function"
                | "builtin_function_or_method"
                | "method"
                | "code"
                | "cell"
                | "module"
                | "iterator"
                | "NotImplementedType"
                | "ellipsis"
        ) {
            continue;
        }
        let _ = dict_set_str(vm, &dict, &name, Value::Obj(class));
    }
    let _ = dict_set_str(vm, &dict, "None", Value::None);
    let _ = dict_set_str(vm, &dict, "True", Value::Bool(true));
    let _ = dict_set_str(vm, &dict, "False", Value::Bool(false));
    let _ = dict_set_str(
        vm,
        &dict,
        "NotImplemented",
        Value::obj(Object::NotImplemented),
    );
    let _ = dict_set_str(vm, &dict, "Ellipsis", Value::obj(Object::Ellipsis));
    install_methods(vm);
}

fn install_methods(vm: &mut Vm) {
    let methods: &[(Kind, &'static str, NativeFn)] = &[
        (Kind::List, "append", list_append),
        (Kind::List, "pop", list_pop),
        (Kind::Str, "join", str_join),
        (Kind::Str, "upper", str_upper),
        (Kind::Str, "lower", str_lower),
        (Kind::Dict, "items", dict_items),
        (Kind::Dict, "keys", dict_keys),
        (Kind::Dict, "values", dict_values),
        (Kind::Dict, "get", dict_get),
    ];
    for (kind, name, func) in methods {
        let class = vm.classes.of_kind(*kind).clone();
        let owner = Some(match kind {
            Kind::List => "list",
            Kind::Str => "str",
            _ => "dict",
        });
        let m = Value::obj(Object::Builtin(Builtin {
            name,
            func: *func,
            this: Value::Null,
            owner,
        }));
        let hash = super::hash::str_hash(name);
        type_data(&class)
            .dict
            .borrow_mut()
            .insert(hash, Value::str(name), m, |k| {
                k.as_str().is_some_and(|s| s.as_str() == Some(name))
            });
    }
}

fn no_kwargs(vm: &Vm, name: &str, kwargs: Kwargs<'_>) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn exactly(vm: &Vm, name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(vm.type_error(match n {
        1 => format!("{name}() takes exactly one argument ({} given)", args.len()),
        _ => format!("{name} expected {n} arguments, got {}", args.len()),
    }))
}

fn kwarg<'a>(kwargs: Kwargs<'a>, name: &str) -> Option<&'a Value> {
    kwargs
        .iter()
        .find(|(k, _)| k.as_str().and_then(|s| s.as_str()) == Some(name))
        .map(|(_, v)| v)
}

fn print(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let text_of = |vm: &mut Vm, key: &str, default: &str| -> PyResult<String> {
        match kwarg(kwargs, key) {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match v.as_str() {
                Some(s) => Ok(s.to_string_lossy().into_owned()),
                None => Err(vm.type_error(format!(
                    "{key} must be None or a string, not {}",
                    vm.classes.type_name(v)
                ))),
            },
        }
    };
    let sep = text_of(vm, "sep", " ")?;
    let end = text_of(vm, "end", "\n")?;
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_of(a)?);
    }
    out.push_str(&end);
    let to_stderr = matches!(kwarg(kwargs, "file"), Some(f) if f.as_str().is_some_and(|s| s.as_str() == Some("<stderr>")));
    if to_stderr {
        vm.flush_stdout();
        eprint!("{out}");
    } else {
        vm.write_stdout(&out);
    }
    if matches!(kwarg(kwargs, "flush"), Some(Value::Bool(true))) {
        vm.flush_stdout();
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    no_kwargs(vm, "len", kwargs)?;
    exactly(vm, "len", args, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn repr(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "repr", args, 1)?;
    Ok(Value::str(&vm.repr(&args[0])?))
}

fn class_list(vm: &Vm, spec: &Value, func: &str) -> PyResult<Vec<ObjRef>> {
    match spec.as_obj().map(|o| &**o) {
        Some(Object::Type(_)) => Ok(vec![spec.as_obj().expect("matched").clone()]),
        Some(Object::Tuple(items)) => items
            .iter()
            .map(|i| class_list(vm, i, func))
            .collect::<PyResult<Vec<_>>>()
            .map(|v| v.concat()),
        _ => Err(vm.type_error(format!(
            "{func}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "isinstance", args, 2)?;
    let classes = class_list(vm, &args[1], "isinstance")?;
    Ok(Value::Bool(
        classes.iter().any(|c| vm.isinstance(&args[0], c)),
    ))
}

fn issubclass(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "issubclass", args, 2)?;
    let Some(sub) = args[0]
        .as_obj()
        .filter(|o| matches!(&***o, Object::Type(_)))
    else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let classes = class_list(vm, &args[1], "issubclass")?;
    Ok(Value::Bool(
        classes.iter().any(|c| TypeObject::is_subtype(sub, c)),
    ))
}

fn abs(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "abs", args, 1)?;
    match &args[0] {
        Value::Int(i) => Ok(i
            .checked_abs()
            .map(Value::Int)
            .unwrap_or_else(|| Value::int(BigInt::from(*i).magnitude().clone().into()))),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => Ok(Value::int(num_traits::Signed::abs(b))),
            _ => match vm.call_special(&args[0], "__abs__", &[])? {
                Some(v) => Ok(v),
                None => Err(vm.type_error(format!(
                    "bad operand type for abs(): '{}'",
                    vm.classes.type_name(&args[0])
                ))),
            },
        },
        v => Err(vm.type_error(format!(
            "bad operand type for abs(): '{}'",
            vm.classes.type_name(v)
        ))),
    }
}

fn extreme(
    vm: &mut Vm,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &str,
    op: u32,
) -> PyResult<Value> {
    let items = if args.len() == 1 {
        vm.collect(&args[0])?
    } else {
        args.to_vec()
    };
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let key = kwarg(kwargs, "key")
        .cloned()
        .filter(|k| !matches!(k, Value::None));
    let mut best: Option<(Value, Value)> = None;
    for item in items {
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
        None => match kwarg(kwargs, "default") {
            Some(d) => Ok(d.clone()),
            None => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

fn min(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    extreme(vm, args, kwargs, "min", 0)
}

fn max(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    extreme(vm, args, kwargs, "max", 4)
}

fn sum(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let mut total = args
        .get(1)
        .or_else(|| kwarg(kwargs, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    for item in vm.collect(&args[0])? {
        total = vm.binary_op(0, &total, &item)?;
    }
    Ok(total)
}

fn iter(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "iter", args, 1)?;
    vm.iter(&args[0])
}

fn next(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "next expected at least 1 argument, got {}",
            args.len()
        )));
    }
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(crate::object::PyErr(
                vm.new_exception(vm.classes.named("StopIteration"), vec![]),
            )),
        },
    }
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string_lossy().into_owned()),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.classes.type_name(v)
        ))),
    }
}

fn hasattr(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "hasattr", args, 2)?;
    let name = attr_name(vm, &args[1])?;
    Ok(Value::Bool(vm.lookup_attr(&args[0], &name)?.is_some()))
}

fn getattr(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(vm.type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            args.len()
        )));
    }
    let name = attr_name(vm, &args[1])?;
    match (vm.lookup_attr(&args[0], &name)?, args.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.attribute_error(&args[0], &name)),
    }
}

fn setattr(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "setattr", args, 3)?;
    let name = attr_name(vm, &args[1])?;
    vm.setattr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "delattr", args, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.delattr(&args[0], &name)?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "callable", args, 1)?;
    Ok(Value::Bool(match args[0].as_obj().map(|o| &**o) {
        Some(Object::Function(_) | Object::Builtin(_) | Object::Method(..) | Object::Type(_)) => {
            true
        }
        Some(Object::Instance(i)) => crate::object::types::lookup(&i.class, "__call__").is_some(),
        _ => false,
    }))
}

fn ord(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "ord", args, 1)?;
    match args[0].as_str() {
        Some(s) if s.len() == 1 => Ok(Value::Int(i64::from(s.code_points().next().unwrap_or(0)))),
        Some(s) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.len()
        ))),
        None => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.classes.type_name(&args[0])
        ))),
    }
}

fn chr(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "chr", args, 1)?;
    let c = vm.index_value(&args[0])?;
    if !(0..=0x10ffff).contains(&c) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    Ok(Value::from_pystr(
        crate::marshal::PyStr::from_code_points(&[c as u32])
            .unwrap_or_else(|| crate::marshal::PyStr::new("")),
    ))
}

fn id(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "id", args, 1)?;
    Ok(Value::Int(args[0].id()))
}

fn hash(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "hash", args, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn any(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "any", args, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "all", args, 1)?;
    let it = vm.iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn sorted(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "sorted", args, 1)?;
    let items = vm.collect(&args[0])?;
    let key = kwarg(kwargs, "key")
        .cloned()
        .filter(|k| !matches!(k, Value::None));
    let reverse = match kwarg(kwargs, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let sorted = sort_values(vm, items, key.as_ref(), reverse)?;
    Ok(Value::list(sorted))
}

/// A stable sort with Python's `<`, as `list.sort` and `sorted` do it.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut keyed = Vec::with_capacity(items.len());
    for item in items {
        let k = match key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        keyed.push((k, item));
    }
    if reverse {
        keyed.reverse();
    }
    // Insertion into a merge sort buffer keeps stability and lets comparisons fail.
    let mut out: Vec<(Value, Value)> = Vec::with_capacity(keyed.len());
    for (k, v) in keyed {
        let mut lo = 0;
        let mut hi = out.len();
        while lo < hi {
            let mid = (lo + hi) / 2;
            let r = vm.compare(0, &k, &out[mid].0)?;
            if vm.truthy(&r)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.insert(lo, (k, v));
    }
    if reverse {
        out.reverse();
    }
    Ok(out.into_iter().map(|(_, v)| v).collect())
}

fn build_class(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Some(Object::Function(f)) = args[0].as_obj().map(|o| &**o) else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = vm.str_of(&args[1])?;
    let mut bases = Vec::new();
    for b in &args[2..] {
        match b.as_obj() {
            Some(o) if matches!(&**o, Object::Type(_)) => bases.push(o.clone()),
            _ => return Err(vm.type_error("bases must be types")),
        }
    }
    if !kwargs.is_empty() {
        return Err(vm.type_error("class keyword arguments are not supported yet"));
    }
    if bases.is_empty() {
        bases.push(vm.classes.object.clone());
    }
    let namespace = Value::dict(crate::object::Dict::new());
    let module = vm
        .dict_get(&Value::Obj(f.globals.clone()), &Value::str("__name__"))?
        .unwrap_or(Value::str("__main__"));
    dict_set_str(vm, &namespace, "__module__", module.clone())?;
    dict_set_str(vm, &namespace, "__qualname__", f.qualname.borrow().clone())?;
    let mut frame =
        vm.bind_arguments(args[0].as_obj().expect("matched a function"), f, &[], &[])?;
    frame.locals = Some(namespace.clone());
    vm.run_frame(frame)?;
    let dict = match namespace.as_obj().map(|o| &**o) {
        Some(Object::Dict(d)) => d.borrow().clone(),
        _ => crate::object::Dict::new(),
    };
    let builtin = bases
        .iter()
        .map(|b| type_data(b).builtin)
        .find(|k| *k != Kind::Object)
        .unwrap_or(Kind::Object);
    let module = vm.str_of(&module)?;
    let qualname = match vm.dict_get(&namespace, &Value::str("__qualname__"))? {
        Some(q) => vm.str_of(&q)?,
        None => name.clone(),
    };
    let class =
        crate::object::types::new_qualified_class(&name, &qualname, &module, bases, dict, builtin)
            .map_err(|m| vm.type_error(m))?;
    Ok(Value::Obj(class))
}

/// Calls a builtin class: `int(...)`, `str(...)`, `list(...)`, `type(x)`, ...
pub fn construct(
    vm: &mut Vm,
    class: &ObjRef,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let t = type_data(class);
    let name = t.name.clone();
    match t.builtin {
        Kind::Type => {
            if args.len() == 1 {
                return Ok(Value::Obj(vm.classes.class_of(&args[0])));
            }
            Err(vm.type_error("type() takes 1 or 3 arguments"))
        }
        Kind::Object => {
            if !args.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            Ok(Value::obj(Object::Instance(crate::object::Instance {
                class: class.clone(),
                dict: std::rc::Rc::new(Object::Dict(std::cell::RefCell::new(
                    crate::object::Dict::new(),
                ))),
            })))
        }
        Kind::Int => match args.first() {
            None => Ok(Value::Int(0)),
            Some(Value::Int(i)) => Ok(Value::Int(*i)),
            Some(Value::Bool(b)) => Ok(Value::Int(i64::from(*b))),
            Some(Value::Float(f)) => crate::formatting::float_to_int(*f)
                .map(Value::int)
                .map_err(|e| vm.new_error(e.kind.name(), &e.message)),
            Some(v) => match v.as_str() {
                Some(s) => {
                    let base = match args.get(1) {
                        Some(b) => vm.index_value(b)? as u32,
                        None => 10,
                    };
                    crate::formatting::parse_int(s, base)
                        .map(Value::int)
                        .map_err(|e| vm.new_error(e.kind.name(), &e.message))
                }
                None => Ok(v.clone()),
            },
        },
        Kind::Float => match args.first() {
            None => Ok(Value::Float(0.0)),
            Some(Value::Float(f)) => Ok(Value::Float(*f)),
            Some(Value::Int(i)) => Ok(Value::Float(*i as f64)),
            Some(Value::Bool(b)) => Ok(Value::Float(f64::from(u8::from(*b)))),
            Some(v) => match v.as_str() {
                Some(s) => crate::formatting::parse_float(s)
                    .map(Value::Float)
                    .map_err(|e| vm.new_error(e.kind.name(), &e.message)),
                None => Err(vm.type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    vm.classes.type_name(v)
                ))),
            },
        },
        Kind::Str => match args.first() {
            None => Ok(Value::str("")),
            Some(v) => Ok(Value::str(&vm.str_of(v)?)),
        },
        Kind::Bool => match args.first() {
            None => Ok(Value::Bool(false)),
            Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        },
        Kind::List => Ok(Value::list(match args.first() {
            Some(v) => vm.collect(v)?,
            None => Vec::new(),
        })),
        Kind::Tuple => Ok(Value::tuple(match args.first() {
            Some(v) => vm.collect(v)?,
            None => Vec::new(),
        })),
        Kind::Dict => {
            let d = Value::dict(crate::object::Dict::new());
            if let Some(src) = args.first() {
                if let Some(Object::Dict(src)) = src.as_obj().map(|o| &**o) {
                    let items: Vec<(Value, Value)> = src
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    for (k, v) in items {
                        vm.dict_set(&d, k, v)?;
                    }
                } else {
                    for pair in vm.collect(src)? {
                        let kv = vm.collect(&pair)?;
                        if kv.len() != 2 {
                            return Err(vm.value_error(format!("dictionary update sequence element #0 has length {}; 2 is required", kv.len())));
                        }
                        vm.dict_set(&d, kv[0].clone(), kv[1].clone())?;
                    }
                }
            }
            for (k, v) in kwargs {
                vm.dict_set(&d, k.clone(), v.clone())?;
            }
            Ok(d)
        }
        Kind::Range => {
            let ints = args
                .iter()
                .map(|a| vm.index_value(a))
                .collect::<PyResult<Vec<_>>>()?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                _ => {
                    return Err(vm.type_error(format!(
                        "range expected at least 1 argument, got {}",
                        ints.len()
                    )))
                }
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::obj(Object::Range(start, stop, step)))
        }
        Kind::Exception => Ok(vm.new_exception(class, args.to_vec())),
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}

fn this_list<'a>(vm: &Vm, this: &'a Value) -> PyResult<&'a std::cell::RefCell<Vec<Value>>> {
    match this.as_obj().map(|o| &**o) {
        Some(Object::List(l)) => Ok(l),
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn list_append(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "list.append", args, 1)?;
    this_list(vm, this)?.borrow_mut().push(args[0].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let list = this_list(vm, this)?;
    let len = list.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.first() {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(this_list(vm, this)?.borrow_mut().remove(j as usize))
}

fn this_str(vm: &Vm, this: &Value) -> PyResult<String> {
    this.as_str()
        .map(|s| s.to_string_lossy().into_owned())
        .ok_or_else(|| vm.type_error("descriptor requires a 'str' object"))
}

fn str_join(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "str.join", args, 1)?;
    let sep = this_str(vm, this)?;
    let mut parts = Vec::new();
    for (i, item) in vm.collect(&args[0])?.into_iter().enumerate() {
        match item.as_str() {
            Some(s) => parts.push(s.to_string_lossy().into_owned()),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.classes.type_name(&item)
                )))
            }
        }
    }
    Ok(Value::str(&parts.join(&sep)))
}

fn str_upper(vm: &mut Vm, this: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(Value::str(&this_str(vm, this)?.to_uppercase()))
}

fn str_lower(vm: &mut Vm, this: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(Value::str(&this_str(vm, this)?.to_lowercase()))
}

fn dict_entries(vm: &Vm, this: &Value) -> PyResult<Vec<(Value, Value)>> {
    match this.as_obj().map(|o| &**o) {
        Some(Object::Dict(d)) => Ok(d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_items(vm: &mut Vm, this: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(Value::list(
        dict_entries(vm, this)?
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    ))
}

fn dict_keys(vm: &mut Vm, this: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(Value::list(
        dict_entries(vm, this)?
            .into_iter()
            .map(|(k, _)| k)
            .collect(),
    ))
}

fn dict_values(vm: &mut Vm, this: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(Value::list(
        dict_entries(vm, this)?
            .into_iter()
            .map(|(_, v)| v)
            .collect(),
    ))
}

fn dict_get(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("get expected at least 1 argument, got 0"));
    }
    Ok(vm
        .dict_get(this, &args[0])?
        .unwrap_or_else(|| args.get(1).cloned().unwrap_or(Value::None)))
}
