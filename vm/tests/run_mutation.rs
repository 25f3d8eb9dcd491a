//! Corrupted `.pyc` files run through the whole interpreter (loader, dispatch
//! loop and handlers) end with a Python error or a clean exit, never a panic.
//! Mutants that loop forever are stopped: a corrupted jump may well make a
//! program that never ends, as it would under CPython.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Runs the interpreter on `pyc`; returns its stderr, or `None` if it had to be stopped.
fn run(pyc: &Path, dir: &Path) -> Option<(Option<i32>, String)> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .arg(pyc)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the interpreter starts");
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("waiting works") {
            let mut err = String::new();
            if let Some(mut s) = child.stderr.take() {
                let _ = s.read_to_string(&mut err);
            }
            return Some((status.code(), err));
        }
        if start.elapsed() > Duration::from_secs(3) {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn corrupted_programs_never_panic() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let work = std::env::temp_dir().join(format!("pyvm-run-mutation-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let programs = [
        "02_int_basics",
        "20_list_basics",
        "33_class_attrs_methods",
        "39_exc_try_except_finally",
        "53_generators",
        "72_match_statement",
        "172_async_generators",
    ];
    let cases: usize = std::env::var("PYVM_RUN_MUTANTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(60);
    let seed: u64 = std::env::var("PYVM_RUN_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x9e37_79b9_7f4a_7c15);
    let mut rng = Rng(seed);
    let mut panics = Vec::new();
    for name in programs {
        let original = std::fs::read(corpus.join(format!("{name}.pyc"))).unwrap();
        for case in 0..cases {
            let mut bytes = original.clone();
            for _ in 0..1 + rng.below(4) {
                let at = 16 + rng.below(bytes.len() - 16);
                bytes[at] = rng.next() as u8;
            }
            let path = work.join(format!("{name}-{case}.pyc"));
            std::fs::write(&path, &bytes).unwrap();
            if let Some((code, stderr)) = run(&path, &corpus) {
                if code == Some(101)
                    || stderr.contains("panicked")
                    || stderr.contains("overflowed its stack")
                {
                    panics.push(format!(
                        "{name} mutant {case}: {}",
                        stderr.lines().take(3).collect::<Vec<_>>().join(" | ")
                    ));
                }
            }
            let _ = std::fs::remove_file(&path);
        }
    }
    let _ = std::fs::remove_dir_all(&work);
    assert!(
        panics.is_empty(),
        "mutants made the interpreter panic:\n{}",
        panics.join("\n")
    );
}
