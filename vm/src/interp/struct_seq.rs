//! Struct sequences such as `sys.float_info` and `sys.version_info`: tuple
//! subclasses whose items are also read-only attributes, shown as
//! `sys.float_info(max=..., ...)`.

use super::descriptors::{Native, Property};
use super::Vm;
use crate::object::{Builtin, Dict, Object, PyResult, Value};
use std::cell::RefCell;

type Kwargs<'a> = &'a [(Value, Value)];

/// Makes the struct sequence type `module.name` with `fields` and returns its
/// instance holding `values` (one per field).
pub fn make(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&'static str],
    values: Vec<Value>,
) -> PyResult<Value> {
    let mut ns = Dict::new();
    let mut set = |key: &str, value: Value| {
        ns.insert(super::hash::str_hash(key), Value::str(key), value, |k| {
            k.as_str().is_some_and(|s| s.as_str() == Some(key))
        });
    };
    set("__module__", Value::str(module));
    set(
        "__match_args__",
        Value::tuple(fields.iter().map(|f| Value::str(f)).collect()),
    );
    set("n_fields", Value::Int(fields.len() as i64));
    set("n_sequence_fields", Value::Int(fields.len() as i64));
    set("n_unnamed_fields", Value::Int(0));
    set(
        "__repr__",
        Value::obj(Object::Builtin(Builtin {
            name: "__repr__",
            func: struct_repr,
            this: Value::Null,
            owner: Some("object"),
        })),
    );
    for (i, field) in fields.iter().enumerate() {
        let fget = Value::obj(Object::Builtin(Builtin {
            name: field,
            func: field_get,
            this: Value::Int(i as i64),
            owner: None,
        }));
        set(
            field,
            Value::obj(Object::Native(Native::Property(Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
                name: RefCell::new(Value::str(field)),
            }))),
        );
    }
    let tuple = vm.classes.named("tuple").clone();
    let class = vm.create_class(name, vec![tuple], ns, &[])?;
    Ok(vm.wrap_payload(&class, Value::tuple(values)))
}

/// The getter of field number `this` of a struct sequence.
fn field_get(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let obj = args.first().cloned().unwrap_or(Value::None);
    let items = vm.payload_of(&obj).unwrap_or(obj);
    vm.getitem(&items, this)
}

/// `repr()` of a struct sequence: `module.name(field=repr, ...)`.
fn struct_repr(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let obj = if this.is_null() {
        args.first().cloned().unwrap_or(Value::None)
    } else {
        this.clone()
    };
    let class = Value::Obj(vm.classes.class_of(&obj));
    let module = match vm.lookup_attr(&class, "__module__")? {
        Some(m) => vm.str_of(&m)?,
        None => String::new(),
    };
    let name = match vm.lookup_attr(&class, "__name__")? {
        Some(n) => vm.str_of(&n)?,
        None => String::new(),
    };
    let fields = match vm.lookup_attr(&class, "__match_args__")? {
        Some(f) => vm.collect(&f)?,
        None => Vec::new(),
    };
    let items = vm.payload_of(&obj).unwrap_or(obj);
    let items = vm.collect(&items)?;
    let mut parts = Vec::with_capacity(items.len());
    for (field, item) in fields.iter().zip(items.iter()) {
        parts.push(format!("{}={}", vm.str_of(field)?, vm.repr(item)?));
    }
    Ok(Value::str(&format!(
        "{module}.{name}({})",
        parts.join(", ")
    )))
}
