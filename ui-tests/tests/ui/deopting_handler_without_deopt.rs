//! `ADD_INT` can deopt (`DEOPT_IF`): a handler that does not return `Result<_, Deopt>` is rejected.

mod toy {
    bytecodes_macro::bytecodes!(
        r#"
        inst(LOAD_CONST, (-- value)) { value = CONST(oparg); }
        inst(ADD_INT, (a, b -- sum)) { DEOPT_IF(!both_ints(a, b)); sum = int_add(a, b); }
        inst(RETURN_VALUE, (retval -- res)) { res = retval; }
        "#
    );
}

use toy::*;

// `struct Machine` and its `Runtime` implementation.
include!("support/runtime.rs");

impl Uops for Machine {
    fn load_const(&mut self, oparg: u32) -> i64 {
        i64::from(oparg)
    }

    fn add_int(&mut self, a: &mut i64, b: &mut i64) -> i64 {
        *a + *b
    }

    fn return_value(&mut self, retval: i64) -> Return<i64> {
        Return(retval)
    }
}

fn main() {}
