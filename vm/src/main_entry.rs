//! Running a `.pyc` file as a program, the way `python3.14 file.pyc` does:
//! `sys.argv`, the uncaught-exception traceback on stderr, and the exit status.

use crate::code::Code;
use crate::interp::Vm;
use crate::object::{Object, PyErr, Value};
use std::path::Path;

/// Runs a program given command-line style arguments (`argv[0]` is the `.pyc`);
/// returns the process exit status.
pub fn run_file(path: &Path, argv: Vec<String>) -> i32 {
    let file = match crate::pyc::load_pyc(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    run_loaded(file.code, argv)
}

/// Runs `.pyc` bytes already in memory (for the bundled demo).
pub fn run_bytes(bytes: &[u8], name: &Path, argv: Vec<String>) -> i32 {
    match crate::pyc::parse_pyc(bytes, name) {
        Ok(f) => run_loaded(f.code, argv),
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
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
    match result {
        Ok(_) => 0,
        Err(err) => exit_status(&mut vm, err),
    }
}

/// Prints an uncaught exception as CPython does and gives the exit status;
/// `SystemExit` sets the status instead.
fn exit_status(vm: &mut Vm, err: PyErr) -> i32 {
    if vm.is_instance_of(&err, "SystemExit") {
        let code = match &*err.data().args.borrow() {
            Value::Obj(o) => match &**o {
                Object::Tuple(t) if t.len() == 1 => t[0].clone(),
                Object::Tuple(t) if t.is_empty() => Value::None,
                _ => Value::Obj(o.clone()),
            },
            v => v.clone(),
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => (i & 0xff) as i32,
            Value::Bool(b) => i32::from(b),
            other => {
                let text = vm.str_of(&other).unwrap_or_default();
                eprintln!("{text}");
                1
            }
        };
    }
    let text = crate::interp::uncaught::format(vm, &err);
    vm.flush_stdout();
    eprint!("{text}");
    1
}
