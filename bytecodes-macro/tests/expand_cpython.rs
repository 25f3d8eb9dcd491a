//! Expanding CPython 3.14's instruction set: the generated opcodes and metadata
//! equal what `bytecodes dump` reports for the same file.

mod cpython {
    bytecodes_macro::include_bytecodes!("../inputs/bytecodes.c");
}

use cpython::{Opcode, PseudoOpcode};
use serde_json::Value;

fn dump() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../inputs/bytecodes.c");
    let text = std::fs::read_to_string(path).unwrap();
    let analysis = bytecodes_dsl::analyze_file("bytecodes.c", &text).unwrap();
    bytecodes_dsl::dump::to_json(&analysis)
}

fn sorted(v: Vec<String>) -> Vec<String> {
    let mut v = v;
    v.sort();
    v
}

#[test]
fn numbers_and_constants() {
    assert_eq!(Opcode::CACHE as u8, 0);
    assert_eq!(Opcode::RESUME as u8, 128);
    assert_eq!(Opcode::LOAD_GLOBAL as u8, 92);
    assert_eq!(cpython::HAVE_ARGUMENT, 43);
    assert_eq!(cpython::MIN_INSTRUMENTED_OPCODE, 234);
    assert_eq!(Opcode::from_u8(92), Some(Opcode::LOAD_GLOBAL));
    assert_eq!(Opcode::try_from(229u8), Err(229));
    assert_eq!(PseudoOpcode::JUMP as u16, 257);
}

#[test]
fn every_opcode_matches_the_dump() {
    let dump = dump();
    let ops = dump["opcodes"].as_object().unwrap();
    assert_eq!(dump["have_argument"], u64::from(cpython::HAVE_ARGUMENT));
    assert_eq!(
        dump["min_instrumented"],
        u64::from(cpython::MIN_INSTRUMENTED_OPCODE)
    );
    let mut seen = 0;
    for &op in Opcode::ALL {
        let d = &ops[op.name()];
        seen += 1;
        assert_eq!(d["opcode"], op as u8 as u64, "{op}");
        assert_eq!(d["size"], op.size() as u64, "{op}");
        assert_eq!(d["cache_entries"], op.cache_entries() as u64, "{op}");
        assert_eq!(d["deopt"], op.deopt().name(), "{op}");
        let head = op.family_head().map(Opcode::name);
        assert_eq!(
            d["family"].as_str().filter(|h| *h != op.name()),
            head,
            "{op}"
        );
        let flags: Vec<String> = d["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap().to_string())
            .collect();
        let ours: Vec<String> = op.flags().names().into_iter().map(String::from).collect();
        assert_eq!(sorted(ours), sorted(flags), "{op}");
        for oparg in [0u32, 1, 2, 3, 7, 8, 255, 256, 1000, 1024] {
            let eval = |key: &str| {
                let text = d[key].as_str().unwrap();
                let toks = bytecodes_dsl::lexer::lex_fragment("e", text).unwrap();
                bytecodes_dsl::expr::Expr::parse(&toks, &toks[0].span)
                    .unwrap()
                    .eval(i64::from(oparg))
                    .unwrap()
            };
            assert_eq!(
                op.popped(oparg),
                eval("popped"),
                "popped of {op} at {oparg}"
            );
            assert_eq!(
                op.pushed(oparg),
                eval("pushed"),
                "pushed of {op} at {oparg}"
            );
        }
        let members: Vec<&str> = op.specializations().iter().map(|o| o.name()).collect();
        match dump["families"].get(op.name()) {
            Some(f) => assert_eq!(serde_json::json!(members), f["members"], "{op}"),
            None => assert!(members.is_empty(), "{op}"),
        }
    }
    for &p in PseudoOpcode::ALL {
        let d = &ops[p.name()];
        seen += 1;
        assert_eq!(d["opcode"], p as u16 as u64);
        let targets: Vec<&str> = p.targets().iter().map(|o| o.name()).collect();
        assert_eq!(serde_json::json!(targets), d["targets"]);
        let flags: Vec<String> = d["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            sorted(p.flags().names().into_iter().map(String::from).collect()),
            sorted(flags),
            "{}",
            p.name()
        );
    }
    assert_eq!(seen, ops.len());
}

#[test]
fn cache_views_cover_each_instructions_cache() {
    use cpython::caches::*;
    assert_eq!(LoadGlobalCache::UNITS, 4);
    assert_eq!(LoadAttrCache::UNITS, Opcode::LOAD_ATTR.cache_entries());
    assert_eq!(LoadAttrInstanceValueCache::UNITS, LoadAttrCache::UNITS);
    let units: Vec<std::cell::Cell<u16>> = (0..6).map(|_| std::cell::Cell::new(0)).collect();
    let view = BinaryOpCache::at(&units, 0).unwrap();
    view.set_counter(17);
    assert_eq!(units[1].get(), 17);
    // The head leaves the descriptor `unused`; its specialization names it.
    assert_eq!(BinaryOpCache::LAYOUT, &[("counter", 0, 16)]);
    assert_eq!(BinaryOpExtendCache::LAYOUT, &[("descr", 1, 64)]);
    let extend = BinaryOpExtendCache::from(view);
    extend.set_descr(0x0123_4567_89ab_cdef);
    assert_eq!(extend.descr(), 0x0123_4567_89ab_cdef);
    assert_eq!(
        units[2].get(),
        0xcdef,
        "little-endian code units, as CPython stores them"
    );
}
