//! `bytecodes dump inputs/bytecodes.c` agrees with CPython 3.14's own metadata
//! table (`metadata.json`) and with what a running CPython reports (`runtime.json`).

mod common;

use bytecodes_dsl::dump::to_json;
use common::{analysis, eval_c, fact};
use serde_json::Value;

fn dump() -> Value {
    to_json(&analysis())
}

fn sorted_without_escapes(flags: &Value) -> Vec<String> {
    let mut v: Vec<String> = flags
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_string())
        .filter(|f| f != "HAS_ESCAPES_FLAG")
        .collect();
    v.sort();
    v
}

#[test]
fn every_opcode_is_present_and_numbered_like_cpython() {
    let dump = dump();
    let runtime = fact("runtime.json");
    let ops = dump["opcodes"].as_object().unwrap();
    let expected = runtime["opcodes"].as_object().unwrap();
    assert_eq!(ops.len(), 238);
    assert_eq!(ops.len(), expected.len());
    for (name, facts) in expected {
        let ours = ops.get(name).unwrap_or_else(|| panic!("{name} is missing"));
        assert_eq!(ours["opcode"], facts["opcode"], "opcode of {name}");
        assert_eq!(ours["pseudo"], facts["pseudo"], "pseudo-ness of {name}");
    }
    assert_eq!(dump["have_argument"], runtime["HAVE_ARGUMENT"]);
    assert_eq!(dump["min_instrumented"], runtime["MIN_INSTRUMENTED_OPCODE"]);
    assert_eq!(dump["have_argument"], 43);
    assert_eq!(dump["min_instrumented"], 234);
}

#[test]
fn flags_sizes_and_deopts_match_the_metadata_table() {
    let dump = dump();
    let metadata = fact("metadata.json");
    for (name, meta) in metadata.as_object().unwrap() {
        let ours = &dump["opcodes"][name];
        assert_eq!(
            sorted_without_escapes(&ours["flags"]),
            sorted_without_escapes(&meta["flags"]),
            "flags of {name}"
        );
        if ours["pseudo"] == false {
            assert_eq!(ours["size"], meta["size"], "size of {name}");
            let size = meta["size"].as_u64().unwrap();
            assert_eq!(
                ours["cache_entries"].as_u64().unwrap(),
                size - 1,
                "cache entries of {name}"
            );
            assert_eq!(ours["deopt"], meta["deopt"], "deopt target of {name}");
        } else {
            assert_eq!(
                ours["deopt"],
                Value::Null,
                "pseudo-op {name} has no deopt target"
            );
        }
    }
}

#[test]
fn popped_and_pushed_agree_for_every_oparg() {
    let dump = dump();
    let metadata = fact("metadata.json");
    for (name, meta) in metadata.as_object().unwrap() {
        let ours = &dump["opcodes"][name];
        for key in ["popped", "pushed"] {
            let (a, b) = (ours[key].as_str().unwrap(), meta[key].as_str().unwrap());
            for oparg in 0..=1024 {
                assert_eq!(
                    eval_c(a, oparg),
                    eval_c(b, oparg),
                    "{key} of {name} for oparg {oparg}: `{a}` vs `{b}`"
                );
            }
        }
    }
}

#[test]
fn stack_expressions_use_only_the_small_operator_set() {
    let dump = dump();
    for (name, ours) in dump["opcodes"].as_object().unwrap() {
        for key in ["popped", "pushed"] {
            let text = ours[key].as_str().unwrap();
            let stripped: String = text
                .replace(">>", "")
                .replace("<<", "")
                .replace("==", "")
                .replace("!=", "")
                .chars()
                .filter(|c| {
                    !c.is_alphanumeric() && !c.is_whitespace() && !"+-*&|?:()_".contains(*c)
                })
                .collect();
            assert!(
                stripped.is_empty(),
                "{key} of {name} uses an operator outside the set: {text}"
            );
        }
    }
}

#[test]
fn net_stack_effect_matches_the_running_interpreter() {
    let dump = dump();
    let runtime = fact("runtime.json");
    for (name, facts) in runtime["opcodes"].as_object().unwrap() {
        let Some(effects) = facts.get("stack_effect") else {
            continue;
        };
        let ours = &dump["opcodes"][name];
        for (oparg, values) in effects.as_object().unwrap() {
            let oparg: i64 = if oparg == "none" {
                0
            } else {
                oparg.parse().unwrap()
            };
            let net = eval_c(ours["pushed"].as_str().unwrap(), oparg)
                - eval_c(ours["popped"].as_str().unwrap(), oparg);
            // Values for jump=None, jump=True, jump=False. The SETUP_* pseudo-ops
            // (dis's has_exc) push their handler's items only when the jump is taken.
            for (i, v) in values.as_array().unwrap().iter().enumerate() {
                let expected = if i == 2 && facts["has_exc"] == true {
                    0
                } else {
                    net
                };
                assert_eq!(
                    expected,
                    v.as_i64().unwrap(),
                    "stack effect of {name} with oparg {oparg}"
                );
            }
        }
    }
}

#[test]
fn families_and_specializations_match() {
    let dump = dump();
    let runtime = fact("runtime.json");
    let specializations = runtime["specializations"].as_object().unwrap();
    assert_eq!(
        dump["families"].as_object().unwrap().len(),
        specializations.len()
    );
    for (head, members) in specializations {
        assert_eq!(
            &dump["families"][head]["members"], members,
            "members of family {head}"
        );
        let cache = runtime["opcodes"][head]["cache_entries"].as_u64().unwrap();
        assert_eq!(
            dump["families"][head]["size"].as_u64().unwrap(),
            cache,
            "cache size of family {head}"
        );
        for member in members.as_array().unwrap() {
            let member = member.as_str().unwrap();
            assert_eq!(
                dump["opcodes"][member]["family"],
                head.as_str(),
                "family of {member}"
            );
            assert_eq!(runtime["opcodes"][member]["specialized"], true);
        }
    }
}

#[test]
fn pseudo_targets_match() {
    let dump = dump();
    let declarations = fact("declarations.json");
    let mut seen = 0;
    for def in declarations["definitions"].as_array().unwrap() {
        if def["kind"] != "pseudo" {
            continue;
        }
        seen += 1;
        let name = def["name"].as_str().unwrap();
        let ours = &dump["opcodes"][name];
        assert_eq!(ours["targets"], def["targets"], "targets of {name}");
        assert_eq!(
            ours["as_sequence"], def["as_sequence"],
            "sequence form of {name}"
        );
        assert_eq!(ours["opcode"], def["opcode"], "opcode of {name}");
    }
    assert_eq!(seen, 11);
}

#[test]
fn dis_visible_flags_match_the_running_interpreter() {
    let dump = dump();
    let runtime = fact("runtime.json");
    let has = |name: &str, flag: &str| {
        dump["opcodes"][name]["flags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == flag)
    };
    for (name, facts) in runtime["opcodes"].as_object().unwrap() {
        if facts["specialized"] == true {
            continue;
        }
        for (key, flag) in [
            ("has_arg", "HAS_ARG_FLAG"),
            ("has_const", "HAS_CONST_FLAG"),
            ("has_name", "HAS_NAME_FLAG"),
            ("has_jump", "HAS_JUMP_FLAG"),
            ("has_free", "HAS_FREE_FLAG"),
            ("has_local", "HAS_LOCAL_FLAG"),
        ] {
            assert_eq!(
                facts[key].as_bool().unwrap(),
                has(name, flag),
                "{key} of {name}"
            );
        }
    }
}
