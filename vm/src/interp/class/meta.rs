//! Metaclasses: classes deriving from `type`. A class statement picks the
//! most derived metaclass of its bases (or `metaclass=`), and calling a
//! metaclass runs its `__new__` and `__init__`; a metaclass `__call__` runs
//! when its classes are called.

use crate::interp::descriptors::add_methods;
use crate::interp::Vm;
use crate::object::types::{lookup, type_data};
use crate::object::{ObjRef, Object, PyResult, TypeObject, Value};
use std::rc::Rc;

type Kwargs<'a> = &'a [(Value, Value)];

/// Installs `type.__new__`, `type.__init__` and `type.__call__`.
pub fn install(vm: &mut Vm) {
    let type_ = vm.classes.type_.clone();
    add_methods(&type_, "classmethod", &[("__new__", type_new_method)]);
    add_methods(
        &type_,
        "type",
        &[
            ("__init__", type_init_method),
            ("__call__", type_call_method),
        ],
    );
}

impl Vm {
    /// Whether `class` derives from `type` without being `type`.
    pub fn is_user_metaclass(&self, class: &ObjRef) -> bool {
        !Rc::ptr_eq(class, &self.classes.type_)
            && matches!(&**class, Object::Type(_))
            && TypeObject::is_subtype(class, &self.classes.type_)
    }

    /// The metaclass of a class statement: `explicit`, or the most derived
    /// metaclass among the classes of the bases.
    pub fn calculate_metaclass(&self, explicit: Option<Value>, bases: &[Value]) -> PyResult<Value> {
        let mut winner = match explicit {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => Value::Obj(self.classes.class_of(b)),
                None => Value::Obj(self.classes.type_.clone()),
            },
        };
        let Some(mut w) = winner
            .as_obj()
            .filter(|o| matches!(&***o, Object::Type(_)))
            .cloned()
        else {
            return Ok(winner);
        };
        for b in bases {
            let t = self.classes.class_of(b);
            if TypeObject::is_subtype(&w, &t) {
                continue;
            }
            if TypeObject::is_subtype(&t, &w) {
                w = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        winner = Value::Obj(w);
        Ok(winner)
    }

    /// `type.__new__(meta, name, bases, ns)`: a class whose metaclass is `meta`.
    pub fn type_new_with_meta(
        &mut self,
        meta: &ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let class = self.type_new(meta, args, kwargs)?;
        if self.is_user_metaclass(meta) {
            if let Some(Object::Type(t)) = class.as_obj().map(|o| &**o) {
                *t.metaclass.borrow_mut() = Some(meta.clone());
            }
        }
        Ok(class)
    }

    /// Calls a metaclass: its `__new__` makes the class, and its `__init__`
    /// runs when the result is an instance of it.
    pub fn call_metaclass(
        &mut self,
        meta: &ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let new = lookup(meta, "__new__");
        let obj = match new.as_ref().and_then(|n| n.as_obj()).map(|o| &**o) {
            Some(Object::Native(crate::interp::descriptors::Native::StaticMethod(f))) => {
                let mut all = vec![Value::Obj(meta.clone())];
                all.extend_from_slice(args);
                let f = f.clone();
                self.call(&f, &all, kwargs)?
            }
            Some(Object::Function(_)) => {
                let mut all = vec![Value::Obj(meta.clone())];
                all.extend_from_slice(args);
                let f = new.clone().unwrap_or_default();
                self.call(&f, &all, kwargs)?
            }
            _ => {
                if args.len() != 3 {
                    return Err(self.type_error("type() takes 1 or 3 arguments"));
                }
                self.type_new_with_meta(meta, args, kwargs)?
            }
        };
        if self.isinstance(&obj, meta) {
            if let Some(init) = lookup(meta, "__init__") {
                if matches!(init.as_obj().map(|o| &**o), Some(Object::Function(_))) {
                    let mut all = vec![obj.clone()];
                    all.extend_from_slice(args);
                    self.call(&init, &all, kwargs)?;
                }
            }
        }
        Ok(obj)
    }

    /// Calling a class whose metaclass defines `__call__` in Python runs it.
    pub fn metaclass_call_hook(
        &mut self,
        class: &ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Option<Value>> {
        if std::mem::take(&mut self.class_state.bypass_meta_call) {
            return Ok(None);
        }
        let meta = type_data(class).metaclass.borrow().clone();
        let Some(meta) = meta else {
            return Ok(None);
        };
        let Some(call) = lookup(&meta, "__call__") else {
            return Ok(None);
        };
        if !matches!(call.as_obj().map(|o| &**o), Some(Object::Function(_))) {
            return Ok(None);
        }
        let mut all = vec![Value::Obj(class.clone())];
        all.extend_from_slice(args);
        self.call(&call, &all, kwargs).map(Some)
    }
}

/// `type.__new__(meta, name, bases, ns)` (also `type.__new__(type, obj)`).
fn type_new_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let (meta, rest) = match args.split_first() {
        Some((m, rest)) => (m.clone(), rest),
        None => (this.clone(), args),
    };
    let Some(meta) = meta
        .as_obj()
        .filter(|o| matches!(&***o, Object::Type(_)))
        .cloned()
    else {
        return Err(vm.type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            vm.classes.type_name(&meta)
        )));
    };
    match rest {
        [obj] => Ok(Value::Obj(vm.classes.class_of(obj))),
        [_, _, _] => vm.type_new_with_meta(&meta, rest, kwargs),
        _ => Err(vm.type_error("type.__new__() takes exactly 3 arguments")),
    }
}

/// `type.__init__(cls, ...)`: nothing to do.
fn type_init_method(_: &mut Vm, _: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwargs)`: makes an instance the usual way
/// (a metaclass `__call__` that calls `super().__call__` ends here).
fn type_call_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let (cls, rest) = crate::interp::descriptors::bound(this, args);
    let Some(class) = cls
        .as_obj()
        .filter(|o| matches!(&***o, Object::Type(_)))
        .cloned()
    else {
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            vm.classes.type_name(cls)
        )));
    };
    vm.class_state.bypass_meta_call = true;
    let r = vm.instantiate(&class, rest, kwargs);
    vm.class_state.bypass_meta_call = false;
    r
}

impl Vm {
    /// `repr()` of a class whose metaclass defines `__repr__` in Python.
    pub fn metaclass_repr(&mut self, class: &Value) -> PyResult<Option<Value>> {
        let Some(Object::Type(t)) = class.as_obj().map(|o| &**o) else {
            return Ok(None);
        };
        let Some(meta) = t.metaclass.borrow().clone() else {
            return Ok(None);
        };
        match lookup(&meta, "__repr__") {
            Some(f) if matches!(f.as_obj().map(|o| &**o), Some(Object::Function(_))) => {
                self.call(&f, std::slice::from_ref(class), &[]).map(Some)
            }
            _ => Ok(None),
        }
    }
}
