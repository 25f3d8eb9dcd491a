//! The object protocols the handlers and builtins share: truth, text,
//! arithmetic, comparison, hashing, attributes, subscripts and iteration.

use super::hash::{builtin_eq, builtin_hash, str_hash};
use super::Vm;
use crate::formatting;
use crate::object::types::{lookup, type_data, Builtin as Kind};
use crate::object::{Dict, IterState, ObjRef, Object, PyResult, TypeObject, Value};

use num_traits::Zero;
use std::cell::RefCell;
use std::rc::Rc;

/// The binary operators of `BINARY_OP`, by oparg, with their symbols.
pub const NB_OPS: &[&str] = &[
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=", "[]",
];

/// The special methods of the binary operators, by oparg (in-place ones first
/// try their own, then the plain one).
const NB_METHODS: &[(&str, &str)] = &[
    ("__add__", "__radd__"),
    ("__and__", "__rand__"),
    ("__floordiv__", "__rfloordiv__"),
    ("__lshift__", "__rlshift__"),
    ("__matmul__", "__rmatmul__"),
    ("__mul__", "__rmul__"),
    ("__mod__", "__rmod__"),
    ("__or__", "__ror__"),
    ("__pow__", "__rpow__"),
    ("__rshift__", "__rrshift__"),
    ("__sub__", "__rsub__"),
    ("__truediv__", "__rtruediv__"),
    ("__xor__", "__rxor__"),
];

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v, Value::Obj(o) if matches!(&**o, Object::BigInt(_)))
}

impl Vm {
    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => match &**o {
                Object::Str(s) => !s.text.is_empty(),
                Object::BigInt(b) => !b.is_zero(),
                Object::Complex(re, im) => *re != 0.0 || *im != 0.0,
                Object::Tuple(t) => !t.is_empty(),
                Object::List(l) => !l.borrow().is_empty(),
                Object::Dict(d) => !d.borrow().is_empty(),
                Object::Bytes(b) => !b.is_empty(),
                Object::ByteArray(b) => !b.borrow().is_empty(),
                Object::Range(..) | Object::BigRange(_) => {
                    crate::interp::builtins::range::truthy(v)
                }
                Object::Set(d) => !d.borrow().is_empty(),
                Object::FrozenSet(d) => !d.is_empty(),
                Object::DictView(dv) => crate::interp::builtins::dict::view_len(dv) > 0,
                Object::NotImplemented => {
                    return Err(
                        self.type_error("NotImplemented should not be used in a boolean context")
                    )
                }
                Object::Instance(_) => {
                    if let Some(r) = self.call_special(v, "__bool__", &[])? {
                        return match r {
                            Value::Bool(b) => Ok(b),
                            other => Err(self.type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.classes.type_name(&other)
                            ))),
                        };
                    }
                    if let Some(r) = self.call_special(v, "__len__", &[])? {
                        let n = self.index_value(&r)?;
                        if n < 0 {
                            return Err(self.value_error("__len__() should return >= 0"));
                        }
                        return Ok(n != 0);
                    }
                    if let Some(p) = self.payload_of(v) {
                        return self.truthy(&p);
                    }
                    true
                }
                _ => true,
            },
        })
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".to_string(),
            Value::None => "None".to_string(),
            Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => formatting::float_repr(*f),
            Value::Obj(o) => match &**o {
                Object::Str(s) => formatting::str_repr(&s.text),
                Object::BigInt(b) => formatting::int_to_decimal(b)
                    .map_err(|e| self.new_error(e.kind.name(), &e.message))?,
                Object::Complex(re, im) => formatting::complex_repr(*re, *im),
                Object::Bytes(b) => formatting::bytes_repr(b),
                Object::ByteArray(b) => super::builtins::bytes::bytearray_repr(&b.borrow()),
                Object::Tuple(_) => crate::interp::builtins::tuple::repr(self, v)?,
                Object::List(_) => crate::interp::builtins::list::repr(self, v)?,
                Object::Dict(_) => crate::interp::builtins::dict::repr(self, v)?,
                Object::Range(..) | Object::BigRange(_) => crate::interp::builtins::range::repr(v),
                Object::Set(_) | Object::FrozenSet(_) => {
                    crate::interp::builtins::set::repr(self, v)?
                }
                Object::DictView(_) => crate::interp::builtins::dict::view_repr(self, v)?,
                Object::Slice(a, b, c) => format!(
                    "slice({}, {}, {})",
                    self.repr(a)?,
                    self.repr(b)?,
                    self.repr(c)?
                ),
                Object::Function(f) => {
                    let q = self.str_of(&f.qualname.borrow().clone())?;
                    format!("<function {q} at {:#x}>", v.id())
                }
                Object::Builtin(b) => match &b.this {
                    Value::Null => match b.owner {
                        Some(owner)
                            if !b.name.starts_with("__")
                                && !matches!(owner, "getter" | "classmethod") =>
                        {
                            format!("<method '{}' of '{owner}' objects>", b.name)
                        }
                        _ => format!("<built-in function {}>", b.name),
                    },
                    this => format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.classes.type_name(this),
                        this.id()
                    ),
                },
                Object::Type(t) => {
                    if let Some(r) = self.metaclass_repr(v)? {
                        return self.expect_str(r, "__repr__");
                    }
                    if t.module == "builtins" {
                        format!("<class '{}'>", t.qualname)
                    } else {
                        format!("<class '{}.{}'>", t.current_module(), t.current_qualname())
                    }
                }
                Object::Module(m) if matches!(&*m.name, "builtins" | "sys" | "math") => {
                    format!("<module '{}' (built-in)>", m.name)
                }
                Object::Module(m) => format!("<module '{}'>", m.name),
                Object::Instance(_) | Object::Exception(_) => {
                    if let Some(r) = self.call_special(v, "__repr__", &[])? {
                        return self.expect_str(r, "__repr__");
                    }
                    self.default_repr(v)?
                }
                Object::NotImplemented => "NotImplemented".to_string(),
                Object::Ellipsis => "Ellipsis".to_string(),
                Object::Method(this, func) => {
                    let name = self
                        .getattr(func, "__qualname__")
                        .and_then(|n| self.str_of(&n))
                        .unwrap_or_default();
                    format!("<bound method {name} of {}>", self.repr(this)?)
                }
                Object::Cell(_) => format!("<cell at {:#x}>", v.id()),
                Object::Code(c) => format!("<code object {} at {:#x}>", c.name(), v.id()),
                Object::Iter(_) => {
                    format!("<{} object at {:#x}>", self.classes.type_name(v), v.id())
                }
                Object::Native(n) => return self.native_repr(v, n),
            },
        })
    }

    fn default_repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(Object::Exception(e)) = v.as_obj().map(|o| &**o) {
            let name = type_data(&e.class).name.clone();
            let args = e.args.borrow().clone();
            let inner = match args.as_obj().map(|o| &**o) {
                Some(Object::Tuple(items)) if items.len() == 1 => self.repr(&items[0])?,
                Some(Object::Tuple(items)) => {
                    let parts = items
                        .iter()
                        .map(|i| self.repr(i))
                        .collect::<PyResult<Vec<_>>>()?;
                    parts.join(", ")
                }
                _ => String::new(),
            };
            return Ok(format!("{name}({inner})"));
        }
        let class = self.classes.class_of(v);
        let t = type_data(&class);
        if t.module == "builtins" {
            return Ok(format!("<{} object at {:#x}>", t.qualname, v.id()));
        }
        Ok(format!(
            "<{}.{} object at {:#x}>",
            t.current_module(),
            t.current_qualname(),
            v.id()
        ))
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v.as_obj().map(|o| &**o) {
            Some(Object::Str(s)) => Ok(s.text.to_string_lossy().into_owned()),
            None => self.repr(v),
            Some(Object::Instance(_)) => match self.call_special(v, "__str__", &[])? {
                Some(r) => self.expect_str(r, "__str__"),
                None => self.repr(v),
            },
            Some(Object::Exception(e)) => {
                if let Some(r) = self.call_special_override(v, "__str__")? {
                    return self.expect_str(r, "__str__");
                }
                let _ = e;
                super::class::exceptions::exception_str_text(self, v)
            }
            _ => self.repr(v),
        }
    }

    fn expect_str(&mut self, r: Value, method: &str) -> PyResult<String> {
        match r.as_str() {
            Some(s) => Ok(s.to_string_lossy().into_owned()),
            None => Err(self.type_error(format!(
                "{method} returned non-string (type {})",
                self.classes.type_name(&r)
            ))),
        }
    }

    /// Calls a special method found on the class of `v` (not the instance),
    /// if the class is a Python class that defines it.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let class = self.classes.class_of(v);
        let Some(method) = lookup(&class, name) else {
            return Ok(None);
        };
        let mut all = vec![self.builtin_receiver(&method, v)];
        all.extend_from_slice(args);
        self.call(&method, &all, &[]).map(Some)
    }

    /// Like [`Vm::call_special`], but only for a method a Python class defines
    /// (not one inherited from a builtin class).
    fn call_special_override(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        let class = self.classes.class_of(v);
        match lookup(&class, name) {
            Some(m @ Value::Obj(_))
                if matches!(m.as_obj().map(|o| &**o), Some(Object::Function(_))) =>
            {
                self.call(&m, std::slice::from_ref(v), &[]).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// `operator.index(v)` as an i64.
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => {
                Err(self.new_error("IndexError", "cannot fit 'int' into an index-sized integer"))
            }
            Value::Obj(o) if matches!(&**o, Object::Instance(_)) => {
                let i = self.instance_index(v)?;
                self.index_value(&i)
            }
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.classes.type_name(v)
            ))),
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = crate::interp::builtins::container_ops::hash(self, v)? {
            return Ok(h);
        }
        if let Some(h) = super::generic_alias::native_hash(self, v)? {
            return Ok(h);
        }
        if let Some(h) = builtin_hash(v) {
            return Ok(h);
        }
        if let Some(Object::Tuple(items)) = v.as_obj().map(|o| &**o) {
            return crate::interp::builtins::tuple::hash(self, items);
        }
        if let Some(Object::Instance(_)) = v.as_obj().map(|o| &**o) {
            return self.instance_hash(v);
        }
        Err(self.type_error(format!("unhashable type: '{}'", self.classes.type_name(v))))
    }

    /// `a == b` as a truth value.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        let r = self.compare(2, a, b)?;
        self.truthy(&r)
    }

    /// A dict lookup with Python equality for keys.
    pub fn dict_get(&mut self, dict: &Value, key: &Value) -> PyResult<Option<Value>> {
        crate::interp::builtins::dict::get(self, dict, key)
    }

    /// `dict[key] = value`.
    pub fn dict_set(&mut self, dict: &Value, key: Value, value: Value) -> PyResult<()> {
        crate::interp::builtins::dict::set(self, dict, key, value)
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.find_attr(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// An attribute, or `None` when there is none (an `AttributeError`
    /// raised while looking counts as none).
    pub fn lookup_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.find_attr(obj, name) {
            Err(e) if self.is_instance_of(&e, "AttributeError") => Ok(None),
            r => r,
        }
    }

    /// The attribute lookup of `object.__getattribute__` (no class hooks):
    /// `None` when there is none.
    pub fn generic_lookup(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let hash = str_hash(name);
        let key_is = |k: &Value| k.as_str().is_some_and(|s| s.as_str() == Some(name));
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        match obj.as_obj().map(|o| &**o) {
            Some(Object::Module(m)) => {
                if let Object::Dict(d) = &*m.dict {
                    if let Some(v) = d.borrow().get(hash, key_is) {
                        return Ok(Some(v.clone()));
                    }
                }
                return Ok(None);
            }
            Some(Object::Type(t)) => {
                if name == "__name__" {
                    return Ok(Some(Value::str(&t.current_name())));
                }
                if name == "__qualname__" {
                    return Ok(Some(Value::str(&t.current_qualname())));
                }
                if name == "__module__" {
                    if t.module != "builtins" {
                        let hash = str_hash(name);
                        if let Some(v) = t.dict.borrow().get(hash, key_is) {
                            return Ok(Some(v.clone()));
                        }
                    }
                    return Ok(Some(Value::str(&t.module)));
                }
                if name == "__mro__" {
                    let mro: Vec<Value> = t
                        .mro
                        .borrow()
                        .iter()
                        .map(|c| Value::Obj(c.clone()))
                        .collect();
                    return Ok(Some(Value::tuple(mro)));
                }
                if name == "__bases__" {
                    return Ok(Some(Value::tuple(
                        t.bases.iter().map(|c| Value::Obj(c.clone())).collect(),
                    )));
                }
                let class = obj.as_obj().expect("matched a class").clone();
                if let Some(v) = self.type_special_attr(&class, name)? {
                    return Ok(Some(v));
                }
                if let Some(m) = super::builtin_dunders::class_method(self, &class, name) {
                    return Ok(Some(m));
                }
                return self.class_getattr(&class, name);
            }
            Some(Object::Function(f)) => match name {
                "__name__" => return Ok(Some(f.name.borrow().clone())),
                "__qualname__" => return Ok(Some(f.qualname.borrow().clone())),
                "__defaults__" => return Ok(Some(nullable(&f.defaults.borrow()))),
                "__code__" => return Ok(Some(Value::obj(Object::Code(f.code.clone())))),
                _ => {}
            },
            Some(Object::Exception(e)) => match name {
                "args" => return Ok(Some(e.args.borrow().clone())),
                "__cause__" => return Ok(Some(e.cause.borrow().clone())),
                "__context__" => return Ok(Some(nullable(&e.context.borrow()))),
                "__suppress_context__" => return Ok(Some(Value::Bool(e.suppress_context.get()))),
                "__notes__" if !e.notes.borrow().is_null() => {
                    return Ok(Some(e.notes.borrow().clone()))
                }
                "__traceback__" => {
                    return Ok(Some(if e.traceback.borrow().is_empty() {
                        Value::None
                    } else {
                        Value::str("<traceback>")
                    }))
                }
                _ => {
                    if let Object::Dict(d) = &*e.dict {
                        if let Some(v) = d.borrow().get(hash, key_is) {
                            return Ok(Some(v.clone()));
                        }
                    }
                }
            },
            Some(Object::Instance(i)) => {
                if name == "__dict__" && self.has_instance_dict(&i.class) {
                    return Ok(Some(Value::Obj(i.dict.clone())));
                }
                if name == "__class__" {
                    return Ok(Some(Value::Obj(i.class.clone())));
                }
                let class_attr = lookup(&i.class, name);
                if let Some(attr) = &class_attr {
                    if is_data_descriptor(attr) {
                        return self.bind(attr, obj).map(Some);
                    }
                }
                if let Object::Dict(d) = &*i.dict {
                    if let Some(v) = d.borrow().get(hash, key_is) {
                        return Ok(Some(v.clone()));
                    }
                }
                if let Some(attr) = class_attr {
                    return self.bind(&attr, obj).map(Some);
                }
                // `MyInt(5).__add__`: the builtin base's special method, on the payload.
                if let Some(p) = name
                    .starts_with("__")
                    .then(|| self.payload_of(obj))
                    .flatten()
                {
                    return Ok(super::builtin_dunders::bound_method(self, &p, name));
                }
                return Ok(None);
            }
            Some(Object::Range(..) | Object::BigRange(_)) => {
                if let Some(v) = crate::interp::builtins::range::member(obj, name) {
                    return Ok(Some(v));
                }
            }
            Some(Object::Slice(..)) => {
                if let Some(v) = crate::interp::builtins::slice::member(obj, name) {
                    return Ok(Some(v));
                }
            }
            _ => {}
        }
        if name == "__class__" {
            return Ok(Some(Value::Obj(self.classes.class_of(obj))));
        }
        if let Some(m) = super::builtin_dunders::bound_method(self, obj, name) {
            return Ok(Some(m));
        }
        let class = self.classes.class_of(obj);
        match lookup(&class, name) {
            Some(attr) => self.bind(&attr, obj).map(Some),
            None => Ok(None),
        }
    }

    /// Binds a class attribute to an instance: functions become bound methods.
    fn bind(&mut self, attr: &Value, obj: &Value) -> PyResult<Value> {
        let owner = self.classes.class_of(obj);
        self.descr_get(attr, Some(obj), &owner)
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        let dict = match obj.as_obj().map(|o| &**o) {
            Some(Object::Instance(i)) => {
                if let Some(setter) = lookup(&i.class, "__setattr__") {
                    if matches!(setter.as_obj().map(|o| &**o), Some(Object::Function(_))) {
                        self.call(&setter, &[obj.clone(), Value::str(name), value], &[])?;
                        return Ok(());
                    }
                }
                let _ = i;
                return self.generic_setattr(obj, name, value);
            }
            Some(Object::Exception(e)) => match name {
                "__cause__" => {
                    *e.cause.borrow_mut() = value;
                    e.suppress_context.set(true);
                    return Ok(());
                }
                "__context__" => {
                    *e.context.borrow_mut() = value;
                    return Ok(());
                }
                "__suppress_context__" => {
                    let b = self.truthy(&value)?;
                    e.suppress_context.set(b);
                    return Ok(());
                }
                "__traceback__" => {
                    return super::class::exceptions::set_traceback(self, e, &value);
                }
                "args" => {
                    let items = self.collect(&value)?;
                    *e.args.borrow_mut() = Value::tuple(items);
                    return Ok(());
                }
                "message" | "exceptions" if e.group.get().is_some() => {
                    return Err(super::exception_group::readonly_error(self));
                }
                _ => Value::Obj(e.dict.clone()),
            },
            Some(Object::Type(t)) => {
                if t.module == "builtins" {
                    return Err(self.type_error(format!(
                        "cannot set '{name}' attribute of immutable type '{}'",
                        t.name
                    )));
                }
                if matches!(name, "__name__" | "__qualname__") {
                    return super::class::rename::type_rename(self, t, name, &value);
                }
                let hash = str_hash(name);
                t.dict
                    .borrow_mut()
                    .insert(hash, Value::str(name), value, |k| {
                        k.as_str().is_some_and(|s| s.as_str() == Some(name))
                    });
                return Ok(());
            }
            Some(Object::Module(m)) => Value::Obj(m.dict.clone()),
            Some(Object::Function(f)) => match name {
                "__doc__" | "__defaults__" | "__kwdefaults__" | "__annotations__"
                | "__annotate__" | "__module__" | "__type_params__" | "__dict__" => {
                    return self.function_setattr(f, name, value);
                }
                "__name__" | "__qualname__" | "__closure__" | "__globals__" | "__builtins__" => {
                    return self.function_setattr(f, name, value);
                }
                _ => {
                    let d = f
                        .dict
                        .borrow_mut()
                        .get_or_insert_with(|| Rc::new(Object::Dict(RefCell::new(Dict::new()))))
                        .clone();
                    Value::Obj(d)
                }
            },
            _ => {
                if let Some(Object::Native(n)) = obj.as_obj().map(|o| &**o) {
                    if let Some(e) = self.native_readonly(n, name) {
                        return Err(e);
                    }
                }
                return Err(self.no_dict_setattr_error(obj, name));
            }
        };
        dict_set_str(self, &dict, name, value)
    }

    /// The error of setting or deleting attribute `name` of a builtin
    /// object without `__dict__`.
    fn no_dict_setattr_error(&self, obj: &Value, name: &str) -> crate::object::PyErr {
        let class = self.classes.type_name(obj);
        let existing = lookup(&self.classes.class_of(obj), name);
        if let Some(Object::Builtin(b)) = existing.as_ref().and_then(|v| v.as_obj()).map(|o| &**o) {
            let message = if b.owner == Some("getter") {
                format!("attribute '{name}' of '{class}' objects is not writable")
            } else {
                format!("'{class}' object attribute '{name}' is read-only")
            };
            return self.new_error("AttributeError", &message);
        }
        let e = self.new_error(
            "AttributeError",
            &format!(
                "'{class}' object has no attribute '{name}' and no __dict__ for setting new attributes"
            ),
        );
        super::class::exceptions::set_attr_raw(&e, "name", Value::str(name));
        super::class::exceptions::set_attr_raw(&e, "obj", obj.clone());
        e
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let dict = match obj.as_obj().map(|o| &**o) {
            Some(Object::Instance(_) | Object::Exception(_)) => {
                return self.instance_delattr(obj, name)
            }
            Some(Object::Module(m)) => m.dict.clone(),
            Some(Object::Type(_)) => return self.type_delattr(obj, name),
            Some(Object::Function(f)) => return self.function_delattr(obj, f, name),
            Some(Object::Native(_)) => return Err(self.attribute_error(obj, name)),
            _ => return Err(self.no_dict_setattr_error(obj, name)),
        };
        let hash = str_hash(name);
        if let Object::Dict(d) = &*dict {
            if d.borrow_mut()
                .remove(hash, |k| {
                    k.as_str().is_some_and(|s| s.as_str() == Some(name))
                })
                .is_some()
            {
                return Ok(());
            }
        }
        Err(self.attribute_error(obj, name))
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(it) = crate::interp::builtins::iterators::iter_builtin(self, v)? {
            return Ok(it);
        }
        let state = match v.as_obj().map(|o| &**o) {
            Some(Object::List(_)) => IterState::List(v.as_obj().expect("matched").clone(), 0),
            Some(Object::Tuple(_)) => IterState::Tuple(v.as_obj().expect("matched").clone(), 0),
            Some(Object::Str(s)) => IterState::Str(s.text.code_points().collect(), 0),
            Some(Object::Bytes(_) | Object::ByteArray(_)) => {
                let items = super::builtins::bytes::iter_items(v).unwrap_or_default();
                IterState::Tuple(Rc::new(Object::Tuple(items.into_boxed_slice())), 0)
            }
            Some(Object::Iter(_)) => return Ok(v.clone()),
            Some(Object::Native(n)) => match self.native_iter(v, n)? {
                Some(it) => return Ok(it),
                None => {
                    return Err(self.type_error(format!(
                        "'{}' object is not iterable",
                        self.classes.type_name(v)
                    )))
                }
            },
            Some(Object::Instance(_)) => {
                if let Some(it) = self.call_special(v, "__iter__", &[])? {
                    return self.check_iterator(it);
                }
                if let Some(p) = self.payload_of(v) {
                    return self.iter(&p);
                }
                if lookup(&self.classes.class_of(v), "__getitem__").is_some() {
                    return Ok(self.seq_iter(v));
                }
                return Err(self.type_error(format!(
                    "'{}' object is not iterable",
                    self.classes.type_name(v)
                )));
            }
            _ => {
                return Err(self.type_error(format!(
                    "'{}' object is not iterable",
                    self.classes.type_name(v)
                )))
            }
        };
        Ok(Value::obj(Object::Iter(RefCell::new(state))))
    }

    /// `next(it)`: `None` when it is exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it.as_obj().map(|o| &**o) {
            Some(Object::Iter(state)) => crate::interp::builtins::iterators::next(self, state),
            Some(Object::Native(n)) => self.native_next(it, n),
            Some(Object::Instance(_)) => match self.call_special(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.classes.type_name(it)
                ))),
                Err(e) if self.is_instance_of(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            },
            _ => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.classes.type_name(it)
            ))),
        }
    }

    /// Collects an iterable into a vector.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.as_obj().map(|o| &**o) {
            Some(Object::List(l)) => return Ok(l.borrow().clone()),
            Some(Object::Tuple(t)) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v.as_obj().map(|o| &**o) {
            Some(Object::Str(s)) => super::builtins::str::len(s),
            Some(Object::List(l)) => l.borrow().len(),
            Some(Object::Tuple(t)) => t.len(),
            Some(Object::Dict(d)) => d.borrow().len(),
            Some(Object::Bytes(b)) => b.len(),
            Some(Object::ByteArray(b)) => b.borrow().len(),
            Some(Object::Range(..) | Object::BigRange(_)) => {
                crate::interp::builtins::range::len(self, v)?
            }
            Some(Object::Set(d)) => d.borrow().len(),
            Some(Object::FrozenSet(d)) => d.len(),
            Some(Object::DictView(dv)) => crate::interp::builtins::dict::view_len(dv),
            Some(Object::Instance(_) | Object::Native(_)) => {
                match self.call_special(v, "__len__", &[])? {
                    Some(n) => {
                        let n = self.index_value(&n)?;
                        if n < 0 {
                            return Err(self.value_error("__len__() should return >= 0"));
                        }
                        n as usize
                    }
                    None => match self.payload_of(v) {
                        Some(p) => self.len(&p)?,
                        None => {
                            return Err(self.type_error(format!(
                                "object of type '{}' has no len()",
                                self.classes.type_name(v)
                            )))
                        }
                    },
                }
            }
            _ => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.classes.type_name(v)
                )))
            }
        })
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        match container.as_obj().map(|o| &**o) {
            Some(Object::List(_) | Object::Tuple(_)) => {
                crate::interp::builtins::list::getitem(self, container, key)
            }
            Some(Object::Str(s)) => super::builtins::str::getitem(self, s, key),
            Some(Object::Bytes(_) | Object::ByteArray(_)) => {
                super::builtins::bytes::getitem(self, container, key)
            }
            Some(Object::Dict(_)) => match self.dict_get(container, key)? {
                Some(v) => Ok(v),
                None => {
                    let k = self.repr(key)?;
                    let _ = k;
                    Err(crate::object::PyErr(self.new_exception(
                        self.classes.named("KeyError"),
                        vec![key.clone()],
                    )))
                }
            },
            Some(Object::Range(..) | Object::BigRange(_)) => {
                crate::interp::builtins::range::getitem(self, container, key)
            }
            Some(Object::Instance(_)) | Some(Object::Type(_)) | Some(Object::Native(_)) => {
                if let Some(v) = crate::interp::builtins::dict::missing_hook(self, container, key)?
                {
                    return Ok(v);
                }
                match self.call_special(container, "__getitem__", std::slice::from_ref(key))? {
                    Some(v) => Ok(v),
                    None if matches!(container.as_obj().map(|o| &**o), Some(Object::Type(_))) => {
                        super::generic_alias::class_getitem(self, container, key)
                    }
                    None => match self.payload_of(container) {
                        Some(p) => self.getitem(&p, key),
                        None => Err(self.type_error(format!(
                            "'{}' object is not subscriptable",
                            self.classes.type_name(container)
                        ))),
                    },
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                self.classes.type_name(container)
            ))),
        }
    }

    /// The items a slice picks.
    pub fn slice_of(&mut self, items: &[Value], slice: &Value) -> PyResult<Vec<Value>> {
        let (start, stop, step) = self.slice_indices(slice, items.len())?;
        let count = crate::interp::builtins::slice::slice_len(start, stop, step);
        let mut out = Vec::with_capacity(count as usize);
        let mut i = start;
        for _ in 0..count {
            out.extend(items.get(i as usize).cloned());
            i = i.wrapping_add(step);
        }
        Ok(out)
    }

    /// `slice.indices(len)`.
    pub fn slice_indices(&mut self, slice: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
        crate::interp::builtins::slice::indices(self, slice, len)
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: &Value, value: Value) -> PyResult<()> {
        match container.as_obj().map(|o| &**o) {
            Some(Object::List(_)) => {
                crate::interp::builtins::list::setitem(self, container, key, value)
            }
            Some(Object::Dict(_)) => self.dict_set(container, key.clone(), value),
            Some(Object::ByteArray(_)) => {
                super::builtins::bytes::setitem(self, container, key, &value)
            }
            Some(Object::Instance(_)) => {
                let class = self.classes.class_of(container);
                if lookup(&class, "__setitem__").is_none() {
                    if let Some(p) = self.payload_of(container) {
                        return self.setitem(&p, key, value);
                    }
                }
                match self.call_special(container, "__setitem__", &[key.clone(), value])? {
                    Some(_) => Ok(()),
                    None => Err(self.type_error(format!(
                        "'{}' object does not support item assignment",
                        self.classes.type_name(container)
                    ))),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.classes.type_name(container)
            ))),
        }
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        match container.as_obj().map(|o| &**o) {
            Some(Object::List(_)) => crate::interp::builtins::list::delitem(self, container, key),
            Some(Object::ByteArray(_)) => super::builtins::bytes::delitem(self, container, key),
            Some(Object::Dict(_)) => crate::interp::builtins::dict::delitem(self, container, key),
            Some(Object::Instance(_)) => {
                let class = self.classes.class_of(container);
                if lookup(&class, "__delitem__").is_none() {
                    if let Some(p) = self.payload_of(container) {
                        return self.delitem(&p, key);
                    }
                }
                match self.call_special(container, "__delitem__", std::slice::from_ref(key))? {
                    Some(_) => Ok(()),
                    None => Err(self.no_item_deletion(container, key)),
                }
            }
            _ => Err(self.no_item_deletion(container, key)),
        }
    }

    /// `PyObject_DelItem`'s error: `PySequence_DelItem`'s wording for an
    /// integer key of a type with sequence methods.
    fn no_item_deletion(&self, container: &Value, key: &Value) -> crate::object::PyErr {
        let sequence = matches!(
            container.as_obj().map(|o| &**o),
            Some(
                Object::Str(_)
                    | Object::Tuple(_)
                    | Object::Bytes(_)
                    | Object::Range(..)
                    | Object::BigRange(_)
                    | Object::Set(_)
                    | Object::FrozenSet(_)
                    | Object::DictView(_)
                    | Object::Instance(_)
            )
        );
        let index = matches!(key, Value::Int(_) | Value::Bool(_))
            || matches!(key.as_obj().map(|o| &**o), Some(Object::BigInt(_)));
        let verb = if sequence && index {
            "doesn't"
        } else {
            "does not"
        };
        self.type_error(format!(
            "'{}' object {verb} support item deletion",
            self.classes.type_name(container)
        ))
    }

    /// `a OP b` for a `BINARY_OP` oparg.
    pub fn binary_op(&mut self, op: u32, a: &Value, b: &Value) -> PyResult<Value> {
        let op = op as usize;
        if op >= NB_OPS.len() {
            return Err(self.new_error("SystemError", &format!("bad BINARY_OP oparg {op}")));
        }
        if op == 26 {
            return self.getitem(a, b);
        }
        if let Some(v) = super::builtins::str::binary(self, op as u32, a, b)? {
            return Ok(v);
        }
        if let Some(v) = crate::interp::builtins::container_ops::binary(self, op, a, b)? {
            return Ok(v);
        }
        let base = if op >= 13 { op - 13 } else { op };
        if let Some(v) = self.builtin_binary(base, a, b)? {
            return Ok(v);
        }
        let (method, rmethod) = NB_METHODS[base];
        if op >= 13 {
            let inplace = format!("__i{}", &method[2..]);
            if let Some(r) = self.call_special(a, &inplace, std::slice::from_ref(b))? {
                if !matches!(r.as_obj().map(|o| &**o), Some(Object::NotImplemented)) {
                    return Ok(r);
                }
            }
        }
        let mut order = [(a, b, method), (b, a, rmethod)];
        if self.reflected_first(a, b, rmethod) {
            order.swap(0, 1);
        }
        for (this, other, m) in order {
            if let Some(r) = self.call_special(this, m, std::slice::from_ref(other))? {
                if !matches!(r.as_obj().map(|o| &**o), Some(Object::NotImplemented)) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.payload_binary(op as u32, a, b)? {
            return Ok(r);
        }
        if let Some(r) = super::builtins::seq_fallback::binary(self, op, a, b)? {
            return Ok(r);
        }
        let sym = NB_OPS[op];
        let (ta, tb) = (self.classes.type_name(a), self.classes.type_name(b));
        if sym == "**" {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for {sym} or pow(): '{ta}' and '{tb}'"
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        )))
    }

    fn builtin_binary(&mut self, op: usize, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let Some(v) = self.numeric_binary(op, a, b)? {
            return Ok(Some(v));
        }
        match (a.as_obj().map(|o| &**o), b.as_obj().map(|o| &**o)) {
            (Some(Object::Str(x)), Some(Object::Str(y))) if op == 0 => {
                let mut s = x.text.to_string_lossy().into_owned();
                s.push_str(&y.text.to_string_lossy());
                return Ok(Some(Value::str(&s)));
            }
            (Some(Object::List(x)), Some(Object::List(y))) if op == 0 => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                return Ok(Some(Value::list(v)));
            }
            (Some(Object::Tuple(x)), Some(Object::Tuple(y))) if op == 0 => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                return Ok(Some(Value::tuple(v)));
            }
            (Some(Object::Str(x)), _) if op == 5 && is_int(b) => {
                let n = self.index_value(b)?.max(0) as usize;
                return Ok(Some(Value::str(&x.text.to_string_lossy().repeat(n))));
            }
            (_, Some(Object::Str(y))) if op == 5 && is_int(a) => {
                let n = self.index_value(a)?.max(0) as usize;
                return Ok(Some(Value::str(&y.text.to_string_lossy().repeat(n))));
            }
            (Some(Object::List(x)), _) if op == 5 && is_int(b) => {
                let n = self.index_value(b)?.max(0) as usize;
                let items = x.borrow();
                return Ok(Some(Value::list(
                    items
                        .iter()
                        .cloned()
                        .cycle()
                        .take(items.len() * n)
                        .collect(),
                )));
            }
            (Some(Object::Tuple(x)), _) if op == 5 && is_int(b) => {
                let n = self.index_value(b)?.max(0) as usize;
                return Ok(Some(Value::tuple(
                    x.iter().cloned().cycle().take(x.len() * n).collect(),
                )));
            }
            _ => {}
        }
        Ok(None)
    }

    /// A rich comparison for a `COMPARE_OP` index: 0 `<`, 1 `<=`, 2 `==`, 3 `!=`, 4 `>`, 5 `>=`.
    pub fn compare(&mut self, op: u32, a: &Value, b: &Value) -> PyResult<Value> {
        use std::cmp::Ordering;
        let ord = |o: Ordering| -> bool {
            match op {
                0 => o == Ordering::Less,
                1 => o != Ordering::Greater,
                2 => o == Ordering::Equal,
                3 => o != Ordering::Equal,
                4 => o == Ordering::Greater,
                _ => o != Ordering::Less,
            }
        };
        if let Some(r) = self.numeric_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        if let Some(r) = crate::interp::builtins::container_ops::compare(self, op, a, b)? {
            return Ok(r);
        }
        match (a.as_obj().map(|o| &**o), b.as_obj().map(|o| &**o)) {
            (Some(Object::Str(x)), Some(Object::Str(y))) => {
                let o = x.text.code_points().cmp(y.text.code_points());
                return Ok(Value::Bool(ord(o)));
            }
            (Some(Object::Bytes(_) | Object::ByteArray(_)), Some(_)) => {
                if let Some(o) = super::builtins::bytes::compare(a, b) {
                    return Ok(Value::Bool(ord(o)));
                }
            }
            (Some(Object::Dict(_)), Some(Object::Dict(_))) if op == 2 || op == 3 => {
                let eq = self.dict_eq(a, b)?;
                return Ok(Value::Bool(eq == (op == 2)));
            }
            _ => {}
        }
        const METHODS: [(&str, &str); 6] = [
            ("__lt__", "__gt__"),
            ("__le__", "__ge__"),
            ("__eq__", "__eq__"),
            ("__ne__", "__ne__"),
            ("__gt__", "__lt__"),
            ("__ge__", "__le__"),
        ];
        if op == 2 || op == 3 {
            if let Some(eq) = super::generic_alias::native_eq(self, a, b)? {
                return Ok(Value::Bool(eq == (op == 2)));
            }
        }
        let (method, reflected) = METHODS[op as usize % 6];
        let mut order = [(a, b, method), (b, a, reflected)];
        if self.is_proper_subclass_instance(b, a) {
            order.swap(0, 1);
        }
        for (x, y, m) in order {
            if matches!(
                x.as_obj().map(|o| &**o),
                Some(Object::Instance(_)) | Some(Object::Exception(_))
            ) {
                if let Some(r) = self.call_special(x, m, std::slice::from_ref(y))? {
                    if !matches!(r.as_obj().map(|o| &**o), Some(Object::NotImplemented)) {
                        return Ok(r);
                    }
                }
            }
        }
        if let Some(r) = self.payload_compare(op, a, b)? {
            return Ok(r);
        }
        match op {
            2 => Ok(Value::Bool(a.is(b) || builtin_eq(a, b))),
            3 => Ok(Value::Bool(!(a.is(b) || builtin_eq(a, b)))),
            _ => {
                let sym = ["<", "<=", "==", "!=", ">", ">="][op as usize % 6];
                let (ta, tb) = (self.classes.type_name(a), self.classes.type_name(b));
                Err(self.type_error(format!(
                    "'{sym}' not supported between instances of '{ta}' and '{tb}'"
                )))
            }
        }
    }

    fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Some(Object::Dict(x)), Some(Object::Dict(_))) =
            (a.as_obj().map(|o| &**o), b.as_obj().map(|o| &**o))
        else {
            return Ok(false);
        };
        if self.len(a)? != self.len(b)? {
            return Ok(false);
        }
        let items: Vec<(Value, Value)> = x
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in items {
            match self.dict_get(b, &k)? {
                Some(w) if self.eq(&v, &w)? => {}
                _ => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container.as_obj().map(|o| &**o) {
            Some(Object::Dict(_)) => Ok(self.dict_get(container, item)?.is_some()),
            Some(Object::Set(_) | Object::FrozenSet(_)) => {
                crate::interp::builtins::set::contains(self, container, item)
            }
            Some(Object::DictView(_)) => {
                crate::interp::builtins::dict::view_contains(self, container, item)
            }
            Some(Object::Range(..) | Object::BigRange(_)) => {
                crate::interp::builtins::range::contains(self, container, item)
            }
            Some(Object::Str(s)) => super::builtins::str::contains(self, s, item),
            Some(Object::Bytes(_) | Object::ByteArray(_)) => {
                super::builtins::bytes::contains(self, container, item)
            }
            Some(Object::Instance(_) | Object::Native(_)) => {
                match self.call_special(container, "__contains__", std::slice::from_ref(item))? {
                    Some(r) => self.truthy(&r),
                    None => self.contains_by_iter(container, item),
                }
            }
            _ => self.contains_by_iter(container, item),
        }
    }

    fn contains_by_iter(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.iter(container).map_err(|_| {
            self.type_error(format!(
                "argument of type '{}' is not a container or iterable",
                self.classes.type_name(container)
            ))
        })?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `isinstance(v, class)` for one class.
    pub fn isinstance(&self, v: &Value, class: &ObjRef) -> bool {
        TypeObject::is_subtype(&self.classes.class_of(v), class)
    }
}

fn nullable(v: &Value) -> Value {
    if v.is_null() {
        Value::None
    } else {
        v.clone()
    }
}

fn is_data_descriptor(attr: &Value) -> bool {
    super::descriptors::is_data_descriptor(attr)
}

/// The length of a range.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// Sets a `str` key in a dict value.
pub fn dict_set_str(vm: &mut Vm, dict: &Value, name: &str, value: Value) -> PyResult<()> {
    vm.dict_set(dict, Value::str(name), value)
}

/// Whether a class is (or derives from) a builtin kind.
pub fn class_kind(class: &ObjRef) -> Kind {
    type_data(class).builtin
}
