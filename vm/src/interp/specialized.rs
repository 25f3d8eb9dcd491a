//! The uops of CPython's specialized instructions (`BINARY_OP_ADD_INT`,
//! `LOAD_ATTR_INSTANCE_VALUE`, `CALL_PY_EXACT_ARGS`, `FOR_ITER_RANGE`, ...).
//!
//! This VM never rewrites instructions, so these run only when a `.pyc` holds
//! them (or a later specializer writes them). Each is still real:
//!
//! - a guard (`DEOPT_IF`/`EXIT_IF`) checks its condition on our object model and
//!   returns [`Deopt`] when it does not hold; the dispatch loop then re-runs the
//!   family head (the generic instruction) on the unchanged stack;
//! - a fast path computes what the generic instruction computes, mostly by
//!   delegating to the same protocol (`Vm::binary_op`, `Vm::compare`,
//!   `Vm::getitem`, `Vm::call`, ...).
//!
//! Guards on version tags (type versions, dict keys versions, function
//! versions) are decided by [`version_is_current`]: this VM keeps no version
//! counters, so no cached tag can be shown to be current and those guards always
//! deoptimize. The uops that follow such a guard are written as if it had
//! passed: where CPython reads an object through a cached pointer, they find the
//! same object by name instead (`co_names[oparg >> 1]` along the type's MRO).
//!
//! Two uops stay opted out in `mod.rs`, as no behaviour fits their signatures:
//! `_LOAD_ATTR_CLASS` pushes the object CPython cached in `descr` (an address)
//! and has no oparg to find it by name, and `_STORE_ATTR_INSTANCE_VALUE` writes
//! an inline value slot at a byte offset, without the attribute's name, and our
//! instances have no such slots. `LOAD_ATTR_CLASS`,
//! `LOAD_ATTR_CLASS_WITH_METACLASS_CHECK` and `STORE_ATTR_INSTANCE_VALUE`
//! therefore raise `SystemError` when executed.
//!
//! The submodules group the uops by family: [`guards`] (exact-type guards),
//! [`arith`] (`TO_BOOL_*`, `BINARY_OP_*` arithmetic, `COMPARE_OP_*`,
//! `CONTAINS_OP_*`), [`subscr`] (subscripts and `UNPACK_SEQUENCE_*`),
//! [`attrs`] (`LOAD_GLOBAL_*`, `LOAD_ATTR_*`, `STORE_ATTR_*`,
//! `LOAD_SUPER_ATTR_*`), [`iter`] (`FOR_ITER_*`, `SEND_GEN`) and [`calls`]
//! (`CALL_*`, `CALL_KW_*` and the frames they push).

pub mod arith;
pub mod attrs;
pub mod calls;
pub mod guards;
pub mod iter;
pub mod subscr;

use super::generated::Deopt;
use super::Vm;
use crate::object::Value;

/// The kinds of version tag that CPython's specializer copies into inline caches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionKind {
    /// `tp_version_tag` of a type (`_GUARD_TYPE_VERSION`, `_CHECK_ATTR_CLASS`, ...).
    Type,
    /// `dk_version` of a dict's keys (`_GUARD_GLOBALS_VERSION`, `_GUARD_KEYS_VERSION`, ...).
    DictKeys,
    /// `func_version` of a function (`_CHECK_FUNCTION_VERSION`, ...).
    Function,
}

/// Whether a version tag read from an inline cache is the current version of
/// the object being guarded.
///
/// CPython assigns these tags from per-interpreter counters and invalidates them
/// when a type, a dict's keys or a function changes; its specializer copies
/// them into the caches. This VM keeps no such counters and never fills the
/// caches (a `.pyc` carries them zeroed, and CPython's tag 0 means "no
/// version"), so no cached tag can be vouched for: the answer is always `false`,
/// which makes every version guard deoptimize to the generic instruction.
pub fn version_is_current(kind: VersionKind, cached: u64) -> bool {
    let _ = (kind, cached);
    false
}

/// Deoptimizes unless the version tag is current (see [`version_is_current`]).
pub fn check_version(kind: VersionKind, cached: u64) -> Result<(), Deopt> {
    guards::check(version_is_current(kind, cached))
}

/// `co_names[i]` of the running code as Rust text (empty when out of range).
pub fn co_name(vm: &Vm, i: u32) -> String {
    vm.frame()
        .code
        .names
        .get(i as usize)
        .and_then(|n| n.as_str())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `RESUME_CHECK`: nothing is pending (this VM has no eval breaker) and
/// instrumentation never changes (no monitoring tools), so it always passes.
pub fn resume_check() -> Result<(), Deopt> {
    Ok(())
}

/// `LOAD_CONST_MORTAL` / `LOAD_CONST_IMMORTAL`: `co_consts[oparg]`, as `LOAD_CONST`.
pub fn load_const(vm: &Vm, oparg: u32) -> Value {
    vm.frame()
        .code
        .consts
        .get(oparg as usize)
        .cloned()
        .unwrap_or_default()
}

/// `_JIT` (`JUMP_BACKWARD_JIT`): this VM has no second tier, so no trace is
/// ever built; the backward jump itself was made by the uop before.
pub fn jit() -> Result<(), crate::object::PyErr> {
    Ok(())
}
