//! Running a `.pyc` file as a program, the way `python3.14 file.pyc` does:
//! `sys.argv`, the uncaught-exception traceback on stderr, and the exit status.

use crate::code::Code;
use crate::interp::Vm;
use crate::object::{Object, PyErr, Value};
use std::path::Path;

/// Runs a program given command-line style arguments (`argv[0]` is the `.pyc`);
/// returns the process exit status.
pub fn run_file(path: &Path, argv: Vec<String>) -> i32 {
    with_big_stack(|| {
        let file = match crate::pyc::load_pyc(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("{e}");
                return 1;
            }
        };
        run_loaded(file.code, argv)
    })
}

/// The stack the interpreter runs on: Python code called from Rust (class
/// bodies, `__init__`, generators, ...) nests dispatch loops, up to the
/// recursion limit.
const STACK_SIZE: usize = 1 << 30;

/// Runs `f` on a thread with a stack of [`STACK_SIZE`] bytes (reserved, not
/// committed); status 101 if that thread cannot be made or (in a build that
/// unwinds) panics.
fn with_big_stack(f: impl FnOnce() -> i32 + Send) -> i32 {
    std::thread::scope(|scope| {
        match std::thread::Builder::new()
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, f)
        {
            Ok(handle) => handle.join().unwrap_or(101),
            Err(_) => 101,
        }
    })
}

/// Runs `.pyc` bytes already in memory (for the bundled demo).
pub fn run_bytes(bytes: &[u8], name: &Path, argv: Vec<String>) -> i32 {
    with_big_stack(|| match crate::pyc::parse_pyc(bytes, name) {
        Ok(f) => run_loaded(f.code, argv),
        Err(e) => {
            eprintln!("{e}");
            1
        }
    })
}

fn run_loaded(code: std::rc::Rc<crate::marshal::CodeData>, argv: Vec<String>) -> i32 {
    let code = match Code::new(code) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cannot run this code: {e}");
            return 1;
        }
    };
    let mut vm = Vm::new(argv);
    let result = vm.run_main(code);
    vm.flush_stdout();
    let mut uncaught = None;
    let status = match result {
        Ok(_) => 0,
        Err(err) => {
            if !vm.is_instance_of(&err, "SystemExit") {
                // CPython keeps the last exception (and the frames of its
                // traceback) until after `__main__` is cleared.
                uncaught = Some(err.clone());
            }
            exit_status(&mut vm, err)
        }
    };
    vm.shutdown();
    if uncaught.take().is_some() {
        vm.finalize_generators();
    }
    vm.flush_stdout();
    status
}

/// Prints an uncaught exception as CPython does and gives the exit status;
/// `SystemExit` sets the status instead.
fn exit_status(vm: &mut Vm, err: PyErr) -> i32 {
    if vm.is_instance_of(&err, "SystemExit") {
        let from_args = match &*err.data().args.borrow() {
            Value::Obj(o) => match &**o {
                Object::Tuple(t) if t.len() == 1 => t[0].clone(),
                Object::Tuple(t) if t.is_empty() => Value::None,
                _ => Value::Obj(o.clone()),
            },
            v => v.clone(),
        };
        // `_Py_HandleSystemExit` reads the `code` attribute.
        let code = match vm.lookup_attr(&err.0, "code") {
            Ok(Some(c)) => c,
            _ => from_args,
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => (i & 0xff) as i32,
            Value::Bool(b) => i32::from(b),
            // An int beyond a C long: `PyLong_AsLong` fails, the status is -1.
            Value::Obj(ref o) if matches!(&**o, Object::BigInt(_)) => 255,
            other => {
                let text = vm.str_of(&other).unwrap_or_default();
                eprintln!("{text}");
                1
            }
        };
    }
    crate::interp::uncaught::report_uncaught(vm, &err);
    // CPython exits through SIGINT after an uncaught KeyboardInterrupt: the
    // shell reports 128 + 2.
    if vm.is_instance_of(&err, "KeyboardInterrupt") {
        return 130;
    }
    1
}
