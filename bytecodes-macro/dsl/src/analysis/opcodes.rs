//! Opcode numbering, exactly as CPython's analyzer assigns it.

use super::{Dialect, Family, Instruction, Pseudo};
use indexmap::IndexMap;
use std::collections::{BTreeSet, HashSet};

/// The numbers given to every instruction and pseudo-op.
pub struct Numbering {
    /// Name to number, real and pseudo.
    pub opcodes: IndexMap<String, u16>,
    /// The number of instructions without an argument.
    pub have_argument: u16,
    /// The first instrumented opcode.
    pub min_instrumented: u16,
}

/// The highest real opcode.
const MAX_REAL_OPCODE: u16 = 255;
/// The first pseudo-op number.
const FIRST_PSEUDO: u16 = 256;

/// Assigns numbers: fixed ones first, then instructions without an argument and
/// with one, each group sorted, from 1; specialized forms from `RESUME + 1`;
/// instrumented instructions in definition order at the top; pseudo-ops from 256.
pub fn assign(
    dialect: Dialect,
    instructions: &IndexMap<String, Instruction>,
    families: &IndexMap<String, Family>,
    pseudos: &IndexMap<String, Pseudo>,
) -> Result<Numbering, String> {
    let resume = match dialect {
        Dialect::V3_13 => 149,
        Dialect::V3_14 => 128,
    };
    let fixed: [(&str, u16); 6] = [
        ("CACHE", 0),
        ("RESERVED", 17),
        ("RESUME", resume),
        ("BINARY_OP_INPLACE_ADD_UNICODE", 3),
        ("INSTRUMENTED_LINE", 254),
        ("ENTER_EXECUTOR", 255),
    ];
    let mut taken: BTreeSet<u16> = fixed.iter().map(|&(_, op)| op).collect();
    let mut opcodes: IndexMap<String, u16> = IndexMap::new();
    for (name, op) in fixed {
        if instructions.contains_key(name) {
            opcodes.insert(name.to_string(), op);
        }
    }

    let specialized: HashSet<&str> = families
        .values()
        .flat_map(|f| f.members.iter().map(String::as_str))
        .collect();
    let instrumented: Vec<&str> = instructions
        .keys()
        .map(String::as_str)
        .filter(|n| n.starts_with("INSTRUMENTED"))
        .collect();
    let mut no_arg = Vec::new();
    let mut has_arg = Vec::new();
    for inst in instructions.values() {
        let name = inst.name.as_str();
        if specialized.contains(name) || name.starts_with("INSTRUMENTED") {
            continue;
        }
        if inst.properties.oparg {
            has_arg.push(name);
        } else {
            no_arg.push(name);
        }
    }
    no_arg.sort_unstable();
    has_arg.sort_unstable();
    let mut specialized: Vec<&str> = specialized.into_iter().collect();
    specialized.sort_unstable();

    let count = |n: usize| u16::try_from(n).map_err(|_| "too many instructions".to_string());
    let min_instrumented = 254 - (count(instrumented.len())? as i32 - 1);
    let min_instrumented = u16::try_from(min_instrumented).map_err(|_| {
        format!(
            "{} instrumented instructions do not fit below opcode 255",
            instrumented.len()
        )
    })?;

    let mut next: u16 = 1;
    let mut add =
        |name: &str, next: &mut u16, opcodes: &mut IndexMap<String, u16>| -> Result<(), String> {
            if opcodes.contains_key(name) {
                return Ok(());
            }
            while taken.contains(next) {
                *next += 1;
            }
            if *next > MAX_REAL_OPCODE {
                return Err(format!(
                    "too many instructions: no opcode number below 256 is left for `{name}`"
                ));
            }
            taken.insert(*next);
            opcodes.insert(name.to_string(), *next);
            *next += 1;
            Ok(())
        };
    for name in no_arg.iter().chain(&has_arg) {
        add(name, &mut next, &mut opcodes)?;
    }
    next = resume + 1;
    for name in &specialized {
        add(name, &mut next, &mut opcodes)?;
    }
    next = min_instrumented;
    for name in &instrumented {
        add(name, &mut next, &mut opcodes)?;
    }
    let mut pseudo_names: Vec<&String> = pseudos.keys().collect();
    pseudo_names.sort_unstable();
    for (i, name) in pseudo_names.into_iter().enumerate() {
        opcodes.insert(name.clone(), FIRST_PSEUDO + count(i)?);
    }
    Ok(Numbering {
        opcodes,
        have_argument: count(no_arg.len())?,
        min_instrumented,
    })
}
