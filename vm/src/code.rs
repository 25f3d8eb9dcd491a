//! Code objects ready to run: code units the dispatch loop reads, constants
//! as values, and the decoded exception and position tables.

use crate::marshal::{local_kind, CodeData, ExceptionTableEntry, MarshalValue, Position};
use crate::object::{Object, Value};
use std::cell::{Cell, OnceCell};
use std::rc::Rc;

/// A code object.
pub struct Code {
    /// The marshalled fields.
    pub data: Rc<CodeData>,
    /// The instructions, as 16-bit code units (opcode in the low byte).
    pub units: Rc<[Cell<u16>]>,
    /// `co_consts` as values.
    pub consts: Vec<Value>,
    /// `co_names` as `str` values.
    pub names: Vec<Value>,
    /// `co_localsplusnames` as `str` values.
    pub localsplus_names: Vec<Value>,
    /// The exception table.
    pub exception_table: Vec<ExceptionTableEntry>,
    /// Positions per code unit, decoded on first use.
    positions: OnceCell<Vec<Position>>,
    /// Number of cell variables (including arguments that are cells).
    pub ncells: usize,
    /// Number of free variables.
    pub nfree: usize,
    /// Where each of `names` was last found as a global (see `interp::name_cache`).
    pub name_cache: Box<[Cell<NameSlot>]>,
}

/// Where a global name was found: entry `index` of the globals (when
/// `builtins_version` is [`NameSlot::IN_GLOBALS`]) or of the builtins, valid
/// while the dicts' keys versions are the ones recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameSlot {
    /// The globals' keys version when the name was found.
    pub globals_version: u64,
    /// The builtins' keys version, or [`NameSlot::IN_GLOBALS`].
    pub builtins_version: u64,
    /// The entry's position in the dict it was found in.
    pub index: usize,
}

impl NameSlot {
    /// `builtins_version` of a name found in the globals.
    pub const IN_GLOBALS: u64 = u64::MAX;
    /// A slot that matches no dict.
    pub const EMPTY: NameSlot = NameSlot {
        globals_version: u64::MAX,
        builtins_version: u64::MAX,
        index: 0,
    };
}

/// `co_flags`: a generator function.
pub const CO_GENERATOR: u32 = 0x20;
/// `co_flags`: a coroutine.
pub const CO_COROUTINE: u32 = 0x80;
/// `co_flags`: an async generator.
pub const CO_ASYNC_GENERATOR: u32 = 0x200;

impl Code {
    /// Converts marshalled code, its nested code objects included.
    pub fn new(data: Rc<CodeData>) -> Result<Rc<Code>, String> {
        let bytes = &data.code;
        let units: Rc<[Cell<u16>]> = bytes
            .chunks(2)
            .map(|c| Cell::new(u16::from_le_bytes([c[0], *c.get(1).unwrap_or(&0)])))
            .collect();
        let consts = data
            .consts
            .iter()
            .map(constant)
            .collect::<Result<Vec<_>, _>>()?;
        let names = data
            .names
            .iter()
            .map(|n| Value::from_pystr((**n).clone()))
            .collect();
        let localsplus_names = data
            .localsplusnames
            .iter()
            .map(|n| Value::from_pystr((**n).clone()))
            .collect();
        let exception_table = data.exception_entries().map_err(|e| e.to_string())?;
        let name_cache = (0..data.names.len())
            .map(|_| Cell::new(NameSlot::EMPTY))
            .collect();
        let kinds = &data.localspluskinds;
        let ncells = kinds.iter().filter(|k| *k & local_kind::CELL != 0).count();
        let nfree = kinds.iter().filter(|k| *k & local_kind::FREE != 0).count();
        Ok(Rc::new(Code {
            data,
            units,
            consts,
            names,
            localsplus_names,
            exception_table,
            positions: OnceCell::new(),
            ncells,
            nfree,
            name_cache,
        }))
    }

    /// How many value-stack slots to allocate on entry: `co_stacksize`, bounded
    /// so that a corrupt file cannot ask for gigabytes up front (the stack still
    /// grows if a real program needs more).
    pub fn stack_reserve(&self) -> usize {
        const BOUND: usize = 1 << 16;
        (self.data.stacksize as usize).min(BOUND)
    }

    /// Number of local slots (locals, cells and free variables).
    pub fn nlocalsplus(&self) -> usize {
        self.data.localsplusnames.len()
    }

    /// The function's name.
    pub fn name(&self) -> String {
        self.data.name.to_string_lossy().into_owned()
    }

    /// The position of the instruction at a code unit.
    pub fn position(&self, at: usize) -> Position {
        let positions = self
            .positions
            .get_or_init(|| self.data.positions().unwrap_or_default());
        positions.get(at).copied().unwrap_or(Position {
            line: None,
            end_line: None,
            col: None,
            end_col: None,
        })
    }

    /// The exception handler covering a code unit.
    pub fn handler_for(&self, at: usize) -> Option<&ExceptionTableEntry> {
        let at = at as u32;
        self.exception_table
            .iter()
            .find(|e| e.start <= at && at < e.end)
    }
}

fn constant(v: &MarshalValue) -> Result<Value, String> {
    Ok(match v {
        MarshalValue::None => Value::None,
        MarshalValue::Bool(b) => Value::Bool(*b),
        MarshalValue::Int(i) => Value::int((**i).clone()),
        MarshalValue::Float(f) => Value::Float(*f),
        MarshalValue::Complex { re, im } => Value::obj(Object::Complex(*re, *im)),
        MarshalValue::Str(s) => Value::from_pystr((**s).clone()),
        MarshalValue::Bytes(b) => Value::obj(Object::Bytes(b.to_vec().into_boxed_slice())),
        MarshalValue::Tuple(items) => {
            Value::tuple(items.iter().map(constant).collect::<Result<_, _>>()?)
        }
        MarshalValue::Code(c) => Value::obj(Object::Code(Code::new(c.clone())?)),
        MarshalValue::Ellipsis => Value::obj(Object::Ellipsis),
        MarshalValue::FrozenSet(items) => {
            let items = items.iter().map(constant).collect::<Result<Vec<_>, _>>()?;
            crate::interp::builtins::set::frozen_from_constants(items)
                .ok_or_else(|| "a frozenset constant holds an unhashable value".to_string())?
        }
        MarshalValue::Slice(s) => Value::obj(Object::Slice(
            constant(&s.start)?,
            constant(&s.stop)?,
            constant(&s.step)?,
        )),
        other => {
            return Err(format!(
                "constants of type {} are not supported yet",
                other.type_name()
            ))
        }
    })
}
