//! Assignment of `__name__` and `__qualname__` to a class after creation.

use crate::interp::Vm;
use crate::object::types::TypeObject;
use crate::object::{PyResult, Value};

/// `cls.__name__ = value` / `cls.__qualname__ = value`: `value` must be a
/// str; the new name shows in `__name__`/`__qualname__` and in reprs.
pub fn type_rename(vm: &mut Vm, t: &TypeObject, name: &str, value: &Value) -> PyResult<()> {
    let Some(s) = value.as_str() else {
        return Err(vm.type_error(format!(
            "can only assign string to {}.{name}, not '{}'",
            t.current_name(),
            vm.classes.type_name(value)
        )));
    };
    let text = s.to_string_lossy().into_owned();
    if name == "__name__" && text.contains('\0') {
        return Err(vm.new_error("ValueError", "type name must not contain null characters"));
    }
    let mut renamed = t.renamed.borrow_mut();
    if name == "__name__" {
        renamed.0 = Some(text);
    } else {
        renamed.1 = Some(text);
    }
    Ok(())
}
