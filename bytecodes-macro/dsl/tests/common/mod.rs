//! Shared helpers for the integration tests.
#![allow(dead_code)]

use bytecodes_dsl::expr::Expr;
use bytecodes_dsl::lexer::lex_fragment;
use bytecodes_dsl::Analysis;
use serde_json::Value;
use std::path::PathBuf;

/// The repository's `inputs/bytecodes.c`.
pub fn bytecodes_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../inputs/bytecodes.c")
}

/// The text of `inputs/bytecodes.c`.
pub fn bytecodes_text() -> String {
    std::fs::read_to_string(bytecodes_path()).expect("inputs/bytecodes.c is readable")
}

/// The analysis of `inputs/bytecodes.c`.
pub fn analysis() -> Analysis {
    bytecodes_dsl::analyze_file("inputs/bytecodes.c", &bytecodes_text())
        .unwrap_or_else(|d| panic!("{d}"))
}

/// A JSON fact file kept under `tests/facts`.
pub fn fact(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/facts")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Evaluates a C expression over `oparg` as CPython's metadata writes it.
pub fn eval_c(expr: &str, oparg: i64) -> i64 {
    let tokens = lex_fragment("expr", expr).unwrap();
    let parsed = Expr::parse(&tokens, &tokens[0].span).unwrap_or_else(|d| panic!("{expr}: {d}"));
    parsed
        .eval(oparg)
        .unwrap_or_else(|| panic!("{expr} does not evaluate for oparg {oparg}"))
}
