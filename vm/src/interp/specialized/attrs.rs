//! Specialized name and attribute access: `LOAD_GLOBAL_{MODULE,BUILTIN}`,
//! `LOAD_ATTR_*`, `STORE_ATTR_{WITH_HINT,SLOT}` and `LOAD_SUPER_ATTR_*`.
//!
//! Our object model differs from CPython's where these uops look:
//!
//! - instances keep their attributes in a materialized `__dict__`, never in
//!   "inline values" nor in `__slots__` members at byte offsets, so the uops that
//!   read or check those deoptimize;
//! - dict entries are kept in insertion order with their positions, so the
//!   "hint" and "index" caches (a position in a dict's entries) are meaningful;
//! - version guards follow [`super::version_is_current`] (they deoptimize).

use super::guards::{check, obj};
use super::{calls, check_version, co_name, VersionKind};
use crate::interp::frame::Frame;
use crate::interp::generated::{Call, Deopt, DeoptOr};
use crate::interp::Vm;
use crate::object::types::lookup;
use crate::object::{ObjRef, Object, PyErr, Value};
use std::rc::Rc;

/// The value at position `index` of a dict's entries, when that entry is live.
fn entry_value(dict: &Object, index: usize) -> Option<(Value, Value)> {
    let Object::Dict(d) = dict else {
        return None;
    };
    let d = d.borrow();
    let (at, entry) = d.entry_at(index)?;
    (at == index).then(|| (entry.key.clone(), entry.value.clone()))
}

/// Whether an object keeps valid inline attribute values: never in this VM
/// (instances always have a materialized `__dict__`).
fn inline_values_valid(owner: &Value) -> bool {
    let _ = owner;
    false
}

/// `_GUARD_GLOBALS_VERSION`: the globals are an exact dict whose keys version
/// is the cached one.
pub fn guard_globals_version(vm: &Vm, version: u16) -> Result<(), Deopt> {
    check(matches!(&*vm.frame().globals, Object::Dict(_)))?;
    check_version(VersionKind::DictKeys, u64::from(version))
}

/// `_LOAD_GLOBAL_MODULE` / `_LOAD_GLOBAL_BUILTINS`: the value at entry `index`
/// of the globals (or builtins) dict, whose keys version is the cached one.
pub fn load_global(vm: &Vm, builtins: bool, version: u16, index: u16) -> Result<Value, Deopt> {
    let dict: ObjRef = if builtins {
        vm.builtins.clone()
    } else {
        vm.frame().globals.clone()
    };
    check(matches!(&*dict, Object::Dict(_)))?;
    check_version(VersionKind::DictKeys, u64::from(version))?;
    match entry_value(&dict, usize::from(index)) {
        Some((_, v)) if !v.is_null() => Ok(v),
        _ => Err(Deopt),
    }
}

/// `_GUARD_TYPE_VERSION` / `_GUARD_TYPE_VERSION_AND_LOCK`: the owner's type is
/// unchanged since specialization.
pub fn guard_type_version(type_version: u32, owner: &Value) -> Result<(), Deopt> {
    let _ = owner;
    check_version(VersionKind::Type, u64::from(type_version))
}

/// `_CHECK_ATTR_CLASS`: the owner is a class of the cached version.
pub fn check_attr_class(type_version: u32, owner: &Value) -> Result<(), Deopt> {
    check(matches!(obj(owner), Some(Object::Type(_))))?;
    check_version(VersionKind::Type, u64::from(type_version))
}

/// `_GUARD_KEYS_VERSION`: the type's shared instance keys are unchanged.
pub fn guard_keys_version(keys_version: u32, owner: &Value) -> Result<(), Deopt> {
    let _ = owner;
    check_version(VersionKind::DictKeys, u64::from(keys_version))
}

/// `_CHECK_MANAGED_OBJECT_HAS_VALUES`, `_GUARD_DORV_VALUES_INST_ATTR_FROM_DICT`:
/// the attributes are in valid inline values (never here).
pub fn check_inline_values(owner: &Value) -> Result<(), Deopt> {
    check(inline_values_valid(owner))
}

/// `_GUARD_DORV_NO_DICT`: no `__dict__` was materialized and the inline values
/// are in use (never here: an instance's `__dict__` always exists).
pub fn guard_no_dict(owner: &Value) -> Result<(), Deopt> {
    let has_dict = matches!(obj(owner), Some(Object::Instance(_)));
    check(!has_dict && inline_values_valid(owner))
}

/// `_LOAD_ATTR_INSTANCE_VALUE`: the inline value slot at byte `offset`; our
/// instances have no inline slots, so the value is never there.
pub fn load_instance_value(offset: u16, owner: &Value) -> Result<Value, Deopt> {
    let _ = (offset, owner);
    Err(Deopt)
}

/// `_LOAD_ATTR_SLOT`: the `__slots__` member at byte `index`; our objects have
/// no slot members, so the value is never there.
pub fn load_slot(index: u16, owner: &Value) -> Result<Value, Deopt> {
    let _ = (index, owner);
    Err(Deopt)
}

/// `_STORE_ATTR_SLOT`: stores into the `__slots__` member at byte `index`; our
/// objects have no slot members, so the generic path stores the attribute.
pub fn store_slot(index: u16, value: &Value, owner: &Value) -> Result<(), Deopt> {
    let _ = (index, value, owner);
    Err(Deopt)
}

/// `_LOAD_ATTR_MODULE`: entry `index` of a plain module's dict, whose keys
/// version is the cached one.
pub fn load_module_attr(dict_version: u32, index: u16, owner: &Value) -> Result<Value, Deopt> {
    let Some(Object::Module(m)) = obj(owner) else {
        return Err(Deopt);
    };
    check_version(VersionKind::DictKeys, u64::from(dict_version))?;
    match entry_value(&m.dict, usize::from(index)) {
        Some((_, v)) if !v.is_null() => Ok(v),
        _ => Err(Deopt),
    }
}

/// The instance `__dict__` and the value at its entry `hint`, if that entry's
/// key is `name`.
fn hinted_entry(owner: &Value, hint: u16, name: &str) -> Option<(ObjRef, Value)> {
    let Some(Object::Instance(i)) = obj(owner) else {
        return None;
    };
    let (key, value) = entry_value(&i.dict, usize::from(hint))?;
    let same = key.as_str().and_then(|k| k.as_str()) == Some(name);
    (same && !value.is_null()).then(|| (i.dict.clone(), value))
}

/// `_LOAD_ATTR_WITH_HINT`: the attribute `co_names[oparg >> 1]` at entry
/// `hint` of the instance `__dict__`.
pub fn load_with_hint(vm: &Vm, oparg: u32, hint: u16, owner: &Value) -> Result<Value, Deopt> {
    let name = co_name(vm, oparg >> 1);
    hinted_entry(owner, hint, &name)
        .map(|(_, v)| v)
        .ok_or(Deopt)
}

/// `_STORE_ATTR_WITH_HINT`: replaces the value of the existing attribute
/// `co_names[oparg]` at entry `hint` of the instance `__dict__` (a new
/// attribute needs the generic path).
pub fn store_with_hint(
    vm: &mut Vm,
    oparg: u32,
    hint: u16,
    value: &mut Value,
    owner: &Value,
) -> Result<(), Deopt> {
    let name = co_name(vm, oparg);
    let (dict, _) = hinted_entry(owner, hint, &name).ok_or(Deopt)?;
    let Object::Dict(d) = &*dict else {
        return Err(Deopt);
    };
    let hash = crate::interp::hash::str_hash(&name);
    let value = std::mem::take(value);
    // The key is present, so this replaces its value in place.
    d.borrow_mut().insert(hash, Value::str(&name), value, |k| {
        k.as_str().and_then(|s| s.as_str()) == Some(name.as_str())
    });
    Ok(())
}

/// The class attribute `co_names[oparg >> 1]` of the owner's type: what CPython
/// caches in `descr` when it specializes (the type version guard before these
/// uops vouches that it is still there). `None` if it has gone.
fn class_attr(vm: &Vm, oparg: u32, owner: &Value) -> Value {
    let name = co_name(vm, oparg >> 1);
    let class = vm.classes.class_of(owner);
    lookup(&class, &name).unwrap_or(Value::None)
}

/// `_LOAD_ATTR_METHOD_WITH_VALUES`, `_LOAD_ATTR_METHOD_NO_DICT`,
/// `_LOAD_ATTR_METHOD_LAZY_DICT`: the method found on the class, and the
/// owner as `self`.
pub fn load_method(vm: &Vm, oparg: u32, descr: u64, owner: Value) -> (Value, Value) {
    let _ = descr;
    (class_attr(vm, oparg, &owner), owner)
}

/// `_LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES`, `_LOAD_ATTR_NONDESCRIPTOR_NO_DICT`:
/// the class attribute itself (not a descriptor, not shadowed by the instance).
pub fn load_nondescriptor(vm: &Vm, oparg: u32, descr: u64, owner: Value) -> Value {
    let _ = descr;
    class_attr(vm, oparg, &owner)
}

/// `_CHECK_ATTR_METHOD_LAZY_DICT`: the instance `__dict__` has not been made
/// yet. Our instances make it with the instance, and other objects have no
/// `__dict__` slot at `dictoffset`, so the check fails.
pub fn check_lazy_dict(dictoffset: u16, owner: &Value) -> Result<(), Deopt> {
    let _ = (dictoffset, owner);
    Err(Deopt)
}

/// `_LOAD_ATTR_PROPERTY_FRAME`: calls the property getter CPython cached in
/// `fget` (an address) in a new frame. That getter cannot be verified to be the
/// property's current one (the type version guard before this uop never
/// passes here, and the address cannot be followed), so deoptimize: the generic
/// `LOAD_ATTR` calls the property.
pub fn property_frame(oparg: u32, fget: u64, owner: &Value) -> Result<Box<Frame>, Deopt> {
    let _ = (oparg, fget, owner);
    Err(Deopt)
}

/// `LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN`: calls the type's Python
/// `__getattribute__(owner, name)` in a new frame, when the type and the
/// function are of the cached versions (`getattribute` itself is found by name).
pub fn getattribute_overridden(
    vm: &mut Vm,
    oparg: u32,
    type_version: u32,
    func_version: u32,
    getattribute: u64,
    owner: &mut Value,
) -> Result<Call<Value, Box<Frame>>, Deopt> {
    let _ = getattribute;
    check_version(VersionKind::Type, u64::from(type_version))?;
    let class = vm.classes.class_of(owner);
    let func = lookup(&class, "__getattribute__").ok_or(Deopt)?;
    check_version(VersionKind::Function, u64::from(func_version))?;
    let name = Value::str(&co_name(vm, oparg >> 1));
    match calls::simple_frame(vm, &func, vec![std::mem::take(owner), name]) {
        Ok(frame) => Ok(Call::Push(frame)),
        Err(mut args) => {
            // Not a plain two-parameter function: the owner goes back for the generic path.
            *owner = std::mem::take(&mut args[0]);
            Err(Deopt)
        }
    }
}

/// The guard of `LOAD_SUPER_ATTR_*`: `global_super` is the builtin `super`
/// type and `class` is a class.
fn super_guard(vm: &Vm, global_super: &Value, class: &Value) -> Result<(), Deopt> {
    let is_super = match (vm.classes.by_name.get("super"), global_super.as_obj()) {
        (Some(s), Some(g)) => Rc::ptr_eq(s, g),
        _ => false,
    };
    check(is_super && matches!(obj(class), Some(Object::Type(_))))
}

/// `super(class, self)`, made the generic way.
fn make_super(
    vm: &mut Vm,
    global_super: &Value,
    class: &Value,
    this: &Value,
) -> Result<Value, PyErr> {
    vm.call(global_super, &[class.clone(), this.clone()], &[])
}

/// `LOAD_SUPER_ATTR_ATTR`: `super(class, self).name`.
pub fn super_attr(
    vm: &mut Vm,
    oparg: u32,
    global_super: &Value,
    class: &Value,
    this: &Value,
) -> Result<Value, DeoptOr<PyErr>> {
    super_guard(vm, global_super, class).map_err(|_| DeoptOr::Deopt)?;
    let sup = make_super(vm, global_super, class, this)?;
    let name = co_name(vm, oparg >> 2);
    Ok(vm.getattr(&sup, &name)?)
}

/// `LOAD_SUPER_ATTR_METHOD`: `super(class, self).name` as a method load: a
/// function bound to `self` is pushed unbound with `self`, anything else with NULL.
pub fn super_method(
    vm: &mut Vm,
    oparg: u32,
    global_super: &Value,
    class: &Value,
    this: &Value,
) -> Result<(Value, Value), DeoptOr<PyErr>> {
    super_guard(vm, global_super, class).map_err(|_| DeoptOr::Deopt)?;
    let sup = make_super(vm, global_super, class, this)?;
    let name = co_name(vm, oparg >> 2);
    let attr = vm.getattr(&sup, &name)?;
    if let Some(Object::Method(bound, func)) = obj(&attr) {
        if bound.is(this) {
            return Ok((func.clone(), this.clone()));
        }
    }
    Ok((attr, Value::Null))
}
