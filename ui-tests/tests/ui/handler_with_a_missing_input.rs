//! `ADD` pops two items, `(a, b -- sum)`: a handler that takes only one is rejected.

mod toy {
    bytecodes_macro::bytecodes!(
        r#"
        inst(LOAD_CONST, (-- value)) { value = CONST(oparg); }
        inst(ADD, (a, b -- sum)) { sum = add(a, b); ERROR_IF(sum == NULL); }
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

    fn add(&mut self, a: i64) -> Result<i64, String> {
        Ok(a)
    }

    fn return_value(&mut self, retval: i64) -> Return<i64> {
        Return(retval)
    }
}

fn main() {}
