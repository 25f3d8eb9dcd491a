//! `include_bytecodes!` of a file that does not exist says which file it looked for.
//! The path is relative to the invoking crate's manifest directory, which for
//! trybuild is its project under the target directory (`$WORKSPACE/target/...`).
//! `tests/bytecodes_file.rs` covers the same error for `BYTECODES_FILE`.

mod toy {
    bytecodes_macro::include_bytecodes!("does/not/exist.c");
}

fn main() {}
