//! Compile-fail tests: every file under `tests/ui/` must fail to compile with
//! exactly the diagnostics in its `.stderr` file, and every file under
//! `tests/pass/` must compile and run.
//!
//! Regenerate the expected output with `TRYBUILD=overwrite cargo test -p ui-tests`
//! and review every changed `.stderr` before committing it.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/pass/*.rs");
    t.compile_fail("tests/ui/*.rs");
}
