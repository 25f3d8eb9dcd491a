//! The analysis as JSON, for `bytecodes dump` and for tests.

use crate::analysis::{Analysis, InstructionPart, Properties, StackEffect};
use crate::ast::StackItem;
use serde_json::{json, Map, Value};

/// Renders the analysis as a JSON value (see the crate README for its shape).
pub fn to_json(analysis: &Analysis) -> Value {
    let mut opcodes = Map::new();
    for (name, _) in analysis.opmap() {
        opcodes.insert(name.to_string(), opcode_entry(analysis, name));
    }
    let families: Map<String, Value> = analysis
        .families
        .values()
        .map(|f| {
            let size = analysis
                .instructions
                .get(&f.name)
                .map_or(0, |i| i.cache_entries());
            (
                f.name.clone(),
                json!({ "size": size, "members": f.members }),
            )
        })
        .collect();
    let uops: Map<String, Value> = analysis
        .uops
        .values()
        .map(|u| {
            let caches: Vec<Value> = u
                .caches
                .iter()
                .map(|c| json!({ "name": c.name.text, "size": c.size }))
                .collect();
            let mut entry = json!({
                "inputs": items(&u.inputs),
                "outputs": items(&u.outputs),
                "caches": caches,
                "annotations": u.annotations,
                "properties": properties(&u.properties),
            });
            if let Some((original, oparg)) = &u.replica_of {
                entry["replica_of"] = json!(original);
                entry["const_oparg"] = json!(oparg);
            }
            (u.name.clone(), entry)
        })
        .collect();
    json!({
        "dialect": format!("{:?}", analysis.dialect),
        "have_argument": analysis.have_argument,
        "min_instrumented": analysis.min_instrumented,
        "opcodes": opcodes,
        "families": families,
        "uops": uops,
        "labels": analysis.labels.iter().map(|l| json!({ "name": l.name, "spilled": l.spilled })).collect::<Vec<_>>(),
    })
}

fn opcode_entry(analysis: &Analysis, name: &str) -> Value {
    let flags = analysis.flags(name).unwrap_or_default();
    if let Some(inst) = analysis.instructions.get(name) {
        let parts: Vec<String> = inst
            .parts
            .iter()
            .map(|p| match p {
                InstructionPart::Uop(u) => u.clone(),
                InstructionPart::Cache(c) => format!("{}/{}", c.name.text, c.size),
                InstructionPart::Flush => "flush".to_string(),
            })
            .collect();
        let mut entry = json!({
            "opcode": inst.opcode,
            "pseudo": false,
            "size": inst.size,
            "cache_entries": inst.cache_entries(),
            "flags": flags,
            "family": inst.family,
            "deopt": inst.deopt(),
            "parts": parts,
            "targets": [],
        });
        stack(&mut entry, &inst.stack);
        entry
    } else {
        let p = &analysis.pseudos[name];
        let mut entry = json!({
            "opcode": p.opcode,
            "pseudo": true,
            "size": Value::Null,
            "cache_entries": 0,
            "flags": flags,
            "family": Value::Null,
            "deopt": Value::Null,
            "parts": [],
            "targets": p.targets,
            "as_sequence": p.as_sequence,
        });
        stack(&mut entry, &p.stack);
        entry
    }
}

fn stack(entry: &mut Value, effect: &StackEffect) {
    entry["popped"] = json!(effect.popped.to_string());
    entry["pushed"] = json!(effect.pushed.to_string());
}

fn items(items: &[StackItem]) -> Vec<Value> {
    items
        .iter()
        .map(|i| {
            let mut v = json!({ "name": i.name.text });
            if let Some(size) = &i.size_text {
                v["size"] = json!(size);
            }
            if let Some(t) = &i.type_ {
                v["type"] = json!(t);
            }
            if let Some(c) = &i.cond_text {
                v["cond"] = json!(c);
            }
            v
        })
        .collect()
}

/// The properties as a JSON object with CPython's property names.
pub fn properties(p: &Properties) -> Value {
    json!({
        "oparg": p.oparg,
        "jumps": p.jumps,
        "eval_breaker": p.eval_breaker,
        "deopts": p.deopts,
        "side_exit": p.side_exit,
        "error_with_pop": p.error_with_pop,
        "error_without_pop": p.error_without_pop,
        "escapes": p.escapes,
        "uses_co_consts": p.uses_co_consts,
        "uses_co_names": p.uses_co_names,
        "uses_locals": p.uses_locals,
        "has_free": p.has_free,
        "pure": p.pure,
        "tier": p.tier,
        "needs_this": p.needs_this,
        "always_exits": p.always_exits,
        "stores_sp": p.stores_sp,
        "uses_opcode": p.uses_opcode,
        "no_save_ip": p.no_save_ip,
        "needs_prev": p.needs_prev,
    })
}
