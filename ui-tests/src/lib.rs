//! Compile-fail (UI) tests of `bytecodes-macro`: each file under `tests/ui/`
//! misuses the generated interface or feeds the macro a broken DSL, and its
//! `.stderr` file records the message the user sees. `tests/pass/` holds the
//! baselines the broken cases are variations of.
//!
//! `tests/bytecodes_file.rs` builds `fixtures/bytecodes-file-crate` with the
//! `BYTECODES_FILE` variable set, which trybuild cannot do per case.
