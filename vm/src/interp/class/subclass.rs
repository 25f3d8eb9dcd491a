//! Python classes deriving from builtin types (`class Name(str)`,
//! `class Stack(list)`): an instance is an ordinary instance (its own class
//! and `__dict__`) that carries a value of the builtin type, its payload.
//!
//! Methods of the builtin type run on the payload (see
//! [`Vm::builtin_receiver`]), and the protocols the class does not override
//! fall back to it ([`Vm::payload_of`]).

use super::ClassState;
use crate::interp::Vm;
use crate::object::types::{lookup, type_data, Builtin as Kind};
use crate::object::{Dict, Instance, ObjRef, Object, PyResult, Value};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// The payloads, by the address of the instance `__dict__` (a weak reference
/// keeps the address from being reused while the entry exists).
#[derive(Default)]
pub struct Payloads {
    map: std::collections::HashMap<usize, (Weak<Object>, Value)>,
    inserts: usize,
}

impl ClassState {
    fn payload(&self, dict: &ObjRef) -> Option<Value> {
        let (weak, v) = self.payloads.map.get(&(Rc::as_ptr(dict) as usize))?;
        weak.upgrade()
            .filter(|d| Rc::ptr_eq(d, dict))
            .map(|_| v.clone())
    }

    fn set_payload(&mut self, dict: &ObjRef, value: Value) {
        let p = &mut self.payloads;
        p.inserts += 1;
        if p.inserts.is_multiple_of(1024) {
            p.map.retain(|_, (w, _)| w.strong_count() > 0);
        }
        p.map
            .insert(Rc::as_ptr(dict) as usize, (Rc::downgrade(dict), value));
    }
}

/// Whether instances of a class carry a builtin payload.
fn has_builtin_base(class: &ObjRef) -> bool {
    !matches!(
        type_data(class).builtin,
        Kind::Object | Kind::Exception | Kind::Type
    )
}

/// The builtin class in the MRO whose values the instances carry.
fn builtin_base(class: &ObjRef) -> Option<ObjRef> {
    let kind = type_data(class).builtin;
    type_data(class)
        .mro
        .borrow()
        .iter()
        .find(|c| {
            let t = type_data(c);
            t.module == "builtins" && t.builtin == kind
        })
        .cloned()
}

impl Vm {
    /// The builtin value an instance of a builtin subclass carries.
    pub fn payload_of(&self, v: &Value) -> Option<Value> {
        match v.as_obj().map(|o| &**o) {
            Some(Object::Instance(i)) if has_builtin_base(&i.class) => {
                self.class_state.payload(&i.dict)
            }
            _ => None,
        }
    }

    /// The object a builtin method found on the class of `v` runs on: the
    /// payload for the methods of builtin types, `v` itself for the methods of
    /// `object` and `BaseException`.
    pub fn builtin_receiver(&self, method: &Value, v: &Value) -> Value {
        if let Some(Object::Builtin(b)) = method.as_obj().map(|o| &**o) {
            if !matches!(
                b.owner,
                None | Some("object") | Some("classmethod") | Some("BaseException")
            ) {
                if let Some(p) = self.payload_of(v) {
                    return p;
                }
            }
        }
        v.clone()
    }

    /// A new instance of `class` (a subclass of a builtin type) carrying `payload`.
    pub fn wrap_payload(&mut self, class: &ObjRef, payload: Value) -> Value {
        let dict: ObjRef = Rc::new(Object::Dict(RefCell::new(Dict::new())));
        self.class_state.set_payload(&dict, payload);
        Value::obj(Object::Instance(Instance {
            class: class.clone(),
            dict,
        }))
    }

    /// `object.__new__(cls, *args)` for a subclass of a builtin type: the
    /// builtin type makes the payload from `args`.
    pub fn new_subclass_instance(
        &mut self,
        class: &ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let Some(base) = builtin_base(class) else {
            let name = type_data(class).name.clone();
            return Err(self.type_error(format!(
                "object.__new__({name}) is not safe, use {name}.__new__()"
            )));
        };
        let payload = crate::interp::builtins::construct(self, &base, args, kwargs)?;
        Ok(self.wrap_payload(class, payload))
    }

    /// Calls a Python class deriving from a builtin type: the payload comes
    /// from the arguments (for immutable types) or starts empty and is filled
    /// by `__init__` (for mutable ones, when the class has its own `__init__`).
    pub fn instantiate_builtin_subclass(
        &mut self,
        class: &ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Option<Value>> {
        if !has_builtin_base(class) {
            return Ok(None);
        }
        let init = lookup(class, "__init__")
            .filter(|i| matches!(i.as_obj().map(|o| &**o), Some(Object::Function(_))));
        let mutable = matches!(
            type_data(class).builtin,
            Kind::List | Kind::Dict | Kind::ByteArray
        );
        let obj = if init.is_some() && mutable {
            self.new_subclass_instance(class, &[], &[])?
        } else if init.is_some() {
            self.new_subclass_instance(class, args, &[])?
        } else {
            self.new_subclass_instance(class, args, kwargs)?
        };
        if let Some(init) = init {
            let mut all = vec![obj.clone()];
            all.extend_from_slice(args);
            let r = self.call(&init, &all, kwargs)?;
            if !matches!(r, Value::None) {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.classes.type_name(&r)
                )));
            }
        }
        Ok(Some(obj))
    }

    /// `object.__init__(self, *args)` reached from a subclass of a mutable
    /// builtin type (`super().__init__(items)`): fills the payload as the
    /// builtin type's `__init__` does. `false` when `self` has no such payload.
    pub fn init_payload(
        &mut self,
        obj: &Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<bool> {
        let Some(payload) = self.payload_of(obj) else {
            return Ok(false);
        };
        let Some(class) = obj.as_obj().and_then(|o| match &**o {
            Object::Instance(i) => builtin_base(&i.class),
            _ => None,
        }) else {
            return Ok(false);
        };
        match payload.as_obj().map(|o| &**o) {
            Some(Object::List(l)) => {
                let fresh = crate::interp::builtins::construct(self, &class, args, kwargs)?;
                let items = self.collect(&fresh)?;
                *l.borrow_mut() = items;
                Ok(true)
            }
            Some(Object::Dict(d)) => {
                let fresh = crate::interp::builtins::construct(self, &class, args, kwargs)?;
                if let Some(Object::Dict(f)) = fresh.as_obj().map(|o| &**o) {
                    let copy = f.borrow().clone();
                    *d.borrow_mut() = copy;
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// The protocols a builtin subclass does not override work on its payload:
    /// `a op b` with either side unwrapped.
    pub fn payload_binary(&mut self, op: u32, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (pa, pb) = (self.payload_of(a), self.payload_of(b));
        if pa.is_none() && pb.is_none() {
            return Ok(None);
        }
        let a = pa.unwrap_or_else(|| a.clone());
        let b = pb.unwrap_or_else(|| b.clone());
        self.binary_op(op, &a, &b).map(Some)
    }

    /// A rich comparison with either side unwrapped.
    pub fn payload_compare(&mut self, op: u32, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (pa, pb) = (self.payload_of(a), self.payload_of(b));
        if pa.is_none() && pb.is_none() {
            return Ok(None);
        }
        let a = pa.unwrap_or_else(|| a.clone());
        let b = pb.unwrap_or_else(|| b.clone());
        self.compare(op, &a, &b).map(Some)
    }
}

impl Vm {
    /// `operator.index()` of an instance: an `int` payload, or what
    /// `__index__` returns (which must be an `int`).
    pub fn instance_index(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(p) = self.payload_of(v) {
            if matches!(p, Value::Int(_) | Value::Bool(_))
                || matches!(p.as_obj().map(|o| &**o), Some(Object::BigInt(_)))
            {
                return Ok(p);
            }
        }
        match self.call_special(v, "__index__", &[])? {
            Some(r @ (Value::Int(_) | Value::Bool(_))) => Ok(r),
            Some(r) if matches!(r.as_obj().map(|o| &**o), Some(Object::BigInt(_))) => Ok(r),
            Some(r) => Err(self.type_error(format!(
                "__index__ returned non-int (type {})",
                self.classes.type_name(&r)
            ))),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.classes.type_name(v)
            ))),
        }
    }
}
