//! `BYTECODES_FILE` overrides the file that `include_bytecodes!` reads. trybuild
//! cannot set an environment variable per case, so this test builds the tiny
//! crate in `fixtures/bytecodes-file-crate` with `cargo build` and the variable
//! set. The crate is copied under `CARGO_TARGET_TMPDIR` (so no build writes to
//! the source tree) and every case shares one target directory there: only the
//! first build compiles `bytecodes-macro`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Mutex, OnceLock};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/bytecodes-file-crate");
const MACRO_CRATE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../bytecodes-macro");
const WORKSPACE_LOCK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.lock");

/// The copy of the fixture crate, made once.
fn fixture() -> &'static Path {
    static COPY: OnceLock<PathBuf> = OnceLock::new();
    COPY.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bytecodes-file-crate");
        std::fs::create_dir_all(dir.join("src")).unwrap();
        for file in ["valid.c", "broken.c", "src/lib.rs"] {
            std::fs::copy(Path::new(FIXTURE).join(file), dir.join(file)).unwrap();
        }
        let manifest = std::fs::read_to_string(Path::new(FIXTURE).join("Cargo.toml")).unwrap();
        let macro_crate = std::fs::canonicalize(MACRO_CRATE).unwrap();
        let relative = "path = \"../../../bytecodes-macro\"";
        assert!(
            manifest.contains(relative),
            "the fixture's dependency moved"
        );
        let absolute = format!("path = {:?}", macro_crate.display().to_string());
        std::fs::write(
            dir.join("Cargo.toml"),
            manifest.replace(relative, &absolute),
        )
        .unwrap();
        // The workspace's lock file pins the versions already downloaded and built
        // for the workspace, so the build needs no network.
        std::fs::copy(WORKSPACE_LOCK, dir.join("Cargo.lock")).unwrap();
        dir
    })
}

/// Builds the fixture with `BYTECODES_FILE` set to `file`.
fn build_with(file: &str) -> Output {
    // The cases share a target directory: build one at a time.
    static BUILD: Mutex<()> = Mutex::new(());
    let _guard = BUILD.lock().unwrap_or_else(|e| e.into_inner());
    let dir = fixture();
    Command::new(env!("CARGO"))
        .args(["build", "--offline", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(Path::new(env!("CARGO_TARGET_TMPDIR")).join("bytecodes-file-target"))
        .env("BYTECODES_FILE", file)
        .env("CARGO_TERM_COLOR", "never")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .output()
        .expect("cargo runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_missing_bytecodes_file_is_named_in_the_error() {
    let output = build_with("nonexistent.c");
    let err = stderr(&output);
    assert!(!output.status.success(), "the build succeeded:\n{err}");
    assert!(
        err.contains("cannot read the instruction file"),
        "no clear message:\n{err}"
    );
    assert!(
        err.contains("BYTECODES_FILE"),
        "the variable is not named:\n{err}"
    );
    assert!(
        err.contains("nonexistent.c"),
        "the path is not named:\n{err}"
    );
    let message = err
        .lines()
        .find(|l| l.starts_with("error: cannot read"))
        .unwrap();
    assert!(
        !message.contains("no-such-default.c"),
        "the overridden path is named instead:\n{err}"
    );
}

#[test]
fn a_valid_bytecodes_file_replaces_the_given_one() {
    let output = build_with("valid.c");
    assert!(
        output.status.success(),
        "the build failed:\n{}",
        stderr(&output)
    );
}

#[test]
fn errors_in_a_bytecodes_file_carry_its_name_and_position() {
    let output = build_with("broken.c");
    let err = stderr(&output);
    assert!(!output.status.success(), "the build succeeded:\n{err}");
    // Line 8 is `inst(RETURN_VALUE, (retval res)) {`; column 36 is `res`.
    assert!(
        err.contains("broken.c:8:36"),
        "no DSL position in broken.c:\n{err}"
    );
    assert!(
        err.contains("RETURN_VALUE"),
        "the instruction is not named:\n{err}"
    );
}
