//! The attribute hooks of Python classes around the generic lookup: a
//! class's own `__getattribute__` replaces it, and `__getattr__` runs when it
//! finds nothing (or raises `AttributeError`). Errors those hooks raise reach
//! `getattr()` unchanged; `hasattr()` and `getattr(obj, name, default)` treat
//! any `AttributeError` as "no attribute". Also here: `del cls.name`, and
//! the questions other protocols ask a class (has its instances a
//! `__dict__`? is its `__format__` a builtin one?).

use crate::interp::Vm;
use crate::object::types::lookup;
use crate::object::{Object, PyResult, Value};

impl Vm {
    /// An attribute with the class hooks applied: `Ok(None)` when nothing
    /// (not even `__getattr__`) provides it; errors propagate.
    pub fn find_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let class = match obj.as_obj().map(|o| &**o) {
            Some(Object::Instance(i)) => Some(i.class.clone()),
            Some(Object::Exception(_)) => Some(self.classes.class_of(obj)),
            _ => None,
        };
        let Some(class) = class else {
            return self.generic_lookup(obj, name);
        };
        let found = match lookup(&class, "__getattribute__") {
            Some(hook) if matches!(hook.as_obj().map(|o| &**o), Some(Object::Function(_))) => self
                .call(&hook, &[obj.clone(), Value::str(name)], &[])
                .map(Some),
            _ => self.generic_lookup(obj, name),
        };
        match found {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => self.call_getattr_hook(&class, obj, name, None),
            Err(e) if self.is_instance_of(&e, "AttributeError") => {
                self.call_getattr_hook(&class, obj, name, Some(e))
            }
            Err(e) => Err(e),
        }
    }

    /// `object.__getattribute__(obj, name)`: the lookup without the hooks.
    pub fn generic_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.generic_lookup(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// `__getattr__(obj, name)` of `class` when it has one; otherwise the
    /// pending error `err` (or "not found").
    fn call_getattr_hook(
        &mut self,
        class: &crate::object::ObjRef,
        obj: &Value,
        name: &str,
        err: Option<crate::object::PyErr>,
    ) -> PyResult<Option<Value>> {
        match lookup(class, "__getattr__") {
            Some(hook) => {
                let bound = self.descr_get(&hook, Some(obj), class)?;
                self.call(&bound, &[Value::str(name)], &[]).map(Some)
            }
            None => match err {
                Some(e) => Err(e),
                None => Ok(None),
            },
        }
    }
}

impl Vm {
    /// Whether instances of `class` have a `__dict__` (not when every class
    /// of the MRO declares `__slots__` without it).
    pub fn has_instance_dict(&mut self, class: &crate::object::ObjRef) -> bool {
        self.slots_allow(class, "__dict__")
    }
}

impl Vm {
    /// `del cls.name` for a class: removes it from the class namespace.
    pub fn type_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let Some(Object::Type(t)) = obj.as_obj().map(|o| &**o) else {
            return Err(self.attribute_error(obj, name));
        };
        if t.module == "builtins" {
            return Err(self.type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                t.name
            )));
        }
        let hash = crate::interp::hash::str_hash(name);
        let removed = t
            .dict
            .borrow_mut()
            .remove(hash, |k| {
                k.as_str().is_some_and(|s| s.as_str() == Some(name))
            })
            .is_some();
        if removed {
            Ok(())
        } else {
            Err(self.attribute_error(obj, name))
        }
    }
}

impl Vm {
    /// Whether the `__format__` of `value`'s class is a builtin one (not
    /// written in Python).
    pub fn builtin_format(&self, value: &Value) -> bool {
        let class = self.classes.class_of(value);
        !matches!(
            lookup(&class, "__format__")
                .as_ref()
                .and_then(|v| v.as_obj())
                .map(|o| &**o),
            Some(Object::Function(_))
        )
    }
}
