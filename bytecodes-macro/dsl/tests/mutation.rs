//! Random token deletions, duplications and swaps over `inputs/bytecodes.c`
//! never make the analyzer panic or hang: every mutant is analyzed or rejected.

mod common;

use bytecodes_dsl::lexer::lex_file;
use std::ops::Range;
use std::panic;
use std::sync::mpsc;
use std::time::Duration;

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn mutate(text: &str, tokens: &[Range<usize>], rng: &mut Rng) -> (String, String) {
    let count = 1 + rng.below(3);
    let mut out = text.to_string();
    let mut what = Vec::new();
    for _ in 0..count {
        let i = rng.below(tokens.len());
        let t = tokens[i].clone();
        if t.end > out.len() || !out.is_char_boundary(t.start) || !out.is_char_boundary(t.end) {
            continue;
        }
        match rng.below(3) {
            0 => {
                what.push(format!("delete token {i}"));
                out.replace_range(t, " ");
            }
            1 => {
                what.push(format!("duplicate token {i}"));
                let piece = format!(" {}", &out[t.clone()]);
                out.insert_str(t.end, &piece);
            }
            _ => {
                let j = if rng.below(2) == 0 {
                    (i + 1 + rng.below(8)).min(tokens.len() - 1)
                } else {
                    rng.below(tokens.len())
                };
                let u = tokens[j].clone();
                let (a, b) = if t.start <= u.start { (t, u) } else { (u, t) };
                if a.end > b.start
                    || b.end > out.len()
                    || !out.is_char_boundary(b.start)
                    || !out.is_char_boundary(b.end)
                {
                    continue;
                }
                what.push(format!("swap tokens {i} and {j}"));
                let (first, second) = (out[a.clone()].to_string(), out[b.clone()].to_string());
                out.replace_range(b, &first);
                out.replace_range(a, &second);
            }
        }
    }
    (out, what.join(", "))
}

/// Analyzes `cases` mutants drawn from `seed`; returns how many were rejected.
fn run_cases(text: &str, tokens: &[Range<usize>], seed: u64, cases: usize) -> usize {
    let mut rng = Rng(seed);
    let mut rejected = 0;
    for case in 0..cases {
        let (mutant, what) = mutate(text, tokens, &mut rng);
        match panic::catch_unwind(|| bytecodes_dsl::analyze_file("mutant.c", &mutant)) {
            Ok(Ok(_)) => {}
            Ok(Err(d)) => {
                assert!(d
                    .0
                    .iter()
                    .all(|d| !d.message.is_empty() && d.span.line >= 1));
                rejected += 1;
            }
            Err(_) => panic!("mutant {case} of seed {seed:#x} ({what}) made the analyzer panic"),
        }
    }
    rejected
}

#[test]
fn mutants_never_panic_or_hang() {
    const THREADS: u64 = 2;
    const CASES_PER_THREAD: usize = 1500;
    let (done_tx, done_rx) = mpsc::channel();
    std::thread::spawn(move || {
        let text = common::bytecodes_text();
        let tokens: Vec<Range<usize>> = lex_file("inputs/bytecodes.c", &text)
            .unwrap()
            .iter()
            .map(|t| t.span.offset..t.span.offset + t.text.len())
            .collect();
        let rejected: usize = std::thread::scope(|s| {
            let workers: Vec<_> = (0..THREADS)
                .map(|i| {
                    let (text, tokens) = (&text, &tokens);
                    s.spawn(move || {
                        run_cases(text, tokens, 0x005e_ed0f_b17e_c0de + i, CASES_PER_THREAD)
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().expect("a worker panicked"))
                .sum()
        });
        let _ = done_tx.send(rejected);
    });
    let cases = THREADS as usize * CASES_PER_THREAD;
    // A generous bound that only a hang can exceed; the analysis itself is linear.
    match done_rx.recv_timeout(Duration::from_secs(600)) {
        Ok(rejected) => assert!(
            rejected > cases / 3,
            "most mutants should be rejected, only {rejected} of {cases} were"
        ),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            panic!("a mutant made the analyzer panic (see the message above)")
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("the mutation run did not finish: a mutant made the analyzer hang")
        }
    }
}
