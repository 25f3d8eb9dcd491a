//! The native `string` package (its constants and `capwords`) and its
//! submodule `string.templatelib` (`Template`, `Interpolation`, `convert`),
//! made when first imported, and what `IMPORT_NAME` returns for dotted names
//! and a `fromlist`.

use super::ops::dict_set_str;
use super::Vm;
use crate::object::{Builtin, Dict, Module, NativeFn, ObjRef, Object, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

type Kwargs<'a> = &'a [(Value, Value)];

/// The submodules `from package import name` may import.
const NATIVE_SUBMODULES: &[&str] = &["string.templatelib"];

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

fn new_module(vm: &mut Vm, name: &str) -> PyResult<(Value, Value)> {
    let dict: ObjRef = Rc::new(Object::Dict(RefCell::new(Dict::new())));
    let d = Value::Obj(dict.clone());
    dict_set_str(vm, &d, "__name__", Value::str(name))?;
    let module = Value::obj(Object::Module(Module {
        name: name.to_string(),
        dict,
    }));
    Ok((module, d))
}

fn builtin_fn(name: &'static str, func: NativeFn) -> Value {
    Value::obj(Object::Builtin(Builtin {
        name,
        func,
        this: Value::Null,
        owner: None,
    }))
}

/// Makes the `string` module.
fn make_string(vm: &mut Vm) -> PyResult<Value> {
    let (module, d) = new_module(vm, "string")?;
    let letters = format!("{LOWER}{UPPER}");
    let printable = format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}");
    for (name, value) in [
        ("ascii_letters", letters.as_str()),
        ("ascii_lowercase", LOWER),
        ("ascii_uppercase", UPPER),
        ("digits", DIGITS),
        ("hexdigits", "0123456789abcdefABCDEF"),
        ("octdigits", "01234567"),
        ("punctuation", PUNCTUATION),
        ("printable", printable.as_str()),
        ("whitespace", WHITESPACE),
    ] {
        dict_set_str(vm, &d, name, Value::str(value))?;
    }
    dict_set_str(vm, &d, "capwords", builtin_fn("capwords", capwords))?;
    Ok(module)
}

/// Makes the `string.templatelib` module.
fn make_templatelib(vm: &mut Vm) -> PyResult<Value> {
    let (module, d) = new_module(vm, "string.templatelib")?;
    let (template, interpolation) = super::templates::classes(vm);
    dict_set_str(vm, &d, "Template", Value::Obj(template))?;
    dict_set_str(vm, &d, "Interpolation", Value::Obj(interpolation))?;
    dict_set_str(
        vm,
        &d,
        "convert",
        builtin_fn("convert", super::templates::convert),
    )?;
    Ok(module)
}

/// `string.capwords(s, sep=None)`: `sep.join(w.capitalize() for w in s.split(sep))`.
fn capwords(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let mut sep = args.get(1).cloned().unwrap_or(Value::None);
    for (k, v) in kwargs {
        match k.as_str().and_then(|s| s.as_str()) {
            Some("sep") if args.len() < 2 => sep = v.clone(),
            Some(other) => {
                return Err(vm.type_error(format!(
                    "capwords() got an unexpected keyword argument '{other}'"
                )))
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let [s, ..] = args else {
        return Err(vm.type_error("capwords() missing 1 required positional argument: 's'"));
    };
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "capwords() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let split = vm.getattr(s, "split")?;
    let words = vm.call(&split, std::slice::from_ref(&sep), &[])?;
    let mut out = Vec::new();
    for w in vm.collect(&words)? {
        let cap = vm.getattr(&w, "capitalize")?;
        out.push(vm.call(&cap, &[], &[])?);
    }
    let joiner = match sep {
        Value::None => Value::str(" "),
        s => s,
    };
    let join = vm.getattr(&joiner, "join")?;
    vm.call(&join, &[Value::list(out)], &[])
}

/// Finds a native module that is made on first import (`string`,
/// `string.templatelib`), registering it in `sys.modules` (and a submodule
/// as an attribute of its package). `None` for other names.
pub fn import_native(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let modules = vm.sys_modules()?;
    if let Some(m) = vm.dict_get(&modules, &Value::str(name))? {
        return Ok(Some(m));
    }
    let module = match name {
        "string" => make_string(vm)?,
        "string.templatelib" => {
            let Some(package) = import_native(vm, "string")? else {
                return Ok(None);
            };
            let m = make_templatelib(vm)?;
            vm.setattr(&package, "templatelib", m.clone())?;
            m
        }
        _ if name.starts_with("string.") => {
            let err = vm.new_error("ModuleNotFoundError", &format!("No module named '{name}'"));
            vm.set_exc_attr(&err, "name", Value::str(name))?;
            return Err(err);
        }
        _ => return Ok(None),
    };
    dict_set_str(vm, &modules, name, module.clone())?;
    Ok(Some(module))
}

/// What `IMPORT_NAME` leaves for module `name` found as `module`: the top
/// package for `import a.b`, the module itself (with the submodules a
/// `fromlist` names imported) for `from a.b import c`.
pub fn import_result(vm: &mut Vm, name: &str, module: Value, fromlist: &Value) -> PyResult<Value> {
    let names = match fromlist {
        Value::None | Value::Null => Vec::new(),
        f => vm.collect(f)?,
    };
    if names.is_empty() {
        let top = name.split('.').next().unwrap_or(name);
        if top != name {
            let modules = vm.sys_modules()?;
            if let Some(m) = vm.dict_get(&modules, &Value::str(top))? {
                return Ok(m);
            }
        }
        return Ok(module);
    }
    for n in names {
        let Some(sub) = n.as_str().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        let full = format!("{name}.{sub}");
        if NATIVE_SUBMODULES.contains(&full.as_str()) && vm.lookup_attr(&module, &sub)?.is_none() {
            import_native(vm, &full)?;
        }
    }
    Ok(module)
}
