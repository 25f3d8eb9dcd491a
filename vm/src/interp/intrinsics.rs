//! `CALL_INTRINSIC_1` and `CALL_INTRINSIC_2`: the small runtime functions the
//! compiler calls by number, each delegated to the module of its concern.

use super::typing::ParamKind;
use super::Vm;
use crate::object::{PyResult, Value};

/// The one-argument intrinsics, numbered as CPython's compiler emits them.
mod one {
    pub const PRINT: u32 = 1;
    pub const IMPORT_STAR: u32 = 2;
    pub const STOPITERATION_ERROR: u32 = 3;
    pub const ASYNC_GEN_WRAP: u32 = 4;
    pub const UNARY_POSITIVE: u32 = 5;
    pub const LIST_TO_TUPLE: u32 = 6;
    pub const TYPEVAR: u32 = 7;
    pub const PARAMSPEC: u32 = 8;
    pub const TYPEVARTUPLE: u32 = 9;
    pub const SUBSCRIPT_GENERIC: u32 = 10;
    pub const TYPEALIAS: u32 = 11;
}

/// The two-argument intrinsics.
mod two {
    pub const PREP_RERAISE_STAR: u32 = 1;
    pub const TYPEVAR_WITH_BOUND: u32 = 2;
    pub const TYPEVAR_WITH_CONSTRAINTS: u32 = 3;
    pub const SET_FUNCTION_TYPE_PARAMS: u32 = 4;
    pub const SET_TYPEPARAM_DEFAULT: u32 = 5;
}

impl Vm {
    /// Runs one-argument intrinsic `which` on `value`.
    pub fn intrinsic_1(&mut self, which: u32, value: Value) -> PyResult<Value> {
        match which {
            one::PRINT => {
                let r = self.repr(&value)?;
                self.write_stdout(&format!("{r}\n"));
                Ok(Value::None)
            }
            one::STOPITERATION_ERROR => self.stopiteration_error(value),
            one::UNARY_POSITIVE => self.unary_positive(value),
            one::ASYNC_GEN_WRAP => self.async_gen_wrap(value),
            one::LIST_TO_TUPLE => Ok(Value::tuple(self.collect(&value)?)),
            one::IMPORT_STAR => self.import_star(value),
            one::TYPEVAR => self.intrinsic_type_param(ParamKind::TypeVar, value),
            one::PARAMSPEC => self.intrinsic_type_param(ParamKind::ParamSpec, value),
            one::TYPEVARTUPLE => self.intrinsic_type_param(ParamKind::TypeVarTuple, value),
            one::SUBSCRIPT_GENERIC => self.intrinsic_subscript_generic(value),
            one::TYPEALIAS => self.intrinsic_typealias(value),
            _ => Err(self.unsupported_intrinsic(which)),
        }
    }

    /// Runs two-argument intrinsic `which` on `value2` and `value1` (in stack order).
    pub fn intrinsic_2(&mut self, which: u32, value2: Value, value1: Value) -> PyResult<Value> {
        let _ = (&value2, &value1);
        match which {
            two::PREP_RERAISE_STAR => self.prep_reraise_star(value2, value1),
            two::TYPEVAR_WITH_BOUND => self.intrinsic_typevar_lazy(value2, value1, false),
            two::TYPEVAR_WITH_CONSTRAINTS => self.intrinsic_typevar_lazy(value2, value1, true),
            two::SET_FUNCTION_TYPE_PARAMS => {
                self.intrinsic_set_function_type_params(value2, value1)
            }
            two::SET_TYPEPARAM_DEFAULT => self.intrinsic_set_typeparam_default(value2, value1),
            _ => Err(self.unsupported_intrinsic(which)),
        }
    }

    fn unsupported_intrinsic(&mut self, which: u32) -> crate::object::PyErr {
        self.new_error(
            "SystemError",
            &format!("intrinsic {which} is not supported"),
        )
    }

    /// Unary `+`, as `CALL_INTRINSIC_1` computes it.
    fn unary_positive(&mut self, value: Value) -> PyResult<Value> {
        if let Some(n) = super::numbers::num_of(&value) {
            return Ok(super::numbers::value_of(crate::numeric::pos(&n)));
        }
        match self.call_special(&value, "__pos__", &[])? {
            Some(v) => Ok(v),
            None if let Some(p) = super::numbers::numeric_payload(self, &value) => {
                self.unary_positive(p)
            }
            None => Err(self.type_error(format!(
                "bad operand type for unary +: '{}'",
                self.classes.type_name(&value)
            ))),
        }
    }
}
