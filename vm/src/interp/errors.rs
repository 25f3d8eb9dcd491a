//! Making exceptions to raise from Rust code.

use super::Vm;
use crate::object::exception::ExceptionData;
use crate::object::{Dict, ObjRef, Object, PyErr, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

impl Vm {
    /// An instance of exception class `class` with these `args`.
    pub fn new_exception(&self, class: &ObjRef, args: Vec<Value>) -> Value {
        Value::obj(Object::Exception(ExceptionData {
            class: class.clone(),
            args: RefCell::new(Value::tuple(args)),
            notes: RefCell::new(Value::Null),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::Null),
            suppress_context: Cell::new(false),
            traceback: RefCell::new(Vec::new()),
            dict: Rc::new(Object::Dict(RefCell::new(Dict::new()))),
            group: std::cell::OnceCell::new(),
            scope: RefCell::new(None),
        }))
    }

    /// A builtin exception by class name, with one message argument.
    pub fn new_error(&self, class: &str, message: &str) -> PyErr {
        PyErr(self.new_exception(self.classes.named(class), vec![Value::str(message)]))
    }

    /// `TypeError(message)`.
    pub fn type_error(&self, message: impl AsRef<str>) -> PyErr {
        self.new_error("TypeError", message.as_ref())
    }

    /// `ValueError(message)`.
    pub fn value_error(&self, message: impl AsRef<str>) -> PyErr {
        self.new_error("ValueError", message.as_ref())
    }

    /// `IndexError(message)`.
    pub fn index_error(&self, message: impl AsRef<str>) -> PyErr {
        self.new_error("IndexError", message.as_ref())
    }

    /// `AttributeError` for a missing attribute, with CPython's wording.
    pub fn attribute_error(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj.as_obj().map(|o| &**o) {
            Some(Object::Type(t)) => format!("type object '{}' has no attribute '{name}'", t.name),
            Some(Object::Module(m)) => format!("module '{}' has no attribute '{name}'", m.name),
            _ => format!(
                "'{}' object has no attribute '{name}'",
                self.classes.type_name(obj)
            ),
        };
        let e = self.new_error("AttributeError", &msg);
        super::class::exceptions::set_attr_raw(&e, "name", Value::str(name));
        super::class::exceptions::set_attr_raw(&e, "obj", obj.clone());
        super::suggestions::record_attribute_scope(self, &e, obj, name);
        e
    }

    /// Whether `err` is an instance of the builtin exception class `name`.
    pub fn is_instance_of(&self, err: &PyErr, name: &str) -> bool {
        crate::object::TypeObject::is_subtype(err.class(), self.classes.named(name))
    }
}
