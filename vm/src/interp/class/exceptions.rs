//! What exception instances have beyond `args`: `__init__`, `add_note`,
//! `with_traceback`, `str()`/`repr()` as `BaseException` makes them (with the
//! `KeyError` and `OSError` forms), keyword arguments of the constructors, and
//! the attributes derived from `args` (`StopIteration.value`,
//! `SystemExit.code`, `OSError.errno`, ...).

use crate::interp::descriptors::add_methods;
use crate::interp::ops::dict_set_str;
use crate::interp::Vm;
use crate::object::exception::ExceptionData;
use crate::object::types::type_data;
use crate::object::{ObjRef, Object, PyErr, PyResult, TypeObject, Value};

type Kwargs<'a> = &'a [(Value, Value)];

/// Installs the methods of `BaseException` and of the exception groups.
pub fn install(vm: &mut Vm) {
    let base = vm.classes.named("BaseException").clone();
    add_methods(
        &base,
        "BaseException",
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("__repr__", exc_repr),
            ("add_note", exc_add_note),
            ("with_traceback", exc_with_traceback),
        ],
    );
    crate::interp::exception_group::install(vm);
}

fn exc_data(v: &Value) -> Option<&ExceptionData> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Exception(e)) => Some(e),
        _ => None,
    }
}

fn args_of(e: &ExceptionData) -> Vec<Value> {
    match e.args.borrow().as_obj().map(|o| &**o) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn class_is(vm: &Vm, class: &ObjRef, name: &str) -> bool {
    vm.classes
        .by_name
        .get(name)
        .is_some_and(|c| TypeObject::is_subtype(class, c))
}

fn this_exception<'a>(
    vm: &Vm,
    this: &'a Value,
    args: &'a [Value],
) -> PyResult<(Value, &'a [Value])> {
    let (obj, rest) = if this.is_null() {
        match args.split_first() {
            Some((o, rest)) => (o.clone(), rest),
            None => return Err(vm.type_error("descriptor needs an argument")),
        }
    } else {
        (this.clone(), args)
    };
    if exc_data(&obj).is_none() {
        return Err(vm.type_error(format!(
            "descriptor requires a 'BaseException' object but received a '{}'",
            vm.classes.type_name(&obj)
        )));
    }
    Ok((obj, rest))
}

/// `BaseException.__init__(*args)`: sets `args`.
fn exc_init(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (obj, rest) = this_exception(vm, this, args)?;
    if let Some(e) = exc_data(&obj) {
        *e.args.borrow_mut() = Value::tuple(rest.to_vec());
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (obj, _) = this_exception(vm, this, args)?;
    exception_str_text(vm, &obj).map(|s| Value::str(&s))
}

fn exc_repr(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (obj, _) = this_exception(vm, this, args)?;
    exception_repr_text(vm, &obj).map(|s| Value::str(&s))
}

/// `str()` of an exception, as `BaseException.__str__` (and the `KeyError`
/// and `OSError` overrides) make it.
pub fn exception_str_text(vm: &mut Vm, obj: &Value) -> PyResult<String> {
    let Some(e) = exc_data(obj) else {
        return vm.str_of(obj);
    };
    let class = e.class.clone();
    let args = args_of(e);
    if class_is(vm, &class, "KeyError") && args.len() == 1 {
        return vm.repr(&args[0]);
    }
    if class_is(vm, &class, "OSError") && (2..=5).contains(&args.len()) {
        let errno = vm.str_of(&args[0])?;
        let strerror = vm.str_of(&args[1])?;
        let filename = vm.lookup_attr(obj, "filename")?.unwrap_or(Value::None);
        let filename2 = vm.lookup_attr(obj, "filename2")?.unwrap_or(Value::None);
        if let Some(filename) = Some(&filename).filter(|f| !matches!(f, Value::None)) {
            let f = vm.repr(filename)?;
            if let Some(f2) = Some(&filename2).filter(|f| !matches!(f, Value::None)) {
                let f2 = vm.repr(f2)?;
                return Ok(format!("[Errno {errno}] {strerror}: {f} -> {f2}"));
            }
            return Ok(format!("[Errno {errno}] {strerror}: {f}"));
        }
        return Ok(format!("[Errno {errno}] {strerror}"));
    }
    if let Some(text) = unicode_error_str(vm, &class, &args)? {
        return Ok(text);
    }
    if let Some(text) = crate::interp::exception_group::group_str(vm, e)? {
        return Ok(text);
    }
    match args.as_slice() {
        [] => Ok(String::new()),
        [one] => vm.str_of(one),
        _ => vm.repr(&Value::tuple(args)),
    }
}

/// `str()` of a `UnicodeEncodeError` or `UnicodeDecodeError` made with the
/// arguments `(encoding, object, start, end, reason)`.
fn unicode_error_str(vm: &mut Vm, class: &ObjRef, args: &[Value]) -> PyResult<Option<String>> {
    let decode = class_is(vm, class, "UnicodeDecodeError");
    if args.len() != 5 || !(decode || class_is(vm, class, "UnicodeEncodeError")) {
        return Ok(None);
    }
    let (Value::Int(start), Value::Int(end)) = (&args[2], &args[3]) else {
        return Ok(None);
    };
    let (start, end) = (*start, *end);
    let encoding = vm.str_of(&args[0])?;
    let reason = vm.str_of(&args[4])?;
    let single = |len: usize| start >= 0 && (start as usize) < len && end == start + 1;
    let one = match args[1].as_obj().map(|o| &**o) {
        Some(Object::Bytes(b)) if decode && single(b.len()) => {
            Some(format!("byte 0x{:02x}", b[start as usize]))
        }
        _ if decode => None,
        _ => {
            let cps: Vec<u32> = match args[1].as_str() {
                Some(s) => s.code_points().collect(),
                None => Vec::new(),
            };
            single(cps.len()).then(|| {
                let c = cps[start as usize];
                let esc = if c < 0x100 {
                    format!("\\x{c:02x}")
                } else if c < 0x10000 {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                format!("character '{esc}'")
            })
        }
    };
    let verb = if decode { "decode" } else { "encode" };
    Ok(Some(match one {
        Some(what) => {
            format!("'{encoding}' codec can't {verb} {what} in position {start}: {reason}")
        }
        None => {
            let what = if decode { "bytes" } else { "characters" };
            format!(
                "'{encoding}' codec can't {verb} {what} in position {start}-{}: {reason}",
                end - 1
            )
        }
    }))
}

/// `repr()` of an exception: `Name(arg, ...)`.
pub fn exception_repr_text(vm: &mut Vm, obj: &Value) -> PyResult<String> {
    let Some(e) = exc_data(obj) else {
        return vm.repr(obj);
    };
    let name = type_data(&e.class).name.clone();
    let args = args_of(e);
    if args.len() == 1 {
        return Ok(format!("{name}({})", vm.repr(&args[0])?));
    }
    let parts = args
        .iter()
        .map(|a| vm.repr(a))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(format!("{name}({})", parts.join(", ")))
}

/// `BaseException.add_note(note)`.
fn exc_add_note(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (obj, rest) = this_exception(vm, this, args)?;
    let [note] = rest else {
        return Err(vm.type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    if note.as_str().is_none() {
        let what = match note {
            Value::None => "None".to_string(),
            _ => vm.classes.type_name(note),
        };
        return Err(vm.type_error(format!("add_note() argument must be str, not {what}")));
    }
    // CPython keeps the notes in the instance `__dict__`.
    let list = match vm.lookup_attr(&obj, "__notes__")? {
        Some(notes) => notes,
        None => {
            let l = Value::list(Vec::new());
            vm.setattr(&obj, "__notes__", l.clone())?;
            l
        }
    };
    match list.as_obj().map(|o| &**o) {
        Some(Object::List(l)) => l.borrow_mut().push(note.clone()),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// `BaseException.with_traceback(tb)`: `None` clears the traceback.
fn exc_with_traceback(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (obj, rest) = this_exception(vm, this, args)?;
    let [tb] = rest else {
        return Err(vm.type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            rest.len()
        )));
    };
    if let Some(e) = exc_data(&obj) {
        set_traceback(vm, e, tb)?;
    }
    Ok(obj)
}

/// Sets `__traceback__` of an exception: `None` or a traceback object.
pub fn set_traceback(vm: &Vm, e: &ExceptionData, tb: &Value) -> PyResult<()> {
    match tb {
        Value::None => e.traceback.borrow_mut().clear(),
        v => match crate::interp::descriptors::as_native(v) {
            Some(crate::interp::descriptors::Native::Traceback(t)) => {
                let mut entries: Vec<_> = t.entries[t.index..].to_vec();
                entries.reverse();
                *e.traceback.borrow_mut() = entries;
            }
            _ => {
                return Err(vm.type_error("__traceback__ must be a traceback or None"));
            }
        },
    }
    Ok(())
}

impl Vm {
    /// Attributes of exceptions derived from `args` or set by the constructor.
    pub fn exception_attr(
        &mut self,
        _obj: &Value,
        e: &ExceptionData,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let class = e.class.clone();
        let args = args_of(e);
        let first = || args.first().cloned().unwrap_or(Value::None);
        Ok(match name {
            "value" if class_is(self, &class, "StopIteration") => Some(first()),
            "code" if class_is(self, &class, "SystemExit") => Some(match args.len() {
                0 => Value::None,
                1 => first(),
                _ => Value::tuple(args.clone()),
            }),
            "errno" | "strerror" | "filename" | "filename2" | "winerror"
                if class_is(self, &class, "OSError") =>
            {
                let i = match name {
                    "errno" => 0,
                    "strerror" => 1,
                    "filename" => 2,
                    "filename2" => 4,
                    _ => 99,
                };
                Some(if (2..=5).contains(&args.len()) {
                    args.get(i).cloned().unwrap_or(Value::None)
                } else {
                    Value::None
                })
            }
            "encoding" | "object" | "start" | "end" | "reason"
                if args.len() == 5
                    && (class_is(self, &class, "UnicodeDecodeError")
                        || class_is(self, &class, "UnicodeEncodeError")) =>
            {
                let i = ["encoding", "object", "start", "end", "reason"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                args.get(i).cloned()
            }
            "name" | "obj" if class_is(self, &class, "AttributeError") => Some(Value::None),
            "name" if class_is(self, &class, "NameError") => Some(Value::None),
            "name" | "path" | "name_from" if class_is(self, &class, "ImportError") => {
                Some(Value::None)
            }
            "msg" if class_is(self, &class, "ImportError") => Some(if args.len() == 1 {
                first()
            } else {
                Value::None
            }),
            "message" | "exceptions" if class_is(self, &class, "BaseExceptionGroup") => {
                Some(crate::interp::exception_group::group_attr(e, name))
            }
            _ => None,
        })
    }

    /// `OSError(errno, strerror, filename[, winerror[, filename2]])` of class
    /// `class`: `args` keep errno and strerror only, the file names become
    /// attributes. `None` for other classes or argument counts.
    pub fn new_os_error(&self, class: &ObjRef, args: &[Value]) -> Option<Value> {
        if !(3..=5).contains(&args.len()) || !class_is(self, class, "OSError") {
            return None;
        }
        let e = self.new_exception(class, args[..2].to_vec());
        let err = PyErr(e.clone());
        set_attr_raw(&err, "filename", args[2].clone());
        set_attr_raw(
            &err,
            "filename2",
            args.get(4).cloned().unwrap_or(Value::None),
        );
        Some(e)
    }

    /// `OSError(errno, strerror)` makes the subclass for that errno (Linux
    /// numbers), when the interpreter has it.
    pub fn os_error_subclass(&self, class: &ObjRef, args: &[Value]) -> Option<ObjRef> {
        let os_error = self.classes.by_name.get("OSError")?;
        if !std::rc::Rc::ptr_eq(class, os_error) || !(2..=5).contains(&args.len()) {
            return None;
        }
        let name = match args[0] {
            Value::Int(1) | Value::Int(13) => "PermissionError",
            Value::Int(2) => "FileNotFoundError",
            Value::Int(3) => "ProcessLookupError",
            Value::Int(4) => "InterruptedError",
            Value::Int(10) => "ChildProcessError",
            Value::Int(11) | Value::Int(114) | Value::Int(115) => "BlockingIOError",
            Value::Int(17) => "FileExistsError",
            Value::Int(20) => "NotADirectoryError",
            Value::Int(21) => "IsADirectoryError",
            Value::Int(32) | Value::Int(108) => "BrokenPipeError",
            Value::Int(103) => "ConnectionAbortedError",
            Value::Int(104) => "ConnectionResetError",
            Value::Int(110) => "TimeoutError",
            Value::Int(111) => "ConnectionRefusedError",
            _ => return None,
        };
        self.classes.by_name.get(name).cloned()
    }

    /// A builtin exception class called with keyword arguments: only the
    /// ones the class accepts (`name`, `obj`, `path`) are allowed.
    pub fn exception_with_kwargs(
        &mut self,
        class: &ObjRef,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        let allowed: &[&str] = if class_is(self, class, "AttributeError") {
            &["name", "obj"]
        } else if class_is(self, class, "NameError") {
            &["name"]
        } else if class_is(self, class, "ImportError") {
            &["name", "path", "name_from"]
        } else {
            &[]
        };
        let e = self.new_exception(class, args.to_vec());
        let dict = match exc_data(&e) {
            Some(d) => Value::Obj(d.dict.clone()),
            None => return Ok(e),
        };
        let cname = type_data(class).name.clone();
        for (k, v) in kwargs {
            let key = k.as_str().and_then(|s| s.as_str()).unwrap_or("");
            if allowed.is_empty() {
                return Err(self.type_error(format!("{cname}() takes no keyword arguments")));
            }
            if !allowed.contains(&key) {
                return Err(self.type_error(format!(
                    "{cname}() got an unexpected keyword argument '{key}'"
                )));
            }
            dict_set_str(self, &dict, key, v.clone())?;
        }
        Ok(e)
    }
}

/// Sets an attribute on an exception without running Python code (the key is
/// a `str`, so hashing cannot fail).
pub fn set_attr_raw(err: &PyErr, name: &str, value: Value) {
    if let Object::Dict(d) = &*err.data().dict {
        let hash = crate::interp::hash::str_hash(name);
        d.borrow_mut().insert(hash, Value::str(name), value, |k| {
            k.as_str().is_some_and(|s| s.as_str() == Some(name))
        });
    }
}

impl Vm {
    /// The operand of `raise ... from CAUSE`: an exception instance, or an
    /// exception class to instantiate.
    pub fn make_cause(&mut self, cause: Value) -> PyResult<Value> {
        let base = self.classes.named("BaseException").clone();
        match cause.as_obj().map(|o| &**o) {
            Some(Object::Exception(_)) => Ok(cause),
            Some(Object::Type(_)) => {
                let class = cause.as_obj().cloned().unwrap_or_else(|| base.clone());
                if !TypeObject::is_subtype(&class, &base) {
                    return Err(self.type_error("exception causes must derive from BaseException"));
                }
                let e = self.instantiate(&class, &[], &[])?;
                if exc_data(&e).is_none() {
                    let what = self.repr(&cause)?;
                    return Err(self.type_error(format!(
                        "calling {what} should have returned an instance of BaseException, not {}",
                        self.classes.type_name(&e)
                    )));
                }
                Ok(e)
            }
            _ => Err(self.type_error("exception causes must derive from BaseException")),
        }
    }
}
