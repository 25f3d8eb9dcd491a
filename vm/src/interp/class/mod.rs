//! Classes beyond the basics: `__build_class__` (with the `__class__` cell
//! that zero-argument `super()` reads), `type(name, bases, ns)`, the methods
//! of `object` and `type`, user `__new__`, and class namespaces as
//! `mappingproxy` objects.
//!
//! - [`attr_hooks`]: `__getattribute__` and `__getattr__` of classes;
//! - [`attrs`]: special attributes of functions, methods, code, cells and
//!   exceptions; `vars()` and `dir()`;
//! - [`callex`]: calls with `*args` and `**kwargs`;
//! - [`reflected`]: which of a binary special method and its reflection goes
//!   first; `divmod()` through `__divmod__`/`__rdivmod__`;
//! - [`exceptions`]: the methods and derived attributes of exceptions;
//! - [`finalize`] runs `__del__`;
//! - [`meta`] has the metaclasses;
//! - [`subclass`] has the classes deriving from builtin types.

pub mod attr_hooks;
pub mod attrs;
pub mod callex;
pub mod exceptions;
pub mod finalize;
pub mod meta;
pub mod reflected;
pub mod rename;
pub mod subclass;

use super::descriptors::{add_methods, as_native, Native, SlotAttr, SlotKind};
use super::ops::dict_set_str;
use super::Vm;
use crate::object::types::{lookup, new_qualified_class, type_data, Builtin as Kind};
use crate::object::{Dict, Instance, ObjRef, Object, PyResult, TypeObject, Value};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

type Kwargs<'a> = &'a [(Value, Value)];

/// Class bookkeeping the type objects do not hold themselves.
#[derive(Default)]
pub struct ClassState {
    /// (base, subclass) pairs, for `__subclasses__()`.
    pub subclasses: Vec<(Weak<Object>, Weak<Object>)>,
    /// The builtin values instances of builtin subclasses carry.
    pub payloads: subclass::Payloads,
    /// Set by `type.__call__`: the next instantiation skips the metaclass `__call__`.
    pub bypass_meta_call: bool,
}

/// Installs the methods of `object`, `type` and `BaseException`, and the
/// builtins of this module.
pub fn install(vm: &mut Vm) {
    let object = vm.classes.object.clone();
    add_methods(
        &object,
        "object",
        &[
            ("__init__", object_init),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__getattribute__", object_getattribute),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__format__", object_format),
            ("__dir__", object_dir),
        ],
    );
    add_methods(
        &object,
        "classmethod",
        &[
            ("__init_subclass__", object_init_subclass),
            ("__new__", object_new_method),
        ],
    );
    let type_ = vm.classes.type_.clone();
    add_methods(
        &type_,
        "type",
        &[("mro", type_mro), ("__subclasses__", type_subclasses)],
    );
    exceptions::install(vm);
    meta::install(vm);
    let builtins = Value::Obj(vm.builtins.clone());
    let functions: &[(&'static str, crate::object::NativeFn)] = &[
        ("__build_class__", build_class),
        ("vars", attrs::vars),
        ("dir", attrs::dir),
    ];
    for (name, func) in functions {
        let f = Value::obj(Object::Builtin(crate::object::Builtin {
            name,
            func: *func,
            this: Value::Null,
            owner: None,
        }));
        let _ = dict_set_str(vm, &builtins, name, f);
    }
    for (name, func) in [
        ("globals", attrs::globals as crate::object::NativeFn),
        ("locals", attrs::locals),
    ] {
        let present = matches!(vm.dict_get(&builtins, &Value::str(name)), Ok(Some(_)));
        if !present {
            let f = Value::obj(Object::Builtin(crate::object::Builtin {
                name,
                func,
                this: Value::Null,
                owner: None,
            }));
            let _ = dict_set_str(vm, &builtins, name, f);
        }
    }
}

fn str_key(k: &Value) -> Option<&str> {
    k.as_str().and_then(|s| s.as_str())
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Some(func) = args[0]
        .as_obj()
        .filter(|o| matches!(&***o, Object::Function(_)))
        .cloned()
    else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let Object::Function(f) = &*func else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let Some(name) = args[1].as_str().map(|s| s.to_string_lossy().into_owned()) else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let mut metaclass = None;
    let mut class_kwargs = Vec::new();
    for (k, v) in kwargs {
        if str_key(k) == Some("metaclass") {
            metaclass = Some(v.clone());
        } else {
            class_kwargs.push((k.clone(), v.clone()));
        }
    }
    let orig_bases = &args[2..];
    let resolved = super::generic_alias::resolve_bases(vm, orig_bases)?;
    let bases: Vec<Value> = resolved.clone().unwrap_or_else(|| orig_bases.to_vec());
    let meta = vm.calculate_metaclass(metaclass.take(), &bases)?;
    let plain = meta.is(&Value::Obj(vm.classes.type_.clone()));
    let mut namespace = Value::dict(Dict::new());
    if !plain {
        if let Some(prepare) = vm.lookup_attr(&meta, "__prepare__")? {
            let bases_t = Value::tuple(bases.clone());
            namespace = vm.call(&prepare, &[args[1].clone(), bases_t], &class_kwargs)?;
        }
    }
    if resolved.is_some() {
        super::generic_alias::set_orig_bases(vm, &namespace, orig_bases)?;
    }
    let mut frame = vm.bind_arguments(&func, f, &[], &[])?;
    frame.locals = Some(namespace.clone());
    let cell = vm.run_frame(frame)?;
    let class = match meta {
        meta if !plain => {
            let bases_t = Value::tuple(bases);
            vm.call(&meta, &[args[1].clone(), bases_t, namespace], &class_kwargs)?
        }
        _ => {
            let bases = vm.class_bases(&bases)?;
            let ns = match namespace.as_obj().map(|o| &**o) {
                Some(Object::Dict(d)) => d.borrow().clone(),
                _ => Dict::new(),
            };
            Value::Obj(vm.create_class(&name, bases, ns, &class_kwargs)?)
        }
    };
    if let Some(Object::Cell(c)) = cell.as_obj().map(|o| &**o) {
        *c.borrow_mut() = class.clone();
    }
    Ok(class)
}

impl Vm {
    /// The bases of a class statement, checked to be classes.
    fn class_bases(&mut self, bases: &[Value]) -> PyResult<Vec<ObjRef>> {
        let mut out = Vec::new();
        for b in bases {
            match b.as_obj() {
                Some(o) if matches!(&**o, Object::Type(_)) => out.push(o.clone()),
                // The type of a base that is not a class is no metaclass:
                // CPython's metaclass calculation fails first.
                _ => {
                    return Err(self.type_error(
                        "metaclass conflict: the metaclass of a derived class must be a \
                         (non-strict) subclass of the metaclasses of all its bases",
                    ))
                }
            }
        }
        Ok(out)
    }

    /// `type(name, bases, ns)`.
    pub fn type_new(
        &mut self,
        _metatype: &ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let Some(name) = args[0].as_str().map(|s| s.to_string_lossy().into_owned()) else {
            return Err(self.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                self.classes.type_name(&args[0])
            )));
        };
        let bases = match args[1].as_obj().map(|o| &**o) {
            Some(Object::Tuple(t)) => t.to_vec(),
            _ => {
                return Err(self.type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    self.classes.type_name(&args[1])
                )))
            }
        };
        let ns = match args[2].as_obj().map(|o| &**o) {
            Some(Object::Dict(d)) => d.borrow().clone(),
            _ => {
                return Err(self.type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    self.classes.type_name(&args[2])
                )))
            }
        };
        let bases = self.class_bases(&bases)?;
        Ok(Value::Obj(self.create_class(&name, bases, ns, kwargs)?))
    }

    /// Makes a class from its namespace, as `type.__new__` does: `__qualname__`,
    /// `__module__`, `__doc__`, implicit `staticmethod`/`classmethod`, `__hash__`
    /// cleared by `__eq__`, `__set_name__` and `__init_subclass__`.
    pub fn create_class(
        &mut self,
        name: &str,
        mut bases: Vec<ObjRef>,
        mut ns: Dict,
        kwargs: &[(Value, Value)],
    ) -> PyResult<ObjRef> {
        let get = |ns: &Dict, key: &str| {
            ns.get(super::hash::str_hash(key), |k| str_key(k) == Some(key))
                .cloned()
        };
        let remove = |ns: &mut Dict, key: &str| {
            ns.remove(super::hash::str_hash(key), |k| str_key(k) == Some(key))
                .map(|e| e.value)
        };
        let set = |ns: &mut Dict, key: &str, value: Value| {
            ns.insert(super::hash::str_hash(key), Value::str(key), value, |k| {
                str_key(k) == Some(key)
            });
        };
        let qualname = match remove(&mut ns, "__qualname__") {
            None => name.to_string(),
            Some(q) => match q.as_str() {
                Some(s) => s.to_string_lossy().into_owned(),
                None => {
                    return Err(self.type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        self.classes.type_name(&q)
                    )))
                }
            },
        };
        let classcell = remove(&mut ns, "__classcell__");
        let classdictcell = remove(&mut ns, "__classdictcell__");
        let module = match get(&ns, "__module__") {
            Some(m) => self.str_of(&m)?,
            None => {
                let globals = Value::Obj(self.frame().globals.clone());
                let m = self
                    .dict_get(&globals, &Value::str("__name__"))?
                    .unwrap_or(Value::str("builtins"));
                set(&mut ns, "__module__", m.clone());
                self.str_of(&m)?
            }
        };
        let is_function = |v: &Value| matches!(v.as_obj().map(|o| &**o), Some(Object::Function(_)));
        if let Some(new) = get(&ns, "__new__").filter(is_function) {
            set(
                &mut ns,
                "__new__",
                Value::obj(Object::Native(Native::StaticMethod(new))),
            );
        }
        for key in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = get(&ns, key).filter(is_function) {
                set(
                    &mut ns,
                    key,
                    Value::obj(Object::Native(Native::ClassMethod(f))),
                );
            }
        }
        self.add_layout_attrs(name, &bases, &mut ns)?;
        if get(&ns, "__doc__").is_none() {
            set(&mut ns, "__doc__", Value::None);
        }
        if get(&ns, "__eq__").is_some() && get(&ns, "__hash__").is_none() {
            set(&mut ns, "__hash__", Value::None);
        }
        for (i, b) in bases.iter().enumerate() {
            let t = type_data(b);
            if t.module == "builtins"
                && matches!(
                    t.builtin,
                    Kind::Bool
                        | Kind::NoneType
                        | Kind::Function
                        | Kind::BuiltinFunction
                        | Kind::Method
                        | Kind::Code
                        | Kind::Cell
                        | Kind::Slice
                        | Kind::Range
                        | Kind::Iterator
                        | Kind::NotImplementedType
                        | Kind::Ellipsis
                )
                || (t.module == "builtins"
                    && t.builtin == Kind::Object
                    && !Rc::ptr_eq(b, &self.classes.object))
            {
                return Err(
                    self.type_error(format!("type '{}' is not an acceptable base type", t.name))
                );
            }
            if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
                return Err(self.type_error(format!("duplicate base class {}", t.name)));
            }
        }
        let mut kind = Kind::Object;
        for b in &bases {
            let k = type_data(b).builtin;
            if k == Kind::Object {
                continue;
            }
            if kind != Kind::Object
                && kind != k
                && !(matches!((kind, k), (Kind::Int, Kind::Bool) | (Kind::Bool, Kind::Int)))
            {
                return Err(self.type_error("multiple bases have instance lay-out conflict"));
            }
            kind = k;
        }
        if bases.is_empty() {
            bases.push(self.classes.object.clone());
        }
        let attrs: Vec<(Value, Value)> = ns
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        let class = new_qualified_class(name, &qualname, &module, bases.clone(), ns, kind)
            .map_err(|m| self.type_error(m))?;
        let class_value = Value::Obj(class.clone());
        if let Some(Object::Cell(c)) = classcell.as_ref().and_then(|c| c.as_obj()).map(|o| &**o) {
            *c.borrow_mut() = class_value.clone();
        }
        if let Some(Object::Cell(c)) = classdictcell
            .as_ref()
            .and_then(|c| c.as_obj())
            .map(|o| &**o)
        {
            *c.borrow_mut() = Value::obj(Object::Native(Native::MappingProxy(class.clone())));
        }
        for b in &bases {
            self.class_state
                .subclasses
                .push((Rc::downgrade(b), Rc::downgrade(&class)));
        }
        for (key, value) in attrs {
            let set_name = match value.as_obj().map(|o| &**o) {
                Some(Object::Native(Native::Property(_))) | Some(Object::Instance(_)) => {
                    self.lookup_attr(&value, "__set_name__")?
                }
                _ => None,
            };
            if let Some(m) = set_name {
                self.call(&m, &[class_value.clone(), key.clone()], &[])?;
            }
        }
        self.init_subclass(&class, kwargs)?;
        Ok(class)
    }

    /// The descriptors of the instance layout: one member per `__slots__`
    /// name, then `__dict__` and `__weakref__` when no base has them.
    fn add_layout_attrs(&mut self, name: &str, bases: &[ObjRef], ns: &mut Dict) -> PyResult<()> {
        let key_hash = |k: &str| super::hash::str_hash(k);
        let slot = |kind, attr: &str| {
            Value::obj(Object::Native(Native::Slot(SlotAttr {
                kind,
                name: attr.to_string(),
                owner: name.to_string(),
            })))
        };
        let mut want_dict = true;
        let mut want_weakref = true;
        let slots = ns
            .get(key_hash("__slots__"), |k| str_key(k) == Some("__slots__"))
            .cloned();
        if let Some(slots) = slots {
            want_dict = false;
            want_weakref = false;
            let names = match slots.as_str() {
                Some(_) => vec![slots.clone()],
                None => self.collect(&slots)?,
            };
            for n in names {
                let Some(text) = n.as_str().map(|s| s.to_string_lossy().into_owned()) else {
                    return Err(self.type_error(format!(
                        "__slots__ items must be strings, not '{}'",
                        self.classes.type_name(&n)
                    )));
                };
                match text.as_str() {
                    "__dict__" => want_dict = true,
                    "__weakref__" => want_weakref = true,
                    _ => {
                        let exists = ns
                            .get(key_hash(&text), |k| str_key(k) == Some(text.as_str()))
                            .is_some();
                        if exists {
                            return Err(self.value_error(format!(
                                "'{text}' in __slots__ conflicts with class variable"
                            )));
                        }
                        let t = text.clone();
                        ns.insert(
                            key_hash(&text),
                            Value::str(&text),
                            slot(SlotKind::Member, &text),
                            |k| str_key(k) == Some(t.as_str()),
                        );
                    }
                }
            }
        }
        let base_has = |attr: &str| {
            bases.iter().any(|b| {
                type_data(b).mro.borrow().iter().any(|c| {
                    let t = type_data(c);
                    (attr == "__dict__" && t.builtin == Kind::Exception)
                        || t.dict
                            .borrow()
                            .get(key_hash(attr), |k| str_key(k) == Some(attr))
                            .is_some()
                })
            })
        };
        for (attr, kind, wanted) in [
            ("__dict__", SlotKind::Dict, want_dict),
            ("__weakref__", SlotKind::Weakref, want_weakref),
        ] {
            if wanted && !base_has(attr) {
                ns.insert(key_hash(attr), Value::str(attr), slot(kind, attr), |k| {
                    str_key(k) == Some(attr)
                });
            }
        }
        Ok(())
    }

    fn init_subclass(&mut self, class: &ObjRef, kwargs: &[(Value, Value)]) -> PyResult<()> {
        let sup = self.make_super(class.clone(), Value::Obj(class.clone()))?;
        let Some(Native::Super(s)) = as_native(&sup) else {
            return Ok(());
        };
        match self.super_getattr(s, "__init_subclass__")? {
            Some(m) => {
                self.call(&m, &[], kwargs)?;
            }
            None => {
                if !kwargs.is_empty() {
                    return Err(self.type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        type_data(class).name
                    )));
                }
            }
        }
        Ok(())
    }

    /// Calls a Python class whose MRO has a Python `__new__`: `__new__` makes
    /// the object and `__init__` runs when it is an instance of the class.
    /// `None` when the class has no such `__new__`.
    pub fn instantiate_with_new(
        &mut self,
        class: &ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Option<Value>> {
        if self.is_user_metaclass(class) {
            return self.call_metaclass(class, args, kwargs).map(Some);
        }
        let Some(new) = lookup(class, "__new__") else {
            return self.instantiate_builtin_subclass(class, args, kwargs);
        };
        let func = match new.as_obj().map(|o| &**o) {
            Some(Object::Native(Native::StaticMethod(f))) => f.clone(),
            Some(Object::Function(_)) => new.clone(),
            _ => return self.instantiate_builtin_subclass(class, args, kwargs),
        };
        let mut all = vec![Value::Obj(class.clone())];
        all.extend_from_slice(args);
        let obj = self.call(&func, &all, kwargs)?;
        if !self.isinstance(&obj, class) {
            return Ok(Some(obj));
        }
        let obj_class = self.classes.class_of(&obj);
        if let Some(init) = lookup(&obj_class, "__init__") {
            let is_default = matches!(init.as_obj().map(|o| &**o), Some(Object::Builtin(b)) if b.owner == Some("object"));
            if !is_default {
                let bound = self.descr_get(&init, Some(&obj), &obj_class)?;
                let r = self.call(&bound, args, kwargs)?;
                if !matches!(r, Value::None) {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.classes.type_name(&r)
                    )));
                }
            }
        }
        Ok(Some(obj))
    }

    /// A bare instance of `class`, as `object.__new__(class)` makes it.
    pub fn bare_instance(&mut self, class: &ObjRef, args: &[Value]) -> PyResult<Value> {
        match type_data(class).builtin {
            Kind::Object => Ok(Value::obj(Object::Instance(Instance {
                class: class.clone(),
                dict: Rc::new(Object::Dict(RefCell::new(Dict::new()))),
            }))),
            Kind::Exception => Ok(self.new_exception(class, args.to_vec())),
            _ => self.new_subclass_instance(class, args, &[]),
        }
    }

    /// `setattr` without a class's `__setattr__`: data descriptors, `__slots__`,
    /// then the instance dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        let class = self.classes.class_of(obj);
        if let Some(attr) = lookup(&class, name) {
            if self.descr_set(&attr, obj, Some(value.clone()))? {
                return Ok(());
            }
        }
        match obj.as_obj().map(|o| &**o) {
            Some(Object::Instance(i)) => {
                if !self.slots_allow(&i.class, name) {
                    let class = type_data(&i.class).name.clone();
                    return Err(self.new_error(
                        "AttributeError",
                        &format!("'{class}' object has no attribute '{name}' and no __dict__ for setting new attributes"),
                    ));
                }
                dict_set_str(self, &Value::Obj(i.dict.clone()), name, value)
            }
            _ => self.setattr(obj, name, value),
        }
    }

    /// `delattr` without a class's `__delattr__`.
    pub fn generic_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let class = self.classes.class_of(obj);
        if let Some(attr) = lookup(&class, name) {
            if self.descr_set(&attr, obj, None)? {
                return Ok(());
            }
        }
        let dict = match obj.as_obj().map(|o| &**o) {
            Some(Object::Instance(i)) => i.dict.clone(),
            Some(Object::Exception(e)) => e.dict.clone(),
            Some(Object::Module(m)) => m.dict.clone(),
            _ => return Err(self.attribute_error(obj, name)),
        };
        let hash = super::hash::str_hash(name);
        if let Object::Dict(d) = &*dict {
            if d.borrow_mut()
                .remove(hash, |k| str_key(k) == Some(name))
                .is_some()
            {
                return Ok(());
            }
        }
        Err(self.attribute_error(obj, name))
    }

    /// Whether instances of `class` may get attribute `name` in their dict:
    /// not when every class of the MRO declares `__slots__` without it.
    fn slots_allow(&mut self, class: &ObjRef, name: &str) -> bool {
        let mro = type_data(class).mro.borrow().clone();
        let mut all_slotted = true;
        for c in &mro {
            if Rc::ptr_eq(c, &self.classes.object) {
                continue;
            }
            let slots = type_data(c)
                .dict
                .borrow()
                .get(super::hash::str_hash("__slots__"), |k| {
                    str_key(k) == Some("__slots__")
                })
                .cloned();
            match slots {
                None => all_slotted = false,
                Some(s) => {
                    let names = match s.as_str() {
                        Some(_) => vec![s.clone()],
                        None => self.collect(&s).unwrap_or_default(),
                    };
                    for n in names {
                        match str_key(&n) {
                            Some("__dict__") => return true,
                            Some(x) if x == name => return true,
                            _ => {}
                        }
                    }
                }
            }
        }
        !all_slotted
    }

    /// A class attribute read through the class: the MRO first (with the
    /// descriptor protocol), then the methods of `type`.
    pub fn class_getattr(&mut self, class: &ObjRef, name: &str) -> PyResult<Option<Value>> {
        if let Some(attr) = lookup(class, name) {
            return self.descr_get(&attr, None, class).map(Some);
        }
        let obj = Value::Obj(class.clone());
        let meta = self.classes.class_of(&obj);
        if let Some(attr) = lookup(&meta, name) {
            return self.descr_get(&attr, Some(&obj), &meta).map(Some);
        }
        Ok(None)
    }

    /// Attributes every class has, found before its namespace: `__base__`,
    /// `__dict__`, `__doc__`.
    pub fn type_special_attr(&mut self, class: &ObjRef, name: &str) -> PyResult<Option<Value>> {
        let t = type_data(class);
        Ok(match name {
            "__base__" => Some(match t.bases.first() {
                Some(b) => Value::Obj(b.clone()),
                None => Value::None,
            }),
            "__dict__" => Some(Value::obj(Object::Native(Native::MappingProxy(
                class.clone(),
            )))),
            "__doc__" => Some(
                t.dict
                    .borrow()
                    .get(super::hash::str_hash("__doc__"), |k| {
                        str_key(k) == Some("__doc__")
                    })
                    .cloned()
                    .unwrap_or(Value::None),
            ),
            "__annotations__" => Some(self.class_annotations(class)?),
            "__class__" => Some(Value::Obj(
                self.classes.class_of(&Value::Obj(class.clone())),
            )),
            _ => None,
        })
    }

    /// A copy of a class namespace as a dict value.
    pub fn class_dict_value(&self, class: &ObjRef) -> Value {
        Value::dict(type_data(class).dict.borrow().clone())
    }
}

fn this_class(vm: &Vm, this: &Value) -> PyResult<ObjRef> {
    match this.as_obj() {
        Some(o) if matches!(&**o, Object::Type(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'type' object but received a '{}'",
            vm.classes.type_name(this)
        ))),
    }
}

fn type_mro(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    let class = this_class(vm, this)?;
    let mro = type_data(&class).mro.borrow().clone();
    Ok(Value::list(mro.into_iter().map(Value::Obj).collect()))
}

fn type_subclasses(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    let class = this_class(vm, this)?;
    vm.class_state
        .subclasses
        .retain(|(b, s)| b.strong_count() > 0 && s.strong_count() > 0);
    let subs = vm
        .class_state
        .subclasses
        .iter()
        .filter(|(b, _)| b.upgrade().is_some_and(|b| Rc::ptr_eq(&b, &class)))
        .filter_map(|(_, s)| s.upgrade())
        .map(Value::Obj)
        .collect();
    Ok(Value::list(subs))
}

fn first_arg<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    args.first()
        .ok_or_else(|| vm.type_error(format!("unbound method object.{name}() needs an argument")))
}

/// `object.__init__`: takes no arguments beyond the instance.
fn object_init(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let extra = if this.is_null() {
        args.len().saturating_sub(1)
    } else {
        args.len()
    };
    if (extra > 0 || !kwargs.is_empty()) && vm.init_payload(this, args, kwargs)? {
        return Ok(Value::None);
    }
    if extra > 0 || !kwargs.is_empty() {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::None)
}

/// `object.__new__(cls, ...)`.
fn object_new_method(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (cls, rest) = match args.split_first() {
        Some((c, rest)) => (c.clone(), rest),
        None => (this.clone(), args),
    };
    let Some(class) = cls
        .as_obj()
        .filter(|o| matches!(&***o, Object::Type(_)))
        .cloned()
    else {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.classes.type_name(&cls)
        )));
    };
    // `X.__new__(cls)`: `cls` must derive from `X` (the class the method was
    // found through); builtin types make their own values.
    if let Some(owner) = this.as_obj().filter(|o| matches!(&***o, Object::Type(_))) {
        let (cname, oname) = (
            type_data(&class).name.clone(),
            type_data(owner).name.clone(),
        );
        if !TypeObject::is_subtype(&class, owner) {
            return Err(vm.type_error(format!(
                "{oname}.__new__({cname}): {cname} is not a subtype of {oname}"
            )));
        }
        let t = type_data(&class);
        if t.module == "builtins" && !matches!(t.builtin, Kind::Object | Kind::Exception) {
            if Rc::ptr_eq(owner, &vm.classes.object) {
                return Err(vm.type_error(format!(
                    "object.__new__({cname}) is not safe, use {cname}.__new__()"
                )));
            }
            return crate::interp::builtins::construct(vm, &class, rest, &[]);
        }
    }
    let overrides = |name: &str| {
        lookup(&class, name).is_some_and(|i| {
            !matches!(i.as_obj().map(|o| &**o), Some(Object::Builtin(b)) if b.owner == Some("object") || b.owner == Some("classmethod"))
        })
    };
    if !rest.is_empty() && type_data(&class).builtin == Kind::Object {
        if overrides("__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides("__init__") {
            return Err(vm.type_error(format!("{}() takes no arguments", type_data(&class).name)));
        }
    }
    vm.bare_instance(&class, rest)
}

fn self_and_args<'a>(this: &'a Value, args: &'a [Value]) -> Option<(&'a Value, &'a [Value])> {
    if this.is_null() {
        args.split_first()
    } else {
        Some((this, args))
    }
}

fn object_setattr(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let Some((obj, [name, value])) = self_and_args(this, args) else {
        return Err(vm.type_error("expected 2 arguments"));
    };
    let name = attrs::attr_name(vm, name)?;
    vm.generic_setattr(obj, &name, value.clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let Some((obj, [name])) = self_and_args(this, args) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let name = attrs::attr_name(vm, name)?;
    vm.generic_delattr(obj, &name)?;
    Ok(Value::None)
}

fn object_getattribute(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: Kwargs<'_>,
) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let Some((obj, [name])) = self_and_args(this, args) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let name = attrs::attr_name(vm, name)?;
    vm.generic_getattr(obj, &name)
}

fn object_eq(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let Some((obj, [other])) = self_and_args(this, args) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    if let Some(p) = vm.payload_of(obj) {
        let other = vm.payload_of(other).unwrap_or_else(|| other.clone());
        return vm.compare(2, &p, &other);
    }
    Ok(if obj.is(other) {
        Value::Bool(true)
    } else {
        Value::obj(Object::NotImplemented)
    })
}

fn object_ne(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let Some((obj, [other])) = self_and_args(this, args) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let class = vm.classes.class_of(obj);
    let r = match lookup(&class, "__eq__") {
        Some(eq) => {
            let bound = vm.descr_get(&eq, Some(obj), &class)?;
            vm.call(&bound, std::slice::from_ref(other), &[])?
        }
        None => Value::obj(Object::NotImplemented),
    };
    if matches!(r.as_obj().map(|o| &**o), Some(Object::NotImplemented)) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let obj = first_or_this(vm, this, args, "__hash__")?;
    if let Some(p) = vm.payload_of(&obj) {
        return Ok(Value::Int(vm.hash(&p)?));
    }
    Ok(Value::Int(obj.id() >> 4))
}

fn first_or_this(vm: &Vm, this: &Value, args: &[Value], name: &str) -> PyResult<Value> {
    if this.is_null() {
        first_arg(vm, args, name).cloned()
    } else {
        Ok(this.clone())
    }
}

fn object_repr(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let obj = first_or_this(vm, this, args, "__repr__")?;
    if let Some(p) = vm.payload_of(&obj) {
        let text = vm.repr(&p)?;
        if let Some(Object::Set(_) | Object::FrozenSet(_)) = p.as_obj().map(|o| &**o) {
            // Sets name their subclass: `MySet({1})`, `MySet()`.
            let name = type_data(&vm.classes.class_of(&obj)).name.clone();
            let body = text
                .strip_prefix("frozenset(")
                .or_else(|| text.strip_prefix("set("))
                .and_then(|b| b.strip_suffix(')'))
                .unwrap_or(&text);
            return Ok(Value::str(&format!("{name}({body})")));
        }
        return Ok(Value::str(&text));
    }
    if let Some(Object::Exception(_)) = obj.as_obj().map(|o| &**o) {
        return exceptions::exception_repr_text(vm, &obj).map(|s| Value::str(&s));
    }
    let class = vm.classes.class_of(&obj);
    let t = type_data(&class);
    if t.module == "builtins" {
        return Ok(Value::str(&format!(
            "<{} object at {:#x}>",
            t.qualname,
            obj.id()
        )));
    }
    Ok(Value::str(&format!(
        "<{}.{} object at {:#x}>",
        t.module,
        t.qualname,
        obj.id()
    )))
}

fn object_str(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let obj = first_or_this(vm, this, args, "__str__")?;
    if let Some(p) = vm.payload_of(&obj) {
        if p.as_str().is_some() {
            return Ok(Value::str(&vm.str_of(&p)?));
        }
    }
    Ok(Value::str(&vm.repr(&obj)?))
}

fn object_format(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let Some((obj, [spec])) = self_and_args(this, args) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let Some(s) = spec.as_str() else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.classes.type_name(spec)
        )));
    };
    if let Some(p) = vm.payload_of(obj) {
        let s = s.clone();
        return vm.format(&p, &s);
    }
    if !s.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.classes.type_name(obj)
        )));
    }
    Ok(Value::str(&vm.str_of(obj)?))
}

fn object_dir(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let obj = first_or_this(vm, this, args, "__dir__")?;
    let names = attrs::dir_names(vm, &obj)?;
    Ok(Value::list(
        names.into_iter().map(|n| Value::str(&n)).collect(),
    ))
}

/// `object.__init_subclass__()`: accepts no keyword arguments.
fn object_init_subclass(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "__init_subclass__() takes 0 positional arguments but {} were given",
            args.len()
        )));
    }
    if !kwargs.is_empty() {
        let name = match this.as_obj().map(|o| &**o) {
            Some(Object::Type(t)) => t.name.clone(),
            _ => "object".to_string(),
        };
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn this_proxy(vm: &Vm, this: &Value) -> PyResult<ObjRef> {
    match as_native(this) {
        Some(Native::MappingProxy(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("descriptor requires a 'mappingproxy' object")),
    }
}

/// `mappingproxy.keys()`.
pub fn proxy_keys(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    let c = this_proxy(vm, this)?;
    let d = vm.class_dict_value(&c);
    let keys = vm.getattr(&d, "keys")?;
    vm.call(&keys, &[], &[])
}

/// `mappingproxy.values()`.
pub fn proxy_values(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    let c = this_proxy(vm, this)?;
    let d = vm.class_dict_value(&c);
    let values = vm.getattr(&d, "values")?;
    vm.call(&values, &[], &[])
}

/// `mappingproxy.items()`.
pub fn proxy_items(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    let c = this_proxy(vm, this)?;
    let d = vm.class_dict_value(&c);
    let items = vm.getattr(&d, "items")?;
    vm.call(&items, &[], &[])
}

/// `mappingproxy.get(key, default=None)`.
pub fn proxy_get(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let c = this_proxy(vm, this)?;
    let d = vm.class_dict_value(&c);
    let get = vm.getattr(&d, "get")?;
    vm.call(&get, args, &[])
}

/// `mappingproxy.__getitem__`.
pub fn proxy_getitem(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let c = this_proxy(vm, this)?;
    let [key] = args else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let d = vm.class_dict_value(&c);
    vm.getitem(&d, key)
}

/// `mappingproxy.__contains__`.
pub fn proxy_contains(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let c = this_proxy(vm, this)?;
    let [key] = args else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let d = vm.class_dict_value(&c);
    Ok(Value::Bool(vm.dict_get(&d, key)?.is_some()))
}

/// `mappingproxy.__len__`.
pub fn proxy_len(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    let c = this_proxy(vm, this)?;
    let n = type_data(&c).dict.borrow().len();
    Ok(Value::Int(n as i64))
}

/// `mappingproxy.__iter__`.
pub fn proxy_iter(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    let c = this_proxy(vm, this)?;
    let d = vm.class_dict_value(&c);
    vm.iter(&d)
}

impl Vm {
    /// `DELETE_DEREF`: empties a cell, which must hold a value.
    pub fn delete_deref_impl(&mut self, oparg: u32) -> PyResult<()> {
        let frame = self.frame();
        let i = oparg as usize;
        if let Some(Object::Cell(c)) = frame.fast.get(i).and_then(|v| v.as_obj()).map(|o| &**o) {
            if !c.borrow().is_null() {
                *c.borrow_mut() = Value::Null;
                return Ok(());
            }
        }
        let name = frame
            .code
            .localsplus_names
            .get(i)
            .and_then(|n| n.as_str())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let free = frame
            .code
            .data
            .localspluskinds
            .get(i)
            .is_some_and(|k| k & crate::marshal::local_kind::FREE != 0);
        Err(if free {
            self.new_error(
                "NameError",
                &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        } else {
            self.new_error(
                "UnboundLocalError",
                &format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        })
    }
}

/// Whether comparing `v` as a dict key may run Python code (`__eq__`).
fn needs_py_eq(v: &Value) -> bool {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Instance(_)) => true,
        Some(Object::Tuple(items)) => items.iter().any(needs_py_eq),
        _ => false,
    }
}

impl Vm {
    /// For a key whose equality is Python code (an instance with `__eq__`):
    /// the stored key of `d` equal to it, found by running `==` on each key
    /// of the same hash. `None` for other keys and when no stored key is equal.
    pub fn py_eq_key(
        &mut self,
        d: &RefCell<Dict>,
        hash: i64,
        key: &Value,
    ) -> PyResult<Option<Value>> {
        if !needs_py_eq(key) {
            return Ok(None);
        }
        let mut candidates = Vec::new();
        d.borrow().get(hash, |k| {
            candidates.push(k.clone());
            false
        });
        for c in candidates {
            if c.is(key) || self.eq(&c, key)? {
                return Ok(Some(c));
            }
        }
        Ok(None)
    }
}

impl Vm {
    /// `del obj.name` on an instance: a Python `__delattr__` if the class has
    /// one, else the generic deletion.
    pub fn instance_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let class = self.classes.class_of(obj);
        if let Some(m) = lookup(&class, "__delattr__") {
            if matches!(m.as_obj().map(|o| &**o), Some(Object::Function(_))) {
                self.call(&m, &[obj.clone(), Value::str(name)], &[])?;
                return Ok(());
            }
        }
        self.generic_delattr(obj, name)
    }

    /// What `__iter__` returned must be an iterator.
    pub fn check_iterator(&mut self, it: Value) -> PyResult<Value> {
        let not_iterator = match it.as_obj().map(|o| &**o) {
            None => true,
            Some(Object::Instance(i)) => lookup(&i.class, "__next__").is_none(),
            Some(
                Object::Str(_)
                | Object::List(_)
                | Object::Tuple(_)
                | Object::Dict(_)
                | Object::Bytes(_)
                | Object::BigInt(_)
                | Object::Function(_)
                | Object::Type(_),
            ) => true,
            _ => false,
        };
        if not_iterator {
            return Err(self.type_error(format!(
                "iter() returned non-iterator of type '{}'",
                self.classes.type_name(&it)
            )));
        }
        Ok(it)
    }
}
