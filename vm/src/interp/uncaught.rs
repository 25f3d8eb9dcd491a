//! The report of an uncaught exception: the exception chain turned into
//! [`crate::traceback::Report`]s, formatted as CPython's `sys.excepthook` does.

use super::{exception_group, Vm};
use crate::object::types::type_data;
use crate::object::{Object, PyErr, PyResult, Value};
use crate::traceback::{self, Frame, Report, SourceMap};
use std::collections::HashSet;

/// Reports an uncaught exception (not `SystemExit`) as CPython's main
/// does: through `sys.excepthook` when it was replaced, else with the
/// default traceback on stderr.
pub fn report_uncaught(vm: &mut Vm, err: &PyErr) {
    let hook = match &vm.sys.module {
        Some(sys) => {
            let sys = sys.clone();
            vm.lookup_attr(&sys, "excepthook").ok().flatten()
        }
        None => None,
    };
    let custom = hook.filter(
        |h| !matches!(h.as_obj().map(|o| &**o), Some(Object::Builtin(b)) if b.name == "excepthook"),
    );
    let Some(hook) = custom else {
        let text = format(vm, err);
        vm.flush_stdout();
        vm.stream_write_text(2, &text);
        return;
    };
    let class = Value::Obj(err.class().clone());
    let tb = vm
        .lookup_attr(&err.0, "__traceback__")
        .ok()
        .flatten()
        .unwrap_or(Value::None);
    if let Err(hook_err) = vm.call(&hook, &[class, err.0.clone(), tb], &[]) {
        let first = format(vm, &hook_err);
        let original = format(vm, err);
        vm.flush_stdout();
        let text =
            format!("Error in sys.excepthook:\n{first}\nOriginal exception was:\n{original}");
        vm.stream_write_text(2, &text);
    }
}

/// `sys.excepthook(type, value, traceback)` and `sys.__excepthook__`:
/// prints `value` as an uncaught exception to stderr.
pub fn excepthook(
    vm: &mut Vm,
    _: &Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("excepthook() takes no keyword arguments"));
    }
    let [_, value, _] = args else {
        return Err(vm.type_error(format!(
            "excepthook expected 3 arguments, got {}",
            args.len()
        )));
    };
    let text = match value.as_obj().map(|o| &**o) {
        Some(Object::Exception(_)) => format(vm, &PyErr(value.clone())),
        _ => format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            vm.classes.type_name(value)
        ),
    };
    vm.flush_stdout();
    vm.stream_write_text(2, &text);
    Ok(Value::None)
}

/// Formats `err`, its causes, contexts and (for exception groups) its
/// sub-exceptions, reading source lines from the files the code objects
/// name (relative to the working directory).
pub fn format(vm: &mut Vm, err: &PyErr) -> String {
    let mut report = report_tree(vm, err);
    if let Some(limit) = traceback_limit(vm) {
        limit_frames(&mut report, limit);
    }
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

/// `sys.tracebacklimit` when it is an int (a negative one counts as 0).
fn traceback_limit(vm: &mut Vm) -> Option<usize> {
    let sys = vm.sys.module.clone()?;
    match vm.lookup_attr(&sys, "tracebacklimit").ok()?? {
        Value::Int(n) => Some(usize::try_from(n).unwrap_or(0)),
        Value::Bool(b) => Some(usize::from(b)),
        _ => None,
    }
}

/// Keeps the innermost `limit` frames of every traceback in the report.
fn limit_frames(report: &mut Report, limit: usize) {
    let extra = report.frames.len().saturating_sub(limit);
    report.frames.drain(..extra);
    for r in report.cause.iter_mut().chain(report.context.iter_mut()) {
        limit_frames(r, limit);
    }
    for r in report.exceptions.iter_mut().flatten() {
        limit_frames(r, limit);
    }
}

fn collect_files(report: &Report, files: &mut Vec<String>) {
    for f in &report.frames {
        if !files.contains(&f.filename) {
            files.push(f.filename.clone());
        }
    }
    let subs = report.exceptions.iter().flatten();
    for r in report.cause.iter().chain(report.context.iter()) {
        collect_files(r, files);
    }
    for r in subs {
        collect_files(r, files);
    }
}

/// One exception of the tree being built, with its links as indices.
struct Node {
    report: Report,
    level: usize,
    cause: Option<usize>,
    context: Option<usize>,
    exceptions: Option<Vec<usize>>,
}

/// The exceptions met so far while building a tree.
#[derive(Default)]
struct Tree {
    seen: HashSet<i64>,
    nodes: Vec<Node>,
}

impl Tree {
    /// Adds `e` at group nesting `level`; returns its index.
    fn add(&mut self, vm: &mut Vm, e: &PyErr, level: usize) -> usize {
        self.seen.insert(e.0.id());
        self.nodes.push(Node {
            report: report(vm, e),
            level,
            cause: None,
            context: None,
            exceptions: None,
        });
        self.nodes.len() - 1
    }

    /// `v` when it is an exception not met yet.
    fn unseen(&self, v: &Value) -> Option<PyErr> {
        match v.as_obj().map(|o| &**o) {
            Some(Object::Exception(_)) if !self.seen.contains(&v.id()) => Some(PyErr(v.clone())),
            _ => None,
        }
    }
}

/// The report of `err` and everything it links to, in the order CPython's
/// `TracebackException` visits them: a queue of exceptions whose cause,
/// context (only without a cause, unless suppressed) and group members are
/// made when the exception is taken off the queue; a cause or context
/// already met anywhere in the tree ends its chain. Group members nested
/// deeper than the printer shows are visited but not kept.
fn report_tree(vm: &mut Vm, err: &PyErr) -> Report {
    let mut tree = Tree::default();
    let root = tree.add(vm, err, 0);
    let mut queue = vec![(root, err.clone())];
    while let Some((index, e)) = queue.pop() {
        let level = tree.nodes[index].level;
        let data = e.data();
        let cause = data.cause.borrow().clone();
        let context = data.context.borrow().clone();
        let suppress = data.suppress_context.get();
        let cause = tree.unseen(&cause).map(|c| (tree.add(vm, &c, level), c));
        let context = match tree.unseen(&context) {
            Some(c) if cause.is_none() && !suppress => Some((tree.add(vm, &c, level), c)),
            _ => None,
        };
        let members = exception_group::is_group(vm, &e.0).then(|| {
            exception_group::members(&e.0)
                .into_iter()
                .map(|m| {
                    let m = PyErr(m);
                    (tree.add(vm, &m, level + 1), m)
                })
                .collect::<Vec<_>>()
        });
        let node = &mut tree.nodes[index];
        node.cause = cause.as_ref().map(|c| c.0);
        node.context = context.as_ref().map(|c| c.0);
        node.exceptions = members
            .as_ref()
            .map(|m| m.iter().map(|(i, _)| *i).collect());
        queue.extend(cause);
        queue.extend(context);
        queue.extend(members.into_iter().flatten());
    }
    // Links only point at later nodes: build the reports from the last one.
    let mut built: Vec<Option<Report>> = Vec::new();
    built.resize_with(tree.nodes.len(), || None);
    for (index, node) in tree.nodes.into_iter().enumerate().rev() {
        let mut take = |i: usize| built.get_mut(i).and_then(Option::take).unwrap_or_default();
        let mut report = node.report;
        report.cause = node.cause.map(|i| Box::new(take(i)));
        report.context = node.context.map(|i| Box::new(take(i)));
        report.exceptions = node.exceptions.map(|members| {
            if node.level >= traceback::MAX_GROUP_DEPTH {
                Vec::new()
            } else {
                members.into_iter().map(&mut take).collect()
            }
        });
        if let Some(slot) = built.get_mut(index) {
            *slot = Some(report);
        }
    }
    built.first_mut().and_then(Option::take).unwrap_or_default()
}

/// The report of one exception: type, message, notes and frames, without
/// the exceptions it links to.
fn report(vm: &mut Vm, err: &PyErr) -> Report {
    let data = err.data();
    let class = type_data(err.class());
    let type_name = traceback::qualified_type_name(Some(&class.module), &class.qualname);
    let mut message = vm
        .str_of(&err.0)
        .unwrap_or_else(|_| "<exception str() failed>".to_string());
    message.push_str(&super::suggestions::hint(vm, err));
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
    report.notes = notes(vm, err);
    report.suppress_context = data.suppress_context.get();
    report
}

/// The notes to print, as `TracebackException` reads `__notes__`: each item
/// of a list or tuple as `str()`, anything else but `None` as one `repr()`.
fn notes(vm: &mut Vm, err: &PyErr) -> Vec<String> {
    let notes = match vm.lookup_attr(&err.0, "__notes__") {
        Ok(Some(n)) => n,
        Ok(None) => return Vec::new(),
        Err(e) => {
            let what = vm
                .repr(&e.0)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            return vec![format!("Ignored error getting __notes__: {what}")];
        }
    };
    let items = match notes.as_obj().map(|o| &**o) {
        Some(Object::List(items)) => items.borrow().clone(),
        Some(Object::Tuple(items)) => items.to_vec(),
        _ if matches!(notes, Value::None) => return Vec::new(),
        _ => {
            let text = vm
                .repr(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            return vec![text];
        }
    };
    items
        .iter()
        .map(|n| {
            vm.str_of(n)
                .unwrap_or_else(|_| "<note str() failed>".to_string())
        })
        .collect()
}
