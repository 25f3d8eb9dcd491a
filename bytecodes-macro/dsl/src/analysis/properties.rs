//! Uop properties derived from the names a definition uses, and the flags they give.

use crate::ast::{Annotation, UopDef};
use crate::lexer::{Token, TokenKind};
use std::collections::HashSet;

/// Which generation of CPython's analyzer rules applies to a file.
///
/// CPython 3.14 moved the shared error labels into the instruction file and
/// changed a few property rules and the opcode layout at the same time, so a file
/// that defines labels is read with 3.14's rules and one without with 3.13's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dialect {
    /// CPython 3.13: `CHECK_EVAL_BREAKER`, `SETLOCAL`, `PyCell_GET`/`PyCell_SET`,
    /// the `pop_1_error`/`resume_with_error` labels carry meaning; `RESUME` is 149;
    /// the pass-through and `oparg & 1` flags exist.
    V3_13,
    /// CPython 3.14 and later: the rules of the DSL guide; `RESUME` is 128.
    V3_14,
}

/// The properties CPython's analyzer derives for a uop, or combines for an instruction.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Properties {
    /// Uses `oparg`.
    pub oparg: bool,
    /// Uses `JUMPBY`.
    pub jumps: bool,
    /// Polls the eval breaker.
    pub eval_breaker: bool,
    /// Uses `DEOPT_IF`.
    pub deopts: bool,
    /// Uses `EXIT_IF`.
    pub side_exit: bool,
    /// Can raise after popping its inputs (`ERROR_IF`).
    pub error_with_pop: bool,
    /// Can raise with its inputs still on the stack (`ERROR_NO_POP`).
    pub error_without_pop: bool,
    /// Calls a function that may run arbitrary code (an approximation; see [`escapes`]).
    pub escapes: bool,
    /// Uses `FRAME_CO_CONSTS`.
    pub uses_co_consts: bool,
    /// Uses `FRAME_CO_NAMES`.
    pub uses_co_names: bool,
    /// Uses `GETLOCAL` (and is not a cell op).
    pub uses_locals: bool,
    /// Works on cells.
    pub has_free: bool,
    /// Annotated `pure`.
    pub pure: bool,
    /// `Some(1)` for `specializing`/`tier1`, `Some(2)` for `tier2`.
    pub tier: Option<u8>,
    /// Uses `this_instr`.
    pub needs_this: bool,
    /// Leaves the instruction on every path at the top level of its body.
    pub always_exits: bool,
    /// Uses `SYNC_SP`.
    pub stores_sp: bool,
    /// Uses `opcode`.
    pub uses_opcode: bool,
    /// Annotated `no_save_ip`.
    pub no_save_ip: bool,
    /// Uses `prev_instr`.
    pub needs_prev: bool,
    /// 3.13 only: only peeks at its stack and cannot fail.
    pub passthrough: bool,
    /// 3.13 only: has a stack item conditional on `oparg & 1`.
    pub oparg_and_1: bool,
}

const EXITS: &[&str] = &[
    "DISPATCH",
    "DISPATCH_INLINED",
    "DISPATCH_GOTO",
    "Py_UNREACHABLE",
];

/// Identifiers whose calls never run arbitrary code: the DSL's own macros, C
/// keywords that look like calls, and stack-reference and assertion helpers.
const NON_ESCAPING: &[&str] = &[
    "if",
    "while",
    "for",
    "switch",
    "return",
    "sizeof",
    "assert",
    "DEOPT_IF",
    "EXIT_IF",
    "ERROR_IF",
    "ERROR_NO_POP",
    "JUMPBY",
    "DISPATCH",
    "DISPATCH_INLINED",
    "DISPATCH_GOTO",
    "GETLOCAL",
    "SETLOCAL",
    "DEAD",
    "SYNC_SP",
    "INSTRUCTION_SIZE",
    "SKIP_OVER",
    "LOAD_IP",
    "SAVE_IP",
    "Py_UNREACHABLE",
    "CHECK_EVAL_BREAKER",
    "Py_INCREF",
    "Py_XINCREF",
    "Py_NewRef",
    "Py_XNewRef",
    "Py_TYPE",
    "Py_SIZE",
    "Py_IsNone",
    "Py_IsTrue",
    "Py_IsFalse",
    "INLINE_CACHE_ENTRIES",
];

impl Properties {
    /// Derives a uop's properties from its definition.
    pub fn of_uop(def: &UopDef, dialect: Dialect) -> Properties {
        let body: HashSet<&str> = identifiers(&def.body.tokens).collect();
        let uses = |name: &str| body.contains(name);
        let annotated = |name: &str| def.annotations.iter().any(|a| a.name.text == name);
        let in_header = identifiers(&def.header).any(|n| n == "oparg");
        let modern = dialect == Dialect::V3_14;

        let cell_names: &[&str] = if modern {
            &[
                "PyCell_New",
                "PyCell_GetRef",
                "PyCell_SetTakeRef",
                "PyCell_SwapTakeRef",
            ]
        } else {
            &["PyCell_New", "PyCell_GET", "PyCell_SET"]
        };
        let has_free = cell_names.iter().any(|n| uses(n));
        let legacy_error = !modern && (uses("pop_1_error") || uses("resume_with_error"));
        let unwinds = uses("exception_unwind") || legacy_error;
        let error_with_pop = uses("ERROR_IF") || unwinds;
        let error_without_pop = uses("ERROR_NO_POP") || unwinds;
        let locals = uses("GETLOCAL") || (!modern && uses("SETLOCAL"));
        let eval_breaker = if modern {
            def.name.text.contains("CHECK_PERIODIC")
        } else {
            uses("CHECK_EVAL_BREAKER")
        };
        let mut props = Properties {
            oparg: uses("oparg") || in_header,
            jumps: uses("JUMPBY"),
            eval_breaker,
            deopts: uses("DEOPT_IF"),
            side_exit: uses("EXIT_IF"),
            error_with_pop,
            error_without_pop,
            escapes: escapes(&def.body.tokens),
            uses_co_consts: uses("FRAME_CO_CONSTS"),
            uses_co_names: uses("FRAME_CO_NAMES"),
            uses_locals: locals && !has_free,
            has_free,
            pure: annotated("pure"),
            tier: tier(&def.annotations),
            needs_this: uses("this_instr"),
            always_exits: always_exits(&def.body.tokens),
            stores_sp: uses("SYNC_SP"),
            uses_opcode: uses("opcode"),
            no_save_ip: annotated("no_save_ip"),
            needs_prev: uses("prev_instr"),
            passthrough: false,
            oparg_and_1: false,
        };
        if !modern {
            props.passthrough = only_peeks(def) && !error_with_pop && !error_without_pop;
            props.oparg_and_1 = def
                .effect
                .stack_inputs()
                .chain(&def.effect.outputs)
                .filter_map(|item| item.cond_text.as_deref())
                .any(|cond| {
                    cond.trim_start_matches(['(', ' '])
                        .replace(' ', "")
                        .starts_with("oparg&1")
                });
        }
        props
    }

    /// Combines the properties of an instruction's uops: any of them, except
    /// `pure`, `no_save_ip` and `passthrough`, which need all.
    pub fn combine<'a>(parts: impl IntoIterator<Item = &'a Properties>) -> Properties {
        let mut out = Properties {
            pure: true,
            no_save_ip: true,
            passthrough: true,
            ..Default::default()
        };
        let mut any = false;
        for p in parts {
            any = true;
            out.oparg |= p.oparg;
            out.jumps |= p.jumps;
            out.eval_breaker |= p.eval_breaker;
            out.deopts |= p.deopts;
            out.side_exit |= p.side_exit;
            out.error_with_pop |= p.error_with_pop;
            out.error_without_pop |= p.error_without_pop;
            out.escapes |= p.escapes;
            out.uses_co_consts |= p.uses_co_consts;
            out.uses_co_names |= p.uses_co_names;
            out.uses_locals |= p.uses_locals;
            out.has_free |= p.has_free;
            out.pure &= p.pure;
            out.needs_this |= p.needs_this;
            out.always_exits |= p.always_exits;
            out.stores_sp |= p.stores_sp;
            out.uses_opcode |= p.uses_opcode;
            out.no_save_ip &= p.no_save_ip;
            out.needs_prev |= p.needs_prev;
            out.passthrough &= p.passthrough;
            out.oparg_and_1 |= p.oparg_and_1;
        }
        if !any {
            out.pure = false;
            out.no_save_ip = false;
            out.passthrough = false;
        }
        out
    }

    /// Whether the uop or instruction can raise.
    pub fn can_error(&self) -> bool {
        self.error_with_pop || self.error_without_pop
    }

    /// The metadata flags, in the order of CPython's table.
    pub fn flags(&self, dialect: Dialect) -> Vec<&'static str> {
        let modern = dialect == Dialect::V3_14;
        [
            (self.oparg, "HAS_ARG_FLAG"),
            (self.uses_co_consts, "HAS_CONST_FLAG"),
            (self.uses_co_names, "HAS_NAME_FLAG"),
            (self.jumps, "HAS_JUMP_FLAG"),
            (self.has_free, "HAS_FREE_FLAG"),
            (self.uses_locals, "HAS_LOCAL_FLAG"),
            (self.eval_breaker, "HAS_EVAL_BREAK_FLAG"),
            (self.deopts, "HAS_DEOPT_FLAG"),
            (self.side_exit, "HAS_EXIT_FLAG"),
            (self.can_error(), "HAS_ERROR_FLAG"),
            (self.error_without_pop, "HAS_ERROR_NO_POP_FLAG"),
            (self.escapes, "HAS_ESCAPES_FLAG"),
            (self.pure, "HAS_PURE_FLAG"),
            (!modern && self.passthrough, "HAS_PASSTHROUGH_FLAG"),
            (!modern && self.oparg_and_1, "HAS_OPARG_AND_1_FLAG"),
            (modern && self.no_save_ip, "HAS_NO_SAVE_IP_FLAG"),
        ]
        .into_iter()
        .filter_map(|(on, flag)| on.then_some(flag))
        .collect()
    }
}

/// Every flag name a pseudo-op may declare (without the `_FLAG` suffix).
pub const FLAG_NAMES: &[&str] = &[
    "HAS_ARG",
    "HAS_CONST",
    "HAS_NAME",
    "HAS_JUMP",
    "HAS_FREE",
    "HAS_LOCAL",
    "HAS_EVAL_BREAK",
    "HAS_DEOPT",
    "HAS_EXIT",
    "HAS_ERROR",
    "HAS_ERROR_NO_POP",
    "HAS_ESCAPES",
    "HAS_PURE",
    "HAS_PASSTHROUGH",
    "HAS_OPARG_AND_1",
    "HAS_NO_SAVE_IP",
];

fn identifiers(tokens: &[Token]) -> impl Iterator<Item = &str> {
    tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Ident)
        .map(|t| t.text.as_str())
}

fn tier(annotations: &[Annotation]) -> Option<u8> {
    annotations.iter().find_map(|a| match a.name.text.as_str() {
        "specializing" => Some(1),
        t => t.strip_prefix("tier").and_then(|d| d.parse().ok()),
    })
}

/// Whether the body leaves on every path: a `goto`, `return`, dispatch or
/// unconditional `DEOPT_IF`/`ERROR_IF` at its top level.
fn always_exits(body: &[Token]) -> bool {
    let mut depth = 0i32;
    let mut tokens = body.iter().peekable();
    while let Some(t) = tokens.next() {
        if t.is_punct("{") {
            depth += 1;
        } else if t.is_punct("}") {
            depth -= 1;
        } else if depth > 1 || t.kind != TokenKind::Ident {
            continue;
        } else if t.text == "goto" || t.text == "return" || EXITS.contains(&t.text.as_str()) {
            return true;
        } else if t.text == "DEOPT_IF" || t.text == "ERROR_IF" {
            tokens.next();
            if tokens
                .peek()
                .is_some_and(|a| a.text == "true" || a.text == "1")
            {
                return true;
            }
        }
    }
    false
}

/// An approximation of CPython's escape analysis: the body calls a function
/// that is not one of the DSL's macros or a known non-escaping helper.
fn escapes(body: &[Token]) -> bool {
    body.windows(2).any(|w| {
        w[0].kind == TokenKind::Ident
            && w[1].is_punct("(")
            && !NON_ESCAPING.contains(&w[0].text.as_str())
            && !w[0].text.starts_with("PyStackRef_")
            && !w[0]
                .text
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
    })
}

/// 3.13's pass-through test: the stack inputs and outputs are the same items.
fn only_peeks(def: &UopDef) -> bool {
    let inputs: Vec<_> = def.effect.stack_inputs().collect();
    let outputs = &def.effect.outputs;
    if inputs.is_empty() || inputs.len() != outputs.len() {
        return false;
    }
    if inputs.iter().any(|i| i.cond.is_some()) || outputs.iter().any(|o| o.cond.is_some()) {
        return false;
    }
    inputs
        .iter()
        .zip(outputs)
        .all(|(i, o)| i.name.text == o.name.text && i.type_ == o.type_ && i.size == o.size)
}
