//! Compares `pyvm::traceback` with CPython 3.14, using the fixtures that
//! `tools/pyodide/fixtures-traceback.mjs` recorded in
//! `vm/tests/fixtures/traceback/`:
//!
//! * `programs.json`: programs ending in an uncaught exception; the report
//!   rebuilt from the recorded data, with the recorded files as sources, must
//!   format to exactly the stderr CPython wrote;
//! * `positions.json`: one frame at many positions (every AST node of a set
//!   of files, and arbitrary ones) must format exactly as
//!   `StackSummary.format()` did (the text after the `File` line).

use std::path::PathBuf;

use pyvm::traceback::{format_exception, format_frame, Frame, Report, SourceMap};
use serde_json::Value;

fn load(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/traceback")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

fn opt_u32(v: &Value) -> Option<u32> {
    v.as_i64().map(|n| u32::try_from(n).unwrap_or(0))
}

fn frame(v: &Value) -> Frame {
    Frame {
        filename: v["filename"].as_str().expect("filename").to_string(),
        lineno: opt_u32(&v["lineno"]),
        end_lineno: opt_u32(&v["end_lineno"]),
        col: opt_u32(&v["col"]),
        end_col: opt_u32(&v["end_col"]),
        name: v["name"].as_str().expect("name").to_string(),
    }
}

fn report(v: &Value) -> Report {
    Report {
        frames: v["frames"]
            .as_array()
            .expect("frames")
            .iter()
            .map(frame)
            .collect(),
        type_name: v["type"].as_str().expect("type").to_string(),
        message: v["message"].as_str().map(str::to_string),
        notes: v["notes"]
            .as_array()
            .expect("notes")
            .iter()
            .map(|n| n.as_str().expect("note").to_string())
            .collect(),
        cause: v.get("cause").map(|c| Box::new(report(c))),
        context: v.get("context").map(|c| Box::new(report(c))),
        suppress_context: v["suppress_context"].as_bool().expect("suppress_context"),
        exceptions: v.get("exceptions").map(|e| {
            e.as_array()
                .expect("exceptions")
                .iter()
                .map(report)
                .collect()
        }),
    }
}

#[test]
fn programs_match_cpython() {
    let programs = load("programs.json");
    let programs = programs.as_array().expect("array");
    let mut failed = Vec::new();
    for p in programs {
        let name = p["name"].as_str().expect("name");
        let mut sources = SourceMap::new();
        for (file, text) in p["files"].as_object().expect("files") {
            sources.insert(file.clone(), text.as_str().expect("text"));
        }
        let got = format_exception(&report(&p["report"]), &mut sources);
        let want = p["stderr"].as_str().expect("stderr");
        if got != want {
            eprintln!("=== {name}: expected\n{want}--- got\n{got}");
            failed.push(name.to_string());
        }
    }
    eprintln!(
        "{} of {} programs match",
        programs.len() - failed.len(),
        programs.len()
    );
    assert!(failed.is_empty(), "mismatches: {failed:?}");
}

#[test]
fn positions_match_cpython() {
    let files = load("positions.json");
    let mut total = 0;
    let mut failed = 0;
    for f in files.as_array().expect("array") {
        let filename = f["filename"].as_str().expect("filename");
        let mut sources = SourceMap::new();
        sources.insert(filename, f["source"].as_str().expect("source"));
        for case in f["cases"].as_array().expect("cases") {
            total += 1;
            let fr = Frame {
                filename: filename.to_string(),
                lineno: opt_u32(&case[0]),
                end_lineno: opt_u32(&case[1]),
                col: opt_u32(&case[2]),
                end_col: opt_u32(&case[3]),
                name: "f".to_string(),
            };
            let got = format_frame(&fr, &mut sources);
            let head = format!(
                "  File \"{filename}\", line {}, in f\n",
                fr.lineno.map_or("None".to_string(), |l| l.to_string())
            );
            let want = format!("{head}{}", case[4].as_str().expect("text"));
            if got != want {
                failed += 1;
                if failed <= 30 {
                    eprintln!(
                        "=== {filename} {:?}: expected\n{want}--- got\n{got}",
                        &case.as_array().unwrap()[..4]
                    );
                }
            }
        }
    }
    eprintln!("{} of {total} positions match", total - failed);
    assert_eq!(failed, 0);
}
