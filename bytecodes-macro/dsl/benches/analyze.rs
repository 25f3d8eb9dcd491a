//! How long the analysis of the whole `inputs/bytecodes.c` takes (goal: under 50 ms).

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn analyze(c: &mut Criterion) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../inputs/bytecodes.c");
    let text = std::fs::read_to_string(path).expect("inputs/bytecodes.c is readable");
    c.bench_function("lex inputs/bytecodes.c", |b| {
        b.iter(|| bytecodes_dsl::lexer::lex_file("bytecodes.c", black_box(&text)).unwrap())
    });
    c.bench_function("parse inputs/bytecodes.c", |b| {
        b.iter(|| bytecodes_dsl::parse_file("bytecodes.c", black_box(&text)).unwrap())
    });
    c.bench_function("analyze inputs/bytecodes.c", |b| {
        b.iter(|| bytecodes_dsl::analyze_file("bytecodes.c", black_box(&text)).unwrap())
    });
}

criterion_group!(benches, analyze);
criterion_main!(benches);
