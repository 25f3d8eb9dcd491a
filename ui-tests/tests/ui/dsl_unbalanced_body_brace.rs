//! A body whose `{` is never closed is reported at its position in the DSL.

mod toy {
    bytecodes_macro::bytecodes!(
        r#"
        inst(NOP, (--)) { }
        inst(ADD, (a, b -- sum)) {
            if (a) {
                sum = add(a, b);
        }
        inst(RETURN_VALUE, (retval -- res)) { res = retval; }
        "#
    );
}

fn main() {}
