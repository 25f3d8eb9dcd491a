//! Expanding CPython 3.14's instruction set: the generated metadata equals what
//! `bytecodes dump` reports for the same file.

mod cpython {
    bytecodes_macro::include_bytecodes!("../inputs/bytecodes.c");
}

use cpython::{Opcode, PseudoOpcode};

#[test]
fn numbers_and_constants() {
    assert_eq!(Opcode::CACHE as u8, 0);
    assert_eq!(Opcode::RESUME as u8, 128);
    assert_eq!(Opcode::LOAD_GLOBAL as u8, 92);
    assert_eq!(cpython::HAVE_ARGUMENT, 43);
    assert_eq!(cpython::MIN_INSTRUMENTED_OPCODE, 234);
    assert_eq!(Opcode::from_u8(92), Some(Opcode::LOAD_GLOBAL));
    assert_eq!(Opcode::try_from(229u8), Err(229));
    assert_eq!(PseudoOpcode::JUMP as u16, 257);
}
