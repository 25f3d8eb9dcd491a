//! Helpers shared by the marshal tests: fixture paths and a JSON view of
//! decoded values in the format `tools/pyodide/fixtures-marshal.mjs` writes.

#![allow(dead_code)]

use std::path::PathBuf;

use pyvm::marshal::{CodeData, MarshalValue, PyStr};
use serde_json::{json, Value};

/// Directory of the marshal fixtures.
pub fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/marshal")
}

/// Names of the `.pyc` fixtures.
pub const PYC_FIXTURES: [&str; 5] = ["constants", "functions", "exceptions", "positions", "empty"];

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn float_bits(f: f64) -> String {
    hex(&f.to_le_bytes())
}

fn str_json(s: &PyStr) -> Value {
    json!({"t": "str", "cp": s.code_points().collect::<Vec<_>>()})
}

fn plain_str(s: &PyStr) -> Value {
    Value::String(s.as_str().expect("names have no surrogates").to_string())
}

/// The JSON form of a decoded value.
pub fn value_json(v: &MarshalValue) -> Value {
    match v {
        MarshalValue::None => json!({"t": "None"}),
        MarshalValue::StopIteration => json!({"t": "StopIteration"}),
        MarshalValue::Ellipsis => json!({"t": "Ellipsis"}),
        MarshalValue::Bool(b) => json!({"t": "bool", "v": b}),
        MarshalValue::Int(i) => json!({"t": "int", "v": i.to_string()}),
        MarshalValue::Float(f) => json!({"t": "float", "bits": float_bits(*f)}),
        MarshalValue::Complex { re, im } => {
            json!({"t": "complex", "re": float_bits(*re), "im": float_bits(*im)})
        }
        MarshalValue::Bytes(b) => json!({"t": "bytes", "hex": hex(b)}),
        MarshalValue::Str(s) => str_json(s),
        MarshalValue::Tuple(items) => seq("tuple", items),
        MarshalValue::List(items) => seq("list", items),
        MarshalValue::Set(items) => seq("set", items),
        MarshalValue::FrozenSet(items) => seq("frozenset", items),
        MarshalValue::Dict(pairs) => json!({
            "t": "dict",
            "items": pairs.iter().map(|(k, v)| json!([value_json(k), value_json(v)])).collect::<Vec<_>>(),
        }),
        MarshalValue::Slice(s) => json!({
            "t": "slice",
            "start": value_json(&s.start),
            "stop": value_json(&s.stop),
            "step": value_json(&s.step),
        }),
        MarshalValue::Code(c) => code_json(c),
    }
}

fn seq(t: &str, items: &[MarshalValue]) -> Value {
    json!({"t": t, "items": items.iter().map(value_json).collect::<Vec<_>>()})
}

/// The JSON form of a decoded code object, tables decoded the way `dis`
/// and `co_positions()` show them (exception offsets in bytes).
pub fn code_json(c: &CodeData) -> Value {
    let entries = c.exception_entries().expect("exception table decodes");
    let positions = c.positions().expect("location table decodes");
    json!({
        "t": "code",
        "argcount": c.argcount,
        "posonlyargcount": c.posonlyargcount,
        "kwonlyargcount": c.kwonlyargcount,
        "stacksize": c.stacksize,
        "flags": c.flags,
        "code": hex(&c.code),
        "consts": c.consts.iter().map(value_json).collect::<Vec<_>>(),
        "names": c.names.iter().map(|s| plain_str(s)).collect::<Vec<_>>(),
        "localsplusnames": c.localsplusnames.iter().map(|s| plain_str(s)).collect::<Vec<_>>(),
        "localspluskinds": hex(&c.localspluskinds),
        "filename": plain_str(&c.filename),
        "name": plain_str(&c.name),
        "qualname": plain_str(&c.qualname),
        "firstlineno": c.firstlineno,
        "linetable": hex(&c.linetable),
        "exceptiontable": hex(&c.exceptiontable),
        "exception_entries": entries
            .iter()
            .map(|e| json!([e.start * 2, e.end * 2, e.target * 2, e.depth, e.lasti]))
            .collect::<Vec<_>>(),
        "positions": positions
            .iter()
            .map(|p| json!([p.line, p.end_line, p.col, p.end_col]))
            .collect::<Vec<_>>(),
    })
}

/// Sorts the items of sets and frozensets (whose order in the file is
/// marshal's, not Python's iteration order) so that they compare as sets.
pub fn normalize(v: &mut Value) {
    match v {
        Value::Array(a) => a.iter_mut().for_each(normalize),
        Value::Object(o) => {
            o.values_mut().for_each(normalize);
            let is_set =
                matches!(o.get("t"), Some(Value::String(t)) if t == "set" || t == "frozenset");
            if is_set {
                if let Some(Value::Array(items)) = o.get_mut("items") {
                    items.sort_by_cached_key(|x| x.to_string());
                }
            }
        }
        _ => {}
    }
}

/// The path to the first difference between two JSON values, if any.
pub fn first_difference(path: &str, a: &Value, b: &Value) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys()) {
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => {
                        if let Some(d) = first_difference(&format!("{path}.{k}"), p, q) {
                            return Some(d);
                        }
                    }
                    (p, q) => return Some(format!("{path}.{k}: {p:?} vs {q:?}")),
                }
            }
            None
        }
        (Value::Array(x), Value::Array(y)) => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                if let Some(d) = first_difference(&format!("{path}[{i}]"), p, q) {
                    return Some(d);
                }
            }
            (x.len() != y.len()).then(|| format!("{path}: length {} vs {}", x.len(), y.len()))
        }
        _ => (a != b).then(|| format!("{path}: {a} vs {b}")),
    }
}

/// Decodes a hex string.
pub fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}
