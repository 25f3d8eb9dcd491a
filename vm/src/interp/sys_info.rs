//! The struct sequences of the `sys` module: `version_info`, `float_info`
//! and `int_info` (the values of a 64-bit CPython 3.14.2).

use super::ops::dict_set_str;
use super::struct_seq;
use super::Vm;
use crate::object::{PyResult, Value};

/// Sets `sys.version_info`, `sys.float_info` and `sys.int_info` in the sys
/// namespace `d`.
pub fn install(vm: &mut Vm, d: &Value) -> PyResult<()> {
    let version = struct_seq::make(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::Int(3),
            Value::Int(14),
            Value::Int(2),
            Value::str("final"),
            Value::Int(0),
        ],
    )?;
    dict_set_str(vm, d, "version_info", version)?;
    let float_info = struct_seq::make(
        vm,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::Float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    )?;
    dict_set_str(vm, d, "float_info", float_info)?;
    let int_info = struct_seq::make(
        vm,
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![
            Value::Int(30),
            Value::Int(4),
            Value::Int(4300),
            Value::Int(640),
        ],
    )?;
    dict_set_str(vm, d, "int_info", int_info)
}
