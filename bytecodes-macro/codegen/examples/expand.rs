//! Prints the Rust code `include_bytecodes!` generates for a DSL file, to read
//! or to pipe through `rustfmt`:
//!
//! `cargo run -p bytecodes-codegen --example expand -- inputs/bytecodes.c | rustfmt`

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: expand FILE [OPT_OUT ...]");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let analysis = match bytecodes_dsl::analyze_file(&path, &text) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let options = bytecodes_codegen::Options {
        text: &text,
        opt_out: std::env::args().skip(2).collect(),
    };
    match bytecodes_codegen::emit(&analysis, &options) {
        Ok(tokens) => {
            println!("{tokens}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
