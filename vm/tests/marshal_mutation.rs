//! Mutation test: thousands of damaged copies of each real `.pyc` fixture,
//! each loaded through the public entry point with every code object's
//! tables decoded. Each must load or give an error; none may panic.
//!
//! The mutants are deterministic (a xorshift generator seeded per fixture
//! and case), so a failure names a case that can be replayed. There is no
//! timer: the loader's work is bounded by design (linear in the input, see
//! `pyvm::marshal`), which the test relies on to finish quickly.

mod common;

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

use common::{fixture_dir, PYC_FIXTURES};
use pyvm::marshal::{self, CodeData};
use pyvm::pyc;

/// Mutants per fixture (`PYVM_MUTANTS` in the environment overrides it, for
/// a longer run by hand).
const CASES: u64 = 3000;

fn cases() -> u64 {
    std::env::var("PYVM_MUTANTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CASES)
}

struct XorShift(u64);

impl XorShift {
    fn new(seed: u64) -> Self {
        XorShift(seed | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Bytes that matter to marshal: type codes with and without the reference
/// flag, and the extremes of a length byte.
const INTERESTING_BYTES: &[u8] =
    b"0NFTS.ilgfyxstuaAzZ()[{<>:cr\x00\x01\x7f\x80\xff\xa9\xe3\xf3\xfa\xda";

/// 4-byte values that matter to length, count and index fields.
const INTERESTING_INTS: &[i32] = &[
    0,
    1,
    2,
    -1,
    -2,
    255,
    256,
    0x7fff,
    0x8000,
    i32::MAX,
    i32::MIN,
    1 << 20,
];

fn mutate(original: &[u8], rng: &mut XorShift) -> Vec<u8> {
    let mut d = original.to_vec();
    for _ in 0..1 + rng.below(3) {
        if d.is_empty() {
            d.push(rng.next() as u8);
            continue;
        }
        let at = rng.below(d.len());
        match rng.below(9) {
            0 => d[at] ^= 1 << rng.below(8),
            1 => d[at] = rng.next() as u8,
            2 => d[at] = INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())],
            3 => {
                let v = INTERESTING_INTS[rng.below(INTERESTING_INTS.len())].to_le_bytes();
                for (i, b) in v.iter().enumerate() {
                    if let Some(slot) = d.get_mut(at + i) {
                        *slot = *b;
                    }
                }
            }
            4 => d.truncate(at),
            5 => {
                let n = 1 + rng.below(8);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                d.splice(at..at, bytes);
            }
            6 => {
                // Duplicate a range somewhere else.
                let len = 1 + rng.below(64.min(d.len() - at));
                let chunk = d[at..at + len].to_vec();
                let to = rng.below(d.len() + 1);
                d.splice(to..to, chunk);
            }
            7 => {
                let len = 1 + rng.below(32.min(d.len() - at));
                d.drain(at..at + len);
            }
            _ => {
                // Mostly hit the body, past the header.
                let at = 16 + rng.below(d.len().saturating_sub(16).max(1));
                if at < d.len() {
                    d[at] = d[at].wrapping_add(1 + rng.below(3) as u8);
                }
            }
        }
    }
    d
}

/// Loads `data` and decodes the tables of every code object in it, each
/// once. Returns whether everything loaded.
fn exercise(data: &[u8]) -> bool {
    let pyc = match pyc::parse_pyc(data, "mutant.pyc") {
        Ok(p) => p,
        Err(e) => {
            let _ = e.to_string();
            // The marshal part on its own too, past a possibly bad header.
            if data.len() > 16 {
                let _ = marshal::loads(&data[16..]).map_err(|e| e.to_string());
            }
            return false;
        }
    };
    let mut seen: HashSet<*const CodeData> = HashSet::new();
    let mut todo: Vec<Rc<CodeData>> = vec![pyc.code.clone()];
    let mut all_ok = true;
    while let Some(c) = todo.pop() {
        if !seen.insert(Rc::as_ptr(&c)) {
            continue;
        }
        match c.exception_entries() {
            Ok(entries) => assert!(entries.len() <= c.exceptiontable.len() / 4),
            Err(e) => {
                let _ = e.to_string();
                all_ok = false;
            }
        }
        match c.positions() {
            Ok(p) => assert!(p.len() <= c.linetable.len() * 8),
            Err(e) => {
                let _ = e.to_string();
                all_ok = false;
            }
        }
        todo.extend(c.consts.iter().filter_map(|v| v.as_code().cloned()));
    }
    all_ok
}

fn run(name: &str) {
    let original = std::fs::read(fixture_dir().join(format!("{name}.pyc"))).unwrap();
    assert!(
        exercise(&original),
        "{name}: the unmutated fixture must load"
    );
    let name_seed = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let (mut loaded, mut failed) = (0, 0);
    for case in 0..cases() {
        let mut rng = XorShift::new(name_seed ^ (case + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let mutant = mutate(&original, &mut rng);
        match catch_unwind(AssertUnwindSafe(|| exercise(&mutant))) {
            Ok(true) => loaded += 1,
            Ok(false) => failed += 1,
            Err(_) => {
                let hex: String = mutant.iter().map(|b| format!("{b:02x}")).collect();
                panic!("{name}: mutant {case} panicked; its bytes: {hex}");
            }
        }
    }
    eprintln!("{name}: {loaded} mutants loaded, {failed} gave an error");
    // Both outcomes happen, or the mutations are not doing their job.
    assert!(
        loaded > 0 && failed > 0,
        "{name}: {loaded} loaded, {failed} failed"
    );
}

#[test]
fn mutants_of_constants() {
    run(PYC_FIXTURES[0]);
}

#[test]
fn mutants_of_functions() {
    run(PYC_FIXTURES[1]);
}

#[test]
fn mutants_of_exceptions() {
    run(PYC_FIXTURES[2]);
}

#[test]
fn mutants_of_positions() {
    run(PYC_FIXTURES[3]);
}

#[test]
fn mutants_of_empty() {
    run(PYC_FIXTURES[4]);
}
