//! `open()` for text files: a small `_io.TextIOWrapper` whose state lives in
//! the instance dict (`_data`/`_pos` for reading, writes go straight to the
//! file). Binary modes and encodings other than UTF-8 are not supported and
//! raise `ValueError`.

use super::descriptors::bound;
use super::ops::dict_set_str;
use super::Vm;
use crate::object::types::type_data;
use crate::object::NativeFn;
use crate::object::{Dict, Instance, ObjRef, Object, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

type Kwargs<'a> = &'a [(Value, Value)];

/// Makes the file class and puts `open` in the builtins.
pub fn install(vm: &mut Vm) {
    let methods: &[(&str, NativeFn)] = &[
        ("read", file_read),
        ("readline", file_readline),
        ("readlines", file_readlines),
        ("write", file_write),
        ("writelines", file_writelines),
        ("close", file_close),
        ("flush", file_flush),
        ("__enter__", file_enter),
        ("__exit__", file_exit),
        ("__iter__", file_enter),
        ("__next__", file_next),
        ("__repr__", file_repr),
    ];
    let Some(class) = super::descriptors::native_class(vm, "TextIOWrapper", "_io", methods) else {
        return;
    };
    vm.classes
        .by_name
        .insert("_file_TextIOWrapper".to_string(), class);
    let bases = vec![
        vm.classes.named("OSError").clone(),
        vm.classes.named("ValueError").clone(),
    ];
    let exception = type_data(vm.classes.named("OSError")).builtin;
    if let Ok(unsupported) =
        crate::object::types::new_class("UnsupportedOperation", "io", bases, Dict::new(), exception)
    {
        vm.classes
            .by_name
            .insert("UnsupportedOperation".to_string(), unsupported);
    }
    let builtins = Value::Obj(vm.builtins.clone());
    let f = Value::obj(Object::Builtin(crate::object::Builtin {
        name: "open",
        func: builtin_open,
        this: Value::Null,
        owner: None,
    }));
    let _ = dict_set_str(vm, &builtins, "open", f);
}

/// The `OSError` subclass for a failed file operation, as CPython words it.
fn os_error(vm: &mut Vm, err: &std::io::Error, path: &str) -> PyErr {
    use std::io::ErrorKind as K;
    let (errno, class, text) = match (err.raw_os_error(), err.kind()) {
        (_, K::NotFound) => (2, "FileNotFoundError", "No such file or directory"),
        (_, K::PermissionDenied) => (13, "PermissionError", "Permission denied"),
        (Some(21), _) => (21, "IsADirectoryError", "Is a directory"),
        (Some(20), _) => (20, "NotADirectoryError", "Not a directory"),
        (_, K::AlreadyExists) => (17, "FileExistsError", "File exists"),
        (Some(n), _) => (n as i64, "OSError", "Input/output error"),
        (None, _) => (5, "OSError", "Input/output error"),
    };
    let class = vm.classes.named(class).clone();
    PyErr(vm.new_exception(
        &class,
        vec![Value::Int(errno), Value::str(text), Value::str(path)],
    ))
}

/// The instance dict of a file object.
fn state(vm: &Vm, this: &Value) -> PyResult<Value> {
    match this.as_obj().map(|o| &**o) {
        Some(Object::Instance(i)) => Ok(Value::Obj(i.dict.clone())),
        _ => Err(vm.type_error("descriptor requires a '_io.TextIOWrapper' object")),
    }
}

fn get(vm: &mut Vm, d: &Value, key: &str) -> PyResult<Value> {
    Ok(vm.dict_get(d, &Value::str(key))?.unwrap_or(Value::None))
}

fn get_str(vm: &mut Vm, d: &Value, key: &str) -> PyResult<String> {
    let v = get(vm, d, key)?;
    Ok(v.as_str()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default())
}

/// The open file's dict, after checking it is open (and readable or
/// writable as asked).
fn open_state(vm: &mut Vm, this: &Value, want: char) -> PyResult<Value> {
    let d = state(vm, this)?;
    if matches!(get(vm, &d, "closed")?, Value::Bool(true)) {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    let mode = get_str(vm, &d, "mode")?;
    let reading = mode.contains('r') || mode.contains('+');
    let writing = !mode.contains('r') || mode.contains('+');
    if want == 'r' && !reading {
        return Err(vm.new_error("UnsupportedOperation", "not readable"));
    }
    if want == 'w' && !writing {
        return Err(vm.new_error("UnsupportedOperation", "not writable"));
    }
    Ok(d)
}

/// `open(file, mode='r', encoding=None, ...)`.
fn builtin_open(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let mut file = args.first().cloned();
    let mut mode = args.get(1).cloned();
    for (k, v) in kwargs {
        match k.as_str().and_then(|s| s.as_str()) {
            Some("file") => file = Some(v.clone()),
            Some("mode") => mode = Some(v.clone()),
            Some("encoding" | "errors" | "newline" | "buffering") => {}
            _ => {
                let name = vm.str_of(k)?;
                return Err(vm.type_error(format!(
                    "open() got an unexpected keyword argument '{name}'"
                )));
            }
        }
    }
    let Some(file) = file else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let Some(path) = file.as_str().map(|s| s.to_string_lossy().into_owned()) else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.classes.type_name(&file)
        )));
    };
    let mode = match &mode {
        None => "r".to_string(),
        Some(m) => match m.as_str() {
            Some(s) => s.to_string_lossy().into_owned(),
            None => {
                return Err(vm.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.classes.type_name(m)
                )))
            }
        },
    };
    let kinds = mode.chars().filter(|c| "rwax".contains(*c)).count();
    if kinds != 1 || mode.chars().any(|c| !"rwaxt+b".contains(c)) {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    if mode.contains('b') {
        return Err(vm.value_error("binary files are not supported"));
    }
    let mut data = String::new();
    if mode.contains('r') {
        match std::fs::read(&path) {
            Ok(bytes) => data = String::from_utf8_lossy(&bytes).replace("\r\n", "\n"),
            Err(e) => return Err(os_error(vm, &e, &path)),
        }
    } else {
        let mut opts = std::fs::OpenOptions::new();
        if mode.contains('a') {
            opts.append(true).create(true);
        } else if mode.contains('x') {
            opts.write(true).create_new(true);
        } else {
            opts.write(true).create(true).truncate(true);
        }
        if let Err(e) = opts.open(&path) {
            return Err(os_error(vm, &e, &path));
        }
    }
    let class: ObjRef = vm.classes.named("_file_TextIOWrapper").clone();
    let dict: ObjRef = Rc::new(Object::Dict(RefCell::new(Dict::new())));
    let d = Value::Obj(dict.clone());
    dict_set_str(vm, &d, "name", Value::str(&path))?;
    dict_set_str(vm, &d, "mode", Value::str(&mode))?;
    dict_set_str(vm, &d, "encoding", Value::str("UTF-8"))?;
    dict_set_str(vm, &d, "closed", Value::Bool(false))?;
    dict_set_str(vm, &d, "_data", Value::str(&data))?;
    dict_set_str(vm, &d, "_pos", Value::Int(0))?;
    Ok(Value::obj(Object::Instance(Instance { class, dict })))
}

/// The unread rest of the file's text and the byte offset it starts at.
fn unread(vm: &mut Vm, d: &Value) -> PyResult<(String, usize)> {
    let data = get_str(vm, d, "_data")?;
    let pos = match get(vm, d, "_pos")? {
        Value::Int(p) => (p.max(0) as usize).min(data.len()),
        _ => 0,
    };
    Ok((data, pos))
}

fn advance(vm: &mut Vm, d: &Value, pos: usize) -> PyResult<()> {
    dict_set_str(vm, d, "_pos", Value::Int(pos as i64))
}

fn file_read(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = bound(this, args);
    let d = open_state(vm, this, 'r')?;
    let (data, pos) = unread(vm, &d)?;
    let rest = &data[pos..];
    let size = match args.first() {
        None | Some(Value::None) => -1,
        Some(v) => vm.index_value(v)?,
    };
    let end = if size < 0 {
        data.len()
    } else {
        rest.char_indices()
            .nth(size as usize)
            .map(|(i, _)| pos + i)
            .unwrap_or(data.len())
    };
    advance(vm, &d, end)?;
    Ok(Value::str(&data[pos..end]))
}

/// The next line (newline included), empty at the end.
fn next_line(vm: &mut Vm, d: &Value) -> PyResult<String> {
    let (data, pos) = unread(vm, d)?;
    let end = data[pos..]
        .find('\n')
        .map(|i| pos + i + 1)
        .unwrap_or(data.len());
    advance(vm, d, end)?;
    Ok(data[pos..end].to_string())
}

fn file_readline(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = bound(this, args);
    let d = open_state(vm, this, 'r')?;
    Ok(Value::str(&next_line(vm, &d)?))
}

fn file_readlines(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = bound(this, args);
    let d = open_state(vm, this, 'r')?;
    let mut lines = Vec::new();
    loop {
        let line = next_line(vm, &d)?;
        if line.is_empty() {
            break;
        }
        lines.push(Value::str(&line));
    }
    Ok(Value::list(lines))
}

fn file_next(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = bound(this, args);
    let d = open_state(vm, this, 'r')?;
    let line = next_line(vm, &d)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(Value::str(&line))
}

/// Appends text to the file behind an open file object.
fn append(vm: &mut Vm, d: &Value, text: &str) -> PyResult<()> {
    let path = get_str(vm, d, "name")?;
    let result = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    result.map_err(|e| os_error(vm, &e, &path))
}

fn file_write(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = bound(this, args);
    let d = open_state(vm, this, 'w')?;
    let (t, n) = write_argument(vm, args)?;
    append(vm, &d, &t)?;
    Ok(Value::Int(n as i64))
}

/// The text `TextIOWrapper.write(text)` writes, and its length in characters
/// (what `write` returns), with CPython's errors for a wrong argument.
pub fn write_argument(vm: &Vm, args: &[Value]) -> PyResult<(String, usize)> {
    let [text] = args else {
        return Err(vm.type_error(format!(
            "TextIOWrapper.write() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let Some(s) = text.as_str() else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.classes.type_name(text)
        )));
    };
    Ok((s.to_string_lossy().into_owned(), s.len()))
}

fn file_writelines(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = bound(this, args);
    let d = open_state(vm, this, 'w')?;
    let Some(lines) = args.first() else {
        return Err(vm.type_error("writelines() takes exactly one argument (0 given)"));
    };
    let mut text = String::new();
    for line in vm.collect(lines)? {
        match line.as_str() {
            Some(s) => text.push_str(&s.to_string_lossy()),
            None => {
                return Err(vm.type_error(format!(
                    "write() argument must be str, not {}",
                    vm.classes.type_name(&line)
                )))
            }
        }
    }
    append(vm, &d, &text)?;
    Ok(Value::None)
}

fn file_close(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = bound(this, args);
    let d = state(vm, this)?;
    dict_set_str(vm, &d, "closed", Value::Bool(true))?;
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = bound(this, args);
    let d = state(vm, this)?;
    if matches!(get(vm, &d, "closed")?, Value::Bool(true)) {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(Value::None)
}

fn file_enter(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = bound(this, args);
    let d = state(vm, this)?;
    if matches!(get(vm, &d, "closed")?, Value::Bool(true)) {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(this.clone())
}

fn file_exit(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = bound(this, args);
    file_close(vm, this, &[], kwargs)?;
    Ok(Value::None)
}

fn file_repr(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, _) = bound(this, args);
    let d = state(vm, this)?;
    let name = get(vm, &d, "name")?;
    let name = vm.repr(&name)?;
    let mode = get_str(vm, &d, "mode")?;
    Ok(Value::str(&format!(
        "<_io.TextIOWrapper name={name} mode='{mode}' encoding='UTF-8'>"
    )))
}
