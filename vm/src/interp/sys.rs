//! The `sys` module (the only module `import` finds besides `builtins`), its
//! text streams `sys.stdout`/`sys.stderr`, and the import instructions.

use super::descriptors::{as_native, Native};
use super::ops::dict_set_str;
use super::Vm;
use crate::object::{Builtin, Dict, Module, NativeFn, ObjRef, Object, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// `sys.stdout` or `sys.stderr`.
pub struct Stream {
    /// The file descriptor: 0, 1 or 2.
    pub fd: i32,
}

/// The state behind the `sys` module.
#[derive(Default)]
pub struct SysState {
    /// `sys.modules`, made on first import.
    pub modules: Option<Value>,
    /// The `sys` module, made on first import.
    pub module: Option<Value>,
    /// The recursion limit `sys.setrecursionlimit` set, if any.
    pub recursion_limit: Option<usize>,
    /// The `builtins` module object, made on first use.
    pub builtins_module: Option<Value>,
}

type Kwargs<'a> = &'a [(Value, Value)];

impl Vm {
    /// The current recursion limit.
    pub fn recursion_limit(&self) -> usize {
        self.sys.recursion_limit.unwrap_or(super::RECURSION_LIMIT)
    }

    /// A stream object for file descriptor 1 or 2.
    pub fn stream(&self, fd: i32) -> Value {
        Value::obj(Object::Native(Native::Stream(Stream { fd })))
    }

    /// Writes text to a stream object: `sys.stdout` writes are buffered,
    /// `sys.stderr` writes go out at once (after flushing stdout).
    pub fn stream_write_text(&mut self, fd: i32, text: &str) {
        if fd == 2 {
            self.flush_stdout();
            let mut err = std::io::stderr();
            let _ = err.write_all(text.as_bytes());
            let _ = err.flush();
        } else {
            self.write_stdout(text);
        }
    }

    /// Writes text to a file object: a stream, or anything with `write`.
    pub fn file_write(&mut self, file: &Value, text: &str) -> PyResult<()> {
        if let Some(Native::Stream(s)) = as_native(file) {
            self.stream_write_text(s.fd, text);
            return Ok(());
        }
        let write = match self.lookup_attr(file, "write")? {
            Some(w) => w,
            None => {
                return Err(self.attribute_error(file, "write"));
            }
        };
        self.call(&write, &[Value::str(text)], &[])?;
        Ok(())
    }

    /// `sys.stdout` as programs may have replaced it (the real stream while
    /// `sys` has not been imported).
    pub fn sys_stdout(&mut self) -> PyResult<Value> {
        if let Some(Value::Obj(m)) = &self.sys.module {
            if let Object::Module(m) = &**m {
                let d = Value::Obj(m.dict.clone());
                if let Some(out) = self.dict_get(&d, &Value::str("stdout"))? {
                    if matches!(out, Value::None) {
                        return Err(self.new_error("RuntimeError", "lost sys.stdout"));
                    }
                    return Ok(out);
                }
            }
        }
        Ok(self.stream(1))
    }

    /// Whether a file object is one of the interpreter's own streams.
    pub fn is_stream(&self, file: &Value) -> bool {
        matches!(as_native(file), Some(Native::Stream(_)))
    }

    /// Flushes a file object if it has `flush`.
    pub fn file_flush(&mut self, file: &Value) -> PyResult<()> {
        if let Some(Native::Stream(_)) = as_native(file) {
            self.flush_stdout();
            return Ok(());
        }
        if let Some(flush) = self.lookup_attr(file, "flush")? {
            self.call(&flush, &[], &[])?;
        }
        Ok(())
    }

    /// `sys.modules`, with `sys` and `builtins` in it.
    pub fn sys_modules(&mut self) -> PyResult<Value> {
        if let Some(m) = &self.sys.modules {
            return Ok(m.clone());
        }
        let modules = Value::dict(Dict::new());
        self.sys.modules = Some(modules.clone());
        let sys = self.make_sys_module()?;
        dict_set_str(self, &modules, "sys", sys)?;
        let builtins = self.builtins_module();
        dict_set_str(self, &modules, "builtins", builtins)?;
        let future = self.make_future_module()?;
        dict_set_str(self, &modules, "__future__", future)?;
        let math = super::math_module::make_module(self)?;
        dict_set_str(self, &modules, "math", math)?;
        Ok(modules)
    }

    /// The `builtins` module object around the builtins namespace.
    pub fn builtins_module(&mut self) -> Value {
        if let Some(m) = &self.sys.builtins_module {
            return m.clone();
        }
        let m = Value::obj(Object::Module(Module {
            name: "builtins".to_string(),
            dict: self.builtins.clone(),
        }));
        self.sys.builtins_module = Some(m.clone());
        m
    }

    /// `__future__`: its feature names exist (their values are opaque), so
    /// that `from __future__ import annotations` works.
    fn make_future_module(&mut self) -> PyResult<Value> {
        let dict: ObjRef = Rc::new(Object::Dict(RefCell::new(Dict::new())));
        let d = Value::Obj(dict.clone());
        dict_set_str(self, &d, "__name__", Value::str("__future__"))?;
        let feature = crate::object::types::new_class(
            "_Feature",
            "__future__",
            vec![self.classes.object.clone()],
            Dict::new(),
            crate::object::types::Builtin::Object,
        )
        .map_err(|m| self.type_error(m))?;
        for name in [
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ] {
            let f = Value::obj(Object::Instance(crate::object::Instance {
                class: feature.clone(),
                dict: Rc::new(Object::Dict(RefCell::new(Dict::new()))),
            }));
            dict_set_str(self, &d, name, f)?;
        }
        Ok(Value::obj(Object::Module(Module {
            name: "__future__".to_string(),
            dict,
        })))
    }

    fn make_sys_module(&mut self) -> PyResult<Value> {
        if let Some(m) = &self.sys.module {
            return Ok(m.clone());
        }
        let dict: ObjRef = Rc::new(Object::Dict(RefCell::new(Dict::new())));
        let d = Value::Obj(dict.clone());
        let module = Value::obj(Object::Module(Module {
            name: "sys".to_string(),
            dict,
        }));
        self.sys.module = Some(module.clone());
        dict_set_str(self, &d, "__name__", Value::str("sys"))?;
        let functions: &[(&'static str, NativeFn)] = &[
            ("exit", sys_exit),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("exc_info", sys_exc_info),
            ("exception", sys_exception),
            ("intern", sys_intern),
            (
                "get_int_max_str_digits",
                super::sys_limits::get_int_max_str_digits,
            ),
            (
                "set_int_max_str_digits",
                super::sys_limits::set_int_max_str_digits_fn,
            ),
            ("excepthook", super::uncaught::excepthook),
        ];
        for (name, func) in functions {
            let f = Value::obj(Object::Builtin(Builtin {
                name,
                func: *func,
                this: Value::Null,
                owner: None,
            }));
            dict_set_str(self, &d, name, f)?;
        }
        let argv = Value::list(self.argv.iter().map(|a| Value::str(a)).collect());
        dict_set_str(self, &d, "argv", argv)?;
        let (stdout, stderr) = (self.stream(1), self.stream(2));
        dict_set_str(self, &d, "stdout", stdout.clone())?;
        dict_set_str(self, &d, "stderr", stderr.clone())?;
        dict_set_str(self, &d, "__stdout__", stdout)?;
        let stdin = self.stream(0);
        dict_set_str(self, &d, "stdin", stdin.clone())?;
        dict_set_str(self, &d, "__stdin__", stdin)?;
        dict_set_str(self, &d, "__stderr__", stderr)?;
        if let Some(hook) = self.lookup_attr(&module, "excepthook")? {
            dict_set_str(self, &d, "__excepthook__", hook)?;
        }
        dict_set_str(self, &d, "maxsize", Value::Int(i64::MAX))?;
        dict_set_str(self, &d, "byteorder", Value::str("little"))?;
        dict_set_str(self, &d, "platform", Value::str("linux"))?;
        dict_set_str(self, &d, "version", Value::str("3.14.2 (main) [pyvm]"))?;
        super::sys_info::install(self, &d)?;
        dict_set_str(self, &d, "hexversion", Value::Int(0x030e_02f0))?;
        let modules = self.sys_modules()?;
        dict_set_str(self, &d, "modules", modules)?;
        Ok(module)
    }

    /// `IMPORT_NAME`: the modules in `sys.modules` and the native ones made on
    /// first import (`string`, `string.templatelib`) are found; anything else
    /// raises `ModuleNotFoundError`.
    pub fn import_name_impl(
        &mut self,
        oparg: u32,
        level: Value,
        fromlist: Value,
    ) -> PyResult<Value> {
        let name = self
            .frame()
            .code
            .names
            .get(oparg as usize)
            .and_then(|n| n.as_str())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let relative = !matches!(level, Value::Int(0) | Value::Bool(false));
        if relative {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        if let Some(m) = super::string_module::import_native(self, &name)? {
            return super::string_module::import_result(self, &name, m, &fromlist);
        }
        let modules = self.sys_modules()?;
        if let Some(m) = self.dict_get(&modules, &Value::str(&name))? {
            return Ok(m);
        }
        let top = name.split('.').next().unwrap_or("");
        let err = self.new_error("ModuleNotFoundError", &format!("No module named '{top}'"));
        let _ = self.set_exc_attr(&err, "name", Value::str(top));
        Err(err)
    }

    /// `IMPORT_FROM`: an attribute of the module, or `ImportError`.
    pub fn import_from_impl(&mut self, oparg: u32, from: &Value) -> PyResult<Value> {
        let name = self
            .frame()
            .code
            .names
            .get(oparg as usize)
            .and_then(|n| n.as_str())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(v) = self.lookup_attr(from, &name)? {
            return Ok(v);
        }
        let module = match from.as_obj().map(|o| &**o) {
            Some(Object::Module(m)) => m.name.clone(),
            _ => "<unknown module name>".to_string(),
        };
        let err = self.new_error(
            "ImportError",
            &format!("cannot import name '{name}' from '{module}' (unknown location)"),
        );
        self.set_exc_attr(&err, "name", Value::str(&module))?;
        self.set_exc_attr(&err, "name_from", Value::str(&name))?;
        Err(err)
    }

    /// Sets an attribute in an exception's instance dict.
    pub fn set_exc_attr(&mut self, err: &PyErr, name: &str, value: Value) -> PyResult<()> {
        let d = Value::Obj(err.data().dict.clone());
        dict_set_str(self, &d, name, value)
    }
}

fn builtin_fn(name: &'static str, func: NativeFn) -> Value {
    Value::obj(Object::Builtin(Builtin {
        name,
        func,
        this: Value::Null,
        owner: None,
    }))
}

/// `sys.exit([code])`: raises `SystemExit(code)`.
fn sys_exit(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("exit() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.len()
        )));
    }
    // `PyErr_SetObject`: `None` makes no arguments, a tuple its items.
    let args = match args.first().map(|a| (a, a.as_obj().map(|o| &**o))) {
        None | Some((Value::None, _)) => Vec::new(),
        Some((_, Some(Object::Tuple(items)))) => items.to_vec(),
        Some((a, _)) => vec![a.clone()],
    };
    let class = vm.classes.named("SystemExit").clone();
    Err(PyErr(vm.new_exception(&class, args)))
}

fn sys_getrecursionlimit(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "sys.getrecursionlimit() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(Value::Int(vm.recursion_limit() as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let [limit] = args else {
        return Err(vm.type_error(format!(
            "setrecursionlimit() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    if matches!(limit, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index_value(limit)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.frames.len();
    if (n as usize) <= depth {
        return Err(vm.new_error(
            "RecursionError",
            &format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    vm.sys.recursion_limit = Some(n as usize);
    Ok(Value::None)
}

fn sys_exc_info(vm: &mut Vm, _: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let exc = vm.handled.clone();
    if !matches!(exc, Value::Obj(_)) {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let class = Value::Obj(vm.classes.class_of(&exc));
    let tb = vm
        .lookup_attr(&exc, "__traceback__")?
        .unwrap_or(Value::None);
    Ok(Value::tuple(vec![class, exc, tb]))
}

fn sys_exception(vm: &mut Vm, _: &Value, _: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    Ok(match &vm.handled {
        Value::Obj(_) => vm.handled.clone(),
        _ => Value::None,
    })
}

fn sys_intern(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    match args {
        [s] if s.as_str().is_some() => Ok(s.clone()),
        [s] => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.classes.type_name(s)
        ))),
        _ => Err(vm.type_error(format!(
            "intern() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn this_stream<'a>(vm: &Vm, this: &'a Value) -> PyResult<&'a Stream> {
    match as_native(this) {
        Some(Native::Stream(s)) => Ok(s),
        _ => Err(vm.type_error("descriptor requires a '_io.TextIOWrapper' object")),
    }
}

/// `stream.write(text)`: the number of characters written.
pub fn stream_write(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let fd = this_stream(vm, this)?.fd;
    if fd == 0 {
        return Err(vm.new_error("UnsupportedOperation", "not writable"));
    }
    let (t, n) = super::file_io::write_argument(vm, args)?;
    vm.stream_write_text(fd, &t);
    Ok(Value::Int(n as i64))
}

/// `stream.flush()`.
pub fn stream_flush(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    this_stream(vm, this)?;
    vm.flush_stdout();
    Ok(Value::None)
}

/// `stream.fileno()`.
pub fn stream_fileno(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    Ok(Value::Int(i64::from(this_stream(vm, this)?.fd)))
}

/// `stream.isatty()`.
pub fn stream_isatty(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    this_stream(vm, this)?;
    Ok(Value::Bool(false))
}

/// Data attributes of streams.
pub fn stream_attr(s: &Stream, name: &str) -> Option<Value> {
    match name {
        "name" => Some(Value::str(stream_name(s))),
        "encoding" => Some(Value::str("utf-8")),
        "errors" => Some(Value::str(if s.fd == 2 {
            "backslashreplace"
        } else {
            "surrogateescape"
        })),
        "closed" => Some(Value::Bool(s.fd == 0 && super::stdin::stdin_closed())),
        "mode" => Some(Value::str(if s.fd == 0 { "r" } else { "w" })),
        "line_buffering" => Some(Value::Bool(s.fd == 2)),
        _ => None,
    }
}

/// The `repr` of a stream.
pub fn stream_repr(s: &Stream) -> String {
    let mode = if s.fd == 0 { "r" } else { "w" };
    format!(
        "<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>",
        stream_name(s)
    )
}

/// The `name` of a stream.
fn stream_name(s: &Stream) -> &'static str {
    match s.fd {
        0 => "<stdin>",
        2 => "<stderr>",
        _ => "<stdout>",
    }
}

/// Puts `__import__` in the builtins namespace (it finds `sys`, `builtins`
/// and `__main__`).
pub fn install(vm: &mut Vm) {
    let builtins = Value::Obj(vm.builtins.clone());
    let _ = dict_set_str(
        vm,
        &builtins,
        "__import__",
        builtin_fn("__import__", import_builtin),
    );
}

fn import_builtin(vm: &mut Vm, _: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let Some(name) = args.first().and_then(|a| a.as_str()) else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let name = name.to_string_lossy().into_owned();
    let modules = vm.sys_modules()?;
    if let Some(m) = vm.dict_get(&modules, &Value::str(&name))? {
        return Ok(m);
    }
    let top = name.split('.').next().unwrap_or("").to_string();
    Err(vm.new_error("ModuleNotFoundError", &format!("No module named '{top}'")))
}

impl Vm {
    /// Fills the namespace of `__main__` as CPython does for `python FILE.pyc`
    /// (same names, same order) and registers the module in `sys.modules`.
    pub fn init_main_globals(&mut self, globals: &ObjRef) -> PyResult<()> {
        let g = Value::Obj(globals.clone());
        let file = self.argv.first().cloned().unwrap_or_default();
        let loader = self.sourceless_loader()?;
        let builtins = self.builtins_module();
        let entries = [
            ("__name__", Value::str("__main__")),
            ("__doc__", Value::None),
            ("__package__", Value::None),
            ("__loader__", loader),
            ("__spec__", Value::None),
            ("__builtins__", builtins),
            ("__file__", Value::str(&file)),
            ("__cached__", Value::None),
        ];
        for (k, v) in entries {
            dict_set_str(self, &g, k, v)?;
        }
        let main = Value::obj(Object::Module(Module {
            name: "__main__".to_string(),
            dict: globals.clone(),
        }));
        let modules = self.sys_modules()?;
        dict_set_str(self, &modules, "__main__", main)
    }

    /// The loader object `__main__.__loader__` refers to (only its class name
    /// matters to programs).
    fn sourceless_loader(&mut self) -> PyResult<Value> {
        let class = crate::object::types::new_class(
            "SourcelessFileLoader",
            "_frozen_importlib_external",
            vec![self.classes.object.clone()],
            Dict::new(),
            crate::object::types::Builtin::Object,
        )
        .map_err(|m| self.type_error(m))?;
        Ok(Value::obj(Object::Instance(crate::object::Instance {
            class,
            dict: Rc::new(Object::Dict(RefCell::new(Dict::new()))),
        })))
    }
}

impl Vm {
    /// What CPython does at exit that programs can see: the namespace of
    /// `__main__` goes away (its names can no longer be found), its values are
    /// released in order, and the generators and instances this frees are
    /// finalized.
    pub fn shutdown(&mut self) {
        self.finalize_generators();
        let main = self
            .sys
            .modules
            .clone()
            .and_then(|m| self.dict_get(&m, &Value::str("__main__")).ok().flatten());
        if let Some(Object::Module(m)) = main.as_ref().and_then(|m| m.as_obj()).map(|o| &**o) {
            if let Object::Dict(d) = &*m.dict {
                let old = std::mem::take(&mut *d.borrow_mut());
                let values: Vec<Value> = old.iter().map(|e| e.value.clone()).collect();
                drop(old);
                for v in values {
                    drop(v);
                    self.finalize_generators();
                }
            }
        }
        self.finalize_generators();
    }
}
