//! Code objects as CPython 3.14 marshals them.
//!
//! After the type code 'c' come five 4-byte little-endian signed ints
//! (`co_argcount`, `co_posonlyargcount`, `co_kwonlyargcount`,
//! `co_stacksize`, `co_flags`), then eight objects (`co_code`, `co_consts`,
//! `co_names`, `co_localsplusnames`, `co_localspluskinds`, `co_filename`,
//! `co_name`, `co_qualname`), one more 4-byte int (`co_firstlineno`) and two
//! last objects (`co_linetable`, `co_exceptiontable`).

use std::collections::HashMap;
use std::rc::Rc;

use super::exception_table::{decode_exception_table_with_offsets, ExceptionTableEntry};
use super::location_table::{decode_positions, Position};
use super::{ErrorKind, LoadError, MarshalValue, PyStr};

/// Bits of `co_localspluskinds`, one byte per entry of `co_localsplusnames`
/// (values checked against the `.pyc` files CPython 3.14 writes).
pub mod local_kind {
    /// The variable is a positional parameter (positional-only,
    /// positional-or-keyword, or `*args`).
    pub const ARG_POS: u8 = 0x02;
    /// The variable is a keyword parameter (keyword-only,
    /// positional-or-keyword, or `**kwargs`).
    pub const ARG_KW: u8 = 0x04;
    /// The variable is `*args` or `**kwargs` (with [`ARG_POS`] or [`ARG_KW`]).
    pub const ARG_VAR: u8 = 0x08;
    /// Any of the parameter bits.
    pub const ARG: u8 = ARG_POS | ARG_KW | ARG_VAR;
    /// A local of an inlined comprehension that is hidden from `locals()`.
    pub const HIDDEN: u8 = 0x10;
    /// A fast local (the names in `co_varnames`).
    pub const LOCAL: u8 = 0x20;
    /// A cell variable (`co_cellvars`); may be combined with [`LOCAL`] when
    /// a parameter is captured by an inner scope.
    pub const CELL: u8 = 0x40;
    /// A free variable (`co_freevars`).
    pub const FREE: u8 = 0x80;
}

/// `co_flags` bit: the function has a `*args` parameter.
pub const CO_VARARGS: u32 = 0x04;
/// `co_flags` bit: the function has a `**kwargs` parameter.
pub const CO_VARKEYWORDS: u32 = 0x08;

/// A code object read from marshal data: the fields CPython 3.14 writes,
/// type-checked (each field has the type CPython requires) but otherwise as
/// found.
#[derive(Clone, Debug)]
pub struct CodeData {
    /// `co_argcount`: positional parameters, positional-only included.
    pub argcount: u32,
    /// `co_posonlyargcount`.
    pub posonlyargcount: u32,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: u32,
    /// `co_stacksize`.
    pub stacksize: u32,
    /// `co_flags` (`CO_*` bits).
    pub flags: u32,
    /// `co_code`: the bytecode, 2-byte code units (always an even length).
    pub code: Rc<[u8]>,
    /// `co_consts`.
    pub consts: Rc<[MarshalValue]>,
    /// `co_names`: global, attribute and import names.
    pub names: Rc<[Rc<PyStr>]>,
    /// `co_localsplusnames`: fast locals, then cells, then free variables.
    pub localsplusnames: Rc<[Rc<PyStr>]>,
    /// `co_localspluskinds`: one byte of [`local_kind`] bits per name.
    pub localspluskinds: Rc<[u8]>,
    /// `co_filename`.
    pub filename: Rc<PyStr>,
    /// `co_name`.
    pub name: Rc<PyStr>,
    /// `co_qualname`.
    pub qualname: Rc<PyStr>,
    /// `co_firstlineno`.
    pub firstlineno: i32,
    /// `co_linetable`: the location table (see
    /// [`crate::marshal::decode_location_table`]).
    pub linetable: Rc<[u8]>,
    /// `co_exceptiontable` (see [`crate::marshal::decode_exception_table`]).
    pub exceptiontable: Rc<[u8]>,
}

impl CodeData {
    /// Number of 2-byte code units in `code`.
    pub fn code_units(&self) -> usize {
        self.code.len() / 2
    }

    /// The names of `localsplusnames` whose kind has any bit of `mask`
    /// (`local_kind::LOCAL` gives `co_varnames`, `CELL` `co_cellvars`,
    /// `FREE` `co_freevars`).
    pub fn names_of_kind(&self, mask: u8) -> Vec<Rc<PyStr>> {
        self.localsplusnames
            .iter()
            .zip(self.localspluskinds.iter())
            .filter(|(_, &k)| k & mask != 0)
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// Decodes `exceptiontable` and checks that every range and target lies
    /// inside `code`. Offsets in the entries are code units.
    pub fn exception_entries(&self) -> Result<Vec<ExceptionTableEntry>, LoadError> {
        let units = self.code_units();
        let entries = decode_exception_table_with_offsets(&self.exceptiontable)?;
        let mut out = Vec::with_capacity(entries.len());
        for (e, offset) in entries {
            let message = if e.end as usize > units {
                Some(format!(
                    "range {}..{} ends past the {units} code units",
                    e.start, e.end
                ))
            } else if e.target as usize >= units {
                Some(format!(
                    "target {} is past the {units} code units",
                    e.target
                ))
            } else {
                None
            };
            if let Some(message) = message {
                return Err(ErrorKind::BadExceptionTable { offset, message }.into());
            }
            out.push(e);
        }
        Ok(out)
    }

    /// Decodes `linetable` into one [`Position`] per code unit it covers, as
    /// `co_positions()` does.
    pub fn positions(&self) -> Result<Vec<Position>, LoadError> {
        decode_positions(&self.linetable, self.firstlineno)
    }
}

/// A tuple of strings, checked.
type StrTuple = Rc<[Rc<PyStr>]>;

/// Memo of checks already done on shared tuples, so that a tuple referred to
/// by many code objects is converted and checked once (keeps reading linear
/// in the input size). The `Rc`s stored keep the keys' allocations alive.
#[derive(Default)]
pub(crate) struct Caches {
    str_tuples: HashMap<usize, (Rc<[MarshalValue]>, StrTuple)>,
    local_counts: HashMap<usize, (Rc<[u8]>, usize)>,
}

/// Names of the object fields of a code object, in marshal order.
pub(crate) const FIELD_NAMES: [&str; 10] = [
    "co_code",
    "co_consts",
    "co_names",
    "co_localsplusnames",
    "co_localspluskinds",
    "co_filename",
    "co_name",
    "co_qualname",
    "co_linetable",
    "co_exceptiontable",
];

/// Names of the five leading int fields, in marshal order.
pub(crate) const INT_FIELD_NAMES: [&str; 5] = [
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_stacksize",
    "co_flags",
];

fn bad(offset: usize, message: String) -> LoadError {
    ErrorKind::BadObject {
        offset,
        message: format!("code object: {message}"),
    }
    .into()
}

fn bytes_field(v: MarshalValue, i: usize, offset: usize) -> Result<Rc<[u8]>, LoadError> {
    match v {
        MarshalValue::Bytes(b) => Ok(b),
        other => Err(bad(
            offset,
            format!(
                "{} must be bytes, found {}",
                FIELD_NAMES[i],
                other.type_name()
            ),
        )),
    }
}

fn str_field(v: MarshalValue, i: usize, offset: usize) -> Result<Rc<PyStr>, LoadError> {
    match v {
        MarshalValue::Str(s) => Ok(s),
        other => Err(bad(
            offset,
            format!(
                "{} must be a str, found {}",
                FIELD_NAMES[i],
                other.type_name()
            ),
        )),
    }
}

fn str_tuple_field(
    v: MarshalValue,
    i: usize,
    offset: usize,
    caches: &mut Caches,
) -> Result<Rc<[Rc<PyStr>]>, LoadError> {
    let tuple = match v {
        MarshalValue::Tuple(t) => t,
        other => {
            return Err(bad(
                offset,
                format!(
                    "{} must be a tuple, found {}",
                    FIELD_NAMES[i],
                    other.type_name()
                ),
            ))
        }
    };
    let key = Rc::as_ptr(&tuple) as *const MarshalValue as usize;
    if let Some((_, names)) = caches.str_tuples.get(&key) {
        return Ok(names.clone());
    }
    let mut names = Vec::with_capacity(tuple.len());
    for (j, item) in tuple.iter().enumerate() {
        match item {
            MarshalValue::Str(s) => names.push(s.clone()),
            other => {
                return Err(bad(
                    offset,
                    format!(
                        "{} item {j} must be a str, found {}",
                        FIELD_NAMES[i],
                        other.type_name()
                    ),
                ))
            }
        }
    }
    let names: Rc<[Rc<PyStr>]> = names.into();
    caches.str_tuples.insert(key, (tuple, names.clone()));
    Ok(names)
}

/// Builds a [`CodeData`] from the fields read for a code object starting at
/// `offset`, checking their types and basic consistency.
pub(crate) fn build_code(
    ints: [i32; 5],
    fields: Vec<MarshalValue>,
    firstlineno: i32,
    offset: usize,
    caches: &mut Caches,
) -> Result<CodeData, LoadError> {
    let mut counts = [0u32; 4];
    for (i, slot) in counts.iter_mut().enumerate() {
        *slot = u32::try_from(ints[i]).map_err(|_| {
            bad(
                offset,
                format!("{} is negative ({})", INT_FIELD_NAMES[i], ints[i]),
            )
        })?;
    }
    let [argcount, posonlyargcount, kwonlyargcount, stacksize] = counts;
    let flags = ints[4] as u32;
    if posonlyargcount > argcount {
        return Err(bad(
            offset,
            format!(
                "co_posonlyargcount ({posonlyargcount}) is larger than co_argcount ({argcount})"
            ),
        ));
    }
    let fields: [MarshalValue; 10] = fields
        .try_into()
        .map_err(|_| bad(offset, "wrong number of fields".into()))?;
    let [code, consts, names, lp_names, lp_kinds, filename, name, qualname, linetable, exctable] =
        fields;
    let code = bytes_field(code, 0, offset)?;
    if code.len() % 2 != 0 {
        return Err(bad(
            offset,
            format!("co_code has an odd length ({})", code.len()),
        ));
    }
    let consts = match consts {
        MarshalValue::Tuple(t) => t,
        other => {
            return Err(bad(
                offset,
                format!("co_consts must be a tuple, found {}", other.type_name()),
            ))
        }
    };
    let names = str_tuple_field(names, 2, offset, caches)?;
    let localsplusnames = str_tuple_field(lp_names, 3, offset, caches)?;
    let localspluskinds = bytes_field(lp_kinds, 4, offset)?;
    if localspluskinds.len() != localsplusnames.len() {
        return Err(bad(
            offset,
            format!(
                "co_localspluskinds has {} entries but co_localsplusnames has {}",
                localspluskinds.len(),
                localsplusnames.len()
            ),
        ));
    }
    let key = Rc::as_ptr(&localspluskinds) as *const u8 as usize;
    let nlocals = match caches.local_counts.get(&key) {
        Some((_, n)) => *n,
        None => {
            let n = localspluskinds
                .iter()
                .filter(|&&k| k & local_kind::LOCAL != 0)
                .count();
            caches
                .local_counts
                .insert(key, (localspluskinds.clone(), n));
            n
        }
    };
    let total_args = u64::from(argcount)
        + u64::from(kwonlyargcount)
        + u64::from(flags & CO_VARARGS != 0)
        + u64::from(flags & CO_VARKEYWORDS != 0);
    if (nlocals as u64) < total_args {
        return Err(bad(
            offset,
            format!("{nlocals} fast locals cannot hold {total_args} parameters"),
        ));
    }
    Ok(CodeData {
        argcount,
        posonlyargcount,
        kwonlyargcount,
        stacksize,
        flags,
        code,
        consts,
        names,
        localsplusnames,
        localspluskinds,
        filename: str_field(filename, 5, offset)?,
        name: str_field(name, 6, offset)?,
        qualname: str_field(qualname, 7, offset)?,
        firstlineno,
        linetable: bytes_field(linetable, 8, offset)?,
        exceptiontable: bytes_field(exctable, 9, offset)?,
    })
}
