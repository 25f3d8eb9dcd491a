//! `except*`: CPython compiles
//!
//! ```text
//! try: body
//! except* T1: h1
//! except* T2: h2
//! ```
//!
//! into a handler that keeps the caught exception `orig`, a list of what the
//! clauses raised, and the unhandled `rest`. Each clause runs
//! `CHECK_EG_MATCH`, which splits `rest` by its type into `(rest, match)`;
//! a clause runs when `match` is not `None`, and what it raises (or
//! re-raises) is appended to the list. At the end the `PREP_RERAISE_STAR`
//! intrinsic combines the list and the final `rest` into the exception to
//! re-raise, if any.
//!
//! A bare exception caught by `except*` is wrapped into
//! `ExceptionGroup('', (exc,))` whose traceback is the frame at the
//! `CHECK_EG_MATCH` of the clause. Handlers get no instruction position, so
//! each frame keeps a [`StarCursor`]: the handler the frame last jumped to and
//! how many `CHECK_EG_MATCH` ran since; the clause's instruction is found by
//! following the clause chain in the code from that handler.

use super::split::{exception_matches, is_exception_class, Matcher};
use super::{exc_data, is_group, members};
use crate::interp::generated::Opcode;
use crate::interp::Vm;
use crate::object::exception::{ExceptionData, TracebackEntry};
use crate::object::{Object, PyResult, TypeObject, Value};
use std::cell::Cell;
use std::collections::HashSet;

/// Where a frame is in the `except*` clauses of the handler it last entered.
#[derive(Clone, Copy, Default)]
pub struct StarCursor {
    /// The code unit of the exception handler the frame last jumped to.
    handler: usize,
    /// How many `CHECK_EG_MATCH` ran in the frame since then.
    clause: usize,
}

impl StarCursor {
    /// The frame's exception handler at code unit `target` starts running.
    pub fn caught(&mut self, target: usize) {
        *self = StarCursor {
            handler: target,
            clause: 0,
        };
    }
}

const CANNOT_CATCH: &str = "catching classes that do not inherit from BaseException is not allowed";
const CANNOT_EXCEPT_STAR_EG: &str =
    "catching ExceptionGroup with except* is not allowed. Use except instead.";

impl Vm {
    /// `CHECK_EG_MATCH`: splits the exception `exc_value` by the `except*`
    /// type `match_type` into `(rest, match)`. A non-`None` match becomes the
    /// handled exception.
    pub fn check_eg_match(
        &mut self,
        exc_value: Value,
        match_type: Value,
    ) -> PyResult<(Value, Value)> {
        let clause = {
            let cursor = &mut self.frame_mut().star;
            let clause = cursor.clause;
            cursor.clause = clause.saturating_add(1);
            clause
        };
        self.check_except_star_type(&match_type)?;
        let (matched, rest) = self.split_for_except_star(&exc_value, &match_type, clause)?;
        if !matches!(matched, Value::None) {
            self.handled = matched.clone();
        }
        Ok((rest, matched))
    }

    /// The type of an `except*` clause must be an exception class or a tuple
    /// of them, and no exception group class.
    fn check_except_star_type(&self, spec: &Value) -> PyResult<()> {
        let classes: Vec<Value> = match spec.as_obj().map(|o| &**o) {
            Some(Object::Tuple(items)) => items.to_vec(),
            _ => vec![spec.clone()],
        };
        if !classes.iter().all(|c| is_exception_class(self, c)) {
            return Err(self.type_error(CANNOT_CATCH));
        }
        let group = self.classes.named("BaseExceptionGroup");
        let is_group_class = classes
            .iter()
            .any(|c| c.as_obj().is_some_and(|c| TypeObject::is_subtype(c, group)));
        if is_group_class {
            return Err(self.type_error(CANNOT_EXCEPT_STAR_EG));
        }
        Ok(())
    }

    /// `(match, rest)` of `exc_value` for an `except*` clause.
    fn split_for_except_star(
        &mut self,
        exc_value: &Value,
        spec: &Value,
        clause: usize,
    ) -> PyResult<(Value, Value)> {
        if matches!(exc_value, Value::None) {
            return Ok((Value::None, Value::None));
        }
        if exception_matches(self, exc_value, spec) {
            if is_group(self, exc_value) {
                return Ok((exc_value.clone(), Value::None));
            }
            let wrapped = self.make_group("", Value::tuple(vec![exc_value.clone()]))?;
            if let Some(at) = self.clause_position(clause) {
                let code = self.frame().code.clone();
                if let Some(e) = exc_data(&wrapped) {
                    e.traceback.borrow_mut().push(TracebackEntry {
                        code,
                        at,
                        locals: None,
                    });
                }
            }
            return Ok((wrapped, Value::None));
        }
        if !is_group(self, exc_value) {
            return Ok((Value::None, exc_value.clone()));
        }
        let split = self.getattr(exc_value, "split")?;
        let pair = self.call(&split, std::slice::from_ref(spec), &[])?;
        let type_name = self.classes.type_name(exc_value);
        match pair.as_obj().map(|o| &**o) {
            Some(Object::Tuple(items)) if items.len() >= 2 => {
                Ok((items[0].clone(), items[1].clone()))
            }
            Some(Object::Tuple(items)) => Err(self.type_error(format!(
                "{type_name}.split must return a 2-tuple, got tuple of size {}",
                items.len()
            ))),
            _ => Err(self.type_error(format!(
                "{type_name}.split must return a tuple, not {}",
                self.classes.type_name(&pair)
            ))),
        }
    }

    /// The code unit of the `CHECK_EG_MATCH` of clause `clause` (from 0) of
    /// the `except*` handler the running frame last entered.
    fn clause_position(&self, clause: usize) -> Option<usize> {
        let frame = self.frame();
        let units = &frame.code.units;
        let mut at = next_check(units, frame.star.handler)?;
        for _ in 0..clause {
            at = next_clause(units, at)?;
        }
        Some(at)
    }

    /// `PREP_RERAISE_STAR`: what an `except*` statement re-raises, from the
    /// exception it caught (`orig`) and the list of what its clauses raised
    /// or re-raised, ending with the unhandled rest (`None` entries are
    /// skipped). Exceptions the clauses raised anew are combined with the
    /// re-raised part of `orig` (kept in `orig`'s structure) into
    /// `ExceptionGroup('', [...])`; `None` when nothing is left.
    pub fn prep_reraise_star(&mut self, orig: Value, excs: Value) -> PyResult<Value> {
        let items = match excs.as_obj().map(|o| &**o) {
            Some(Object::List(items)) => items.borrow().clone(),
            _ => {
                return Err(self.new_error(
                    "SystemError",
                    "PREP_RERAISE_STAR expects a list of exceptions",
                ))
            }
        };
        if items.is_empty() {
            return Ok(Value::None);
        }
        if !is_group(self, &orig) {
            // A bare exception was caught (and wrapped): only one clause
            // can have run, so there is at most one exception to raise.
            return Ok(items[0].clone());
        }
        let mut raised = Vec::new();
        let mut reraised = Vec::new();
        for e in items {
            if matches!(e, Value::None) {
                continue;
            }
            if same_metadata(&e, &orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let reraised = self.group_projection(&orig, &reraised)?;
        if raised.is_empty() {
            return Ok(reraised);
        }
        if !matches!(reraised, Value::None) {
            raised.push(reraised);
        }
        if raised.len() > 1 {
            let group = self.make_group("", Value::list(raised))?;
            // Re-raised as it is: it has no context, and none is added
            // when it leaves the frame.
            if let Some(e) = exc_data(&group) {
                *e.context.borrow_mut() = Value::None;
            }
            Ok(group)
        } else {
            Ok(raised.swap_remove(0))
        }
    }

    /// The part of group `eg` whose leaves are leaves of the exceptions in
    /// `keep` (or `None`).
    fn group_projection(&mut self, eg: &Value, keep: &[Value]) -> PyResult<Value> {
        let mut ids = HashSet::new();
        for e in keep {
            collect_leaf_ids(self, e, &mut ids);
        }
        let parts = self.split_group(eg, &Matcher::Ids(ids), false)?;
        Ok(parts.matched.unwrap_or(Value::None))
    }
}

/// Adds the identities of the leaf exceptions of `exc` (itself, when it is
/// not a group) to `ids`.
fn collect_leaf_ids(vm: &Vm, exc: &Value, ids: &mut HashSet<i64>) {
    let mut pending = vec![exc.clone()];
    while let Some(e) = pending.pop() {
        if matches!(e, Value::None) {
            continue;
        }
        if is_group(vm, &e) {
            pending.extend(members(&e).into_iter().rev());
        } else {
            ids.insert(e.id());
        }
    }
}

/// Whether two exceptions have the same traceback, cause and context: a
/// clause re-raised (part of) the original exception rather than raising a
/// new one. (Notes are not compared: CPython keeps them in `__dict__`, and a
/// split copies them.)
fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Some(a), Some(b)) = (exc_data(a), exc_data(b)) else {
        return false;
    };
    same_traceback(a, b)
        && a.cause.borrow().is(&b.cause.borrow())
        && a.context.borrow().is(&b.context.borrow())
}

fn same_traceback(a: &ExceptionData, b: &ExceptionData) -> bool {
    let (a, b) = (a.traceback.borrow(), b.traceback.borrow());
    a.len() == b.len()
        && a.iter()
            .zip(b.iter())
            .all(|(x, y)| x.at == y.at && std::rc::Rc::ptr_eq(&x.code, &y.code))
}

/// One instruction: its opcode (unspecialized), argument (with
/// `EXTENDED_ARG` prefixes applied) and where the next one starts.
struct Inst {
    op: Opcode,
    arg: u32,
    at: usize,
    next: usize,
}

fn decode(units: &[Cell<u16>], at: usize) -> Option<Inst> {
    let mut i = at;
    let mut arg = 0u32;
    loop {
        let unit = units.get(i)?.get();
        let op = Opcode::from_u8((unit & 0xff) as u8)?.deopt();
        arg = (arg << 8) | u32::from(unit >> 8);
        if op == Opcode::EXTENDED_ARG {
            i += 1;
            continue;
        }
        return Some(Inst {
            op,
            arg,
            at: i,
            next: i + op.size(),
        });
    }
}

/// The first `CHECK_EG_MATCH` from code unit `from`, unless the end of an
/// `except*` statement (its `PREP_RERAISE_STAR`) comes first.
fn next_check(units: &[Cell<u16>], from: usize) -> Option<usize> {
    let mut at = from;
    loop {
        let inst = decode(units, at)?;
        match inst.op {
            Opcode::CHECK_EG_MATCH => return Some(inst.at),
            Opcode::CALL_INTRINSIC_2 if inst.arg == 1 => return None,
            _ => at = inst.next,
        }
    }
}

/// The `CHECK_EG_MATCH` of the clause after the one at `check`: a clause is
/// `CHECK_EG_MATCH; COPY 1; POP_JUMP_IF_NONE next`, where `next` starts the
/// following clause (or the end of the statement).
fn next_clause(units: &[Cell<u16>], check: usize) -> Option<usize> {
    let copy = decode(units, decode(units, check)?.next)?;
    let jump = decode(units, copy.next)?;
    if copy.op != Opcode::COPY || jump.op != Opcode::POP_JUMP_IF_NONE {
        return None;
    }
    next_check(units, jump.next.checked_add(jump.arg as usize)?)
}
