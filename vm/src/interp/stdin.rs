//! Standard input: the `input()` builtin and the reading methods of
//! `sys.stdin` (`read`, `readline`, `readlines`, iteration).

use super::descriptors::{as_native, Native};
use super::Vm;
use crate::object::{PyResult, Value};
use std::cell::Cell;
use std::io::{BufRead, Read};

thread_local! {
    /// Whether `sys.stdin` was closed (as `exit()` does).
    static CLOSED: Cell<bool> = const { Cell::new(false) };
}

/// Closes `sys.stdin`: later reads raise `ValueError`.
pub fn close_stdin() {
    CLOSED.with(|c| c.set(true));
}

/// Whether `sys.stdin` is closed.
pub fn stdin_closed() -> bool {
    CLOSED.with(|c| c.get())
}

/// `ValueError: I/O operation on closed file.` when `sys.stdin` is closed.
fn check_open(vm: &Vm) -> PyResult<()> {
    if stdin_closed() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

type Kwargs<'a> = &'a [(Value, Value)];

/// Reads one line of standard input, newline included; empty at EOF.
fn read_line_bytes() -> Vec<u8> {
    let mut buf = Vec::new();
    let _ = std::io::stdin().lock().read_until(b'\n', &mut buf);
    buf
}

/// Decodes bytes read from standard input (UTF-8; invalid bytes replaced).
fn decode(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

impl Vm {
    /// The next line of `sys.stdin` (newline included), `None` at EOF.
    pub fn stdin_readline(&mut self) -> Option<String> {
        let bytes = read_line_bytes();
        (!bytes.is_empty()).then(|| decode(&bytes))
    }
}

/// `input([prompt])`: writes the prompt to `sys.stdout`, reads a line from
/// standard input without its newline; `EOFError` at end of input.
pub fn builtin_input(
    vm: &mut Vm,
    _: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("input() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "input expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let out = vm.sys_stdout()?;
    if let Some(prompt) = args.first() {
        let text = vm.str_of(prompt)?;
        vm.file_write(&out, &text)?;
    }
    vm.file_flush(&out)?;
    check_open(vm)?;
    match vm.stdin_readline() {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(Value::str(&line))
        }
        None => Err(vm.new_error("EOFError", "EOF when reading a line")),
    }
}

/// Checks that `this` is `sys.stdin`; other streams are not readable.
fn readable(vm: &mut Vm, this: &Value) -> PyResult<()> {
    match as_native(this) {
        Some(Native::Stream(s)) if s.fd == 0 => check_open(vm),
        Some(Native::Stream(_)) => Err(vm.new_error("UnsupportedOperation", "not readable")),
        _ => Err(vm.type_error("descriptor requires a '_io.TextIOWrapper' object")),
    }
}

/// The optional size argument of `read`/`readline`: negative or `None` means
/// no limit.
fn size_arg(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Option<usize>> {
    match args {
        [] | [Value::None] => Ok(None),
        [v] => {
            let n = vm.index_value(v)?;
            Ok(usize::try_from(n).ok())
        }
        _ => Err(vm.type_error(format!(
            "{what} expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `sys.stdin.read([size])`.
pub fn stream_read(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    readable(vm, this)?;
    let size = size_arg(vm, args, "read")?;
    let mut text = String::new();
    match size {
        None => {
            let mut buf = Vec::new();
            let _ = std::io::stdin().lock().read_to_end(&mut buf);
            text = decode(&buf);
        }
        Some(n) => {
            while text.chars().count() < n {
                let Some(line) = vm.stdin_readline() else {
                    break;
                };
                text.push_str(&line);
            }
            if let Some((i, _)) = text.char_indices().nth(n) {
                // Characters past `size` are lost; stdin is rarely read this way.
                text.truncate(i);
            }
        }
    }
    Ok(Value::str(&text))
}

/// `sys.stdin.readline([size])`.
pub fn stream_readline(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: Kwargs<'_>,
) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    readable(vm, this)?;
    size_arg(vm, args, "readline")?;
    Ok(Value::str(&vm.stdin_readline().unwrap_or_default()))
}

/// `sys.stdin.readlines()`.
pub fn stream_readlines(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: Kwargs<'_>,
) -> PyResult<Value> {
    let (this, _) = super::descriptors::bound(this, args);
    readable(vm, this)?;
    let mut lines = Vec::new();
    while let Some(line) = vm.stdin_readline() {
        lines.push(Value::str(&line));
    }
    Ok(Value::list(lines))
}
