//! The `with` statement: looking up `__enter__`/`__exit__` on the type
//! (`LOAD_SPECIAL`) and calling `__exit__` when the body raises
//! (`WITH_EXCEPT_START`).

use super::descriptors::Native;
use super::Vm;
use crate::object::types::lookup;
use crate::object::{Object, PyResult, Value};

/// The special methods `LOAD_SPECIAL` looks up, by oparg, with the message
/// CPython 3.14 gives when one is missing.
const SPECIAL_METHODS: &[(&str, &str)] = &[
    (
        "__enter__",
        "object does not support the context manager protocol (missed __enter__ method)",
    ),
    (
        "__exit__",
        "object does not support the context manager protocol (missed __exit__ method)",
    ),
    (
        "__aenter__",
        "object does not support the asynchronous context manager protocol (missed __aenter__ method)",
    ),
    (
        "__aexit__",
        "object does not support the asynchronous context manager protocol (missed __aexit__ method)",
    ),
];

impl Vm {
    /// `_INSERT_NULL`: `[self]` becomes `[NULL, self]`.
    pub fn insert_null_impl(&mut self, self_: Value, method_and_self: &mut [Value]) {
        if let [method, this] = method_and_self {
            *this = self_;
            *method = Value::Null;
        }
    }

    /// `_LOAD_SPECIAL`: `[NULL, self]` becomes `[method, self]` for a plain
    /// function, or `[bound attribute, NULL]` for any other descriptor.
    pub fn load_special_impl(&mut self, oparg: u32, method_and_self: &mut [Value]) -> PyResult<()> {
        let [method, this] = method_and_self else {
            return Err(self.new_error("SystemError", "LOAD_SPECIAL expects two stack slots"));
        };
        let Some((name, missing)) = SPECIAL_METHODS.get(oparg as usize) else {
            return Err(self.new_error("SystemError", &format!("bad LOAD_SPECIAL oparg {oparg}")));
        };
        let class = self.classes.class_of(this);
        let Some(attr) = lookup(&class, name) else {
            // CPython suggests the other statement when the object supports its protocol.
            let (other, suggestion) = if oparg < 2 {
                (["__aenter__", "__aexit__"], " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?")
            } else {
                (
                    ["__enter__", "__exit__"],
                    " but it supports the context manager protocol. Did you mean to use 'with'?",
                )
            };
            let suggest = other.iter().all(|m| lookup(&class, m).is_some());
            return Err(self.type_error(format!(
                "'{}' {missing}{}",
                self.classes.type_name(this),
                if suggest { suggestion } else { "" }
            )));
        };
        if matches!(attr.as_obj().map(|o| &**o), Some(Object::Function(_))) {
            *method = attr;
            return Ok(());
        }
        let owner = class.clone();
        let bound = match attr.as_obj().map(|o| &**o) {
            Some(Object::Native(Native::StaticMethod(_)))
            | Some(Object::Native(Native::ClassMethod(_)))
            | Some(Object::Instance(_))
            | Some(Object::Builtin(_))
            | Some(Object::Native(Native::Property(_))) => {
                let obj = this.clone();
                self.descr_get(&attr, Some(&obj), &owner)?
            }
            _ => attr,
        };
        *method = bound;
        *this = Value::Null;
        Ok(())
    }

    /// `WITH_EXCEPT_START`: `__exit__(type(exc), exc, traceback)`.
    pub fn with_except_start_impl(
        &mut self,
        exit_func: &Value,
        exit_self: &Value,
        val: &Value,
    ) -> PyResult<Value> {
        let mut args = Vec::with_capacity(4);
        if !exit_self.is_null() {
            args.push(exit_self.clone());
        }
        args.push(Value::Obj(self.classes.class_of(val)));
        args.push(val.clone());
        let tb = self
            .lookup_attr(val, "__traceback__")?
            .unwrap_or(Value::None);
        args.push(tb);
        self.call(exit_func, &args, &[])
    }

    /// `EXIT_INIT_CHECK`: `__init__` must return `None`.
    pub fn exit_init_check_impl(&mut self, should_be_none: Value) -> PyResult<()> {
        if matches!(should_be_none, Value::None) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "__init__() should return None, not '{}'",
            self.classes.type_name(&should_be_none)
        )))
    }
}
