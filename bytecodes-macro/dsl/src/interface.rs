//! The Rust interface a DSL file asks of its implementer: one handler per uop that
//! a tier-1 instruction uses, with a signature that follows the uop's declaration
//! and properties, and the stack layout the dispatch loop works with.
//!
//! This is pure data, derived only from declarations and property-bearing names,
//! so that CPython's own file and ours give the same interface.

use crate::analysis::stack::item_size;
use crate::analysis::{Analysis, InstructionPart, StackSize, Uop};
use crate::ast::StackItem;
use crate::expr::Expr;
use std::collections::HashSet;

/// The C type that marks a stack item holding an interpreter frame.
pub const FRAME_TYPE: &str = "_PyInterpreterFrame *";

/// Uops that leave the current frame by returning from it.
pub const RETURNING_UOPS: &[&str] = &["RETURN_VALUE", "INTERPRETER_EXIT", "RETURN_GENERATOR"];
/// Uops that leave the current frame by yielding.
pub const YIELDING_UOPS: &[&str] = &["YIELD_VALUE"];

/// How a stack item reaches a handler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Passing {
    /// Moved in: the handler owns it (`V`).
    Owned,
    /// Borrowed: a pass-through item, or an input of a uop that can deoptimize
    /// or jump away and must then leave the stack as it was (`&mut V`).
    Borrowed,
    /// An array, in place on the stack (`&mut [V]`).
    Slice,
    /// An interpreter frame (`Frame`), moved.
    Frame,
}

/// One stack item of a handler's signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    /// The parameter's Rust name.
    pub name: String,
    /// The item's name in the DSL.
    pub dsl_name: String,
    /// How it is passed.
    pub passing: Passing,
    /// Whether it is the same item in the inputs and outputs.
    pub passthrough: bool,
}

/// A named cache entry a handler receives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CacheParam {
    /// The entry's name.
    pub name: String,
    /// Its width in bits: 16, 32 or 64.
    pub bits: u32,
}

/// Which ways a handler can raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Raises {
    /// It cannot fail.
    Never,
    /// `ERROR_IF`: its inputs are popped.
    Popping,
    /// `ERROR_NO_POP`: its inputs stay on the stack.
    Keeping,
    /// Either, chosen at run time.
    Both,
}

/// How a handler leaves its frame, for returning and yielding uops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaves {
    /// Returns to the caller.
    Return,
    /// Yields to the caller.
    Yield,
}

/// One handler: the typed signature of a uop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handler {
    /// The uop's DSL name.
    pub uop: String,
    /// The method name.
    pub method: String,
    /// Whether it receives `oparg`.
    pub oparg: bool,
    /// Whether it receives the position of the instruction (`this_instr`).
    pub this_instr: bool,
    /// Whether it receives the opcode being executed.
    pub opcode: bool,
    /// Named cache entries, in layout order.
    pub caches: Vec<CacheParam>,
    /// Stack inputs it receives (pass-through items included), bottom to top.
    pub inputs: Vec<Param>,
    /// Array outputs it fills in place, bottom to top.
    pub out_arrays: Vec<Param>,
    /// Scalar outputs it returns, bottom to top (frames included).
    pub returns: Vec<Param>,
    /// How it can fail.
    pub raises: Raises,
    /// Whether it can deoptimize (`DEOPT_IF`/`EXIT_IF`).
    pub deopts: bool,
    /// Whether it can jump (`JUMPBY`).
    pub jumps: bool,
    /// Whether it can push a new frame (`SYNC_SP` or a frame input).
    pub calls: bool,
    /// Whether it leaves the frame.
    pub leaves: Option<Leaves>,
}

/// Where an item sits in a uop's stack window, in value slots from the window's base.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    /// The DSL item.
    pub item: StackItem,
    /// Offset from the window's base (frames take no slot).
    pub offset: StackSize,
    /// Number of value slots (0 for a frame).
    pub size: Expr,
    /// Whether it holds a frame rather than values.
    pub frame: bool,
    /// Whether it is a pass-through item.
    pub passthrough: bool,
}

/// The stack window of one uop: its inputs before and its outputs after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Input slots, bottom to top.
    pub inputs: Vec<Slot>,
    /// Output slots, bottom to top.
    pub outputs: Vec<Slot>,
    /// Total value slots of the inputs.
    pub in_size: StackSize,
    /// Total value slots of the outputs.
    pub out_size: StackSize,
}

/// Whether a stack item is an interpreter frame.
pub fn is_frame(item: &StackItem) -> bool {
    item.type_.as_deref() == Some(FRAME_TYPE)
}

/// The window layout of a uop.
pub fn layout(uop: &Uop) -> Layout {
    fn slots(items: &[StackItem]) -> (Vec<Slot>, StackSize) {
        let mut offset = StackSize::default();
        let mut out = Vec::new();
        for item in items {
            let frame = is_frame(item);
            let size = if frame { Expr::Int(0) } else { item_size(item) };
            out.push(Slot {
                item: item.clone(),
                offset: offset.clone(),
                size: size.clone(),
                frame,
                passthrough: false,
            });
            offset.add(&size);
        }
        (out, offset)
    }
    let (mut inputs, in_size) = slots(&uop.inputs);
    let (mut outputs, out_size) = slots(&uop.outputs);
    for i in inputs.iter_mut() {
        if let Some(o) = outputs.iter_mut().find(|o| {
            o.item.name.text == i.item.name.text
                && o.offset == i.offset
                && o.size == i.size
                && o.frame == i.frame
        }) {
            i.passthrough = true;
            o.passthrough = true;
        }
    }
    Layout {
        inputs,
        outputs,
        in_size,
        out_size,
    }
}

/// The method name of a uop: lower case without leading underscores.
pub fn method_name(uop: &str) -> String {
    uop.trim_start_matches('_').to_ascii_lowercase()
}

/// The uops tier-1 instructions use, in definition order.
pub fn tier1_uops(analysis: &Analysis) -> Vec<&Uop> {
    let used: HashSet<&str> = analysis
        .instructions
        .values()
        .flat_map(|i| i.parts.iter())
        .filter_map(|p| match p {
            InstructionPart::Uop(u) => Some(u.as_str()),
            _ => None,
        })
        .collect();
    analysis
        .uops
        .values()
        .filter(|u| used.contains(u.name.as_str()))
        .collect()
}

/// Uops the dispatch loop implements itself (`EXTENDED_ARG` is decoded while fetching).
pub const LOOP_UOPS: &[&str] = &["EXTENDED_ARG"];

/// The handler of every tier-1 uop except those the loop implements.
pub fn handlers(analysis: &Analysis) -> Vec<Handler> {
    let mut taken = HashSet::new();
    tier1_uops(analysis)
        .into_iter()
        .filter(|u| !LOOP_UOPS.contains(&u.name.as_str()))
        .map(|u| {
            let mut h = handler(u);
            if !taken.insert(h.method.clone()) {
                h.method = format!("op_{}", h.method);
            }
            h
        })
        .collect()
}

/// The handler signature of one uop.
pub fn handler(uop: &Uop) -> Handler {
    let p = &uop.properties;
    let layout = layout(uop);
    let borrows = p.deopts || p.side_exit || p.jumps;
    let leaves = if RETURNING_UOPS.contains(&uop.name.as_str()) {
        Some(Leaves::Return)
    } else if YIELDING_UOPS.contains(&uop.name.as_str()) {
        Some(Leaves::Yield)
    } else {
        None
    };
    let mut names = Names::default();
    let mut inputs = Vec::new();
    for slot in &layout.inputs {
        if slot.item.name.text == "unused" {
            continue;
        }
        let passing = if slot.frame {
            Passing::Frame
        } else if slot.item.size.is_some() {
            Passing::Slice
        } else if slot.passthrough || borrows {
            Passing::Borrowed
        } else {
            Passing::Owned
        };
        inputs.push(Param {
            name: names.take(&slot.item.name.text),
            dsl_name: slot.item.name.text.clone(),
            passing,
            passthrough: slot.passthrough,
        });
    }
    let mut out_arrays = Vec::new();
    let mut returns = Vec::new();
    if leaves.is_none() {
        for slot in layout.outputs.iter().filter(|s| !s.passthrough) {
            let array = slot.item.size.is_some() && !slot.frame;
            let param = Param {
                name: names.take(&slot.item.name.text),
                dsl_name: slot.item.name.text.clone(),
                passing: if slot.frame {
                    Passing::Frame
                } else if array {
                    Passing::Slice
                } else {
                    Passing::Owned
                },
                passthrough: false,
            };
            if array {
                out_arrays.push(param);
            } else {
                returns.push(param);
            }
        }
    }
    let raises = match (p.error_with_pop, p.error_without_pop) {
        (false, false) => Raises::Never,
        (true, false) => Raises::Popping,
        (false, true) => Raises::Keeping,
        (true, true) => Raises::Both,
    };
    Handler {
        uop: uop.name.clone(),
        method: method_name(&uop.name),
        oparg: p.oparg,
        this_instr: p.needs_this,
        opcode: p.uses_opcode,
        caches: uop
            .caches
            .iter()
            .filter(|c| c.name.text != "unused")
            .map(|c| CacheParam {
                name: c.name.text.clone(),
                bits: 16 * c.size.unsigned_abs(),
            })
            .collect(),
        inputs,
        out_arrays,
        returns,
        raises,
        deopts: p.deopts || p.side_exit,
        jumps: p.jumps,
        calls: p.stores_sp || uop.inputs.iter().any(is_frame),
        leaves,
    }
}

/// Gives each parameter a distinct Rust name (`unused`, `unused_2`, ...).
#[derive(Default)]
struct Names(HashSet<String>);

impl Names {
    fn take(&mut self, dsl: &str) -> String {
        let base = match dsl {
            "self" | "type" | "super" | "fn" | "ref" | "move" | "match" | "mod" | "in" | "loop"
            | "impl" => {
                format!("{dsl}_")
            }
            _ => dsl.to_string(),
        };
        let mut name = base.clone();
        let mut n = 2;
        while !self.0.insert(name.clone()) {
            name = format!("{base}_{n}");
            n += 1;
        }
        name
    }
}
