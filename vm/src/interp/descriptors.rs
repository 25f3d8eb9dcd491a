//! Objects the class machinery implements natively ([`Native`]): the
//! descriptors `classmethod`, `staticmethod` and `property`, `super` objects,
//! iterators over `__getitem__` sequences, and (from their own modules)
//! generators, text streams and class namespaces (`mappingproxy`).
//!
//! Also the descriptor protocol as attribute lookup uses it: [`Vm::descr_get`]
//! binds a class attribute to an instance or class.

use super::generator::Generator;
use super::sys::Stream;
use super::Vm;
use crate::object::types::{lookup, type_data};
use crate::object::{Builtin, NativeFn, ObjRef, Object, PyErr, PyResult, TypeObject, Value};
use std::cell::RefCell;

/// A natively implemented object.
pub enum Native {
    /// A generator.
    Generator(Generator),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `property(fget, fset, fdel, doc)`.
    Property(Property),
    /// `super(class, obj)`.
    Super(Super),
    /// The iterator `iter()` makes for an object with only `__getitem__`.
    SeqIter(RefCell<SeqIter>),
    /// `sys.stdout` or `sys.stderr`.
    Stream(Stream),
    /// A read-only view of a class namespace (`C.__dict__`).
    MappingProxy(ObjRef),
    /// `__dict__`, `__weakref__` or a `__slots__` member of a class.
    Slot(SlotAttr),
    /// A `traceback` object: one frame an exception passed through.
    Traceback(Traceback),
    /// A `string.templatelib` object (see `templates.rs`).
    TString(super::templates::TString),
    /// A `typing` object: type parameters, aliases, unions (see `typing.rs`).
    Typing(super::typing::TypingObj),
    /// A coroutine, an async generator, or one of their helper objects.
    Async(super::coroutine::AsyncObject),
}

/// A `traceback` object.
pub struct Traceback {
    /// The frames, outermost first.
    pub entries: std::rc::Rc<Vec<crate::object::exception::TracebackEntry>>,
    /// Which of them this object is.
    pub index: usize,
}

/// What a [`SlotAttr`] gives access to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    /// The instance `__dict__` (a `getset_descriptor`).
    Dict,
    /// `__weakref__` (a `getset_descriptor`; always `None` here).
    Weakref,
    /// A name of `__slots__` (a `member_descriptor`).
    Member,
}

/// A data descriptor a class gets for its instance layout.
pub struct SlotAttr {
    /// Which one.
    pub kind: SlotKind,
    /// The attribute name.
    pub name: String,
    /// The name of the class that defines it.
    pub owner: String,
}

/// A `property`.
pub struct Property {
    /// The getter, or `None`.
    pub fget: Value,
    /// The setter, or `None`.
    pub fset: Value,
    /// The deleter, or `None`.
    pub fdel: Value,
    /// `__doc__`.
    pub doc: Value,
    /// The attribute name `__set_name__` gave it, or NULL.
    pub name: RefCell<Value>,
}

/// A `super` object.
pub struct Super {
    /// The class whose MRO successors are searched.
    pub this: ObjRef,
    /// The object bound to (an instance, or a class), or `None` when unbound.
    pub obj: Value,
    /// The type the MRO comes from: the class of `obj`, or `obj` itself when it is a class.
    pub obj_type: Option<ObjRef>,
}

/// An iterator calling `__getitem__` with 0, 1, 2, ... until `IndexError`.
pub struct SeqIter {
    /// The sequence, NULL once exhausted.
    pub seq: Value,
    /// The next index.
    pub index: i64,
}

impl Native {
    /// The name of the builtin class of this object.
    pub fn class_name(&self) -> &'static str {
        match self {
            Native::Generator(_) => "generator",
            Native::ClassMethod(_) => "classmethod",
            Native::StaticMethod(_) => "staticmethod",
            Native::Property(_) => "property",
            Native::Super(_) => "super",
            Native::SeqIter(_) => "iterator",
            Native::Stream(_) => "TextIOWrapper",
            Native::MappingProxy(_) => "mappingproxy",
            Native::Slot(s) if s.kind == SlotKind::Member => "member_descriptor",
            Native::Slot(_) => "getset_descriptor",
            Native::Traceback(_) => "traceback",
            Native::TString(t) => t.class_name(),
            Native::Typing(t) => t.class_name(),
            Native::Async(a) => a.class_name(),
        }
    }
}

/// The native classes with their methods: (class name, module, methods).
type ClassSpec = (
    &'static str,
    &'static str,
    &'static [(&'static str, NativeFn)],
);

const CLASSES: &[ClassSpec] = &[
    (
        "generator",
        "builtins",
        &[
            ("__next__", super::generator::gen_next),
            ("__iter__", super::generator::gen_iter),
            ("send", super::generator::gen_send),
            ("throw", super::generator::gen_throw),
            ("close", super::generator::gen_close),
        ],
    ),
    ("classmethod", "builtins", &[("__get__", descr_get_method)]),
    ("staticmethod", "builtins", &[("__get__", descr_get_method)]),
    (
        "property",
        "builtins",
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", descr_get_method),
            ("__set__", property_set_method),
            ("__delete__", property_delete_method),
            ("__set_name__", property_set_name),
        ],
    ),
    ("super", "builtins", &[]),
    ("member_descriptor", "builtins", &[]),
    ("getset_descriptor", "builtins", &[]),
    ("traceback", "builtins", &[]),
    (
        "TextIOWrapper",
        "_io",
        &[
            ("write", super::sys::stream_write),
            ("flush", super::sys::stream_flush),
            ("fileno", super::sys::stream_fileno),
            ("isatty", super::sys::stream_isatty),
            ("read", super::stdin::stream_read),
            ("readline", super::stdin::stream_readline),
            ("readlines", super::stdin::stream_readlines),
        ],
    ),
    (
        "mappingproxy",
        "builtins",
        &[
            ("keys", super::class::proxy_keys),
            ("values", super::class::proxy_values),
            ("items", super::class::proxy_items),
            ("get", super::class::proxy_get),
            ("__getitem__", super::class::proxy_getitem),
            ("__contains__", super::class::proxy_contains),
            ("__len__", super::class::proxy_len),
            ("__iter__", super::class::proxy_iter),
        ],
    ),
];

/// The builtin names of the native classes.
const BUILTIN_NAMES: &[&str] = &["classmethod", "staticmethod", "property", "super"];

/// Makes the native classes, registers them by name, and puts the public ones
/// in the builtins namespace.
pub fn install(vm: &mut Vm) {
    for (name, module, methods) in CLASSES {
        let Some(class) = native_class(vm, name, module, methods) else {
            continue;
        };
        vm.classes.by_name.insert(name.to_string(), class.clone());
        if *module != "builtins" {
            // Its `tp_name` is dotted: `'_io.TextIOWrapper' object ...`.
            let full = format!("{module}.{name}");
            vm.classes.by_name.insert(full, class.clone());
        }
        if BUILTIN_NAMES.contains(name) {
            let builtins = Value::Obj(vm.builtins.clone());
            let _ = super::ops::dict_set_str(vm, &builtins, name, Value::Obj(class));
        }
    }
    let iterator = vm.classes.named("iterator").clone();
    add_methods(
        &iterator,
        "iterator",
        &[("__next__", seq_iter_next), ("__iter__", seq_iter_iter)],
    );
    super::function_methods::install(vm);
}

/// A class whose methods are Rust functions: a direct subclass of `object`
/// named `name` in module `module`; `None` if the name cannot be a class name.
pub fn native_class(
    vm: &Vm,
    name: &'static str,
    module: &str,
    methods: &[(&'static str, NativeFn)],
) -> Option<ObjRef> {
    let class = crate::object::types::new_class(
        name,
        module,
        vec![vm.classes.object.clone()],
        crate::object::Dict::new(),
        crate::object::types::Builtin::Object,
    )
    .ok()?;
    add_methods(&class, name, methods);
    Some(class)
}

/// Puts builtin methods into a class namespace.
pub fn add_methods(class: &ObjRef, owner: &'static str, methods: &[(&'static str, NativeFn)]) {
    for (name, func) in methods {
        let m = Value::obj(Object::Builtin(Builtin {
            name,
            func: *func,
            this: Value::Null,
            owner: Some(owner),
        }));
        let hash = super::hash::str_hash(name);
        type_data(class)
            .dict
            .borrow_mut()
            .insert(hash, Value::str(name), m, |k| {
                k.as_str().is_some_and(|s| s.as_str() == Some(name))
            });
    }
}

/// The object a builtin method works on and its other arguments: `this` when
/// the method is bound, else the first argument (an unbound call, as
/// `call_special` makes).
pub fn bound<'a>(this: &'a Value, args: &'a [Value]) -> (&'a Value, &'a [Value]) {
    if this.is_null() {
        if let Some((first, rest)) = args.split_first() {
            return (first, rest);
        }
    }
    (this, args)
}

/// The native object a value is, if any.
pub fn as_native(v: &Value) -> Option<&Native> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Native(n)) => Some(n),
        _ => None,
    }
}

impl Vm {
    /// Calls a builtin class implemented here (`classmethod(f)`, `property(...)`,
    /// `super(...)`, `type(name, bases, ns)`, ...): `None` for other classes.
    pub fn construct_native(
        &mut self,
        class: &ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Option<Value>> {
        if let Some(v) = self.metaclass_call_hook(class, args, kwargs)? {
            return Ok(Some(v));
        }
        let t = type_data(class);
        if t.module != "builtins" {
            return Ok(None);
        }
        if t.builtin == crate::object::types::Builtin::Exception {
            if let Some(group) = self.construct_group(class, args, kwargs)? {
                return Ok(Some(group));
            }
            if !kwargs.is_empty() {
                return self.exception_with_kwargs(class, args, kwargs).map(Some);
            }
            if let Some(sub) = self.os_error_subclass(class, args) {
                let e = self.new_os_error(&sub, args);
                return Ok(Some(
                    e.unwrap_or_else(|| self.new_exception(&sub, args.to_vec())),
                ));
            }
            if let Some(e) = self.new_os_error(class, args) {
                return Ok(Some(e));
            }
            return Ok(None);
        }
        let name = t.name.as_str();
        let one = |vm: &Vm| -> PyResult<Value> {
            if !kwargs.is_empty() {
                return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
            }
            match args {
                [f] => Ok(f.clone()),
                _ => Err(vm.type_error(format!("{name} expected 1 argument, got {}", args.len()))),
            }
        };
        Ok(Some(match name {
            "classmethod" => Value::obj(Object::Native(Native::ClassMethod(one(self)?))),
            "staticmethod" => Value::obj(Object::Native(Native::StaticMethod(one(self)?))),
            "property" => self.new_property(args, kwargs)?,
            "super" => self.new_super(args, kwargs)?,
            "type" if args.len() == 3 => self.type_new(class, args, kwargs)?,
            _ => return Ok(None),
        }))
    }

    fn new_property(&mut self, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        if args.len() > 4 {
            return Err(self.type_error(format!(
                "property() takes at most 4 arguments ({} given)",
                args.len()
            )));
        }
        let mut slots = [Value::None, Value::None, Value::None, Value::None];
        for (i, a) in args.iter().enumerate() {
            slots[i] = a.clone();
        }
        for (k, v) in kwargs {
            let key = k.as_str().and_then(|s| s.as_str()).unwrap_or("");
            let i = match key {
                "fget" => 0,
                "fset" => 1,
                "fdel" => 2,
                "doc" => 3,
                _ => {
                    return Err(self.type_error(format!(
                        "property() got an unexpected keyword argument '{key}'"
                    )))
                }
            };
            slots[i] = v.clone();
        }
        let [fget, fset, fdel, mut doc] = slots;
        if matches!(doc, Value::None) && !matches!(fget, Value::None) {
            doc = self.lookup_attr(&fget, "__doc__")?.unwrap_or(Value::None);
        }
        Ok(Value::obj(Object::Native(Native::Property(Property {
            fget,
            fset,
            fdel,
            doc,
            name: RefCell::new(Value::Null),
        }))))
    }

    fn new_super(&mut self, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
        if !kwargs.is_empty() {
            return Err(self.type_error("super() takes no keyword arguments"));
        }
        let (this, obj) = match args {
            [] => self.super_args_from_frame()?,
            [t] | [t, _] => {
                let Some(this) = t.as_obj().filter(|o| matches!(&***o, Object::Type(_))) else {
                    return Err(self.type_error(format!(
                        "super() argument 1 must be a type, not {}",
                        self.classes.type_name(t)
                    )));
                };
                (this.clone(), args.get(1).cloned().unwrap_or(Value::None))
            }
            _ => {
                return Err(self.type_error(format!(
                    "super() expected at most 2 arguments, got {}",
                    args.len()
                )))
            }
        };
        self.make_super(this, obj)
    }

    /// `super(this, obj)`, checking that `obj` is an instance or subclass of `this`.
    pub fn make_super(&mut self, this: ObjRef, obj: Value) -> PyResult<Value> {
        let obj_type = match &obj {
            Value::None => None,
            v => Some(self.super_check(&this, v)?),
        };
        Ok(Value::obj(Object::Native(Native::Super(Super {
            this,
            obj,
            obj_type,
        }))))
    }

    fn super_check(&self, this: &ObjRef, obj: &Value) -> PyResult<ObjRef> {
        let as_class = obj.as_obj().filter(|o| matches!(&***o, Object::Type(_)));
        if let Some(c) = as_class {
            if TypeObject::is_subtype(c, this) {
                return Ok(c.clone());
            }
        }
        let class = self.classes.class_of(obj);
        if TypeObject::is_subtype(&class, this) {
            return Ok(class);
        }
        let what = match as_class {
            Some(c) => format!("type {}", type_data(c).name),
            None => format!("instance of {}", type_data(&class).name),
        };
        Err(self.type_error(format!(
            "super(type, obj): obj ({what}) is not an instance or subtype of type ({}).",
            type_data(this).name
        )))
    }

    /// The class and first argument of the running function, for `super()`.
    fn super_args_from_frame(&mut self) -> PyResult<(ObjRef, Value)> {
        let frame = self.frame();
        let code = frame.code.clone();
        if code.data.argcount == 0 {
            return Err(self.new_error("RuntimeError", "super(): no arguments"));
        }
        let mut first = frame.fast.first().cloned().unwrap_or_default();
        if let Some(Object::Cell(c)) = first.as_obj().map(|o| &**o) {
            if code
                .data
                .localspluskinds
                .first()
                .is_some_and(|k| k & crate::marshal::local_kind::CELL != 0)
            {
                let inner = c.borrow().clone();
                first = inner;
            }
        }
        if first.is_null() {
            return Err(self.new_error("RuntimeError", "super(): arg[0] deleted"));
        }
        let slot = code
            .localsplus_names
            .iter()
            .position(|n| n.as_str().is_some_and(|s| s.as_str() == Some("__class__")));
        let cell = slot.and_then(|i| frame.fast.get(i).cloned());
        let Some(cell) = cell else {
            return Err(self.new_error("RuntimeError", "super(): __class__ cell not found"));
        };
        let class = match cell.as_obj().map(|o| &**o) {
            Some(Object::Cell(c)) => c.borrow().clone(),
            _ => Value::Null,
        };
        match class.as_obj() {
            Some(c) if matches!(&**c, Object::Type(_)) => Ok((c.clone(), first)),
            _ if class.is_null() => {
                Err(self.new_error("RuntimeError", "super(): empty __class__ cell"))
            }
            _ => Err(self.new_error(
                "RuntimeError",
                &format!(
                    "super(): __class__ is not a type ({})",
                    self.classes.type_name(&class)
                ),
            )),
        }
    }

    /// An attribute looked up through a `super` object.
    pub fn super_getattr(&mut self, sup: &Super, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(None);
        }
        if let Some(start) = &sup.obj_type {
            let mro = type_data(start).mro.borrow().clone();
            let after = mro
                .iter()
                .position(|c| std::rc::Rc::ptr_eq(c, &sup.this))
                .map_or(mro.len(), |i| i + 1);
            let hash = super::hash::str_hash(name);
            for class in &mro[after..] {
                let found = type_data(class)
                    .dict
                    .borrow()
                    .get(hash, |k| {
                        k.as_str().is_some_and(|s| s.as_str() == Some(name))
                    })
                    .cloned();
                if let Some(attr) = found {
                    let instance = if sup.obj.is(&Value::Obj(start.clone())) {
                        None
                    } else {
                        Some(&sup.obj)
                    };
                    return self.descr_get(&attr, instance, start).map(Some);
                }
            }
        }
        match name {
            "__thisclass__" => Ok(Some(Value::Obj(sup.this.clone()))),
            "__self__" => Ok(Some(sup.obj.clone())),
            "__self_class__" => Ok(Some(
                sup.obj_type.clone().map(Value::Obj).unwrap_or(Value::None),
            )),
            _ => Ok(None),
        }
    }

    /// `LOAD_SUPER_ATTR`: `super(class, self).name`, with the builtin `super`
    /// looked up directly.
    pub fn load_super_attr_impl(
        &mut self,
        oparg: u32,
        global_super: Value,
        class: Value,
        self_: Value,
    ) -> PyResult<Value> {
        let name = self
            .frame()
            .code
            .names
            .get((oparg >> 2) as usize)
            .and_then(|n| n.as_str())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let builtin_super = self.classes.named("super").clone();
        let is_builtin = global_super
            .as_obj()
            .is_some_and(|o| std::rc::Rc::ptr_eq(o, &builtin_super));
        let sup = if is_builtin {
            let Some(this) = class.as_obj().filter(|o| matches!(&***o, Object::Type(_))) else {
                return Err(self.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    self.classes.type_name(&class)
                )));
            };
            self.make_super(this.clone(), self_)?
        } else {
            self.call(&global_super, &[class, self_], &[])?
        };
        self.getattr(&sup, &name)
    }

    /// The descriptor protocol: `attr` found on `owner` (or its MRO), read
    /// through `instance` (`None` for a read on the class itself).
    pub fn descr_get(
        &mut self,
        attr: &Value,
        instance: Option<&Value>,
        owner: &ObjRef,
    ) -> PyResult<Value> {
        match attr.as_obj().map(|o| &**o) {
            Some(Object::Function(_)) => Ok(match instance {
                Some(obj) => Value::obj(Object::Method(obj.clone(), attr.clone())),
                None => attr.clone(),
            }),
            Some(Object::Builtin(b)) if b.this.is_null() && b.owner == Some("getter") => {
                match instance {
                    Some(obj) => (b.func)(self, obj, &[], &[]),
                    None => Ok(attr.clone()),
                }
            }
            Some(Object::Builtin(b)) if b.this.is_null() && b.owner.is_some() => {
                // Owner "classmethod" marks builtin class methods, except for
                // the methods of the `classmethod` type itself.
                let class_method = b.owner == Some("classmethod")
                    && !(type_data(owner).name == "classmethod"
                        && type_data(owner).module == "builtins");
                Ok(match instance {
                    Some(obj) if !class_method => bind_builtin(b, self.builtin_receiver(attr, obj)),
                    _ if class_method => bind_builtin(b, Value::Obj(owner.clone())),
                    _ => attr.clone(),
                })
            }
            Some(Object::Native(Native::ClassMethod(f))) => {
                if let Some(Object::Builtin(b)) = f.as_obj().map(|o| &**o) {
                    return Ok(bind_builtin(b, Value::Obj(owner.clone())));
                }
                Ok(Value::obj(Object::Method(
                    Value::Obj(owner.clone()),
                    f.clone(),
                )))
            }
            Some(Object::Native(Native::StaticMethod(f))) => Ok(f.clone()),
            Some(Object::Native(Native::Slot(s))) => match instance {
                None => Ok(attr.clone()),
                Some(obj) => self.slot_get(s, obj),
            },
            Some(Object::Native(Native::Property(p))) => match instance {
                None => Ok(attr.clone()),
                Some(obj) => {
                    if matches!(p.fget, Value::None) {
                        return Err(self.property_error(p, obj, "getter"));
                    }
                    let fget = p.fget.clone();
                    self.call(&fget, std::slice::from_ref(obj), &[])
                }
            },
            Some(Object::Instance(i)) => match lookup(&i.class, "__get__") {
                Some(get) => {
                    let inst = instance.cloned().unwrap_or(Value::None);
                    self.call(&get, &[attr.clone(), inst, Value::Obj(owner.clone())], &[])
                }
                None => Ok(attr.clone()),
            },
            _ => Ok(attr.clone()),
        }
    }

    /// `hash()` of an instance of a Python class: its `__hash__`, unhashable
    /// when the class set `__hash__ = None`.
    pub fn instance_hash(&mut self, v: &Value) -> PyResult<i64> {
        let class = self.classes.class_of(v);
        match lookup(&class, "__hash__") {
            None => Ok(v.id() >> 4),
            Some(Value::None) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.classes.type_name(v))))
            }
            Some(m) => {
                let bound = self.descr_get(&m, Some(v), &class)?;
                let r = self.call(&bound, &[], &[])?;
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::Bool(b) => Ok(i64::from(b)),
                    Value::Obj(ref o) if matches!(&**o, Object::BigInt(_)) => {
                        Ok(super::hash::builtin_hash(&r).unwrap_or(0))
                    }
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
        }
    }

    /// Assignment through a data descriptor: `Ok(false)` when `attr` is none.
    pub fn descr_set(&mut self, attr: &Value, obj: &Value, value: Option<Value>) -> PyResult<bool> {
        match attr.as_obj().map(|o| &**o) {
            Some(Object::Native(Native::Slot(s))) => self.slot_set(s, obj, value).map(|()| true),
            Some(Object::Native(Native::Property(p))) => {
                let (func, what) = match &value {
                    Some(_) => (p.fset.clone(), "setter"),
                    None => (p.fdel.clone(), "deleter"),
                };
                if matches!(func, Value::None) {
                    return Err(self.property_error(p, obj, what));
                }
                let mut args = vec![obj.clone()];
                args.extend(value);
                self.call(&func, &args, &[])?;
                Ok(true)
            }
            Some(Object::Instance(i)) => {
                let (method, args) = match value {
                    Some(v) => ("__set__", vec![attr.clone(), obj.clone(), v]),
                    None => ("__delete__", vec![attr.clone(), obj.clone()]),
                };
                match lookup(&i.class, method) {
                    Some(m) => {
                        self.call(&m, &args, &[])?;
                        Ok(true)
                    }
                    None if lookup(&i.class, "__set__").is_some()
                        || lookup(&i.class, "__delete__").is_some() =>
                    {
                        Err(self.new_error("AttributeError", method))
                    }
                    None => Ok(false),
                }
            }
            _ => Ok(false),
        }
    }

    fn property_error(&mut self, p: &Property, obj: &Value, what: &str) -> PyErr {
        let class = self.classes.class_of(obj);
        let qualname = type_data(&class).qualname.clone();
        let name = p.name.borrow().clone();
        let msg = match name.as_str() {
            Some(n) => format!(
                "property {} of '{qualname}' object has no {what}",
                crate::formatting::str_repr(n)
            ),
            None => format!("property of '{qualname}' object has no {what}"),
        };
        self.new_error("AttributeError", &msg)
    }

    /// Attributes of native objects (other than their class's methods).
    pub fn native_attr(&mut self, obj: &Value, n: &Native, name: &str) -> PyResult<Option<Value>> {
        Ok(match n {
            Native::Generator(g) => return super::generator::generator_attr(self, g, name),
            Native::ClassMethod(f) | Native::StaticMethod(f) => match name {
                "__func__" | "__wrapped__" => Some(f.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    self.lookup_attr(f, name)?
                }
                "__isabstractmethod__" => Some(Value::Bool(false)),
                _ => None,
            },
            Native::Property(p) => match name {
                "fget" => Some(p.fget.clone()),
                "fset" => Some(p.fset.clone()),
                "fdel" => Some(p.fdel.clone()),
                "__doc__" => Some(p.doc.clone()),
                "__name__" => {
                    let n = p.name.borrow().clone();
                    if n.is_null() {
                        self.lookup_attr(&p.fget, "__name__")?
                    } else {
                        Some(n)
                    }
                }
                "__isabstractmethod__" => Some(Value::Bool(false)),
                _ => None,
            },
            Native::Super(s) => self.super_getattr(s, name)?,
            Native::TString(t) => self.tstring_attr(t, name)?,
            Native::Typing(t) => self.typing_attr(obj, t, name)?,
            Native::Async(a) => self.async_attr(a, name)?,
            Native::Stream(s) => super::sys::stream_attr(s, name),
            Native::Slot(s) => match name {
                "__name__" => Some(Value::str(&s.name)),
                _ => None,
            },
            Native::Traceback(t) => {
                let entry = &t.entries[t.index];
                match name {
                    "tb_next" => Some(if t.index + 1 < t.entries.len() {
                        Value::obj(Object::Native(Native::Traceback(Traceback {
                            entries: t.entries.clone(),
                            index: t.index + 1,
                        })))
                    } else {
                        Value::None
                    }),
                    "tb_lineno" => {
                        let pos = entry.code.position(entry.at);
                        Some(Value::Int(i64::from(
                            pos.line.unwrap_or(entry.code.data.firstlineno),
                        )))
                    }
                    "tb_lasti" => Some(Value::Int(entry.at as i64 * 2)),
                    "tb_frame" => Some(Value::None),
                    _ => None,
                }
            }
            Native::SeqIter(_) | Native::MappingProxy(_) => {
                let _ = obj;
                None
            }
        })
    }

    /// The `repr` of a native object.
    pub fn native_repr(&mut self, v: &Value, n: &Native) -> PyResult<String> {
        let id = v.id();
        Ok(match n {
            Native::Generator(g) => self.generator_repr(g, id)?,
            Native::ClassMethod(f) => format!("<classmethod({})>", self.repr(f)?),
            Native::StaticMethod(f) => format!("<staticmethod({})>", self.repr(f)?),
            Native::Property(_) => format!("<property object at {id:#x}>"),
            Native::Super(s) => {
                let this = type_data(&s.this).name.clone();
                match &s.obj_type {
                    Some(t) => format!("<super: <class '{this}'>, <{} object>>", type_data(t).name),
                    None => format!("<super: <class '{this}'>, NULL>"),
                }
            }
            Native::SeqIter(_) => format!("<iterator object at {id:#x}>"),
            Native::Stream(s) => super::sys::stream_repr(s),
            Native::MappingProxy(c) => {
                let d = self.class_dict_value(c);
                format!("mappingproxy({})", self.repr(&d)?)
            }
            Native::Slot(s) if s.kind == SlotKind::Member => {
                format!("<member '{}' of '{}' objects>", s.name, s.owner)
            }
            Native::Slot(s) => format!("<attribute '{}' of '{}' objects>", s.name, s.owner),
            Native::Traceback(_) => format!("<traceback object at {id:#x}>"),
            Native::TString(t) => self.tstring_repr(t)?,
            Native::Typing(t) => self.typing_repr(t)?,
            Native::Async(a) => self.async_repr(v, a)?,
        })
    }

    /// `iter()` of a native object: `None` when it is not iterable.
    pub fn native_iter(&mut self, v: &Value, n: &Native) -> PyResult<Option<Value>> {
        Ok(match n {
            Native::Generator(_) | Native::SeqIter(_) => Some(v.clone()),
            Native::TString(t) => self.tstring_iter(t)?,
            Native::Typing(t) => self.typing_iter(v, t)?,
            Native::Async(a) => self.async_iter(v, a),
            Native::MappingProxy(c) => {
                let d = self.class_dict_value(c);
                Some(self.iter(&d)?)
            }
            Native::Stream(_) => Some(v.clone()),
            _ => None,
        })
    }

    /// `next()` of a native iterator: `Ok(None)` when exhausted, `Err` with a
    /// `TypeError` when it is no iterator.
    pub fn native_next(&mut self, v: &Value, n: &Native) -> PyResult<Option<Value>> {
        match n {
            Native::Generator(g) => self.generator_next(g),
            Native::SeqIter(s) => self.seq_iter_step(s),
            Native::Async(_) => self.async_next(v),
            Native::Stream(s) if s.fd == 0 => {
                if super::stdin::stdin_closed() {
                    return Err(self.value_error("I/O operation on closed file."));
                }
                Ok(self.stdin_readline().map(|l| Value::str(&l)))
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.classes.type_name(v)
            ))),
        }
    }

    /// The `__dict__` a slot of `obj` lives in, or CPython's error for an
    /// object the descriptor does not apply to.
    fn slot_owner_dict(&self, s: &SlotAttr, obj: &Value) -> PyResult<ObjRef> {
        match obj.as_obj().map(|o| &**o) {
            Some(Object::Instance(i)) => Ok(i.dict.clone()),
            Some(Object::Exception(e)) => Ok(e.dict.clone()),
            _ => Err(self.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                s.name,
                s.owner,
                self.classes.type_name(obj)
            ))),
        }
    }

    fn slot_get(&mut self, s: &SlotAttr, obj: &Value) -> PyResult<Value> {
        let dict = self.slot_owner_dict(s, obj)?;
        match s.kind {
            SlotKind::Dict => Ok(Value::Obj(dict)),
            SlotKind::Weakref => Ok(Value::None),
            SlotKind::Member => {
                let found = match &*dict {
                    Object::Dict(d) => d
                        .borrow()
                        .get(super::hash::str_hash(&s.name), |k| {
                            k.as_str()
                                .is_some_and(|t| t.as_str() == Some(s.name.as_str()))
                        })
                        .cloned(),
                    _ => None,
                };
                found.ok_or_else(|| self.attribute_error(obj, &s.name))
            }
        }
    }

    fn slot_set(&mut self, s: &SlotAttr, obj: &Value, value: Option<Value>) -> PyResult<()> {
        let dict = self.slot_owner_dict(s, obj)?;
        match s.kind {
            SlotKind::Member => {
                let Object::Dict(d) = &*dict else {
                    return Ok(());
                };
                let hash = super::hash::str_hash(&s.name);
                let key_is = |k: &Value| {
                    k.as_str()
                        .is_some_and(|t| t.as_str() == Some(s.name.as_str()))
                };
                match value {
                    Some(v) => {
                        d.borrow_mut().insert(hash, Value::str(&s.name), v, key_is);
                        Ok(())
                    }
                    None => match d.borrow_mut().remove(hash, key_is) {
                        Some(_) => Ok(()),
                        None => Err(self.attribute_error(obj, &s.name)),
                    },
                }
            }
            SlotKind::Dict => {
                Err(self.type_error("setting or deleting __dict__ of instances is not supported"))
            }
            SlotKind::Weakref => Err(self.new_error(
                "AttributeError",
                &format!(
                    "attribute '__weakref__' of '{}' objects is not writable",
                    s.owner
                ),
            )),
        }
    }

    /// The iterator over an object with `__getitem__` but no `__iter__`.
    pub fn seq_iter(&mut self, seq: &Value) -> Value {
        Value::obj(Object::Native(Native::SeqIter(RefCell::new(SeqIter {
            seq: seq.clone(),
            index: 0,
        }))))
    }

    fn seq_iter_step(&mut self, s: &RefCell<SeqIter>) -> PyResult<Option<Value>> {
        let (seq, index) = {
            let st = s.borrow();
            (st.seq.clone(), st.index)
        };
        if seq.is_null() {
            return Ok(None);
        }
        match self.getitem(&seq, &Value::Int(index)) {
            Ok(v) => {
                s.borrow_mut().index = index + 1;
                Ok(Some(v))
            }
            Err(e)
                if self.is_instance_of(&e, "IndexError")
                    || self.is_instance_of(&e, "StopIteration") =>
            {
                s.borrow_mut().seq = Value::Null;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }
}

/// Whether a class attribute is a data descriptor (it takes part in
/// assignment, and wins over the instance dict on reads).
pub fn is_data_descriptor(attr: &Value) -> bool {
    match attr.as_obj().map(|o| &**o) {
        Some(Object::Native(Native::Property(_) | Native::Slot(_))) => true,
        Some(Object::Instance(i)) => {
            lookup(&i.class, "__set__").is_some() || lookup(&i.class, "__delete__").is_some()
        }
        _ => false,
    }
}

fn bind_builtin(b: &Builtin, this: Value) -> Value {
    Value::obj(Object::Builtin(Builtin {
        name: b.name,
        func: b.func,
        this,
        owner: b.owner,
    }))
}

type Kwargs<'a> = &'a [(Value, Value)];

/// `descriptor.__get__(instance, owner=None)`.
fn descr_get_method(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let (instance, owner) = match args {
        [i] => (i.clone(), Value::None),
        [i, o] => (i.clone(), o.clone()),
        _ => return Err(vm.type_error(format!("expected 1 or 2 arguments, got {}", args.len()))),
    };
    let owner = match owner.as_obj() {
        Some(o) if matches!(&**o, Object::Type(_)) => o.clone(),
        _ => vm.classes.class_of(&instance),
    };
    let inst = if matches!(instance, Value::None) {
        None
    } else {
        Some(&instance)
    };
    vm.descr_get(this, inst, &owner)
}

fn this_property<'a>(vm: &Vm, this: &'a Value) -> PyResult<&'a Property> {
    match as_native(this) {
        Some(Native::Property(p)) => Ok(p),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn property_with(vm: &mut Vm, this: &Value, args: &[Value], slot: usize) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let p = this_property(vm, this)?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len())));
    }
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[slot] = args[0].clone();
    let [fget, fset, fdel] = parts;
    let mut doc = p.doc.clone();
    if slot == 0 {
        doc = vm.lookup_attr(&fget, "__doc__")?.unwrap_or(Value::None);
    }
    Ok(Value::obj(Object::Native(Native::Property(Property {
        fget,
        fset,
        fdel,
        doc,
        name: RefCell::new(p.name.borrow().clone()),
    }))))
}

fn property_getter(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    property_with(vm, this, args, 0)
}

fn property_setter(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    property_with(vm, this, args, 1)
}

fn property_deleter(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    property_with(vm, this, args, 2)
}

fn property_set_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: Kwargs<'_>,
) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    if args.len() != 2 {
        return Err(vm.type_error(format!("expected 2 arguments, got {}", args.len())));
    }
    vm.descr_set(this, &args[0], Some(args[1].clone()))?;
    Ok(Value::None)
}

fn property_delete_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: Kwargs<'_>,
) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    if args.len() != 1 {
        return Err(vm.type_error(format!("expected 1 argument, got {}", args.len())));
    }
    vm.descr_set(this, &args[0], None)?;
    Ok(Value::None)
}

fn property_set_name(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let p = this_property(vm, this)?;
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            args.len()
        )));
    }
    *p.name.borrow_mut() = args[1].clone();
    Ok(Value::None)
}

fn seq_iter_next(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    match vm.next(this)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn seq_iter_iter(_: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    Ok(this.clone())
}
