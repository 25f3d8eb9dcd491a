//! A family's members must have the head's cache size: `ADD_INT` has two units where `ADD` has one.

mod toy {
    bytecodes_macro::bytecodes!(
        r#"
        family(ADD, 1) = { ADD_INT };
        inst(ADD, (counter/1, a, b -- sum)) { sum = add(a, b); }
        inst(ADD_INT, (unused/2, a, b -- sum)) { sum = int_add(a, b); }
        inst(RETURN_VALUE, (retval -- res)) { res = retval; }
        "#
    );
}

fn main() {}
