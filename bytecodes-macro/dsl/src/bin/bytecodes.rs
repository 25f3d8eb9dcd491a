//! `bytecodes`: check or dump a CPython instruction definition file.
//!
//! ```text
//! bytecodes check FILE   print diagnostics as FILE:LINE:COL: error: MESSAGE
//! bytecodes dump FILE    print the analysis as JSON
//! ```

use std::process::ExitCode;

const USAGE: &str = "usage: bytecodes (check|dump) FILE";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, path) = match args.as_slice() {
        [c, p] if c == "check" || c == "dump" => (c.as_str(), p.as_str()),
        [h] if h == "-h" || h == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("{path}: error: cannot read the file: {e}");
            return ExitCode::from(2);
        }
    };
    match bytecodes_dsl::analyze_file(path, &text) {
        Ok(analysis) => {
            if command == "dump" {
                let json = bytecodes_dsl::dump::to_json(&analysis);
                println!(
                    "{}",
                    serde_json::to_string_pretty(&json).expect("JSON values always serialize")
                );
            } else {
                eprintln!(
                    "{path}: ok: {} instructions, {} uops",
                    analysis.instructions.len(),
                    analysis.uops.len()
                );
            }
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            for d in &diagnostics.0 {
                eprintln!("{d}");
            }
            ExitCode::FAILURE
        }
    }
}
