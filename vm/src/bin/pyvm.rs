//! `pyvm FILE.pyc [ARGS...]`: runs a CPython 3.14 `.pyc` file.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: pyvm FILE.pyc [ARGS...]");
        return ExitCode::from(2);
    };
    let status = pyvm::main_entry::run_file(Path::new(path), args.clone());
    ExitCode::from(status as u8)
}
