//! Defining `ADD` twice is reported at the second definition in the DSL.

mod toy {
    bytecodes_macro::bytecodes!(
        r#"
        inst(ADD, (a, b -- sum)) { sum = add(a, b); }
        inst(RETURN_VALUE, (retval -- res)) { res = retval; }
        inst(ADD, (a, b -- sum)) { sum = add2(a, b); }
        "#
    );
}

fn main() {}
