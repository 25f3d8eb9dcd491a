//! The uops of CPython's instrumented instructions (`INSTRUMENTED_*`), which
//! `sys.monitoring` swaps in while a tool listens for events.
//!
//! This VM supports no monitoring tools, so no event ever has a listener: each
//! uop does its base instruction's work and fires nothing, and no callback can
//! move the instruction pointer.
//!
//! Some instrumented instructions cannot be expressed this way and stay opted
//! out in `mod.rs`: `INSTRUMENTED_LINE` and `INSTRUMENTED_INSTRUCTION` must run
//! the original instruction they replaced (kept in CPython's monitoring data,
//! which we do not have, and their signatures cannot re-dispatch), and
//! `INSTRUMENTED_JUMP_FORWARD`, `INSTRUMENTED_POP_JUMP_IF_*` and
//! `_MONITOR_JUMP_BACKWARD` jump through the `INSTRUMENTED_JUMP` macro, which
//! the DSL does not count as a jump, so their signatures cannot jump.

use super::frame::Frame;
use super::generated::{Call, Flow, Uops};
use super::Vm;
use crate::object::{PyErr, Value};

/// `_MONITOR_RESUME`: the `PY_START`/`PY_RESUME` event has no listener.
pub fn monitor_resume() -> Result<(), PyErr> {
    Ok(())
}

/// `INSTRUMENTED_END_FOR`: as `END_FOR`, the value is dropped (the
/// `STOP_ITERATION` event of a generator has no listener).
pub fn end_for(receiver: &Value, value: Value) -> Result<(), PyErr> {
    let _ = (receiver, value);
    Ok(())
}

/// `INSTRUMENTED_POP_ITER`: as `POP_ITER`, the iterator is dropped (the
/// `BRANCH_RIGHT` event has no listener).
pub fn pop_iter(iter: Value) {
    let _ = iter;
}

/// `INSTRUMENTED_END_SEND`: as `END_SEND`, the value replaces the receiver.
pub fn end_send(receiver: Value, value: Value) -> Result<Value, PyErr> {
    let _ = receiver;
    Ok(value)
}

/// `_RETURN_VALUE_EVENT` / `_YIELD_VALUE_EVENT`: the `PY_RETURN`/`PY_YIELD`
/// event has no listener; the value stays for the base instruction.
pub fn value_event(val: &Value) -> Result<(), PyErr> {
    let _ = val;
    Ok(())
}

/// `_MONITOR_END_ASYNC_FOR`: the `BRANCH_RIGHT` event has no listener.
pub fn monitor_end_async_for() {}

/// `INSTRUMENTED_FOR_ITER`: `FOR_ITER` (the `BRANCH_LEFT`/`BRANCH_RIGHT`
/// events have no listener).
pub fn for_iter(
    vm: &mut Vm,
    this_instr: usize,
    oparg: u32,
    iter: &mut Value,
) -> Result<Flow<Value>, PyErr> {
    <Vm as Uops>::for_iter(vm, this_instr, oparg, iter)
}

/// `_MONITOR_CALL`: the `CALL` event has no listener; the call follows.
pub fn monitor_call() -> Result<Call<(), Box<Frame>>, PyErr> {
    Ok(Call::Done(()))
}

/// `_MONITOR_CALL_KW`: the `CALL` event has no listener; the call follows.
pub fn monitor_call_kw() -> Result<(), PyErr> {
    Ok(())
}

/// `INSTRUMENTED_NOT_TAKEN`: as `NOT_TAKEN`, nothing (the `BRANCH_LEFT` event
/// has no listener).
pub fn not_taken() {}
