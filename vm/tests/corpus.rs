//! The conformance corpus: every program's stdout, stderr and exit status must
//! equal what CPython 3.14 produced (recorded by `tools/pyodide/corpus.mjs`).
//!
//! While the interpreter grows, `tests/corpus/PASSING` lists the programs that
//! must already match byte for byte; the others are reported, not failed. A
//! program that starts to pass should be added to the list.

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

struct Outcome {
    name: String,
    matches: bool,
    detail: String,
}

fn run(name: &str) -> Outcome {
    let dir = corpus_dir();
    let read = |ext: &str| std::fs::read(dir.join(format!("{name}.{ext}"))).unwrap_or_default();
    let expected_status: i32 = String::from_utf8_lossy(&read("status"))
        .trim()
        .parse()
        .unwrap_or(-1);
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .arg(format!("{name}.pyc"))
        .current_dir(&dir)
        .output()
        .expect("the interpreter runs");
    let status = out.status.code().unwrap_or(-1);
    let (stdout_ok, stderr_ok) = (out.stdout == read("stdout"), out.stderr == read("stderr"));
    let matches = stdout_ok && stderr_ok && status == expected_status;
    let detail = if matches {
        String::new()
    } else {
        let first_line = String::from_utf8_lossy(&out.stderr)
            .lines()
            .last()
            .unwrap_or("")
            .to_string();
        format!(
            "stdout {}, stderr {}, status {status} (expected {expected_status}): {first_line}",
            if stdout_ok { "ok" } else { "differs" },
            if stderr_ok { "ok" } else { "differs" }
        )
    };
    Outcome {
        name: name.to_string(),
        matches,
        detail,
    }
}

#[test]
fn corpus_programs_match_cpython() {
    let dir = corpus_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".py"))
                .map(String::from)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 60, "the corpus has {} programs", names.len());
    let passing: Vec<String> = std::fs::read_to_string(dir.join("PASSING"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let outcomes: Vec<Outcome> = names.iter().map(|n| run(n)).collect();
    let mut regressions = Vec::new();
    for o in &outcomes {
        if passing.contains(&o.name) && !o.matches {
            regressions.push(format!("{}: {}", o.name, o.detail));
        }
    }
    let matching = outcomes.iter().filter(|o| o.matches).count();
    eprintln!(
        "corpus: {matching} of {} programs match CPython",
        outcomes.len()
    );
    for o in outcomes
        .iter()
        .filter(|o| !o.matches && !passing.contains(&o.name))
    {
        eprintln!("  not yet: {}: {}", o.name, o.detail);
    }
    for o in outcomes
        .iter()
        .filter(|o| o.matches && !passing.contains(&o.name))
    {
        eprintln!("  newly passing (add to PASSING): {}", o.name);
    }
    assert!(
        regressions.is_empty(),
        "programs listed in PASSING no longer match:\n{}",
        regressions.join("\n")
    );
}

#[test]
fn bundled_demo_matches_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/demo");
    let expected = |ext: &str| std::fs::read(dir.join(format!("demo.{ext}"))).unwrap_or_default();
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .arg("demo.pyc")
        .current_dir(&dir)
        .output()
        .expect("the interpreter runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&expected("stdout"))
    );
    assert_eq!(out.stderr, expected("stderr"));
    assert_eq!(out.status.code(), Some(0));
}
