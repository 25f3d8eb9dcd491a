//! What CPython's `site` module adds to the builtins: `exit` and `quit`
//! (instances of `_sitebuiltins.Quitter`).

use super::descriptors::bound;
use super::ops::dict_set_str;
use super::Vm;
use crate::object::NativeFn;
use crate::object::{Dict, Instance, Object, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

type Kwargs<'a> = &'a [(Value, Value)];

/// Makes the `Quitter` class and puts `exit` and `quit` in the builtins.
pub fn install(vm: &mut Vm) {
    let methods: &[(&str, NativeFn)] = &[("__call__", quitter_call), ("__repr__", quitter_repr)];
    let Some(class) = super::descriptors::native_class(vm, "Quitter", "_sitebuiltins", methods)
    else {
        return;
    };
    let builtins = Value::Obj(vm.builtins.clone());
    for name in ["exit", "quit"] {
        let quitter = Value::obj(Object::Instance(Instance {
            class: class.clone(),
            dict: Rc::new(Object::Dict(RefCell::new(Dict::new()))),
        }));
        if let Some(Object::Instance(i)) = quitter.as_obj().map(|o| &**o) {
            let d = Value::Obj(i.dict.clone());
            let _ = dict_set_str(vm, &d, "name", Value::str(name));
            let _ = dict_set_str(vm, &d, "eof", Value::str("Ctrl-D (i.e. EOF)"));
        }
        let _ = dict_set_str(vm, &builtins, name, quitter);
    }
}

/// The `name` attribute of a quitter.
fn quitter_name(vm: &mut Vm, this: &Value) -> PyResult<String> {
    match vm.lookup_attr(this, "name")? {
        Some(n) => vm.str_of(&n),
        None => Ok("exit".to_string()),
    }
}

/// `Quitter.__repr__`: `Use exit() or Ctrl-D (i.e. EOF) to exit`.
fn quitter_repr(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = bound(this, args);
    let name = quitter_name(vm, this)?;
    Ok(Value::str(&format!(
        "Use {name}() or Ctrl-D (i.e. EOF) to exit"
    )))
}

/// `Quitter.__call__(code=None)`: raises `SystemExit(code)`.
fn quitter_call(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (_, args) = bound(this, args);
    let mut code = args.first().cloned();
    for (k, v) in kwargs {
        if k.as_str().and_then(|s| s.as_str()) == Some("code") && code.is_none() {
            code = Some(v.clone());
        } else {
            let name = vm.str_of(k)?;
            return Err(vm.type_error(format!(
                "Quitter.__call__() got an unexpected keyword argument '{name}'"
            )));
        }
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            args.len() + 1
        )));
    }
    super::stdin::close_stdin();
    let class = vm.classes.named("SystemExit").clone();
    let exc_args = vec![code.unwrap_or(Value::None)];
    Err(PyErr(vm.new_exception(&class, exc_args)))
}
