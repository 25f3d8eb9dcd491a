//! Files in the style of CPython 3.13 (no labels, conditional stack items, typed
//! items, families without a size) are read with 3.13's rules.

use bytecodes_dsl::analysis::Dialect;
use bytecodes_dsl::analyze_fragment;

const V313: &str = r#"
        inst(CACHE, (--)) { assert(0 && "executing a cache entry"); }
        inst(RESUME, (--)) { CHECK_EVAL_BREAKER(); (void)oparg; }
        guard op(_GUARD_X, (left: PyObject *, right -- left: PyObject *, right)) { DEOPT_IF(!ok(left)); }
        split op(_LOAD, (counter/1, owner -- attr, null if (oparg & 1))) {
            attr = load(owner, counter);
            ERROR_IF(attr == NULL, error);
            null = NULL;
        }
        macro(LOAD) = _GUARD_X + unused/1 + _LOAD;
        family(LOAD) = { LOAD_FAST_PATH };
        macro(LOAD_FAST_PATH) = _GUARD_X + _LOAD + unused/1;
        inst(LOAD_DEREF, (-- value)) { PyObject *cell = frame_cell(oparg); value = PyCell_GET(cell); }
        inst(STORE_FAST, (value --)) { SETLOCAL(oparg, value); }
        pure inst(NOP, (--)) { }
        inst(PEEK, (x -- x)) { use(x); }
        pseudo(JUMP) = { NOP };
"#;

#[test]
fn files_without_labels_use_the_313_rules() {
    let a = analyze_fragment("v313.c", V313).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(a.dialect, Dialect::V3_13);
    assert_eq!(a.instructions["RESUME"].opcode, 149);
    assert_eq!(a.instructions["CACHE"].opcode, 0);
    assert_eq!(a.instructions["LOAD_FAST_PATH"].opcode, 150);
    assert!(a.instructions["RESUME"].properties.eval_breaker);
    assert!(a.instructions["LOAD_DEREF"].properties.has_free);
    assert!(a.instructions["STORE_FAST"].properties.uses_locals);
    assert!(a.uops["PEEK"].properties.passthrough);
    let flags = a.flags("LOAD").unwrap();
    assert!(
        flags.contains(&"HAS_OPARG_AND_1_FLAG".to_string()),
        "{flags:?}"
    );
    assert!(a
        .flags("PEEK")
        .unwrap()
        .contains(&"HAS_PASSTHROUGH_FLAG".to_string()));
    let load = &a.instructions["LOAD"];
    assert_eq!(load.size, 3);
    for oparg in 0..4 {
        assert_eq!(load.stack.popped.eval(oparg), Some(2));
        assert_eq!(load.stack.pushed.eval(oparg), Some(2 + (oparg & 1)));
    }
    assert_eq!(a.uops["_GUARD_X"].annotations, ["guard"]);
    assert_eq!(
        a.uops["_GUARD_X"].inputs[0].type_.as_deref(),
        Some("PyObject *")
    );
    assert_eq!(a.pseudos["JUMP"].opcode, 256);
    assert_eq!(a.flags("JUMP").unwrap(), ["HAS_PURE_FLAG"]);
    assert_eq!(a.have_argument, 3, "CACHE, NOP and PEEK have no argument");
}

#[test]
fn the_same_names_mean_nothing_under_314_rules() {
    let v314 = format!("{V313}\nlabel(error) {{ goto exit; }}");
    let a = analyze_fragment("v314.c", &v314).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(a.dialect, Dialect::V3_14);
    assert_eq!(a.instructions["RESUME"].opcode, 128);
    assert!(!a.instructions["RESUME"].properties.eval_breaker);
    assert!(!a.instructions["LOAD_DEREF"].properties.has_free);
    assert!(!a.instructions["STORE_FAST"].properties.uses_locals);
    assert!(!a
        .flags("PEEK")
        .unwrap()
        .iter()
        .any(|f| f == "HAS_PASSTHROUGH_FLAG"));
}
