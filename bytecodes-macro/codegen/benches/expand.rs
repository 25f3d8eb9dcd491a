//! How long expanding `inputs/bytecodes.c` takes: what `include_bytecodes!` does
//! at compile time, rendering included (goal: under 300 ms).

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

fn expand(c: &mut Criterion) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../inputs/bytecodes.c");
    let text = std::fs::read_to_string(path).expect("inputs/bytecodes.c is readable");
    c.bench_function("expand inputs/bytecodes.c", |b| {
        b.iter(|| {
            let analysis = bytecodes_dsl::analyze_file("bytecodes.c", black_box(&text)).unwrap();
            let options = bytecodes_codegen::Options {
                text: &text,
                opt_out: Default::default(),
            };
            let tokens = bytecodes_codegen::emit(&analysis, &options).unwrap();
            tokens.to_string().len()
        })
    });
}

criterion_group!(benches, expand);
criterion_main!(benches);
