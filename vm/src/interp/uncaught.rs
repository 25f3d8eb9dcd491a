//! The text CPython prints for an uncaught exception: the traceback of each
//! exception in the chain, then its type and message.

use super::Vm;
use crate::object::types::type_data;
use crate::object::{PyErr, Value};

/// Formats `err` with its causes and contexts, as `sys.excepthook` does.
pub fn format(vm: &mut Vm, err: &PyErr) -> String {
    let mut out = String::new();
    chain(vm, err, &mut out, 0);
    out
}

fn chain(vm: &mut Vm, err: &PyErr, out: &mut String, depth: usize) {
    let data = err.data();
    let cause = data.cause.borrow().clone();
    let context = data.context.borrow().clone();
    if depth < 32 {
        if let Value::Obj(_) = cause {
            chain(vm, &PyErr(cause), out, depth + 1);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let (Value::Obj(_), false) = (&context, data.suppress_context.get()) {
            chain(vm, &PyErr(context), out, depth + 1);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    let entries = data.traceback.borrow().clone();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    for entry in entries.iter().rev() {
        let pos = entry.code.position(entry.at);
        let file = entry.code.data.filename.to_string_lossy().into_owned();
        let line = pos.line.unwrap_or(entry.code.data.firstlineno);
        out.push_str(&format!(
            "  File \"{file}\", line {line}, in {}\n",
            entry.code.name()
        ));
        if let Some(text) = source_line(&file, line) {
            out.push_str(&format!("    {}\n", text.trim()));
        }
    }
    let class = type_data(err.class());
    let name = if class.module == "builtins" || class.module == "__main__" {
        class.qualname.clone()
    } else {
        format!("{}.{}", class.module, class.qualname)
    };
    let message = vm.str_of(&err.0).unwrap_or_default();
    if message.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {message}\n"));
    }
}

fn source_line(file: &str, line: i32) -> Option<String> {
    let text = std::fs::read_to_string(file).ok()?;
    text.lines()
        .nth(usize::try_from(line).ok()?.checked_sub(1)?)
        .map(str::to_string)
}
