//! A `/*` comment that never ends is reported where it starts in the DSL.

mod toy {
    bytecodes_macro::bytecodes!(
        r#"
        inst(NOP, (--)) { }
        /* a comment that is never closed
        inst(RETURN_VALUE, (retval -- res)) { res = retval; }
        "#
    );
}

fn main() {}
