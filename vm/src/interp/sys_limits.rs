//! `sys.set_int_max_str_digits` and `sys.get_int_max_str_digits`.

use super::Vm;
use crate::formatting::int_format::{
    int_max_str_digits, set_int_max_str_digits, MAX_STR_DIGITS_THRESHOLD,
};
use crate::interp::numbers::num_of;
use crate::numeric::Num;
use crate::object::{PyResult, Value};

type Kwargs<'a> = &'a [(Value, Value)];

/// `sys.get_int_max_str_digits()`.
pub fn get_int_max_str_digits(
    vm: &mut Vm,
    _: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    if !args.is_empty() || !kwargs.is_empty() {
        return Err(vm.type_error(format!(
            "sys.get_int_max_str_digits() takes no arguments ({} given)",
            args.len() + kwargs.len()
        )));
    }
    Ok(Value::Int(int_max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`.
pub fn set_int_max_str_digits_fn(
    vm: &mut Vm,
    _: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let mut value = args.first().cloned();
    for (k, v) in kwargs {
        if k.as_str().and_then(|s| s.as_str()) == Some("maxdigits") && value.is_none() {
            value = Some(v.clone());
        } else {
            let name = vm.str_of(k)?;
            return Err(vm.type_error(format!(
                "set_int_max_str_digits() got an unexpected keyword argument '{name}'"
            )));
        }
    }
    let (Some(value), true) = (value, args.len() <= 1) else {
        return Err(vm.type_error(format!(
            "set_int_max_str_digits() takes exactly 1 argument ({} given)",
            args.len() + kwargs.len()
        )));
    };
    let n = match num_of(&value) {
        Some(Num::Int(i)) if matches!(value, Value::Int(_)) => i,
        Some(Num::Big(_)) => {
            return Err(vm.new_error("OverflowError", "Python int too large to convert to C int"))
        }
        _ => vm.index_value(&value)?,
    };
    if i32::try_from(n).is_err() {
        return Err(vm.new_error("OverflowError", "Python int too large to convert to C int"));
    }
    if n != 0 && n < MAX_STR_DIGITS_THRESHOLD as i64 {
        return Err(vm.value_error("maxdigits must be >= 640 or 0 for unlimited"));
    }
    set_int_max_str_digits(n as usize);
    Ok(Value::None)
}
