//! Exception groups: `BaseExceptionGroup` and `ExceptionGroup`.
//!
//! - this module: construction with CPython's checks (`__new__`, `__init__`),
//!   `message`, `exceptions` and `str()`;
//! - [`split`]: `split`, `subgroup` and `derive`, and the recursive split
//!   the interpreter shares with them;
//! - [`star`]: what `except*` compiles to: `CHECK_EG_MATCH` and the
//!   `PREP_RERAISE_STAR` intrinsic.
//!
//! A group is an ordinary exception instance whose
//! [`ExceptionData::group`] holds the `message` and the `exceptions` tuple
//! its constructor validated; `args` stays what the constructor was given.

pub mod split;
pub mod star;

use crate::interp::descriptors::{add_methods, bound, Native};
use crate::interp::Vm;
use crate::object::exception::{ExceptionData, GroupParts};
use crate::object::types::{lookup, type_data, Builtin as Kind};
use crate::object::{Builtin, ObjRef, Object, PyErr, PyResult, TypeObject, Value};

type Kwargs<'a> = &'a [(Value, Value)];

/// The owner name the group methods report in their messages.
const OWNER: &str = "BaseExceptionGroup";

/// Installs `__new__`, `__init__`, `split`, `subgroup` and `derive` on
/// `BaseExceptionGroup` (`ExceptionGroup` inherits them).
pub fn install(vm: &mut Vm) {
    let base = vm.classes.named(OWNER).clone();
    add_methods(
        &base,
        OWNER,
        &[
            ("__init__", group_init),
            ("split", split::split_method),
            ("subgroup", split::subgroup_method),
            ("derive", split::derive_method),
        ],
    );
    let new = Value::obj(Object::Builtin(Builtin {
        name: "__new__",
        func: group_new,
        this: Value::Null,
        owner: Some(OWNER),
    }));
    let new = Value::obj(Object::Native(Native::StaticMethod(new)));
    let hash = crate::interp::hash::str_hash("__new__");
    type_data(&base)
        .dict
        .borrow_mut()
        .insert(hash, Value::str("__new__"), new, |k| {
            k.as_str().is_some_and(|s| s.as_str() == Some("__new__"))
        });
}

/// The exception data of `v`, if it is an exception instance.
pub fn exc_data(v: &Value) -> Option<&ExceptionData> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Exception(e)) => Some(e),
        _ => None,
    }
}

/// Whether `v` is an instance of `BaseExceptionGroup`.
pub fn is_group(vm: &Vm, v: &Value) -> bool {
    exc_data(v).is_some_and(|e| TypeObject::is_subtype(&e.class, vm.classes.named(OWNER)))
}

/// The sub-exceptions of a group, in order (empty for anything else).
pub fn members(v: &Value) -> Vec<Value> {
    let Some(parts) = exc_data(v).and_then(|e| e.group.get()) else {
        return Vec::new();
    };
    match parts.exceptions.as_obj().map(|o| &**o) {
        Some(Object::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}

/// `str()` of a group: `message (N sub-exception[s])`; `None` when `e` is not
/// a group made by the group constructor.
pub fn group_str(vm: &mut Vm, e: &ExceptionData) -> PyResult<Option<String>> {
    let Some(parts) = e.group.get() else {
        return Ok(None);
    };
    let message = parts.message.clone();
    let n = match parts.exceptions.as_obj().map(|o| &**o) {
        Some(Object::Tuple(items)) => items.len(),
        _ => 0,
    };
    let text = vm.str_of(&message)?;
    let s = if n > 1 { "s" } else { "" };
    Ok(Some(format!("{text} ({n} sub-exception{s})")))
}

/// The `message` or `exceptions` attribute of a group (`None` for a group
/// its constructor did not fill).
pub fn group_attr(e: &ExceptionData, name: &str) -> Value {
    match (e.group.get(), name) {
        (Some(parts), "message") => parts.message.clone(),
        (Some(parts), "exceptions") => parts.exceptions.clone(),
        _ => Value::None,
    }
}

/// The error for assigning `message` or `exceptions` of a group.
pub fn readonly_error(vm: &Vm) -> PyErr {
    vm.new_error("AttributeError", "readonly attribute")
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &mut Vm, _this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let Some((cls, rest)) = args.split_first() else {
        return Err(vm.type_error(format!("{OWNER}.__new__(): not enough arguments")));
    };
    let class = match cls.as_obj() {
        Some(o) if matches!(&**o, Object::Type(_)) => o.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "{OWNER}.__new__(X): X is not a type object ({})",
                vm.classes.type_name(cls)
            )))
        }
    };
    if !TypeObject::is_subtype(&class, vm.classes.named(OWNER)) {
        let name = type_data(&class).name.clone();
        return Err(vm.type_error(format!(
            "{OWNER}.__new__({name}): {name} is not a subtype of {OWNER}"
        )));
    }
    vm.new_group(&class, rest)
}

/// `BaseExceptionGroup.__init__(*args)`: no keyword arguments; sets `args`.
fn group_init(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (obj, rest) = bound(this, args);
    let Some(e) = exc_data(obj).filter(|_| is_group(vm, obj)) else {
        if obj.is_null() {
            return Err(vm.type_error(format!(
                "descriptor '__init__' of '{OWNER}' object needs an argument"
            )));
        }
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a '{OWNER}' object but received a '{}'",
            vm.classes.type_name(obj)
        )));
    };
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            type_data(&e.class).name
        )));
    }
    *e.args.borrow_mut() = Value::tuple(rest.to_vec());
    Ok(Value::None)
}

/// Whether `v` is a sequence as `PySequence_Check` sees it: it has
/// `__getitem__` and is not a mapping.
fn is_sequence(vm: &Vm, v: &Value) -> bool {
    match v.as_obj().map(|o| &**o) {
        Some(
            Object::Str(_)
            | Object::Bytes(_)
            | Object::ByteArray(_)
            | Object::Tuple(_)
            | Object::List(_)
            | Object::Range(..)
            | Object::BigRange(_),
        ) => true,
        Some(Object::Instance(i)) => {
            let dict = vm.classes.of_kind(Kind::Dict);
            lookup(&i.class, "__getitem__").is_some() && !TypeObject::is_subtype(&i.class, dict)
        }
        _ => false,
    }
}

impl Vm {
    /// Calls of the builtin group classes themselves: `BaseExceptionGroup(...)`
    /// and `ExceptionGroup(...)`; `None` for any other class.
    pub fn construct_group(
        &mut self,
        class: &ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Option<Value>> {
        if !TypeObject::is_subtype(class, self.classes.named(OWNER)) {
            return Ok(None);
        }
        let group = self.new_group(class, args)?;
        if !kwargs.is_empty() {
            return Err(self.type_error(format!(
                "{}() takes no keyword arguments",
                self.classes.type_name(&group)
            )));
        }
        Ok(Some(group))
    }

    /// A new group of class `class` (or `ExceptionGroup`, when `class` is
    /// `BaseExceptionGroup` and every member is an `Exception`), with
    /// CPython's checks of `(message, exceptions)`.
    pub fn new_group(&mut self, class: &ObjRef, args: &[Value]) -> PyResult<Value> {
        let [message, exceptions] = args else {
            return Err(self.type_error(format!(
                "{OWNER}.__new__() takes exactly 2 arguments ({} given)",
                args.len()
            )));
        };
        let str_class = self.classes.of_kind(Kind::Str).clone();
        if !self.isinstance(message, &str_class) {
            return Err(self.type_error(format!(
                "{OWNER}.__new__() argument 1 must be str, not {}",
                self.classes.type_name(message)
            )));
        }
        if !is_sequence(self, exceptions) {
            return Err(self.type_error("second argument (exceptions) must be a sequence"));
        }
        let items = self.collect(exceptions)?;
        if items.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let exception = self.classes.named("Exception").clone();
        let mut nested_base = false;
        for (i, item) in items.iter().enumerate() {
            if exc_data(item).is_none() {
                return Err(self.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            }
            if !self.isinstance(item, &exception) {
                nested_base = true;
            }
        }
        let group_class = self.classes.named("ExceptionGroup").clone();
        let base_class = self.classes.named(OWNER).clone();
        let mut class = class.clone();
        if std::rc::Rc::ptr_eq(&class, &group_class) {
            if nested_base {
                return Err(self.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
            }
        } else if std::rc::Rc::ptr_eq(&class, &base_class) {
            if !nested_base {
                class = group_class;
            }
        } else if nested_base && TypeObject::is_subtype(&class, &exception) {
            return Err(self.type_error(format!(
                "Cannot nest BaseExceptions in '{}'",
                type_data(&class).name
            )));
        }
        let group = self.new_exception(&class, args.to_vec());
        if let Some(e) = exc_data(&group) {
            let _ = e.group.set(GroupParts {
                message: message.clone(),
                exceptions: Value::tuple(items),
            });
        }
        Ok(group)
    }

    /// `BaseExceptionGroup(message, excs)` as the interpreter makes it for
    /// `except*` (an `ExceptionGroup` when every member is an `Exception`).
    pub fn make_group(&mut self, message: &str, excs: Value) -> PyResult<Value> {
        let base = self.classes.named(OWNER).clone();
        self.new_group(&base, &[Value::str(message), excs])
    }
}
