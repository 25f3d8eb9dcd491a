//! Calling: Python functions get a new frame with their arguments bound, builtins
//! run in Rust, classes make instances.

use super::frame::Frame;
use super::Vm;
use crate::marshal::{CO_VARARGS, CO_VARKEYWORDS};
use crate::object::types::{lookup, type_data, Builtin as Kind};
use crate::object::{Dict, Function, Instance, ObjRef, Object, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// What calling something needs: running a new frame, or nothing more.
pub enum Called {
    /// A Python function's frame, ready to run.
    Frame(Box<Frame>),
    /// The call is done.
    Done(Value),
}

impl Vm {
    /// Calls `callable` and returns its result (running Python code in a nested loop).
    pub fn call(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        match self.prepare_call(callable, args, kwargs)? {
            Called::Done(v) => Ok(v),
            Called::Frame(frame) => self.run_frame(frame),
        }
    }

    /// Starts a call: a Python function becomes a frame for the dispatch loop to
    /// push; anything else is called at once.
    pub fn prepare_call(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Called> {
        let Some(obj) = callable.as_obj() else {
            return Err(self.not_callable(callable));
        };
        match &**obj {
            Object::Function(f) => {
                if self.frames.len() >= self.recursion_limit() {
                    return Err(
                        self.new_error("RecursionError", "maximum recursion depth exceeded")
                    );
                }
                let frame = self.bind_arguments(obj, f, args, kwargs)?;
                Ok(Called::Frame(frame))
            }
            Object::Builtin(b) => (b.func)(self, &b.this, args, kwargs).map(Called::Done),
            Object::Method(this, func) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(this.clone());
                all.extend_from_slice(args);
                let func = func.clone();
                self.prepare_call(&func, &all, kwargs)
            }
            Object::Type(_) => self.instantiate(obj, args, kwargs).map(Called::Done),
            Object::Instance(i) => match lookup(&i.class, "__call__") {
                Some(m) => {
                    let mut all = vec![callable.clone()];
                    all.extend_from_slice(args);
                    self.prepare_call(&m, &all, kwargs)
                }
                None => Err(self.not_callable(callable)),
            },
            Object::Native(crate::interp::descriptors::Native::StaticMethod(f)) => {
                let f = f.clone();
                self.prepare_call(&f, args, kwargs)
            }
            Object::Native(_) => match lookup(&self.classes.class_of(callable), "__call__") {
                Some(m) => {
                    let mut all = vec![callable.clone()];
                    all.extend_from_slice(args);
                    self.prepare_call(&m, &all, kwargs)
                }
                None => Err(self.not_callable(callable)),
            },
            _ => Err(self.not_callable(callable)),
        }
    }

    /// The frame of a call needing no binding work: a Python function whose
    /// parameters are exactly the positional arguments given (`self`, unless
    /// NULL, then `args`). `None` leaves the arguments in place for the
    /// general path.
    pub fn plain_call_frame(
        &mut self,
        callable: &Value,
        self_or_null: &mut Value,
        args: &mut [Value],
    ) -> Option<Box<Frame>> {
        let obj = callable.as_obj()?;
        let Object::Function(f) = &**obj else {
            return None;
        };
        let with_self = usize::from(!self_or_null.is_null());
        let data = &f.code.data;
        let plain = data.argcount as usize == args.len() + with_self
            && data.kwonlyargcount == 0
            && data.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
            && f.code.nlocalsplus() >= args.len() + with_self
            && self.frames.len() < self.recursion_limit();
        if !plain {
            return None;
        }
        let (code, globals) = (f.code.clone(), f.globals.clone());
        let mut frame = self.new_frame(code, globals, None, Some(obj.clone()));
        let slots = &mut frame.fast[..args.len() + with_self];
        if with_self == 1 {
            slots[0] = std::mem::take(self_or_null);
        }
        for (slot, arg) in slots[with_self..].iter_mut().zip(args) {
            *slot = std::mem::take(arg);
        }
        Some(frame)
    }

    fn not_callable(&self, v: &Value) -> PyErr {
        self.type_error(format!(
            "'{}' object is not callable",
            self.classes.type_name(v)
        ))
    }

    /// `class(*args, **kwargs)`.
    pub fn instantiate(
        &mut self,
        class: &ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        if let Some(v) = self.construct_native(class, args, kwargs)? {
            return Ok(v);
        }
        let t = type_data(class);
        let kind = t.builtin;
        let user_class = t.module != "builtins";
        if user_class {
            if let Some(v) = self.instantiate_with_new(class, args, kwargs)? {
                return Ok(v);
            }
        }
        if !user_class || matches!(kind, Kind::Type) {
            return super::builtins::construct(self, class, args, kwargs);
        }
        let instance = match kind {
            Kind::Exception => {
                let e = self.new_exception(class, args.to_vec());
                if let Some(init) = lookup(class, "__init__")
                    .filter(|m| matches!(m.as_obj().map(|o| &**o), Some(Object::Function(_))))
                {
                    let mut all = vec![e.clone()];
                    all.extend_from_slice(args);
                    self.call(&init, &all, kwargs)?;
                }
                return Ok(e);
            }
            Kind::Object => Value::obj(Object::Instance(Instance {
                class: class.clone(),
                dict: Rc::new(Object::Dict(RefCell::new(Dict::new()))),
            })),
            _ => {
                return Err(self.type_error(format!(
                    "subclasses of builtin type '{}' are not supported yet",
                    type_data(class).name
                )))
            }
        };
        match lookup(class, "__init__") {
            Some(init) if matches!(init.as_obj().map(|o| &**o), Some(Object::Function(_))) => {
                let mut all = vec![instance.clone()];
                all.extend_from_slice(args);
                let r = self.call(&init, &all, kwargs)?;
                if !matches!(r, Value::None) {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.classes.type_name(&r)
                    )));
                }
            }
            _ => {
                if !args.is_empty() || !kwargs.is_empty() {
                    return Err(
                        self.type_error(format!("{}() takes no arguments", type_data(class).name))
                    );
                }
            }
        }
        Ok(instance)
    }

    /// A frame for `func` with `args` and `kwargs` bound to its parameters.
    pub fn bind_arguments(
        &mut self,
        func_obj: &ObjRef,
        f: &Function,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Box<Frame>> {
        let code = f.code.clone();
        let data = &code.data;
        // Only error messages need the name; the fast path never formats it.
        let qualname = Qualname(&f.qualname);
        let argcount = data.argcount as usize;
        let posonly = data.posonlyargcount as usize;
        let kwonly = data.kwonlyargcount as usize;
        let has_varargs = data.flags & CO_VARARGS != 0;
        let has_varkw = data.flags & CO_VARKEYWORDS != 0;
        let mut frame = self.new_frame(
            code.clone(),
            f.globals.clone(),
            None,
            Some(func_obj.clone()),
        );
        let n = args.len().min(argcount);
        frame.fast[..n].clone_from_slice(&args[..n]);
        let mut slot = argcount + kwonly;
        if has_varargs {
            frame.fast[slot] = Value::tuple(args.get(argcount..).unwrap_or(&[]).to_vec());
            slot += 1;
        }
        let too_many = !has_varargs && args.len() > argcount;
        let varkw = if has_varkw {
            let d = Value::dict(Dict::new());
            frame.fast[slot] = d.clone();
            Some(d)
        } else {
            None
        };
        let names = &code.localsplus_names;
        for (key, value) in kwargs {
            let key_text = key
                .as_str()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let found = (posonly..argcount + kwonly).find(|&i| {
                names[i].as_str().map(|s| s.to_string_lossy()) == Some(key_text.as_str().into())
            });
            match found {
                Some(i) => {
                    if !frame.fast[i].is_null() {
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{key_text}'"
                        )));
                    }
                    frame.fast[i] = value.clone();
                }
                None => match &varkw {
                    Some(d) => self.dict_set(d, key.clone(), value.clone())?,
                    None => {
                        let is_posonly = |k: &Value| {
                            (0..posonly).any(|i| {
                                names[i].as_str().map(|s| s.to_string_lossy())
                                    == k.as_str().map(|s| s.to_string_lossy())
                            })
                        };
                        if is_posonly(key) {
                            let passed: Vec<String> = kwargs
                                .iter()
                                .filter(|(k, _)| is_posonly(k))
                                .filter_map(|(k, _)| k.as_str())
                                .map(|s| s.to_string_lossy().into_owned())
                                .collect();
                            return Err(self.type_error(format!(
                                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                                passed.join(", ")
                            )));
                        }
                        let candidates: Vec<String> = names[posonly..argcount + kwonly]
                            .iter()
                            .filter_map(|n| n.as_str().map(|s| s.to_string_lossy().into_owned()))
                            .collect();
                        let hint = super::suggestions::calculate(&candidates, &key_text)
                            .map(|s| format!(". Did you mean '{s}'?"))
                            .unwrap_or_default();
                        return Err(self.type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{key_text}'{hint}"
                        )));
                    }
                },
            }
        }
        if too_many {
            let defaults = tuple_len(&f.defaults.borrow());
            let takes = if defaults > 0 {
                format!("from {} to {argcount}", argcount - defaults)
            } else {
                argcount.to_string()
            };
            let plural = if argcount == 1 && defaults == 0 {
                ""
            } else {
                "s"
            };
            let given = args.len();
            let kwonly_given = frame.fast[argcount..argcount + kwonly]
                .iter()
                .filter(|v| !v.is_null())
                .count();
            let kwonly_sig = if kwonly_given > 0 {
                format!(
                    " positional argument{} (and {kwonly_given} keyword-only argument{})",
                    if given != 1 { "s" } else { "" },
                    if kwonly_given != 1 { "s" } else { "" }
                )
            } else {
                String::new()
            };
            let was = if given == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            };
            return Err(self.type_error(format!(
                "{qualname}() takes {takes} positional argument{plural} but {given}{kwonly_sig} {was} given"
            )));
        }
        let defaults: Vec<Value> = match f.defaults.borrow().as_obj().map(|o| &**o) {
            Some(Object::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if frame.fast[i].is_null() {
                if i >= first_default {
                    frame.fast[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(self.str_of(&names[i])?);
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quoted_list(&missing)
            )));
        }
        let kwdefaults = f.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for (i, name) in names
            .iter()
            .enumerate()
            .take(argcount + kwonly)
            .skip(argcount)
        {
            if frame.fast[i].is_null() {
                let name = name.clone();
                match self.dict_get(&kwdefaults, &name)? {
                    Some(v) => frame.fast[i] = v,
                    None => missing.push(self.str_of(&name)?),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quoted_list(&missing)
            )));
        }
        Ok(frame)
    }
}

fn tuple_len(v: &Value) -> usize {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Tuple(t)) => t.len(),
        _ => 0,
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists names.
fn quoted_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// A function's `__qualname__`, formatted only when a message needs it.
struct Qualname<'a>(&'a std::cell::RefCell<Value>);

impl std::fmt::Display for Qualname<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.borrow().as_str() {
            Some(s) => f.write_str(&s.to_string_lossy()),
            None => f.write_str("?"),
        }
    }
}
