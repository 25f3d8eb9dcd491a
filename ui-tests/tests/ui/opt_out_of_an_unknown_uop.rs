//! `opt_out` must name uops the DSL defines: a misspelt name is reported where it is written.

mod toy {
    bytecodes_macro::bytecodes!(
        r#"
        inst(TRACE, (--)) { log_state(frame); }
        inst(RETURN_VALUE, (retval -- res)) { res = retval; }
        "#,
        opt_out(TRACE, TRAEC)
    );
}

fn main() {}
