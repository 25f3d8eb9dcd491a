//! The `builtins` module, the constructors of the builtin classes, and the
//! methods of builtin objects.

pub mod bytes;
pub mod container_args;
pub mod container_ops;
pub mod dict;
pub mod iterators;
pub mod list;
pub mod range;
pub mod seq_fallback;
pub mod set;
pub mod slice;
pub mod sort;
pub mod str;
pub mod str_args;
pub mod str_codec;
pub mod str_format;
pub mod str_seq;
pub mod str_unicode;
pub mod tuple;

pub mod numbers;
use super::ops::dict_set_str;
use super::Vm;
use crate::object::types::{type_data, Builtin as Kind};
use crate::object::{Builtin, NativeFn, ObjRef, Object, PyResult, TypeObject, Value};

type Kwargs<'a> = &'a [(Value, Value)];

/// Fills the builtins namespace: functions, classes and exceptions.
pub fn install(vm: &mut Vm) {
    let functions: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("input", super::stdin::builtin_input),
        ("len", len),
        ("repr", repr),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("abs", abs),
        ("min", iterators::builtin_min),
        ("max", iterators::builtin_max),
        ("sum", iterators::builtin_sum),
        ("iter", iterators::builtin_iter),
        ("next", next),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("callable", callable),
        ("id", id),
        ("hash", hash),
        ("any", any),
        ("all", all),
        ("sorted", list::sorted),
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
        ) || iterators::ITERATOR_CLASSES[iterators::PUBLIC_ITERATOR_CLASSES..]
            .contains(&name.as_str())
        {
            continue;
        }
        let _ = dict_set_str(vm, &dict, &name, Value::Obj(class));
    }
    if let Some(os_error) = vm.classes.by_name.get("OSError").cloned() {
        for alias in ["IOError", "EnvironmentError"] {
            let _ = dict_set_str(vm, &dict, alias, Value::Obj(os_error.clone()));
        }
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
    list::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set::install(vm);
    range::install(vm);
    slice::install(vm);
    iterators::install(vm);
    str::install(vm);
    numbers::install(vm);
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
    let known = |k: &Value| {
        matches!(
            k.as_str().and_then(|s| s.as_str()),
            Some("sep" | "end" | "file" | "flush")
        )
    };
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !known(k)) {
        let k = vm.str_of(k)?;
        let params = ["sep", "end", "file", "flush"];
        return Err(vm.type_error(crate::interp::kwarg_hint::unexpected_keyword(
            "print", &k, &params,
        )));
    }
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
    let file = match kwarg(kwargs, "file") {
        None | Some(Value::None) => vm.sys_stdout()?,
        Some(f) => f.clone(),
    };
    if vm.is_stream(&file) {
        let mut out = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            out.push_str(&vm.str_of(a)?);
        }
        out.push_str(&end);
        vm.file_write(&file, &out)?;
    } else {
        // Any other file object gets one write() per piece, as CPython does.
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                vm.file_write(&file, &sep)?;
            }
            let text = vm.str_of(a)?;
            vm.file_write(&file, &text)?;
        }
        vm.file_write(&file, &end)?;
    }
    if let Some(flush) = kwarg(kwargs, "flush") {
        if vm.truthy(flush)? {
            vm.file_flush(&file)?;
        }
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
        Some(Object::Native(_)) => {
            crate::interp::generic_alias::class_spec_members(vm, spec, func)?
                .iter()
                .map(|i| class_list(vm, i, func))
                .collect::<PyResult<Vec<_>>>()
                .map(|v| v.concat())
        }
        _ => {
            let what = if func == "issubclass" {
                "class"
            } else {
                "type"
            };
            let plural = if func == "issubclass" {
                "classes"
            } else {
                "types"
            };
            Err(vm.type_error(format!(
                "{func}() arg 2 must be a {what}, a tuple of {plural}, or a union"
            )))
        }
    }
}

/// Whether `test` accepts a class of `spec`, trying the members of a tuple in
/// order (a bad member after a match is never looked at, as in CPython).
fn spec_matches(
    vm: &mut Vm,
    spec: &Value,
    func: &str,
    test: &mut dyn FnMut(&mut Vm, &ObjRef) -> bool,
) -> PyResult<bool> {
    if let Some(Object::Tuple(items)) = spec.as_obj().map(|o| &**o) {
        for item in items.iter() {
            if spec_matches(vm, item, func, test)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let classes = class_list(vm, spec, func)?;
    Ok(classes.iter().any(|c| test(vm, c)))
}

fn isinstance(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "isinstance", args, 2)?;
    let obj = args[0].clone();
    let found = spec_matches(vm, &args[1], "isinstance", &mut |vm, c| {
        vm.isinstance(&obj, c)
    })?;
    Ok(Value::Bool(found))
}

fn issubclass(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "issubclass", args, 2)?;
    let Some(sub) = args[0]
        .as_obj()
        .filter(|o| matches!(&***o, Object::Type(_)))
    else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let sub = sub.clone();
    let found = spec_matches(vm, &args[1], "issubclass", &mut |_, c| {
        TypeObject::is_subtype(&sub, c)
    })?;
    Ok(Value::Bool(found))
}

fn abs(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    exactly(vm, "abs", args, 1)?;
    if let Some(n) = super::numbers::num_of(&args[0]) {
        return crate::numeric::abs(&n)
            .map(super::numbers::value_of)
            .map_err(|e| vm.num_error(e));
    }
    match vm.call_special(&args[0], "__abs__", &[])? {
        Some(v) => Ok(v),
        None if let Some(p) = super::numbers::numeric_payload(vm, &args[0]) => {
            abs(vm, &Value::Null, &[p], &[])
        }
        None => Err(vm.type_error(format!(
            "bad operand type for abs(): '{}'",
            vm.classes.type_name(&args[0])
        ))),
    }
}

fn next(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        let bound = if args.is_empty() {
            "least 1 argument"
        } else {
            "most 2 arguments"
        };
        return Err(vm.type_error(format!("next expected at {bound}, got {}", args.len())));
    }
    if let Some(r) = vm.generator_builtin_next(&args[0], args.get(1))? {
        return Ok(r);
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
            "getattr expected at {} arguments, got {}",
            if args.len() < 2 { "least 2" } else { "most 3" },
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
        Some(Object::Native(crate::interp::descriptors::Native::StaticMethod(_))) => true,
        _ => false,
    }))
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
        Kind::Int if args.len() > 1 || !kwargs.is_empty() => {
            numbers::int_with_base(vm, args, kwargs)
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
                None => numbers::number_from_bytes(vm, v, Some(10))
                    .unwrap_or_else(|| numbers::int_of_object(vm, v)),
            },
        },
        Kind::Float | Kind::Bool if args.len() > 1 || !kwargs.is_empty() => {
            let what = if t.builtin == Kind::Float {
                "float"
            } else {
                "bool"
            };
            Err(vm.type_error(if kwargs.is_empty() {
                format!("{what} expected at most 1 argument, got {}", args.len())
            } else {
                format!("{what}() takes no keyword arguments")
            }))
        }
        Kind::Float => match args.first() {
            None => Ok(Value::Float(0.0)),
            Some(Value::Float(f)) => Ok(Value::Float(*f)),
            Some(Value::Int(i)) => Ok(Value::Float(*i as f64)),
            Some(Value::Bool(b)) => Ok(Value::Float(f64::from(u8::from(*b)))),
            Some(v) if matches!(v.as_obj().map(|o| &**o), Some(Object::BigInt(_))) => {
                let n = super::numbers::num_of(v).unwrap_or(crate::numeric::Num::Int(0));
                crate::numeric::to_float(&n)
                    .map(Value::Float)
                    .map_err(|e| vm.num_error(e))
            }
            Some(v) => match v.as_str() {
                Some(s) => crate::formatting::parse_float(s)
                    .map(Value::Float)
                    .map_err(|e| vm.new_error(e.kind.name(), &e.message)),
                None => numbers::number_from_bytes(vm, v, None)
                    .unwrap_or_else(|| numbers::float_of_object(vm, v)),
            },
        },
        Kind::Complex => numbers::construct_complex_kw(vm, args, kwargs),
        Kind::Str => str::construct(vm, args, kwargs),
        Kind::Bytes => bytes::construct(vm, false, args, kwargs),
        Kind::ByteArray => bytes::construct(vm, true, args, kwargs),
        Kind::Bool => match args.first() {
            None => Ok(Value::Bool(false)),
            Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        },
        Kind::List | Kind::Tuple => {
            if !kwargs.is_empty() {
                return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
            }
            container_args::arg_count(vm, &name, args, 0, 1)?;
            let items = match args.first() {
                Some(v) => vm.collect(v)?,
                None => Vec::new(),
            };
            Ok(if t.builtin == Kind::List {
                Value::list(items)
            } else {
                Value::tuple(items)
            })
        }
        Kind::Set | Kind::FrozenSet => {
            set::construct(vm, t.builtin == Kind::FrozenSet, args, kwargs)
        }
        Kind::Slice => slice::construct(vm, args, kwargs),
        Kind::Iterator => iterators::construct(vm, class, args, kwargs),
        Kind::Dict => dict::construct(vm, args, kwargs),
        Kind::Range => range::construct(vm, args, kwargs),
        Kind::Exception => Ok(vm.new_exception(class, args.to_vec())),
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}
