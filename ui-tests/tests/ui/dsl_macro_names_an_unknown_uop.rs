//! A macro whose parts name a uop that is not defined is reported at that part in the DSL.

mod toy {
    bytecodes_macro::bytecodes!(
        r#"
        op(_LOAD, (-- value)) { value = load(oparg); }
        macro(LOAD_TWICE) = _LOAD + _LAOD;
        inst(RETURN_VALUE, (retval -- res)) { res = retval; }
        "#
    );
}

fn main() {}
