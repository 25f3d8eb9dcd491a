//! The `bytecodes` command: `check` and `dump` on good and bad files.

use std::process::Command;

fn bytecodes(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_bytecodes"))
        .args(args)
        .output()
        .unwrap()
}

fn repo_file(rel: &str) -> String {
    format!("{}/../../{rel}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn check_accepts_our_instruction_set() {
    let out = bytecodes(&["check", &repo_file("inputs/bytecodes.c")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn dump_prints_the_documented_shape() {
    let out = bytecodes(&["dump", &repo_file("inputs/bytecodes.c")]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["have_argument"], 43);
    assert_eq!(json["min_instrumented"], 234);
    let load_global = &json["opcodes"]["LOAD_GLOBAL"];
    assert_eq!(load_global["opcode"], 92);
    assert_eq!(load_global["size"], 5);
    assert_eq!(load_global["cache_entries"], 4);
    assert_eq!(load_global["pushed"], "1 + (oparg & 1)");
    assert_eq!(
        load_global["parts"],
        serde_json::json!([
            "_SPECIALIZE_LOAD_GLOBAL",
            "counter/1",
            "globals_version/1",
            "builtins_version/1",
            "_LOAD_GLOBAL",
            "_PUSH_NULL_CONDITIONAL"
        ])
    );
    assert_eq!(
        json["opcodes"]["LOAD_GLOBAL_MODULE"]["family"],
        "LOAD_GLOBAL"
    );
    assert_eq!(
        json["opcodes"]["LOAD_GLOBAL_MODULE"]["deopt"],
        "LOAD_GLOBAL"
    );
    assert_eq!(json["opcodes"]["LOAD_GLOBAL_MODULE"]["cache_entries"], 4);
    assert_eq!(json["families"]["LOAD_GLOBAL"]["size"], 4);
    assert_eq!(
        json["opcodes"]["JUMP"]["targets"],
        serde_json::json!(["JUMP_FORWARD", "JUMP_BACKWARD"])
    );
    assert!(json["uops"]["_LOAD_GLOBAL"]["properties"]["error_with_pop"]
        .as_bool()
        .unwrap());
}

#[test]
fn check_reports_errors_with_positions_and_fails() {
    let dir = std::env::temp_dir().join(format!("bytecodes-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.c");
    std::fs::write(
        &path,
        "// BEGIN BYTECODES //\ninst(A, (--)) {}\nmacro(B) = _NOPE;\n// END BYTECODES //\n",
    )
    .unwrap();
    let path = path.to_str().unwrap();
    let out = bytecodes(&["check", path]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim(),
        format!("{path}:3:12: error: macro `B` uses unknown uop `_NOPE`")
    );
    let out = bytecodes(&["dump", path]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn unreadable_file_and_bad_usage_fail_cleanly() {
    let out = bytecodes(&["check", "/nonexistent/bytecodes.c"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("/nonexistent/bytecodes.c: error: cannot read the file"));
    let out = bytecodes(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}
