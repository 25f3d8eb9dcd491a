//! The methods of the `function` class: `__get__` (functions are
//! descriptors that bind methods) and `__call__`.

use super::Vm;
use crate::object::{Object, PyResult, Value};

/// Installs the methods into the `function` class.
pub fn install(vm: &mut Vm) {
    let class = vm.classes.named("function").clone();
    super::descriptors::add_methods(
        &class,
        "function",
        &[("__get__", function_get), ("__call__", function_call)],
    );
}

/// The function a method of `function` was called on, and its other arguments.
fn this_function<'a>(
    vm: &Vm,
    this: &'a Value,
    args: &'a [Value],
    method: &str,
) -> PyResult<(&'a Value, &'a [Value])> {
    let (this, args) = super::descriptors::bound(this, args);
    if !matches!(this.as_obj().map(|o| &**o), Some(Object::Function(_))) {
        return Err(vm.type_error(format!(
            "descriptor '{method}' requires a 'function' object but received a '{}'",
            vm.classes.type_name(this)
        )));
    }
    Ok((this, args))
}

/// `function.__get__(instance, owner=None)`: the function itself when
/// `instance` is `None`, else a method bound to `instance`.
fn function_get(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let (func, args) = this_function(vm, this, args, "__get__")?;
    if !kwargs.is_empty() {
        return Err(vm.type_error("__get__() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "expected {} arguments, got {}",
            if args.is_empty() {
                "at least 1"
            } else {
                "at most 2"
            },
            args.len()
        )));
    }
    let instance = &args[0];
    if matches!(instance, Value::None) {
        return Ok(func.clone());
    }
    Ok(Value::obj(Object::Method(instance.clone(), func.clone())))
}

/// `function.__call__(*args, **kwargs)`.
fn function_call(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let (func, args) = this_function(vm, this, args, "__call__")?;
    let func = func.clone();
    vm.call(&func, args, kwargs)
}
