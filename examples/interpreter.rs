//! The bundled interpreter: runs a CPython 3.14 `.pyc` file, or the bundled
//! demo when given no arguments.
//!
//! ```text
//! cargo run --release --example interpreter                 # the demo
//! cargo run --release --example interpreter -- prog.pyc a b # sys.argv = ['prog.pyc', 'a', 'b']
//! cargo run --release --example interpreter -- prog.py      # compiled with python3.14, if found
//! ```

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The demo program, compiled by CPython 3.14 (`examples/demo/demo.py`).
const DEMO: &[u8] = include_bytes!("demo/demo.pyc");

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let status = match args.first() {
        None => {
            pyvm::main_entry::run_bytes(DEMO, Path::new("demo.pyc"), vec!["demo.pyc".to_string()])
        }
        Some(path) if path.ends_with(".py") => match compile(Path::new(path)) {
            Ok(pyc) => pyvm::main_entry::run_file(&pyc, args.clone()),
            Err(message) => {
                eprintln!("{message}");
                2
            }
        },
        Some(path) => pyvm::main_entry::run_file(Path::new(path), args.clone()),
    };
    ExitCode::from(status as u8)
}

/// Compiles a `.py` file with a `python3.14` on `PATH` into a temporary `.pyc`.
fn compile(source: &Path) -> Result<PathBuf, String> {
    let out = std::env::temp_dir().join(format!("interpreter-{}.pyc", std::process::id()));
    let script = "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], dfile=sys.argv[1], doraise=True)";
    let result = Command::new("python3.14")
        .arg("-c")
        .arg(script)
        .arg(source)
        .arg(&out)
        .status();
    match result {
        Ok(status) if status.success() => Ok(out),
        Ok(_) => Err(format!("python3.14 could not compile {}", source.display())),
        Err(_) => Err(format!(
            "{} is Python source, and no python3.14 was found on PATH to compile it: please give a .pyc file compiled by CPython 3.14",
            source.display()
        )),
    }
}
