//! `inputs/bytecodes.c` declares exactly what CPython 3.14's file declares, in the
//! same order, and its bodies give every uop exactly CPython's properties.

mod common;

use bytecodes_dsl::ast::{Definition, FamilySize, Input, Part, StackItem, UopKind};
use bytecodes_dsl::dump::properties;
use common::{analysis, bytecodes_text, fact};
use serde_json::{json, Value};

fn item(i: &StackItem) -> Value {
    let mut v = json!({ "name": i.name.text });
    if let Some(t) = &i.type_ {
        v["type"] = json!(t);
    }
    if let Some(s) = &i.size_text {
        v["size"] = json!(s);
    }
    v
}

/// Array sizes are compared without spaces: `oparg-1` and `oparg - 1` are one text.
fn normalize(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(s.replace(' ', "")),
        Value::Array(a) => Value::Array(a.iter().map(normalize).collect()),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), normalize(v))).collect())
        }
        other => other.clone(),
    }
}

fn declaration(def: &Definition) -> Value {
    match def {
        Definition::Uop(u) => {
            let inputs: Vec<Value> = u
                .effect
                .inputs
                .iter()
                .map(|i| match i {
                    Input::Cache(c) => json!({ "cache": c.name.text, "size": c.size }),
                    Input::Stack(s) => item(s),
                })
                .collect();
            json!({
                "kind": if u.kind == UopKind::Inst { "inst" } else { "op" },
                "name": u.name.text,
                "annotations": u.annotations.iter().map(|a| a.text()).collect::<Vec<_>>(),
                "inputs": inputs,
                "outputs": u.effect.outputs.iter().map(item).collect::<Vec<_>>(),
            })
        }
        Definition::Macro(m) => {
            let parts: Vec<String> = m
                .parts
                .iter()
                .map(|p| match p {
                    Part::Uop(n) => n.text.clone(),
                    Part::Cache(c) => format!("{}/{}", c.name.text, c.size),
                })
                .collect();
            json!({ "kind": "macro", "name": m.name.text, "parts": parts })
        }
        Definition::Family(f) => {
            let size = match &f.size {
                Some(FamilySize::Number(n)) => json!(n.to_string()),
                Some(FamilySize::Name(n)) => json!(n),
                None => Value::Null,
            };
            let members: Vec<&str> = f.members.iter().map(|m| m.text.as_str()).collect();
            json!({ "kind": "family", "name": f.name.text, "size": size, "members": members })
        }
        Definition::Pseudo(p) => {
            let effect = p.effect.clone().unwrap_or_default();
            json!({
                "kind": "pseudo",
                "name": p.name.text,
                "inputs": effect.stack_inputs().map(item).collect::<Vec<_>>(),
                "outputs": effect.outputs.iter().map(item).collect::<Vec<_>>(),
                "flags": p.flags.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(),
                "targets": p.targets.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(),
                "as_sequence": p.as_sequence,
            })
        }
        Definition::Label(l) => {
            json!({ "kind": "label", "name": l.name.text, "spilled": l.spilled })
        }
    }
}

#[test]
fn every_declaration_matches_in_order() {
    let defs = bytecodes_dsl::parse_file("inputs/bytecodes.c", &bytecodes_text()).unwrap();
    let facts = fact("declarations.json");
    let expected = facts["definitions"].as_array().unwrap();
    assert_eq!(defs.len(), 465);
    assert_eq!(defs.len(), expected.len());
    for (i, (ours, theirs)) in defs.iter().zip(expected).enumerate() {
        let mut theirs = theirs.clone();
        let obj = theirs.as_object_mut().unwrap();
        obj.remove("properties");
        obj.remove("opcode");
        assert_eq!(
            normalize(&declaration(ours)),
            normalize(&theirs),
            "definition #{i}"
        );
    }
}

#[test]
fn every_uop_has_cpythons_properties() {
    let analysis = analysis();
    let facts = fact("declarations.json");
    let mut checked = 0;
    for def in facts["definitions"].as_array().unwrap() {
        let Some(expected) = def.get("properties") else {
            continue;
        };
        let name = def["name"].as_str().unwrap();
        let uop = &analysis.uops[name];
        let mut ours = properties(&uop.properties);
        let mut expected = expected.clone();
        ours.as_object_mut().unwrap().remove("escapes");
        expected.as_object_mut().unwrap().remove("escapes");
        assert_eq!(ours, expected, "properties of {name}");
        checked += 1;
    }
    assert_eq!(checked, 322);
}

#[test]
fn tier_two_replicas_are_made() {
    let analysis = analysis();
    let copy = &analysis.uops["LOAD_FAST_7"];
    assert_eq!(copy.replica_of, Some(("LOAD_FAST".to_string(), 7)));
    assert!(!copy.properties.oparg);
    assert!(!analysis.uops.contains_key("LOAD_FAST_8"));
}
