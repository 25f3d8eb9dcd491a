//! The object protocols the handlers and builtins share: truth, text,
//! arithmetic, comparison, hashing, attributes, subscripts and iteration.

use super::hash::{builtin_eq, builtin_hash, str_hash};
use super::Vm;
use crate::formatting;
use crate::object::types::{lookup, type_data, Builtin as Kind};
use crate::object::{Dict, IterState, ObjRef, Object, PyResult, TypeObject, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
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

fn big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => b.to_f64(),
            _ => None,
        },
        _ => None,
    }
}

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
                Object::Tuple(t) => !t.is_empty(),
                Object::List(l) => !l.borrow().is_empty(),
                Object::Dict(d) => !d.borrow().is_empty(),
                Object::Bytes(b) => !b.is_empty(),
                Object::Range(start, stop, step) => range_len(*start, *stop, *step) > 0,
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
                        return Ok(self.index_value(&r)? != 0);
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
                Object::BigInt(b) => b.to_string(),
                Object::Bytes(b) => formatting::bytes_repr(b),
                Object::Tuple(items) => {
                    let parts = items
                        .iter()
                        .map(|i| self.repr(i))
                        .collect::<PyResult<Vec<_>>>()?;
                    if parts.len() == 1 {
                        format!("({},)", parts[0])
                    } else {
                        format!("({})", parts.join(", "))
                    }
                }
                Object::List(items) => {
                    let items = items.borrow().clone();
                    let parts = items
                        .iter()
                        .map(|i| self.repr(i))
                        .collect::<PyResult<Vec<_>>>()?;
                    format!("[{}]", parts.join(", "))
                }
                Object::Dict(d) => {
                    let items: Vec<(Value, Value)> = d
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    let mut parts = Vec::new();
                    for (k, v) in items {
                        parts.push(format!("{}: {}", self.repr(&k)?, self.repr(&v)?));
                    }
                    format!("{{{}}}", parts.join(", "))
                }
                Object::Range(a, b, c) => {
                    if *c == 1 {
                        format!("range({a}, {b})")
                    } else {
                        format!("range({a}, {b}, {c})")
                    }
                }
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
                    Value::Null => format!("<built-in function {}>", b.name),
                    this => format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.classes.type_name(this),
                        this.id()
                    ),
                },
                Object::Type(t) => {
                    if t.module == "builtins" {
                        format!("<class '{}'>", t.qualname)
                    } else {
                        format!("<class '{}.{}'>", t.module, t.qualname)
                    }
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
                Object::Iter(_) => format!("<iterator object at {:#x}>", v.id()),
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
        Ok(format!(
            "<{}.{} object at {:#x}>",
            t.module,
            t.qualname,
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
                let args = e.args.borrow().clone();
                match args.as_obj().map(|o| &**o) {
                    Some(Object::Tuple(items)) if items.is_empty() => Ok(String::new()),
                    Some(Object::Tuple(items)) if items.len() == 1 => {
                        let item = items[0].clone();
                        self.str_of(&item)
                    }
                    _ => self.repr(&args),
                }
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
        let mut all = vec![v.clone()];
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
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.classes.type_name(v)
            ))),
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = builtin_hash(v) {
            return Ok(h);
        }
        if let Some(Object::Instance(_)) = v.as_obj().map(|o| &**o) {
            if let Some(r) = self.call_special(v, "__hash__", &[])? {
                return match r {
                    Value::None => Err(self
                        .type_error(format!("unhashable type: '{}'", self.classes.type_name(v)))),
                    r => self.index_value(&r),
                };
            }
            return Ok(v.id() >> 4);
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
        let hash = self.hash(key)?;
        let Some(Object::Dict(d)) = dict.as_obj().map(|o| &**o) else {
            return Ok(None);
        };
        Ok(d.borrow().get(hash, |k| builtin_eq(k, key)).cloned())
    }

    /// `dict[key] = value`.
    pub fn dict_set(&mut self, dict: &Value, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        if let Some(Object::Dict(d)) = dict.as_obj().map(|o| &**o) {
            let probe = key.clone();
            d.borrow_mut()
                .insert(hash, key, value, |k| builtin_eq(k, &probe));
        }
        Ok(())
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.lookup_attr(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    /// An attribute, or `None` when there is none.
    pub fn lookup_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let hash = str_hash(name);
        let key_is = |k: &Value| k.as_str().is_some_and(|s| s.as_str() == Some(name));
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
                    return Ok(Some(Value::str(&t.name)));
                }
                if name == "__qualname__" {
                    return Ok(Some(Value::str(&t.qualname)));
                }
                if name == "__module__" {
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
                return Ok(
                    lookup(&class, name).map(|v| match v.as_obj().map(|o| &**o) {
                        Some(Object::Builtin(b))
                            if b.this.is_null() && b.owner == Some("classmethod") =>
                        {
                            bind_builtin(b, obj.clone())
                        }
                        _ => v,
                    }),
                );
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
                if name == "__dict__" {
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
                if let Some(getattr) = lookup(&i.class, "__getattr__") {
                    return match self.call(&getattr, &[obj.clone(), Value::str(name)], &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.is_instance_of(&e, "AttributeError") => Ok(None),
                        Err(e) => Err(e),
                    };
                }
                return Ok(None);
            }
            _ => {}
        }
        if name == "__class__" {
            return Ok(Some(Value::Obj(self.classes.class_of(obj))));
        }
        let class = self.classes.class_of(obj);
        match lookup(&class, name) {
            Some(attr) => self.bind(&attr, obj).map(Some),
            None => Ok(None),
        }
    }

    /// Binds a class attribute to an instance: functions become bound methods.
    fn bind(&mut self, attr: &Value, obj: &Value) -> PyResult<Value> {
        Ok(match attr.as_obj().map(|o| &**o) {
            Some(Object::Function(_)) => Value::obj(Object::Method(obj.clone(), attr.clone())),
            Some(Object::Builtin(b)) if b.this.is_null() && b.owner.is_some() => {
                bind_builtin(b, obj.clone())
            }
            Some(Object::Instance(i)) if lookup(&i.class, "__get__").is_some() => {
                let get = lookup(&i.class, "__get__").expect("checked above");
                let owner = Value::Obj(self.classes.class_of(obj));
                self.call(&get, &[attr.clone(), obj.clone(), owner], &[])?
            }
            _ => attr.clone(),
        })
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
                if let Some(attr) = lookup(&i.class, name) {
                    if let Some(Object::Instance(d)) = attr.as_obj().map(|o| &**o) {
                        if let Some(set) = lookup(&d.class, "__set__") {
                            self.call(&set, &[attr.clone(), obj.clone(), value], &[])?;
                            return Ok(());
                        }
                    }
                }
                Value::Obj(i.dict.clone())
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
                "args" => {
                    *e.args.borrow_mut() = value;
                    return Ok(());
                }
                _ => Value::Obj(e.dict.clone()),
            },
            Some(Object::Type(t)) => {
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
                "__name__" => {
                    *f.name.borrow_mut() = value;
                    return Ok(());
                }
                "__qualname__" => {
                    *f.qualname.borrow_mut() = value;
                    return Ok(());
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
                let class = self.classes.type_name(obj);
                return Err(self.new_error(
                    "AttributeError",
                    &format!("'{class}' object has no attribute '{name}' and no __dict__ for setting new attributes"),
                ));
            }
        };
        dict_set_str(self, &dict, name, value)
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let dict = match obj.as_obj().map(|o| &**o) {
            Some(Object::Instance(i)) => i.dict.clone(),
            Some(Object::Module(m)) => m.dict.clone(),
            _ => return Err(self.attribute_error(obj, name)),
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
        let state = match v.as_obj().map(|o| &**o) {
            Some(Object::List(_)) => IterState::List(v.as_obj().expect("matched").clone(), 0),
            Some(Object::Tuple(_)) => IterState::Tuple(v.as_obj().expect("matched").clone(), 0),
            Some(Object::Range(a, b, c)) => IterState::Range(*a, *b, *c),
            Some(Object::Str(s)) => IterState::Str(s.text.code_points().collect(), 0),
            Some(Object::Dict(_)) => IterState::DictKeys(v.as_obj().expect("matched").clone(), 0),
            Some(Object::Iter(_)) => return Ok(v.clone()),
            Some(Object::Instance(_)) => {
                if let Some(it) = self.call_special(v, "__iter__", &[])? {
                    return Ok(it);
                }
                if lookup(&self.classes.class_of(v), "__getitem__").is_some() {
                    return Err(self.type_error(
                        "sequence iteration through __getitem__ is not supported yet",
                    ));
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
            Some(Object::Iter(state)) => {
                let mut state = state.borrow_mut();
                Ok(match &mut *state {
                    IterState::List(list, i) => {
                        let Object::List(items) = &**list else {
                            return Ok(None);
                        };
                        let item = items.borrow().get(*i).cloned();
                        *i += 1;
                        if item.is_none() {
                            *state = IterState::Done;
                        }
                        item
                    }
                    IterState::Tuple(t, i) => {
                        let Object::Tuple(items) = &**t else {
                            return Ok(None);
                        };
                        let item = items.get(*i).cloned();
                        *i += 1;
                        item
                    }
                    IterState::Range(next, stop, step) => {
                        if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                            let v = *next;
                            *next = next.saturating_add(*step);
                            Some(Value::Int(v))
                        } else {
                            None
                        }
                    }
                    IterState::Str(chars, i) => {
                        let c = chars.get(*i).copied();
                        *i += 1;
                        c.map(|c| {
                            Value::from_pystr(
                                crate::marshal::PyStr::from_code_points(&[c])
                                    .unwrap_or_else(|| crate::marshal::PyStr::new("")),
                            )
                        })
                    }
                    IterState::DictKeys(d, i) => {
                        let Object::Dict(d) = &**d else {
                            return Ok(None);
                        };
                        let d = d.borrow();
                        match d.entry_at(*i) {
                            Some((at, e)) => {
                                *i = at + 1;
                                Some(e.key.clone())
                            }
                            None => None,
                        }
                    }
                    IterState::Done => None,
                })
            }
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
            Some(Object::Str(s)) => s.text.len(),
            Some(Object::List(l)) => l.borrow().len(),
            Some(Object::Tuple(t)) => t.len(),
            Some(Object::Dict(d)) => d.borrow().len(),
            Some(Object::Bytes(b)) => b.len(),
            Some(Object::Range(a, b, c)) => range_len(*a, *b, *c) as usize,
            Some(Object::Instance(_)) => match self.call_special(v, "__len__", &[])? {
                Some(n) => {
                    let n = self.index_value(&n)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    n as usize
                }
                None => {
                    return Err(self.type_error(format!(
                        "object of type '{}' has no len()",
                        self.classes.type_name(v)
                    )))
                }
            },
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
            Some(Object::List(l)) => {
                if let Some(Object::Slice(..)) = key.as_obj().map(|o| &**o) {
                    let items = l.borrow().clone();
                    return Ok(Value::list(self.slice_of(&items, key)?));
                }
                let i = self.seq_index(key, l.borrow().len(), "list")?;
                Ok(l.borrow()[i].clone())
            }
            Some(Object::Tuple(t)) => {
                if let Some(Object::Slice(..)) = key.as_obj().map(|o| &**o) {
                    return Ok(Value::tuple(self.slice_of(t, key)?));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            Some(Object::Str(s)) => {
                let chars: Vec<u32> = s.text.code_points().collect();
                let pick = |cps: &[u32]| {
                    Value::from_pystr(
                        crate::marshal::PyStr::from_code_points(cps)
                            .unwrap_or_else(|| crate::marshal::PyStr::new("")),
                    )
                };
                if let Some(Object::Slice(..)) = key.as_obj().map(|o| &**o) {
                    let vals: Vec<Value> =
                        chars.iter().map(|c| Value::Int(i64::from(*c))).collect();
                    let picked = self.slice_of(&vals, key)?;
                    let cps: Vec<u32> = picked
                        .iter()
                        .map(|v| if let Value::Int(c) = v { *c as u32 } else { 0 })
                        .collect();
                    return Ok(pick(&cps));
                }
                let i = self.seq_index(key, chars.len(), "string")?;
                Ok(pick(&chars[i..=i]))
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
            Some(Object::Range(a, b, c)) => {
                let n = range_len(*a, *b, *c) as usize;
                let i = self.seq_index(key, n, "range object")?;
                Ok(Value::Int(a + c * i as i64))
            }
            Some(Object::Instance(_)) | Some(Object::Type(_)) => {
                match self.call_special(container, "__getitem__", std::slice::from_ref(key))? {
                    Some(v) => Ok(v),
                    None => Err(self.type_error(format!(
                        "'{}' object is not subscriptable",
                        self.classes.type_name(container)
                    ))),
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                self.classes.type_name(container)
            ))),
        }
    }

    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(_) | Value::Bool(_) => self.index_value(key)?,
            _ => {
                let name = self.classes.type_name(key);
                let what = if what == "string" { "string" } else { what };
                return Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {name}"
                )));
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// The items a slice picks.
    pub fn slice_of(&mut self, items: &[Value], slice: &Value) -> PyResult<Vec<Value>> {
        let (start, stop, step) = self.slice_indices(slice, items.len())?;
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(items[i as usize].clone());
            i += step;
        }
        Ok(out)
    }

    /// `slice.indices(len)`.
    pub fn slice_indices(&mut self, slice: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
        let Some(Object::Slice(a, b, c)) = slice.as_obj().map(|o| &**o) else {
            return Err(self.type_error("expected a slice"));
        };
        let len = len as i64;
        let step = match c {
            Value::None => 1,
            v => self.index_value(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let clamp = |v: i64, lo: i64, hi: i64| v.max(lo).min(hi);
        let fix = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            Ok(match v {
                Value::None => default,
                v => {
                    let i = vm.index_value(v)?;
                    if i < 0 {
                        if step > 0 {
                            clamp(i + len, 0, len)
                        } else {
                            clamp(i + len, -1, len - 1)
                        }
                    } else if step > 0 {
                        clamp(i, 0, len)
                    } else {
                        clamp(i, -1, len - 1)
                    }
                }
            })
        };
        let start = fix(self, a, if step > 0 { 0 } else { len - 1 })?;
        let stop = fix(self, b, if step > 0 { len } else { -1 })?;
        Ok((start, stop, step))
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: &Value, value: Value) -> PyResult<()> {
        match container.as_obj().map(|o| &**o) {
            Some(Object::List(l)) => {
                let len = l.borrow().len();
                let i = self.seq_index(key, len, "list assignment")?;
                l.borrow_mut()[i] = value;
                Ok(())
            }
            Some(Object::Dict(_)) => self.dict_set(container, key.clone(), value),
            Some(Object::Instance(_)) => {
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
            Some(Object::List(l)) => {
                let len = l.borrow().len();
                let i = self.seq_index(key, len, "list assignment")?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            Some(Object::Dict(d)) => {
                let hash = self.hash(key)?;
                if d.borrow_mut()
                    .remove(hash, |k| builtin_eq(k, key))
                    .is_some()
                {
                    Ok(())
                } else {
                    Err(crate::object::PyErr(self.new_exception(
                        self.classes.named("KeyError"),
                        vec![key.clone()],
                    )))
                }
            }
            _ => Err(self.type_error(format!(
                "'{}' object doesn't support item deletion",
                self.classes.type_name(container)
            ))),
        }
    }

    /// `a OP b` for a `BINARY_OP` oparg.
    pub fn binary_op(&mut self, op: u32, a: &Value, b: &Value) -> PyResult<Value> {
        let op = op as usize;
        if op == 26 {
            return self.getitem(a, b);
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
        if let Some(r) = self.call_special(a, method, std::slice::from_ref(b))? {
            if !matches!(r.as_obj().map(|o| &**o), Some(Object::NotImplemented)) {
                return Ok(r);
            }
        }
        if let Some(r) = self.call_special(b, rmethod, std::slice::from_ref(a))? {
            if !matches!(r.as_obj().map(|o| &**o), Some(Object::NotImplemented)) {
                return Ok(r);
            }
        }
        let sym = NB_OPS[op];
        let (ta, tb) = (self.classes.type_name(a), self.classes.type_name(b));
        if sym == "**" || sym == "**=" {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for {sym} or pow(): '{ta}' and '{tb}'"
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        )))
    }

    fn builtin_binary(&mut self, op: usize, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let (x, y) = (*x, *y);
            let r = match op {
                0 => x.checked_add(y),
                10 => x.checked_sub(y),
                5 => x.checked_mul(y),
                1 => Some(x & y),
                7 => Some(x | y),
                12 => Some(x ^ y),
                2 | 6 if y == 0 => {
                    return Err(self.new_error(
                        "ZeroDivisionError",
                        if op == 2 {
                            "integer division or modulo by zero"
                        } else {
                            "integer modulo by zero"
                        },
                    ))
                }
                2 => x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y)),
                6 => Some(Integer::mod_floor(&x, &y)),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Some(Value::Int(r)));
            }
        }
        if is_int(a) && is_int(b) {
            let (x, y) = (big(a).unwrap_or_default(), big(b).unwrap_or_default());
            let r = match op {
                0 => x + y,
                10 => x - y,
                5 => x * y,
                1 => x & y,
                7 => x | y,
                12 => x ^ y,
                2 | 6 if y.is_zero() => {
                    return Err(self.new_error(
                        "ZeroDivisionError",
                        if op == 2 {
                            "integer division or modulo by zero"
                        } else {
                            "integer modulo by zero"
                        },
                    ))
                }
                2 => Integer::div_floor(&x, &y),
                6 => Integer::mod_floor(&x, &y),
                11 => {
                    if y.is_zero() {
                        return Err(self.new_error("ZeroDivisionError", "division by zero"));
                    }
                    return Ok(Some(Value::Float(
                        x.to_f64().unwrap_or(f64::NAN) / y.to_f64().unwrap_or(f64::NAN),
                    )));
                }
                8 => {
                    if y.is_negative() {
                        let (fx, fy) = (x.to_f64().unwrap_or(0.0), y.to_f64().unwrap_or(0.0));
                        if fx == 0.0 {
                            return Err(
                                self.new_error("ZeroDivisionError", "zero to a negative power")
                            );
                        }
                        return Ok(Some(Value::Float(fx.powf(fy))));
                    }
                    let e = y
                        .to_u32()
                        .ok_or_else(|| self.new_error("OverflowError", "exponent too large"))?;
                    num_traits::Pow::pow(x, e)
                }
                3 | 9 => {
                    if y.is_negative() {
                        return Err(self.value_error("negative shift count"));
                    }
                    let s = y.to_usize().ok_or_else(|| {
                        self.new_error("OverflowError", "too many digits in integer")
                    })?;
                    if op == 3 {
                        x << s
                    } else {
                        x >> s
                    }
                }
                _ => return Ok(None),
            };
            return Ok(Some(Value::int(r)));
        }
        if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
            if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
                let r = match op {
                    0 => x + y,
                    10 => x - y,
                    5 => x * y,
                    11 => {
                        if y == 0.0 {
                            return Err(
                                self.new_error("ZeroDivisionError", "float division by zero")
                            );
                        }
                        x / y
                    }
                    2 => {
                        if y == 0.0 {
                            return Err(
                                self.new_error("ZeroDivisionError", "float floor division by zero")
                            );
                        }
                        (x / y).floor()
                    }
                    6 => {
                        if y == 0.0 {
                            return Err(self.new_error("ZeroDivisionError", "float modulo by zero"));
                        }
                        let m = x % y;
                        if m != 0.0 && ((m < 0.0) != (y < 0.0)) {
                            m + y
                        } else {
                            m
                        }
                    }
                    8 => {
                        if x == 0.0 && y < 0.0 {
                            return Err(
                                self.new_error("ZeroDivisionError", "zero to a negative power")
                            );
                        }
                        x.powf(y)
                    }
                    _ => return Ok(None),
                };
                return Ok(Some(Value::Float(r)));
            }
            if op == 11 {
                if y == 0.0 {
                    return Err(self.new_error("ZeroDivisionError", "division by zero"));
                }
                return Ok(Some(Value::Float(x / y)));
            }
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
        if is_int(a) && is_int(b) {
            let o = match (a, b) {
                (Value::Int(x), Value::Int(y)) => x.cmp(y),
                _ => big(a).cmp(&big(b)),
            };
            return Ok(Value::Bool(ord(o)));
        }
        if let (Some(x), Some(y)) = (as_float(a), as_float(b)) {
            return Ok(Value::Bool(match x.partial_cmp(&y) {
                Some(o) => ord(o),
                None => op == 3,
            }));
        }
        match (a.as_obj().map(|o| &**o), b.as_obj().map(|o| &**o)) {
            (Some(Object::Str(x)), Some(Object::Str(y))) => {
                let o = x.text.code_points().cmp(y.text.code_points());
                return Ok(Value::Bool(ord(o)));
            }
            (Some(Object::List(_)), Some(Object::List(_)))
            | (Some(Object::Tuple(_)), Some(Object::Tuple(_))) => {
                let (x, y) = (self.collect(a)?, self.collect(b)?);
                for (p, q) in x.iter().zip(&y) {
                    if !self.eq(p, q)? {
                        if op == 2 {
                            return Ok(Value::Bool(false));
                        }
                        if op == 3 {
                            return Ok(Value::Bool(true));
                        }
                        return self.compare(op, p, q);
                    }
                }
                return Ok(Value::Bool(ord(x.len().cmp(&y.len()))));
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
        let (method, reflected) = METHODS[op as usize % 6];
        for (x, y, m) in [(a, b, method), (b, a, reflected)] {
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
            Some(Object::Str(s)) => match item.as_str() {
                Some(sub) => Ok(s.text.to_string_lossy().contains(&*sub.to_string_lossy())),
                None => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.classes.type_name(item)
                ))),
            },
            Some(Object::Instance(_)) => {
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

fn bind_builtin(b: &crate::object::Builtin, this: Value) -> Value {
    Value::obj(Object::Builtin(crate::object::Builtin {
        name: b.name,
        func: b.func,
        this,
        owner: b.owner,
    }))
}

fn is_data_descriptor(attr: &Value) -> bool {
    match attr.as_obj().map(|o| &**o) {
        Some(Object::Instance(i)) => {
            lookup(&i.class, "__set__").is_some() || type_data(&i.class).name == "property"
        }
        _ => false,
    }
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
