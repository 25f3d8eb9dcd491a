//! The handler interface depends only on declarations and properties: the
//! interface of `inputs/bytecodes.c` equals the interface of a file rebuilt from
//! `declarations.json` (CPython's own file as its analyzer sees it), whose bodies
//! hold nothing but the names that give each uop CPython's properties.

mod common;

use bytecodes_dsl::interface::{handlers, Leaves, Passing, Raises};
use common::{analysis, fact};
use serde_json::Value;

fn item(v: &Value) -> String {
    if let Some(cache) = v.get("cache") {
        return format!("{}/{}", cache.as_str().unwrap(), v["size"]);
    }
    let mut s = v["name"].as_str().unwrap().to_string();
    if let Some(t) = v.get("type") {
        s = format!("{s}: {}", t.as_str().unwrap());
    }
    if let Some(size) = v.get("size") {
        s = format!("{s}[{}]", size.as_str().unwrap());
    }
    s
}

fn list(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

/// A body that uses exactly the names giving these properties.
fn body(props: &Value) -> String {
    let on = |k: &str| props[k].as_bool().unwrap_or(false);
    let mut lines = Vec::new();
    for (key, text) in [
        ("oparg", "use(oparg);"),
        ("jumps", "if (c) { JUMPBY(1); }"),
        ("deopts", "DEOPT_IF(c);"),
        ("side_exit", "EXIT_IF(c);"),
        ("error_with_pop", "ERROR_IF(c);"),
        ("error_without_pop", "if (c) { ERROR_NO_POP(); }"),
        ("uses_co_consts", "use(FRAME_CO_CONSTS);"),
        ("uses_co_names", "use(FRAME_CO_NAMES);"),
        ("has_free", "use(PyCell_New(x));"),
        ("uses_locals", "use(GETLOCAL(0));"),
        ("needs_this", "use(this_instr);"),
        ("uses_opcode", "use(opcode);"),
        ("stores_sp", "SYNC_SP();"),
        ("needs_prev", "use(prev_instr);"),
        ("always_exits", "DISPATCH();"),
    ] {
        if on(key) {
            lines.push(text);
        }
    }
    format!("{{ {} }}", lines.join(" "))
}

/// CPython's file as its analyzer sees it, rebuilt from the declarations.
fn rebuilt_from_declarations() -> String {
    let facts = fact("declarations.json");
    let mut out = String::from("// BEGIN BYTECODES //\n");
    for d in facts["definitions"].as_array().unwrap() {
        let name = d["name"].as_str().unwrap();
        match d["kind"].as_str().unwrap() {
            kind @ ("inst" | "op") => {
                let inputs: Vec<String> =
                    d["inputs"].as_array().unwrap().iter().map(item).collect();
                let outputs: Vec<String> =
                    d["outputs"].as_array().unwrap().iter().map(item).collect();
                out += &format!(
                    "{} {kind}({name}, ({} -- {})) {}\n",
                    list(&d["annotations"]).join(" "),
                    inputs.join(", "),
                    outputs.join(", "),
                    body(&d["properties"])
                );
            }
            "macro" => out += &format!("macro({name}) = {};\n", list(&d["parts"]).join(" + ")),
            "family" => {
                out += &format!(
                    "family({name}, {}) = {{ {} }};\n",
                    d["size"].as_str().unwrap(),
                    list(&d["members"]).join(", ")
                )
            }
            "pseudo" => {
                let inputs: Vec<String> =
                    d["inputs"].as_array().unwrap().iter().map(item).collect();
                let outputs: Vec<String> =
                    d["outputs"].as_array().unwrap().iter().map(item).collect();
                let flags = list(&d["flags"]);
                let flags = if flags.is_empty() {
                    String::new()
                } else {
                    format!(", ({})", flags.join(", "))
                };
                let (open, close) = if d["as_sequence"] == true {
                    ("[", "]")
                } else {
                    ("{", "}")
                };
                out += &format!(
                    "pseudo({name}, ({} -- {}){flags}) = {open} {} {close};\n",
                    inputs.join(", "),
                    outputs.join(", "),
                    list(&d["targets"]).join(", ")
                );
            }
            _ => {
                let spilled = if d["spilled"] == true { "spilled " } else { "" };
                out += &format!("{spilled}label({name}) {{ }}\n");
            }
        }
    }
    out + "// END BYTECODES //\n"
}

#[test]
fn the_interface_is_cpythons() {
    let text = rebuilt_from_declarations();
    let theirs =
        bytecodes_dsl::analyze_file("declarations", &text).unwrap_or_else(|d| panic!("{d}"));
    let ours = analysis();
    let (ours, theirs) = (handlers(&ours), handlers(&theirs));
    assert_eq!(ours.len(), theirs.len());
    for (a, b) in ours.iter().zip(&theirs) {
        assert_eq!(a, b, "handler of {}", a.uop);
    }
}

#[test]
fn handler_types_follow_the_properties() {
    let all = handlers(&analysis());
    let get = |uop: &str| {
        all.iter()
            .find(|h| h.uop == uop)
            .unwrap_or_else(|| panic!("{uop}"))
    };
    let load_fast = get("LOAD_FAST");
    assert!(load_fast.oparg && load_fast.inputs.is_empty() && load_fast.returns.len() == 1);
    assert_eq!(load_fast.raises, Raises::Never);
    let binary_op = get("_BINARY_OP");
    assert_eq!(binary_op.raises, Raises::Keeping);
    assert!(binary_op.inputs.iter().all(|p| p.passing == Passing::Owned));
    assert_eq!(get("UNARY_NEGATIVE").raises, Raises::Popping);
    let guard = get("_GUARD_TOS_INT");
    assert!(guard.deopts && guard.inputs[0].passthrough && guard.returns.is_empty());
    let build_list = get("BUILD_LIST");
    assert_eq!(build_list.inputs[0].passing, Passing::Slice);
    let do_call = get("_DO_CALL");
    assert!(do_call.calls && do_call.raises == Raises::Both);
    let push_frame = get("_PUSH_FRAME");
    assert_eq!(push_frame.inputs[0].passing, Passing::Frame);
    assert_eq!(get("RETURN_VALUE").leaves, Some(Leaves::Return));
    assert_eq!(get("YIELD_VALUE").leaves, Some(Leaves::Yield));
    assert!(get("_FOR_ITER").jumps);
    let unpack = get("_UNPACK_SEQUENCE");
    assert_eq!(
        unpack.out_arrays.len(),
        2,
        "unused[oparg] and top[0] are filled in place"
    );
    assert!(
        all.iter().all(|h| h.uop != "EXTENDED_ARG"),
        "the loop decodes EXTENDED_ARG"
    );
}
