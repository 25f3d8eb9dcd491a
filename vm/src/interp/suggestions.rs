//! The "Did you mean" hints CPython's traceback printer appends to an
//! uncaught `NameError`, `AttributeError` or `ImportError` (`traceback.py`'s
//! `_compute_suggestion_error` with `Python/suggestions.c`'s edit distance),
//! and the capture, where the interpreter raises such an error, of the parts
//! of the frame the printer reads through `tb_frame`.

use super::Vm;
use crate::marshal::local_kind;
use crate::object::exception::RaiseScope;
use crate::object::{Object, PyErr, Value};

/// Cost of inserting, deleting or substituting a character.
const MOVE_COST: usize = 2;
/// Cost of substituting a letter by the same letter in the other case.
const CASE_COST: usize = 1;
/// Names (in UTF-8 bytes, after trimming common affixes) beyond this length
/// are never suggested.
const MAX_STRING_SIZE: usize = 40;
/// With this many candidates or more, nothing is suggested.
const MAX_CANDIDATE_ITEMS: usize = 750;

/// `sys.stdlib_module_names` of CPython 3.14.
const STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_android_support",
    "_apple_support",
    "_ast",
    "_ast_unparse",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_colorize",
    "_compat_pickle",
    "_contextvars",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_hmac",
    "_imp",
    "_interpchannels",
    "_interpqueues",
    "_interpreters",
    "_io",
    "_ios_support",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_opcode_metadata",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_py_warnings",
    "_pydatetime",
    "_pydecimal",
    "_pyio",
    "_pylong",
    "_pyrepl",
    "_queue",
    "_random",
    "_remote_debugging",
    "_scproxy",
    "_sha1",
    "_sha2",
    "_sha3",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_suggestions",
    "_symtable",
    "_sysconfig",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_types",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_wmi",
    "_zoneinfo",
    "_zstd",
    "abc",
    "annotationlib",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "compression",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtplib",
    "socket",
    "socketserver",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

/// Records in `err` (a `NameError` being raised by the running frame) the
/// frame's locals, globals and `self`, as the printer would find them.
pub fn record_name_scope(vm: &Vm, err: &PyErr) {
    let Some(frame) = vm.frames.last() else {
        return;
    };
    let locals = match &frame.locals {
        Some(ns) => ns.clone(),
        None => Value::list(bound_locals(frame).into_iter().map(|(n, _)| n).collect()),
    };
    let scope = RaiseScope {
        locals,
        globals: frame.globals.clone(),
        self_value: frame_self(frame),
    };
    *err.data().scope.borrow_mut() = Some(Box::new(scope));
}

/// Records the scope of a `NameError` raised by Python code (`raise
/// NameError(..., name=...)`) that the interpreter did not make, when it
/// leaves its first frame.
pub fn record_raised_name_error(vm: &Vm, err: &PyErr) {
    if err.data().scope.borrow().is_none() && vm.is_instance_of(err, "NameError") {
        record_name_scope(vm, err);
    }
}

/// Records in `err` (an `AttributeError` for `obj` and `name` being raised)
/// whether `obj` is the running frame's `self`, which lets the printer
/// suggest names starting with an underscore.
pub fn record_attribute_scope(vm: &Vm, err: &PyErr, obj: &Value, name: &str) {
    if name.starts_with('_') {
        return;
    }
    let Some(frame) = vm.frames.last() else {
        return;
    };
    let Some(this) = frame_self(frame) else {
        return;
    };
    if this.id() != obj.id() {
        return;
    }
    let scope = RaiseScope {
        locals: Value::None,
        globals: frame.globals.clone(),
        self_value: Some(this),
    };
    *err.data().scope.borrow_mut() = Some(Box::new(scope));
}

/// The fast locals of `frame` that have a value, in `co_localsplusnames`
/// order (cells read through), as `FrameLocalsProxy` lists them.
fn bound_locals(frame: &super::frame::Frame) -> Vec<(Value, Value)> {
    let code = &frame.code;
    let kinds = &code.data.localspluskinds;
    let mut out = Vec::new();
    for (i, name) in code.localsplus_names.iter().enumerate() {
        let kind = kinds.get(i).copied().unwrap_or(0);
        if kind & local_kind::HIDDEN != 0 {
            continue;
        }
        let value = match frame.fast.get(i) {
            Some(Value::Null) | None => continue,
            Some(v) => v.clone(),
        };
        let value = match value.as_obj().map(|o| &**o) {
            Some(Object::Cell(c)) if kind & (local_kind::CELL | local_kind::FREE) != 0 => {
                c.borrow().clone()
            }
            _ => value,
        };
        if !matches!(value, Value::Null) {
            out.push((name.clone(), value));
        }
    }
    out
}

/// `f_locals['self']` of `frame`, when bound.
fn frame_self(frame: &super::frame::Frame) -> Option<Value> {
    if frame.locals.is_some() {
        return None;
    }
    let has_self = frame
        .code
        .localsplus_names
        .iter()
        .any(|n| n.as_str().is_some_and(|s| s.to_string_lossy() == "self"));
    if !has_self {
        return None;
    }
    bound_locals(frame)
        .into_iter()
        .find(|(n, _)| n.as_str().is_some_and(|s| s.to_string_lossy() == "self"))
        .map(|(_, v)| v)
}

/// What the printer appends to the message of `err`: `. Did you mean:
/// 'x'?` and, for a `NameError` naming a standard module, the hint to
/// import it; empty when there is nothing to add.
pub fn hint(vm: &mut Vm, err: &PyErr) -> String {
    if vm.is_instance_of(err, "ImportError") {
        let Some(wrong) = str_attr(vm, err, "name_from") else {
            return String::new();
        };
        return match import_suggestion(vm, err, &wrong) {
            Some(s) => format!(". Did you mean: '{s}'?"),
            None => String::new(),
        };
    }
    let is_name = vm.is_instance_of(err, "NameError");
    if !is_name && !vm.is_instance_of(err, "AttributeError") {
        return String::new();
    }
    let Ok(Some(name)) = vm.lookup_attr(&err.0, "name") else {
        return String::new();
    };
    if matches!(name, Value::None) {
        return String::new();
    }
    let Some(wrong) = name.as_str().map(|s| s.to_string_lossy().into_owned()) else {
        return String::new();
    };
    let suggestion = if is_name {
        name_suggestion(vm, err, &wrong)
    } else {
        attribute_suggestion(vm, err, &wrong)
    };
    let mut out = String::new();
    if let Some(s) = &suggestion {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if is_name && STDLIB_MODULE_NAMES.contains(&wrong.as_str()) {
        if suggestion.is_some() {
            out.push_str(&format!(" Or did you forget to import '{wrong}'?"));
        } else {
            out.push_str(&format!(". Did you forget to import '{wrong}'?"));
        }
    }
    out
}

/// Attribute `name` of the exception when it is a `str`.
fn str_attr(vm: &mut Vm, err: &PyErr, name: &str) -> Option<String> {
    let v = vm.lookup_attr(&err.0, name).ok()??;
    v.as_str().map(|s| s.to_string_lossy().into_owned())
}

/// The `str` keys of a namespace mapping or items of a list.
fn names_of(vm: &mut Vm, container: &Value) -> Vec<String> {
    let items = match container.as_obj().map(|o| &**o) {
        Some(Object::Dict(d)) => d.borrow().iter().map(|e| e.key.clone()).collect(),
        Some(Object::List(l)) => l.borrow().clone(),
        _ => vm.collect(container).unwrap_or_default(),
    };
    items
        .iter()
        .filter_map(|k| k.as_str().map(|s| s.to_string_lossy().into_owned()))
        .collect()
}

/// `NameError`: the frame's locals, globals and builtins, after `self.x`.
fn name_suggestion(vm: &mut Vm, err: &PyErr, wrong: &str) -> Option<String> {
    let scope = err
        .data()
        .scope
        .borrow()
        .as_ref()
        .map(|s| (s.locals.clone(), s.globals.clone(), s.self_value.clone()));
    let (locals, globals, this) = scope?;
    let mut d = names_of(vm, &locals);
    d.extend(names_of(vm, &Value::Obj(globals)));
    let builtins = Value::Obj(vm.builtins.clone());
    d.extend(names_of(vm, &builtins));
    if let Some(this) = this {
        if let Ok(Some(_)) = vm.lookup_attr(&this, wrong) {
            return Some(format!("self.{wrong}"));
        }
    }
    calculate(&d, wrong)
}

/// `AttributeError`: `dir(obj)`, names starting with `_` left out unless
/// the wrong name starts with one or `obj` is the frame's `self`.
fn attribute_suggestion(vm: &mut Vm, err: &PyErr, wrong: &str) -> Option<String> {
    let obj = vm.lookup_attr(&err.0, "obj").ok()??;
    let mut d = vm.dir_of(&obj).ok()?;
    let is_self = err
        .data()
        .scope
        .borrow()
        .as_ref()
        .and_then(|s| s.self_value.as_ref().map(|v| v.id() == obj.id()))
        .unwrap_or(false);
    if !wrong.starts_with('_') && !is_self {
        d.retain(|x| !x.starts_with('_'));
    }
    calculate(&d, wrong)
}

/// `ImportError` of `from module import name`: `dir(module)`.
fn import_suggestion(vm: &mut Vm, err: &PyErr, wrong: &str) -> Option<String> {
    let module = str_attr(vm, err, "name")?;
    let modules = vm.sys_modules().ok()?;
    let m = vm.dict_get(&modules, &Value::str(&module)).ok()??;
    let mut d = vm.dir_of(&m).ok()?;
    if !wrong.starts_with('_') {
        d.retain(|x| !x.starts_with('_'));
    }
    calculate(&d, wrong)
}

/// `_Py_CalculateSuggestions`: the candidate closest to `name`, if close
/// enough (the first one among equally close ones).
pub fn calculate(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s.clone())
}

/// The cost of substituting byte `a` by `b`.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b`, or more than `max_cost` once it
/// is known to exceed it.
fn levenshtein<'s>(mut a: &'s [u8], mut b: &'s [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ca) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ca);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn suggests_close_names() {
        assert_eq!(
            calculate(&names(&["len", "list", "print"]), "lenn").as_deref(),
            Some("len")
        );
        assert_eq!(
            calculate(&names(&["speed", "position"]), "sped").as_deref(),
            Some("speed")
        );
        assert_eq!(calculate(&names(&["abc"]), "xyz"), None);
        assert_eq!(calculate(&names(&["Foo"]), "foo").as_deref(), Some("Foo"));
    }
}
