//! A CPython 3.14 bytecode interpreter whose instruction set is generated from
//! `inputs/bytecodes.c`.

pub mod formatting;
pub mod marshal;
pub mod pyc;
