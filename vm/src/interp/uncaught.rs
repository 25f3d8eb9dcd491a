//! The report of an uncaught exception: the exception chain turned into
//! [`crate::traceback::Report`]s, formatted as CPython's `sys.excepthook` does.

use super::Vm;
use crate::object::types::type_data;
use crate::object::{Object, PyErr, Value};
use crate::traceback::{self, Frame, Report, SourceMap};

/// Formats `err`, its causes and contexts, reading source lines from the
/// files the code objects name (relative to the working directory).
pub fn format(vm: &mut Vm, err: &PyErr) -> String {
    let mut seen = Vec::new();
    let report = report(vm, err, &mut seen);
    let mut sources = SourceMap::new();
    let mut files: Vec<String> = Vec::new();
    collect_files(&report, &mut files);
    for file in files {
        if let Ok(text) = std::fs::read_to_string(&file) {
            sources.insert(&file, &text);
        }
    }
    traceback::format_exception(&report, &mut sources)
}

fn collect_files(report: &Report, files: &mut Vec<String>) {
    for f in &report.frames {
        if !files.contains(&f.filename) {
            files.push(f.filename.clone());
        }
    }
    for r in report.cause.iter().chain(report.context.iter()) {
        collect_files(r, files);
    }
}

/// One exception and, recursively, what it was chained to; an exception met
/// twice ends the chain, as in CPython.
fn report(vm: &mut Vm, err: &PyErr, seen: &mut Vec<Value>) -> Report {
    seen.push(err.0.clone());
    let data = err.data();
    let class = type_data(err.class());
    let type_name = traceback::qualified_type_name(Some(&class.module), &class.qualname);
    let message = vm
        .str_of(&err.0)
        .unwrap_or_else(|_| "<exception str() failed>".to_string());
    let mut report = Report::new(type_name, message);
    report.frames = data
        .traceback
        .borrow()
        .iter()
        .rev()
        .map(|entry| {
            let pos = entry.code.position(entry.at);
            let to_u32 = |v: Option<i32>| v.and_then(|l| u32::try_from(l).ok());
            Frame {
                filename: entry.code.data.filename.to_string_lossy().into_owned(),
                name: entry.code.name(),
                lineno: to_u32(pos.line),
                end_lineno: to_u32(pos.end_line),
                col: pos.col,
                end_col: pos.end_col,
            }
        })
        .collect();
    let notes = data.notes.borrow().clone();
    if let Some(Object::List(items)) = notes.as_obj().map(|o| &**o) {
        let items = items.borrow().clone();
        report.notes = items
            .iter()
            .map(|n| vm.str_of(n).unwrap_or_default())
            .collect();
    }
    report.suppress_context = data.suppress_context.get();
    let chained = |v: &Value, seen: &Vec<Value>| -> Option<PyErr> {
        match v.as_obj().map(|o| &**o) {
            Some(Object::Exception(_)) if !seen.iter().any(|s| s.is(v)) => Some(PyErr(v.clone())),
            _ => None,
        }
    };
    let cause = data.cause.borrow().clone();
    if let Some(c) = chained(&cause, seen) {
        report.cause = Some(Box::new(self::report(vm, &c, seen)));
    }
    let context = data.context.borrow().clone();
    if let Some(c) = chained(&context, seen) {
        report.context = Some(Box::new(self::report(vm, &c, seen)));
    }
    report
}
