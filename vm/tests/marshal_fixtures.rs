//! Loads `.pyc` files and marshal data written by a real CPython 3.14 and
//! compares what is decoded with what CPython itself reported about the
//! same objects (`tests/fixtures/marshal/*.json`, written by
//! `tools/pyodide/fixtures-marshal.mjs`).

mod common;

use std::collections::HashSet;
use std::rc::Rc;

use common::*;
use pyvm::marshal::{self, local_kind, CodeData, ErrorKind, MarshalValue};
use pyvm::pyc::{self, Invalidation};
use serde_json::Value;

fn expected(name: &str) -> Value {
    let text = std::fs::read_to_string(fixture_dir().join(format!("{name}.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn assert_same(what: &str, mut got: Value, mut want: Value) {
    normalize(&mut got);
    normalize(&mut want);
    if let Some(d) = first_difference("", &got, &want) {
        panic!("{what}: decoded value differs from CPython's at {d}");
    }
}

#[test]
fn pyc_fixtures_match_cpython() {
    for name in PYC_FIXTURES {
        let path = fixture_dir().join(format!("{name}.pyc"));
        let pyc = pyc::load_pyc(&path).unwrap_or_else(|e| panic!("{e}"));
        let want = expected(name);
        let header = &want["header"];
        assert_eq!(
            u64::from(pyc.header.flags),
            header["flags"].as_u64().unwrap(),
            "{name}: flags"
        );
        match pyc.header.invalidation {
            Invalidation::Timestamp { mtime, source_size } => {
                assert_eq!(u64::from(mtime), header["mtime"].as_u64().unwrap());
                assert_eq!(
                    u64::from(source_size),
                    header["source_size"].as_u64().unwrap()
                );
            }
            Invalidation::Hash {
                check_source,
                source_hash,
            } => {
                assert_eq!(hex_of(&source_hash), header["hash"].as_str().unwrap());
                assert_eq!(check_source, pyc.header.flags & 2 != 0);
            }
        }
        assert_same(name, code_json(&pyc.code), want["code"].clone());
    }
}

fn hex_of(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn header_kinds_are_covered() {
    let kinds: Vec<_> = PYC_FIXTURES
        .iter()
        .map(|n| {
            pyc::load_pyc(fixture_dir().join(format!("{n}.pyc")))
                .unwrap()
                .header
                .invalidation
        })
        .collect();
    assert!(kinds
        .iter()
        .any(|k| matches!(k, Invalidation::Timestamp { .. })));
    assert!(kinds.iter().any(|k| matches!(
        k,
        Invalidation::Hash {
            check_source: true,
            ..
        }
    )));
    assert!(kinds.iter().any(|k| matches!(
        k,
        Invalidation::Hash {
            check_source: false,
            ..
        }
    )));
}

#[test]
fn marshal_values_match_cpython() {
    let text = std::fs::read_to_string(fixture_dir().join("values.json")).unwrap();
    let cases: Value = serde_json::from_str(&text).unwrap();
    for case in cases.as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let data = unhex(case["hex"].as_str().unwrap());
        let result = marshal::loads_prefix(&data);
        if case.get("error").is_some() {
            let e = result.expect_err(name);
            assert!(
                matches!(e.kind(), ErrorKind::IncompleteReference { .. }),
                "{name}: {e}"
            );
            continue;
        }
        let (value, used) = result.unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(used, data.len(), "{name}: bytes consumed");
        assert_same(name, value_json(&value), case["value"].clone());
    }
}

/// Every code object reachable from `code`, each once.
fn all_code(code: &Rc<CodeData>) -> Vec<Rc<CodeData>> {
    let mut seen = HashSet::new();
    let mut todo = vec![code.clone()];
    let mut out = Vec::new();
    while let Some(c) = todo.pop() {
        if seen.insert(Rc::as_ptr(&c)) {
            todo.extend(c.consts.iter().filter_map(|v| v.as_code().cloned()));
            out.push(c);
        }
    }
    out
}

#[test]
fn back_references_share_objects() {
    let pyc = pyc::load_pyc(fixture_dir().join("functions.pyc")).unwrap();
    let codes = all_code(&pyc.code);
    assert!(codes.len() > 20);
    // co_filename is one object written once and referred back to.
    assert!(codes
        .iter()
        .all(|c| Rc::ptr_eq(&c.filename, &pyc.code.filename)));
    // Interned names are shared between code objects too.
    let x_names: Vec<_> = codes
        .iter()
        .flat_map(|c| c.localsplusnames.iter().cloned())
        .filter(|n| n.as_str() == Some("self"))
        .collect();
    assert!(x_names.len() > 2);
    assert!(x_names.iter().all(|n| Rc::ptr_eq(n, &x_names[0])));
}

#[test]
fn local_kinds_match_the_public_attributes() {
    let pyc = pyc::load_pyc(fixture_dir().join("functions.pyc")).unwrap();
    let by_name = |q: &str| {
        all_code(&pyc.code)
            .into_iter()
            .find(|c| c.qualname.as_str() == Some(q))
            .unwrap_or_else(|| panic!("no code object {q}"))
    };
    let plain = by_name("plain");
    let kinds: Vec<_> = plain.localspluskinds.to_vec();
    use local_kind::*;
    // a, b positional-only; c, d positional-or-keyword; e, f keyword-only;
    // *args; **kw; total is a plain local.
    assert_eq!(
        kinds,
        vec![
            LOCAL | ARG_POS,
            LOCAL | ARG_POS,
            LOCAL | ARG_POS | ARG_KW,
            LOCAL | ARG_POS | ARG_KW,
            LOCAL | ARG_KW,
            LOCAL | ARG_KW,
            LOCAL | ARG_VAR | ARG_POS,
            LOCAL | ARG_VAR | ARG_KW,
            LOCAL,
        ]
    );
    let outer = by_name("outer");
    assert_eq!(outer.localspluskinds[0], LOCAL | CELL | ARG_POS | ARG_KW);
    let inner = by_name("outer.<locals>.middle.<locals>.inner");
    assert_eq!(inner.names_of_kind(FREE).len(), 2);
    let module = &pyc.code;
    assert_eq!(module.localspluskinds[0], LOCAL | HIDDEN);
    assert!(matches!(module.consts.first(), Some(MarshalValue::Str(_))));
}
