//! Special attributes of builtin objects (functions, bound methods, builtins,
//! code objects, cells, exceptions, native objects, modules), and the builtins
//! `vars()`, `dir()`, `globals()` and `locals()`.

use crate::interp::descriptors::Native;
use crate::interp::ops::dict_set_str;
use crate::interp::Vm;
use crate::marshal::local_kind;
use crate::object::types::type_data;
use crate::object::{Dict, Function, ObjRef, Object, PyResult, Value};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

type Kwargs<'a> = &'a [(Value, Value)];

/// `co_flags`: the first constant is the docstring.
const CO_HAS_DOCSTRING: u32 = 0x400_0000;

/// The attributes `object` gives every instance, as `dir()` lists them.
const OBJECT_NAMES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The attributes of `BaseException` instances, as `dir()` lists them.
const EXCEPTION_NAMES: &[&str] = &[
    "__cause__",
    "__context__",
    "__dict__",
    "__setstate__",
    "__suppress_context__",
    "__traceback__",
    "add_note",
    "args",
    "with_traceback",
];

/// The text of an attribute name argument.
pub fn attr_name(vm: &Vm, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string_lossy().into_owned()),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.classes.type_name(v)
        ))),
    }
}

fn none_if_null(v: Value) -> Value {
    if v.is_null() {
        Value::None
    } else {
        v
    }
}

fn dict_lookup(d: &ObjRef, name: &str) -> Option<Value> {
    match &**d {
        Object::Dict(d) => d
            .borrow()
            .get(crate::interp::hash::str_hash(name), |k| {
                k.as_str().is_some_and(|s| s.as_str() == Some(name))
            })
            .cloned(),
        _ => None,
    }
}

impl Vm {
    /// Attributes of builtin objects found before their class is searched:
    /// `None` lets the normal lookup go on.
    pub fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let Some(o) = obj.as_obj() else {
            return Ok(None);
        };
        match &**o {
            Object::Function(f) => self.function_attr(o, f, name),
            Object::Method(this, func) => match name {
                "__self__" => Ok(Some(this.clone())),
                "__func__" => Ok(Some(func.clone())),
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__defaults__"
                | "__kwdefaults__" | "__code__" | "__annotations__" | "__dict__" => {
                    let func = func.clone();
                    self.lookup_attr(&func, name)
                }
                _ => Ok(None),
            },
            Object::Builtin(b) => Ok(match name {
                "__name__" => Some(Value::str(b.name)),
                "__qualname__" => Some(Value::str(&match b.owner {
                    Some(owner) if owner != "classmethod" => format!("{owner}.{}", b.name),
                    _ => b.name.to_string(),
                })),
                "__self__" => Some(if b.this.is_null() {
                    self.builtins_module()
                } else {
                    b.this.clone()
                }),
                "__module__" => Some(if b.owner.is_none() {
                    Value::str("builtins")
                } else {
                    Value::None
                }),
                "__doc__" | "__text_signature__" => Some(Value::None),
                _ => None,
            }),
            Object::Cell(c) => match name {
                "cell_contents" => {
                    let v = c.borrow().clone();
                    if v.is_null() {
                        return Err(self.value_error("Cell is empty"));
                    }
                    Ok(Some(v))
                }
                _ => Ok(None),
            },
            Object::Code(c) => Ok(code_attr(c, name)),
            Object::Module(m) => Ok(match name {
                "__dict__" => Some(Value::Obj(m.dict.clone())),
                "__name__" if dict_lookup(&m.dict, name).is_none() => Some(Value::str(&m.name)),
                "__annotations__" => Some(self.module_annotations(&m.dict)?),
                _ => None,
            }),
            Object::Native(n) => self.native_attr(obj, n, name),
            Object::Exception(e) => {
                if dict_lookup(&e.dict, name).is_some() {
                    return Ok(None);
                }
                match name {
                    "__dict__" => Ok(Some(Value::Obj(e.dict.clone()))),
                    "__traceback__" => {
                        let mut entries = e.traceback.borrow().clone();
                        if entries.is_empty() {
                            return Ok(Some(Value::None));
                        }
                        entries.reverse();
                        Ok(Some(Value::obj(Object::Native(Native::Traceback(
                            crate::interp::descriptors::Traceback {
                                entries: Rc::new(entries),
                                index: 0,
                            },
                        )))))
                    }
                    "__notes__" | "args" | "__cause__" | "__context__" | "__suppress_context__" => {
                        Ok(None)
                    }
                    _ => self.exception_attr(obj, e, name),
                }
            }
            _ => Ok(None),
        }
    }

    fn function_attr(&mut self, o: &ObjRef, f: &Function, name: &str) -> PyResult<Option<Value>> {
        let dict = f.dict.borrow().clone();
        if name == "__doc__" && !f.doc.borrow().is_null() {
            return Ok(Some(f.doc.borrow().clone()));
        }
        if !name.starts_with("__") {
            if let Some(v) = dict.as_ref().and_then(|d| dict_lookup(d, name)) {
                return Ok(Some(v));
            }
        }
        Ok(Some(match name {
            "__name__" => f.name.borrow().clone(),
            "__qualname__" => f.qualname.borrow().clone(),
            "__defaults__" => none_if_null(f.defaults.borrow().clone()),
            "__kwdefaults__" => none_if_null(f.kwdefaults.borrow().clone()),
            "__closure__" => none_if_null(f.closure.borrow().clone()),
            "__code__" => Value::obj(Object::Code(f.code.clone())),
            "__globals__" => Value::Obj(f.globals.clone()),
            "__builtins__" => Value::Obj(self.builtins.clone()),
            "__type_params__" => {
                let params = f.type_params.borrow().clone();
                if params.is_null() {
                    Value::tuple(Vec::new())
                } else {
                    params
                }
            }
            "__doc__" => {
                if f.code.data.flags & CO_HAS_DOCSTRING != 0 {
                    f.code.consts.first().cloned().unwrap_or(Value::None)
                } else {
                    Value::None
                }
            }
            "__module__" if !f.module.borrow().is_null() => f.module.borrow().clone(),
            "__module__" => {
                let g = Value::Obj(f.globals.clone());
                self.dict_get(&g, &Value::str("__name__"))?
                    .unwrap_or(Value::None)
            }
            "__dict__" => {
                let d = f
                    .dict
                    .borrow_mut()
                    .get_or_insert_with(|| Rc::new(Object::Dict(RefCell::new(Dict::new()))))
                    .clone();
                Value::Obj(d)
            }
            "__annotate__" => {
                let a = f.annotations.borrow().clone();
                match a.as_obj().map(|o| &**o) {
                    Some(Object::Function(_)) => a,
                    _ => Value::None,
                }
            }
            "__annotations__" => return self.function_annotations(o, f).map(Some),
            _ => {
                if let Some(v) = dict.as_ref().and_then(|d| dict_lookup(d, name)) {
                    return Ok(Some(v));
                }
                return Ok(None);
            }
        }))
    }

    /// Assignments to the function attributes kept outside its `__dict__`.
    pub fn function_setattr(&mut self, f: &Function, name: &str, value: Value) -> PyResult<()> {
        match name {
            "__doc__" => *f.doc.borrow_mut() = value,
            "__module__" => *f.module.borrow_mut() = value,
            "__name__" | "__qualname__" => {
                if value.as_str().is_none() {
                    return Err(self.type_error(format!("{name} must be set to a string object")));
                }
                let slot = if name == "__name__" {
                    &f.name
                } else {
                    &f.qualname
                };
                *slot.borrow_mut() = value;
            }
            "__closure__" | "__globals__" | "__builtins__" => {
                return Err(self.new_error("AttributeError", "readonly attribute"));
            }
            "__dict__" => match value.as_obj() {
                Some(d) if matches!(&**d, Object::Dict(_)) => {
                    *f.dict.borrow_mut() = Some(d.clone())
                }
                _ => {
                    return Err(self.type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        self.classes.type_name(&value)
                    )))
                }
            },
            "__type_params__" => {
                if !matches!(value.as_obj().map(|o| &**o), Some(Object::Tuple(_))) {
                    return Err(self.type_error("__type_params__ must be set to a tuple"));
                }
                *f.type_params.borrow_mut() = value;
            }
            "__annotations__" => {
                if !matches!(value, Value::None) && !is_dict(&value) {
                    return Err(self.type_error("__annotations__ must be set to a dict object"));
                }
                *f.annotations_dict.borrow_mut() = none_to_null(value);
                *f.annotations.borrow_mut() = Value::Null;
            }
            "__annotate__" => {
                if !matches!(value, Value::None) && !is_callable(&value) {
                    return Err(self.type_error("__annotate__ must be callable or None"));
                }
                if !matches!(value, Value::None) {
                    *f.annotations_dict.borrow_mut() = Value::Null;
                }
                *f.annotations.borrow_mut() = none_to_null(value);
            }
            "__defaults__" | "__kwdefaults__" => {
                let ok = match (name, value.as_obj().map(|o| &**o)) {
                    (_, None) if matches!(value, Value::None) => true,
                    ("__defaults__", Some(Object::Tuple(_))) => true,
                    ("__kwdefaults__", Some(Object::Dict(_))) => true,
                    _ => false,
                };
                if !ok {
                    let what = if name == "__defaults__" {
                        "tuple"
                    } else {
                        "dict"
                    };
                    return Err(self.type_error(format!("{name} must be set to a {what} object")));
                }
                let v = if matches!(value, Value::None) {
                    Value::Null
                } else {
                    value
                };
                if name == "__defaults__" {
                    *f.defaults.borrow_mut() = v;
                } else {
                    *f.kwdefaults.borrow_mut() = v;
                }
            }
            _ => {
                let d = f
                    .dict
                    .borrow_mut()
                    .get_or_insert_with(|| Rc::new(Object::Dict(RefCell::new(Dict::new()))))
                    .clone();
                dict_set_str(self, &Value::Obj(d), name, value)?;
            }
        }
        Ok(())
    }

    /// `del f.name` for a function.
    pub fn function_delattr(&mut self, obj: &Value, f: &Function, name: &str) -> PyResult<()> {
        let must = |what: &str| format!("{name} must be set to a {what} object");
        match name {
            "__defaults__" | "__kwdefaults__" | "__doc__" | "__annotations__" | "__module__" => {
                self.function_setattr(f, name, Value::None)
            }
            "__name__" | "__qualname__" => Err(self.type_error(must("string"))),
            "__code__" => Err(self.type_error(must("code"))),
            "__type_params__" => Err(self.type_error("__type_params__ must be set to a tuple")),
            "__dict__" => Err(self.type_error("cannot delete __dict__")),
            "__annotate__" => Err(self.type_error("__annotate__ cannot be deleted")),
            "__closure__" | "__globals__" | "__builtins__" => {
                Err(self.new_error("AttributeError", "readonly attribute"))
            }
            _ => {
                let dict = f.dict.borrow().clone();
                if let Some(d) = dict {
                    if let Object::Dict(d) = &*d {
                        let hash = crate::interp::hash::str_hash(name);
                        let removed = d.borrow_mut().remove(hash, |k| {
                            k.as_str().is_some_and(|s| s.as_str() == Some(name))
                        });
                        if removed.is_some() {
                            return Ok(());
                        }
                    }
                }
                Err(self.attribute_error(obj, name))
            }
        }
    }

    /// `f.__annotations__`: made once by calling `__annotate__(1)`.
    fn function_annotations(&mut self, o: &ObjRef, f: &Function) -> PyResult<Value> {
        let cached = f.annotations_dict.borrow().clone();
        if !cached.is_null() {
            return Ok(cached);
        }
        let a = f.annotations.borrow().clone();
        let result = match a.as_obj().map(|o| &**o) {
            Some(Object::Function(_)) => self.call(&a, &[Value::Int(1)], &[])?,
            Some(Object::Dict(_)) => a.clone(),
            Some(Object::Tuple(items)) => {
                let d = Value::dict(Dict::new());
                for pair in items.chunks(2) {
                    if let [k, v] = pair {
                        self.dict_set(&d, k.clone(), v.clone())?;
                    }
                }
                d
            }
            _ => Value::dict(Dict::new()),
        };
        let _ = o;
        *f.annotations_dict.borrow_mut() = result.clone();
        Ok(result)
    }

    /// The names `dir(obj)` lists, sorted.
    pub fn dir_of(&mut self, obj: &Value) -> PyResult<Vec<String>> {
        let mut names = BTreeSet::new();
        let add_dict = |names: &mut BTreeSet<String>, d: &Dict| {
            for e in d.iter() {
                if let Some(s) = e.key.as_str() {
                    names.insert(s.to_string_lossy().into_owned());
                }
            }
        };
        let add_class = |vm: &Vm, names: &mut BTreeSet<String>, class: &ObjRef| {
            let mro = type_data(class).mro.borrow().clone();
            for c in &mro {
                let t = type_data(c);
                for e in t.dict.borrow().iter() {
                    if let Some(s) = e.key.as_str() {
                        names.insert(s.to_string_lossy().into_owned());
                    }
                }
                if Rc::ptr_eq(c, &vm.classes.object) {
                    names.extend(OBJECT_NAMES.iter().map(|s| s.to_string()));
                }
                if t.name == "BaseException" && t.module == "builtins" {
                    names.extend(EXCEPTION_NAMES.iter().map(|s| s.to_string()));
                }
                if t.module == "builtins" || t.module == "_io" {
                    let extra = crate::interp::dir_names::extra_names(&t.name);
                    names.extend(extra.iter().map(|s| s.to_string()));
                }
            }
        };
        match obj.as_obj().map(|o| &**o) {
            Some(Object::Module(m)) => {
                if let Object::Dict(d) = &*m.dict {
                    add_dict(&mut names, &d.borrow());
                }
            }
            Some(Object::Type(_)) => {
                let class = obj
                    .as_obj()
                    .cloned()
                    .unwrap_or_else(|| self.classes.object.clone());
                add_class(self, &mut names, &class);
            }
            other => {
                match other {
                    Some(Object::Instance(i)) => {
                        if let Object::Dict(d) = &*i.dict {
                            add_dict(&mut names, &d.borrow());
                        }
                    }
                    Some(Object::Exception(e)) => {
                        if let Object::Dict(d) = &*e.dict {
                            add_dict(&mut names, &d.borrow());
                        }
                    }
                    Some(Object::Function(f)) => {
                        if let Some(d) = f.dict.borrow().as_ref() {
                            if let Object::Dict(d) = &**d {
                                add_dict(&mut names, &d.borrow());
                            }
                        }
                    }
                    _ => {}
                }
                let class = self.classes.class_of(obj);
                add_class(self, &mut names, &class);
            }
        }
        Ok(names.into_iter().collect())
    }

    /// `globals()` of the running frame.
    pub fn globals_value(&self) -> Value {
        Value::Obj(self.frame().globals.clone())
    }

    /// `locals()` of the running frame: its namespace in module and class
    /// bodies, a fresh snapshot of the fast locals in functions.
    pub fn locals_value(&mut self) -> PyResult<Value> {
        let frame = self.frame();
        let kinds = &frame.code.data.localspluskinds;
        // In a module or class body, the variables of a comprehension running
        // inline there hide the namespace (CPython returns a proxy of the
        // frame's fast variables then).
        let hidden_bound = (0..frame.fast.len()).any(|i| {
            kinds.get(i).is_some_and(|k| k & local_kind::HIDDEN != 0) && !frame.fast[i].is_null()
        });
        if let Some(ns) = &frame.locals {
            if !hidden_bound {
                return Ok(ns.clone());
            }
        }
        let in_namespace = frame.locals.is_some();
        let code = frame.code.clone();
        let fast = frame.fast.clone();
        self.fast_locals_dict(&code, &fast, !in_namespace)
    }

    /// A dict of the bound variables among `fast` (the local slots of `code`),
    /// cells read through; comprehension variables hidden in a namespace are
    /// left out when `skip_hidden`.
    pub fn fast_locals_dict(
        &mut self,
        code: &crate::code::Code,
        fast: &[Value],
        skip_hidden: bool,
    ) -> PyResult<Value> {
        let d = Value::dict(Dict::new());
        let kinds = &code.data.localspluskinds;
        for (i, name) in code.localsplus_names.iter().enumerate() {
            let kind = kinds.get(i).copied().unwrap_or(0);
            if kind & local_kind::HIDDEN != 0 && skip_hidden {
                continue;
            }
            let mut v = fast.get(i).cloned().unwrap_or_default();
            if kind & (local_kind::CELL | local_kind::FREE) != 0 {
                if let Some(Object::Cell(c)) = v.as_obj().map(|o| &**o) {
                    let inner = c.borrow().clone();
                    v = inner;
                }
            }
            if !v.is_null() {
                self.dict_set(&d, name.clone(), v)?;
            }
        }
        Ok(d)
    }
}

fn code_attr(c: &crate::code::Code, name: &str) -> Option<Value> {
    let d = &c.data;
    let names = |v: Vec<Rc<crate::marshal::PyStr>>| {
        Value::tuple(
            v.into_iter()
                .map(|n| Value::from_pystr((*n).clone()))
                .collect(),
        )
    };
    Some(match name {
        "co_name" => Value::from_pystr((*d.name).clone()),
        "co_qualname" => Value::from_pystr((*d.qualname).clone()),
        "co_filename" => Value::from_pystr((*d.filename).clone()),
        "co_argcount" => Value::Int(i64::from(d.argcount)),
        "co_posonlyargcount" => Value::Int(i64::from(d.posonlyargcount)),
        "co_kwonlyargcount" => Value::Int(i64::from(d.kwonlyargcount)),
        "co_stacksize" => Value::Int(i64::from(d.stacksize)),
        "co_flags" => Value::Int(i64::from(d.flags)),
        "co_firstlineno" => Value::Int(i64::from(d.firstlineno)),
        "co_nlocals" => Value::Int(d.names_of_kind(local_kind::LOCAL).len() as i64),
        "co_varnames" => names(d.names_of_kind(local_kind::LOCAL)),
        "co_cellvars" => names(d.names_of_kind(local_kind::CELL)),
        "co_freevars" => names(d.names_of_kind(local_kind::FREE)),
        "co_names" => Value::tuple(c.names.clone()),
        "co_consts" => Value::tuple(c.consts.clone()),
        "co_code" => Value::obj(Object::Bytes(d.code.to_vec().into_boxed_slice())),
        _ => return None,
    })
}

/// `vars([obj])`.
pub fn vars(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("vars() takes no keyword arguments"));
    }
    match args {
        [] => vm.locals_value(),
        [obj] => {
            let d = match obj.as_obj().map(|o| &**o) {
                Some(Object::Instance(i)) if vm.has_instance_dict(&i.class) => {
                    Some(Value::Obj(i.dict.clone()))
                }
                Some(Object::Instance(_)) => None,
                Some(Object::Exception(e)) => Some(Value::Obj(e.dict.clone())),
                Some(Object::Module(m)) => Some(Value::Obj(m.dict.clone())),
                Some(Object::Type(_)) => Some(Value::obj(Object::Native(Native::MappingProxy(
                    obj.as_obj()
                        .cloned()
                        .unwrap_or_else(|| vm.classes.object.clone()),
                )))),
                Some(Object::Function(_)) => vm.lookup_attr(obj, "__dict__")?,
                _ => None,
            };
            d.ok_or_else(|| vm.type_error("vars() argument must have __dict__ attribute"))
        }
        _ => Err(vm.type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `dir([obj])`.
pub fn dir(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("dir() takes no keyword arguments"));
    }
    let names = match args {
        [] => {
            let locals = vm.locals_value()?;
            let mut names: Vec<String> = vm
                .collect(&locals)?
                .iter()
                .filter_map(|k| k.as_str().map(|s| s.to_string_lossy().into_owned()))
                .collect();
            names.sort();
            names
        }
        [obj] => dir_names(vm, obj)?,
        _ => {
            return Err(vm.type_error(format!(
                "dir expected at most 1 argument, got {}",
                args.len()
            )))
        }
    };
    Ok(Value::list(
        names.into_iter().map(|n| Value::str(&n)).collect(),
    ))
}

/// The names of `dir(obj)`: a Python `__dir__` if the class has one, else the
/// instance and class attributes.
pub fn dir_names(vm: &mut Vm, obj: &Value) -> PyResult<Vec<String>> {
    let class = vm.classes.class_of(obj);
    if let Some(m) = crate::object::types::lookup(&class, "__dir__") {
        if matches!(m.as_obj().map(|o| &**o), Some(Object::Function(_))) {
            let r = vm.call(&m, std::slice::from_ref(obj), &[])?;
            let mut names = Vec::new();
            for n in vm.collect(&r)? {
                names.push(vm.str_of(&n)?);
            }
            names.sort();
            return Ok(names);
        }
    }
    vm.dir_of(obj)
}

/// `globals()`.
pub fn globals(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "globals() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(vm.globals_value())
}

/// `locals()`.
pub fn locals(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "locals() takes no arguments ({} given)",
            args.len()
        )));
    }
    vm.locals_value()
}

impl Vm {
    /// `LOAD_FROM_DICT_OR_GLOBALS`: a name from a mapping (a class namespace
    /// in annotation scopes), else the globals, else the builtins.
    pub fn load_from_mapping_or_globals(
        &mut self,
        mapping: &Value,
        name: &Value,
    ) -> PyResult<Value> {
        let found = match mapping.as_obj().map(|o| &**o) {
            Some(Object::Dict(_)) => self.dict_get(mapping, name)?,
            _ => match self.getitem(mapping, name) {
                Ok(v) => Some(v),
                Err(e) if self.is_instance_of(&e, "KeyError") => None,
                Err(e) => return Err(e),
            },
        };
        if let Some(v) = found {
            return Ok(v);
        }
        let globals = self.globals_value();
        if let Some(v) = self.dict_get(&globals, name)? {
            return Ok(v);
        }
        let builtins = Value::Obj(self.builtins.clone());
        if let Some(v) = self.dict_get(&builtins, name)? {
            return Ok(v);
        }
        let text = self.str_of(name)?;
        let e = self.new_error("NameError", &format!("name '{text}' is not defined"));
        crate::interp::class::exceptions::set_attr_raw(&e, "name", name.clone());
        crate::interp::suggestions::record_name_scope(self, &e);
        Err(e)
    }

    /// `SETUP_ANNOTATIONS`: an `__annotations__` dict in the namespace.
    pub fn setup_annotations_impl(&mut self) -> PyResult<()> {
        let ns = match self.frame().locals.clone() {
            Some(ns) => ns,
            None => {
                return Err(
                    self.new_error("SystemError", "no locals found when setting up annotations")
                )
            }
        };
        let key = Value::str("__annotations__");
        let present = match ns.as_obj().map(|o| &**o) {
            Some(Object::Dict(_)) => self.dict_get(&ns, &key)?.is_some(),
            _ => self.getitem(&ns, &key).is_ok(),
        };
        if !present {
            let d = Value::dict(Dict::new());
            self.setitem(&ns, &key, d)?;
        }
        Ok(())
    }

    /// `__annotations__` of a class: made once from `__annotate_func__(1)`
    /// (or the namespace's `__annotations__`), `{}` when it has none.
    pub fn class_annotations(&mut self, class: &ObjRef) -> PyResult<Value> {
        let t = type_data(class);
        let get = |key: &str| {
            t.dict
                .borrow()
                .get(crate::interp::hash::str_hash(key), |k| {
                    k.as_str().is_some_and(|s| s.as_str() == Some(key))
                })
                .cloned()
        };
        if let Some(a) = get("__annotations__").or_else(|| get("__annotations_cache__")) {
            return Ok(a);
        }
        let result = match get("__annotate_func__").or_else(|| get("__annotate__")) {
            Some(f) if !matches!(f, Value::None) => self.call(&f, &[Value::Int(1)], &[])?,
            _ => Value::dict(Dict::new()),
        };
        let hash = crate::interp::hash::str_hash("__annotations_cache__");
        t.dict.borrow_mut().insert(
            hash,
            Value::str("__annotations_cache__"),
            result.clone(),
            |k| {
                k.as_str()
                    .is_some_and(|s| s.as_str() == Some("__annotations_cache__"))
            },
        );
        Ok(result)
    }

    /// `__annotations__` of a module: made once from its `__annotate__(1)`.
    pub fn module_annotations(&mut self, dict: &ObjRef) -> PyResult<Value> {
        if let Some(a) = dict_lookup(dict, "__annotations__") {
            return Ok(a);
        }
        let result = match dict_lookup(dict, "__annotate__") {
            Some(f) if !matches!(f, Value::None) => self.call(&f, &[Value::Int(1)], &[])?,
            _ => Value::dict(Dict::new()),
        };
        dict_set_str(
            self,
            &Value::Obj(dict.clone()),
            "__annotations__",
            result.clone(),
        )?;
        Ok(result)
    }
}

/// Whether `v` is a dict (or a dict subclass instance).
fn is_dict(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &**o), Some(Object::Dict(_)))
}

/// NULL for `None`, else the value itself.
fn none_to_null(v: Value) -> Value {
    if matches!(v, Value::None) {
        Value::Null
    } else {
        v
    }
}

/// Whether `v` can be called (as `callable()` tells).
fn is_callable(v: &Value) -> bool {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Function(_) | Object::Builtin(_) | Object::Method(..) | Object::Type(_)) => {
            true
        }
        Some(Object::Instance(i)) => crate::object::types::lookup(&i.class, "__call__").is_some(),
        _ => false,
    }
}
