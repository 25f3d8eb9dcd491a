//! Specialized loops: `FOR_ITER_{LIST,TUPLE,RANGE,GEN}` and `SEND_GEN`.
//!
//! Each `FOR_ITER_*` is a check (the iterator is of the exact kind), a jump
//! (exhausted: leave the loop, past `END_FOR`, with the iterator left on the
//! stack) and a fetch. They step the same iterator state that the generic
//! `FOR_ITER` (`Vm::next`) steps, so the two can alternate on one loop.

use super::guards::check;
use crate::interp::frame::Frame;
use crate::interp::generated::{Deopt, Flow};
use crate::object::{IterState, Object, PyErr, Value};
use std::cell::RefCell;

/// The state of a builtin iterator.
fn state(iter: &Value) -> Option<&RefCell<IterState>> {
    match iter.as_obj().map(|o| &**o) {
        Some(Object::Iter(s)) => Some(s),
        _ => None,
    }
}

/// Where the loop exit is: `oparg` past the instruction, plus `END_FOR`.
fn exit(oparg: u32) -> i32 {
    oparg as i32 + 1
}

/// `_ITER_CHECK_LIST`: a list iterator.
pub fn check_list(iter: &Value) -> Result<(), Deopt> {
    check(state(iter).is_some_and(|s| matches!(&*s.borrow(), IterState::List(..))))
}

/// `_ITER_JUMP_LIST`: leaves the loop when the list has no item at the index,
/// marking the iterator finished.
pub fn jump_list(oparg: u32, iter: &Value) -> Flow<()> {
    let Some(s) = state(iter) else {
        return Flow::Next(());
    };
    let mut s = s.borrow_mut();
    if let IterState::List(list, i) = &*s {
        let len = match &**list {
            Object::List(items) => items.borrow().len(),
            _ => 0,
        };
        if *i >= len {
            *s = IterState::Done;
            return Flow::Exit(exit(oparg));
        }
    }
    Flow::Next(())
}

/// `_ITER_NEXT_LIST`: the item at the index, which then advances; leaves the
/// loop if the list has shrunk under the iterator.
pub fn next_list(oparg: u32, iter: &Value) -> Result<Flow<Value>, Deopt> {
    let s = state(iter).ok_or(Deopt)?;
    let mut s = s.borrow_mut();
    let IterState::List(list, i) = &mut *s else {
        return Err(Deopt);
    };
    let item = match &**list {
        Object::List(items) => items.borrow().get(*i).cloned(),
        _ => None,
    };
    match item {
        Some(v) => {
            *i += 1;
            Ok(Flow::Next(v))
        }
        None => {
            *s = IterState::Done;
            Ok(Flow::Exit(exit(oparg)))
        }
    }
}

/// `_ITER_CHECK_TUPLE`: a tuple iterator.
pub fn check_tuple(iter: &Value) -> Result<(), Deopt> {
    check(state(iter).is_some_and(|s| matches!(&*s.borrow(), IterState::Tuple(..))))
}

/// `_ITER_JUMP_TUPLE`: leaves the loop when the index is past the end.
pub fn jump_tuple(oparg: u32, iter: &Value) -> Flow<()> {
    if let Some(s) = state(iter) {
        if let IterState::Tuple(tuple, i) = &*s.borrow() {
            let len = match &**tuple {
                Object::Tuple(items) => items.len(),
                _ => 0,
            };
            if *i >= len {
                return Flow::Exit(exit(oparg));
            }
        }
    }
    Flow::Next(())
}

/// `_ITER_NEXT_TUPLE` (after `_ITER_JUMP_TUPLE` found an item): the item at
/// the index, which then advances.
pub fn next_tuple(iter: &Value) -> Value {
    let Some(s) = state(iter) else {
        return Value::Null;
    };
    let mut s = s.borrow_mut();
    let IterState::Tuple(tuple, i) = &mut *s else {
        return Value::Null;
    };
    let item = match &**tuple {
        Object::Tuple(items) => items.get(*i).cloned(),
        _ => None,
    };
    *i += 1;
    // The jump before this uop leaves the loop when there is no item.
    item.unwrap_or_default()
}

/// `_ITER_CHECK_RANGE`: a range iterator.
pub fn check_range(iter: &Value) -> Result<(), Deopt> {
    check(state(iter).is_some_and(|s| matches!(&*s.borrow(), IterState::Range(..))))
}

/// Whether a range iterator at `next` has items left.
fn range_has_next(next: i64, stop: i64, step: i64) -> bool {
    (step > 0 && next < stop) || (step < 0 && next > stop)
}

/// `_ITER_JUMP_RANGE`: leaves the loop when no item is left.
pub fn jump_range(oparg: u32, iter: &Value) -> Flow<()> {
    if let Some(s) = state(iter) {
        if let IterState::Range(next, stop, step) = &*s.borrow() {
            if !range_has_next(*next, *stop, *step) {
                return Flow::Exit(exit(oparg));
            }
        }
    }
    Flow::Next(())
}

/// `_ITER_NEXT_RANGE` (after `_ITER_JUMP_RANGE` found an item): the current
/// value, then one step further.
pub fn next_range(iter: &Value) -> Result<Value, PyErr> {
    let Some(s) = state(iter) else {
        return Ok(Value::Null);
    };
    let mut s = s.borrow_mut();
    let IterState::Range(next, _, step) = &mut *s else {
        return Ok(Value::Null);
    };
    let v = *next;
    *next = next.saturating_add(*step);
    Ok(Value::Int(v))
}

/// `_FOR_ITER_GEN_FRAME` / `_SEND_GEN_FRAME`: resumes an exact generator (or
/// coroutine) in line, its frame pushed on top of this one. The generator
/// module keeps a suspended generator's frame to itself and resumes it through
/// `Vm::next`, so this in-line resumption cannot be made here: the guard
/// deoptimizes, and the generic `FOR_ITER` / `SEND` resume the generator.
pub fn gen_frame(receiver: &Value) -> Result<Box<Frame>, Deopt> {
    let _ = receiver;
    Err(Deopt)
}
