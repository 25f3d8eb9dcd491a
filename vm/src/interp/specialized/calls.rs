//! Specialized calls: `CALL_*`, `CALL_KW_*`, `BINARY_OP_SUBSCR_GETITEM` and
//! `CALL_ALLOC_AND_ENTER_INIT`, and the frames they push.
//!
//! Python functions with a plain positional signature get their frame built
//! here (arguments straight into the first locals, as `_INIT_CALL_PY_EXACT_ARGS`
//! does); everything else goes through `Vm::prepare_call`, as the generic `CALL`
//! does. Our builtins have a single calling convention, so CPython's `METH_*`
//! flag checks have no counterpart: the guards check what our objects can tell
//! (a builtin function, an unbound builtin method of the argument's exact type,
//! the argument count) and the call itself is the generic one.
//!
//! A uop whose signature promises a frame but whose callee turns out not to be
//! Python code (only possible if the guards before it were bypassed) returns a
//! small shim frame that hands over the call's result or re-raises its error,
//! so the outcome is still the generic call's.

use super::guards::{check, is_function, is_method, obj};
use super::{check_version, VersionKind};
use crate::code::Code;
use crate::interp::call::Called;
use crate::interp::frame::Frame;
use crate::interp::generated::{Call, Deopt, DeoptOr, Opcode};
use crate::interp::Vm;
use crate::marshal::{local_kind, CodeData, PyStr, CO_VARARGS, CO_VARKEYWORDS};
use crate::object::types::{lookup, type_data, Builtin as Kind};
use crate::object::{Dict, Function, Instance, Object, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The positional arguments of a call: `self` (unless NULL), then `args`.
fn all_args(self_or_null: Value, args: &mut [Value]) -> Vec<Value> {
    let mut all = Vec::with_capacity(args.len() + 1);
    if !self_or_null.is_null() {
        all.push(self_or_null);
    }
    all.extend(args.iter_mut().map(std::mem::take));
    all
}

/// The number of positional arguments including a non-NULL `self`.
fn total_args(self_or_null: &Value, args: &[Value]) -> usize {
    args.len() + usize::from(!self_or_null.is_null())
}

/// Whether another Python frame may be pushed (the generic call raises
/// `RecursionError` otherwise).
fn has_recursion_room(vm: &Vm) -> bool {
    vm.frames.len() + 1 < crate::interp::RECURSION_LIMIT
}

/// The function, when `func` is a Python function whose parameters are exactly
/// `argc` plain positional ones (no keyword-only parameters, no `*args` or
/// `**kwargs`), so that binding is copying the arguments into its first locals.
fn simple_function(func: &Value, argc: usize) -> Option<&Function> {
    let Some(Object::Function(f)) = obj(func) else {
        return None;
    };
    let data = &f.code.data;
    let plain = data.argcount as usize == argc
        && data.kwonlyargcount == 0
        && data.flags & (CO_VARARGS | CO_VARKEYWORDS) == 0
        && f.code.nlocalsplus() >= argc;
    plain.then_some(f)
}

/// A frame for a function of plain positional signature taking exactly these
/// arguments; the arguments come back when `func` is not one.
pub fn simple_frame(vm: &mut Vm, func: &Value, args: Vec<Value>) -> Result<Box<Frame>, Vec<Value>> {
    let (Some(f), Some(func_obj)) = (simple_function(func, args.len()), func.as_obj()) else {
        return Err(args);
    };
    if !has_recursion_room(vm) {
        return Err(args);
    }
    let (code, globals, func_obj) = (f.code.clone(), f.globals.clone(), func_obj.clone());
    let mut frame = vm.new_frame(code, globals, None, Some(func_obj));
    for (slot, arg) in frame.fast.iter_mut().zip(args) {
        *slot = arg;
    }
    Ok(frame)
}

/// A code object of two instructions, `LOAD_FAST 0` and then `last`, with one
/// local: the body of the shim frames.
fn shim_code(last: Opcode) -> Option<Rc<Code>> {
    let units = [Opcode::LOAD_FAST as u8, 0, last as u8, 0];
    let name = Rc::new(PyStr::new("<call>"));
    let data = CodeData {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 1,
        flags: 0,
        code: Rc::from(units.as_slice()),
        consts: Rc::from(Vec::new()),
        names: Rc::from(Vec::new()),
        localsplusnames: Rc::from(vec![Rc::new(PyStr::new("outcome"))]),
        localspluskinds: Rc::from(vec![local_kind::LOCAL]),
        filename: name.clone(),
        name: name.clone(),
        qualname: name,
        firstlineno: 0,
        linetable: Rc::from(Vec::new()),
        exceptiontable: Rc::from(Vec::new()),
    };
    Code::new(Rc::new(data)).ok()
}

/// A frame that delivers an outcome computed already: it returns the value, or
/// re-raises the error (with `RERAISE`, so that it adds no traceback entry).
pub fn outcome_frame(vm: &Vm, outcome: PyResult<Value>) -> Box<Frame> {
    let (last, value) = match outcome {
        Ok(v) => (Opcode::RETURN_VALUE, v),
        Err(e) => (Opcode::RERAISE, e.0),
    };
    // Building this fixed code cannot fail; should it, the frame runs the
    // caller's code object with no instructions executed (an empty loop exit).
    let code = shim_code(last).unwrap_or_else(|| vm.frame().code.clone());
    let mut frame = Frame::new(code, vm.frame().globals.clone(), None, None);
    if let Some(slot) = frame.fast.first_mut() {
        *slot = value;
    }
    Box::new(frame)
}

/// The frame of a call: a Python function's own frame, or a shim frame with
/// the result of calling anything else.
fn call_frame(
    vm: &mut Vm,
    callable: &Value,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Box<Frame>> {
    match vm.prepare_call(callable, args, kwargs)? {
        Called::Frame(f) => Ok(f),
        Called::Done(v) => Ok(outcome_frame(vm, Ok(v))),
    }
}

/// `_CHECK_PEP_523`: no custom frame evaluator is ever installed here.
pub fn check_pep_523() -> Result<(), Deopt> {
    Ok(())
}

/// `_CHECK_RECURSION_REMAINING`: at least one level of recursion headroom
/// beyond the frame being pushed.
pub fn check_recursion_remaining(vm: &Vm) -> Result<(), Deopt> {
    check(vm.frames.len() + 2 < crate::interp::RECURSION_LIMIT)
}

/// `_CHECK_STACK_SPACE`: our frames live on the heap, so a function's frame
/// always fits.
pub fn check_stack_space(callable: &Value) -> Result<(), Deopt> {
    check(is_function(callable))
}

/// `_CHECK_FUNCTION_VERSION` / `_CHECK_FUNCTION_VERSION_KW`: a Python function
/// of the cached version.
pub fn check_function_version(func_version: u32, callable: &Value) -> Result<(), Deopt> {
    check(is_function(callable))?;
    check_version(VersionKind::Function, u64::from(func_version))
}

/// `_CHECK_METHOD_VERSION` / `_CHECK_METHOD_VERSION_KW`: a bound method of a
/// Python function of the cached version, with an empty self slot.
pub fn check_method_version(
    func_version: u32,
    callable: &Value,
    null: &Value,
) -> Result<(), Deopt> {
    let Some(Object::Method(_, func)) = obj(callable) else {
        return Err(Deopt);
    };
    check(is_function(func))?;
    check_version(VersionKind::Function, u64::from(func_version))?;
    check(null.is_null())
}

/// `_EXPAND_METHOD`, `_EXPAND_METHOD_KW`, `_INIT_CALL_BOUND_METHOD_EXACT_ARGS`:
/// a bound method becomes its function, with its `self` in the self slot.
pub fn expand_method(callable: &mut Value, self_or_null: &mut Value) {
    if let Some(Object::Method(this, func)) = obj(callable) {
        let (this, func) = (this.clone(), func.clone());
        *self_or_null = this;
        *callable = func;
    }
}

/// `_CHECK_IS_NOT_PY_CALLABLE` / `_CHECK_IS_NOT_PY_CALLABLE_KW`: neither a
/// Python function nor a bound method.
pub fn check_is_not_py_callable(callable: &Value) -> Result<(), Deopt> {
    check(!is_function(callable) && !is_method(callable))
}

/// `_CHECK_CALL_BOUND_METHOD_EXACT_ARGS`: an empty self slot and a bound method.
pub fn check_bound_method_exact_args(callable: &Value, null: &Value) -> Result<(), Deopt> {
    check(null.is_null() && is_method(callable))
}

/// `_CHECK_FUNCTION_EXACT_ARGS`: a Python function taking exactly the given
/// positional arguments (CPython checks the count; the rest of the plain
/// signature is what its function version guarantees, so it is checked here).
pub fn check_function_exact_args(
    callable: &Value,
    self_or_null: &Value,
    oparg: u32,
) -> Result<(), Deopt> {
    let given = oparg as usize + usize::from(!self_or_null.is_null());
    check(simple_function(callable, given).is_some())
}

/// `_INIT_CALL_PY_EXACT_ARGS`: the function's frame with the arguments as its
/// first locals.
pub fn init_call_py_exact_args(
    vm: &mut Vm,
    callable: Value,
    self_or_null: Value,
    args: &mut [Value],
) -> Box<Frame> {
    let all = all_args(self_or_null, args);
    match simple_frame(vm, &callable, all) {
        Ok(frame) => frame,
        Err(all) => {
            let outcome = call_frame(vm, &callable, &all, &[]);
            match outcome {
                Ok(frame) => frame,
                Err(e) => outcome_frame(vm, Err(e)),
            }
        }
    }
}

/// `_PUSH_FRAME`: runs the new frame.
pub fn push_frame(frame: Box<Frame>) -> Call<(), Box<Frame>> {
    Call::Push(frame)
}

/// `_SAVE_RETURN_OFFSET`: our frames resume after the calling instruction,
/// whose end the loop already saved, so there is nothing to record.
pub fn save_return_offset() {}

/// `_PY_FRAME_GENERAL`: the callee's frame with all arguments bound
/// (defaults, `*args` and errors as the generic call does).
pub fn py_frame_general(
    vm: &mut Vm,
    callable: Value,
    self_or_null: Value,
    args: &mut [Value],
) -> Result<Call<Box<Frame>, Box<Frame>>, PyErr> {
    let all = all_args(self_or_null, args);
    call_frame(vm, &callable, &all, &[]).map(Call::Done)
}

/// Splits the arguments of a `CALL_KW` into positional and keyword ones.
fn split_kw(
    self_or_null: Value,
    args: &mut [Value],
    kwnames: &Value,
) -> (Vec<Value>, Vec<(Value, Value)>) {
    let names: Vec<Value> = match obj(kwnames) {
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let mut all = all_args(self_or_null, args);
    let kw_values = all.split_off(all.len() - names.len().min(all.len()));
    (all, names.into_iter().zip(kw_values).collect())
}

/// `_PY_FRAME_KW`: the callee's frame with positional and keyword arguments bound.
pub fn py_frame_kw(
    vm: &mut Vm,
    callable: Value,
    self_or_null: Value,
    args: &mut [Value],
    kwnames: Value,
) -> Result<Call<Box<Frame>, Box<Frame>>, PyErr> {
    let (positional, keywords) = split_kw(self_or_null, args, &kwnames);
    call_frame(vm, &callable, &positional, &keywords).map(Call::Done)
}

/// `_CALL_NON_PY_GENERAL`: any other callable, called the generic way.
pub fn call_non_py(
    vm: &mut Vm,
    callable: Value,
    self_or_null: Value,
    args: &mut [Value],
) -> PyResult<Value> {
    let all = all_args(self_or_null, args);
    vm.call(&callable, &all, &[])
}

/// `_CALL_KW_NON_PY`: any other callable, with keyword arguments.
pub fn call_kw_non_py(
    vm: &mut Vm,
    callable: Value,
    self_or_null: Value,
    args: &mut [Value],
    kwnames: Value,
) -> PyResult<Value> {
    let (positional, keywords) = split_kw(self_or_null, args, &kwnames);
    vm.call(&callable, &positional, &keywords)
}

/// Whether `callable` is the builtin class `name` itself.
fn is_builtin_class(vm: &Vm, callable: &Value, name: &str) -> bool {
    match (vm.classes.by_name.get(name), callable.as_obj()) {
        (Some(class), Some(c)) => Rc::ptr_eq(class, c),
        _ => false,
    }
}

/// `_GUARD_CALLABLE_TYPE_1`, `_GUARD_CALLABLE_STR_1`, `_GUARD_CALLABLE_TUPLE_1`:
/// the callable is that builtin class.
pub fn guard_callable_class(vm: &Vm, callable: &Value, name: &str) -> Result<(), Deopt> {
    check(is_builtin_class(vm, callable, name))
}

/// `_CALL_TYPE_1`: `type(x)`.
pub fn call_type_1(vm: &Vm, arg: Value) -> Value {
    Value::Obj(vm.classes.class_of(&arg))
}

/// `_CALL_STR_1`, `_CALL_TUPLE_1`: the builtin class called with one argument.
pub fn call_class_1(vm: &mut Vm, callable: Value, arg: Value) -> PyResult<Value> {
    vm.call(&callable, &[arg], &[])
}

/// Whether `callable` is the original builtin function `name` (CPython's
/// interpreter-wide callable cache holds those).
fn is_builtin_function(callable: &Value, name: &str) -> bool {
    matches!(obj(callable), Some(Object::Builtin(b))
        if b.name == name && b.owner.is_none() && b.this.is_null())
}

/// `_GUARD_CALLABLE_LEN`: the builtin `len`.
pub fn guard_callable_len(callable: &Value) -> Result<(), Deopt> {
    check(is_builtin_function(callable, "len"))
}

/// `_CALL_LEN`: `len(x)`.
pub fn call_len(vm: &mut Vm, callable: Value, arg: Value) -> PyResult<Value> {
    vm.call(&callable, &[arg], &[])
}

/// Calls `callable` with the stack's arguments once a guard has passed.
fn call_taken(
    vm: &mut Vm,
    callable: &Value,
    self_or_null: &mut Value,
    args: &mut [Value],
) -> Result<Value, DeoptOr<PyErr>> {
    let all = all_args(std::mem::take(self_or_null), args);
    Ok(vm.call(callable, &all, &[])?)
}

/// `CALL_ISINSTANCE`: `isinstance(obj, cls)` with exactly two arguments.
pub fn call_isinstance(
    vm: &mut Vm,
    callable: &Value,
    self_or_null: &mut Value,
    args: &mut [Value],
) -> Result<Value, DeoptOr<PyErr>> {
    if total_args(self_or_null, args) != 2 || !is_builtin_function(callable, "isinstance") {
        return Err(DeoptOr::Deopt);
    }
    call_taken(vm, callable, self_or_null, args)
}

/// `CALL_LIST_APPEND`: always deoptimizes.
///
/// CPython appends and then skips the `POP_TOP` that follows (`SKIP_OVER(1)`),
/// the `None` result never being pushed. This uop's signature can neither skip
/// that instruction nor push a result for it to pop, so the generic `CALL` runs
/// instead: it appends and pushes `None`, which the `POP_TOP` discards.
pub fn call_list_append(callable: &Value, this: &Value, arg: &Value) -> Result<(), DeoptOr<PyErr>> {
    let _ = (callable, this, arg);
    Err(DeoptOr::Deopt)
}

/// `_CALL_BUILTIN_CLASS`: a builtin class (CPython: a type with vectorcall).
pub fn call_builtin_class(
    vm: &mut Vm,
    callable: &Value,
    self_or_null: &mut Value,
    args: &mut [Value],
) -> Result<Value, DeoptOr<PyErr>> {
    let builtin = match obj(callable) {
        Some(Object::Type(t)) => t.module == "builtins",
        _ => false,
    };
    if !builtin {
        return Err(DeoptOr::Deopt);
    }
    call_taken(vm, callable, self_or_null, args)
}

/// How many positional arguments a specialized builtin call takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arity {
    /// `METH_NOARGS`: only `self`.
    NoArgs,
    /// `METH_O`: exactly one (`self` plus one for a method).
    One,
    /// `METH_FASTCALL` with or without keywords: any number (at least `self`
    /// for a method).
    Any,
}

/// `_CALL_BUILTIN_O`, `_CALL_BUILTIN_FAST`, `_CALL_BUILTIN_FAST_WITH_KEYWORDS`:
/// a builtin function (bound or not) with the arguments its form takes.
pub fn call_builtin_function(
    vm: &mut Vm,
    arity: Arity,
    callable: &Value,
    self_or_null: &mut Value,
    args: &mut [Value],
) -> Result<Value, DeoptOr<PyErr>> {
    let total = total_args(self_or_null, args);
    let fits = match arity {
        Arity::One => total == 1,
        Arity::NoArgs => total == 0,
        Arity::Any => true,
    };
    if !fits || !matches!(obj(callable), Some(Object::Builtin(_))) {
        return Err(DeoptOr::Deopt);
    }
    call_taken(vm, callable, self_or_null, args)
}

/// `_CALL_METHOD_DESCRIPTOR_*`: an unbound builtin method called with `self`
/// (an object of exactly the method's class) first.
pub fn call_method_descriptor(
    vm: &mut Vm,
    arity: Arity,
    callable: &Value,
    self_or_null: &mut Value,
    args: &mut [Value],
) -> Result<Value, DeoptOr<PyErr>> {
    let total = total_args(self_or_null, args);
    let fits = match arity {
        Arity::NoArgs => total == 1,
        Arity::One => total == 2,
        Arity::Any => total >= 1,
    };
    let Some(Object::Builtin(b)) = obj(callable) else {
        return Err(DeoptOr::Deopt);
    };
    let first = if self_or_null.is_null() {
        args.first()
    } else {
        Some(&*self_or_null)
    };
    let exact_self = match (b.owner, first) {
        (Some(owner), Some(this)) if b.this.is_null() => {
            is_builtin_class(vm, &Value::Obj(vm.classes.class_of(this)), owner)
        }
        _ => false,
    };
    if !fits || !exact_self {
        return Err(DeoptOr::Deopt);
    }
    call_taken(vm, callable, self_or_null, args)
}

/// `_CHECK_AND_ALLOCATE_OBJECT`: calling a user class of the cached version
/// whose `__init__` is a Python function: the new instance goes into the self
/// slot and `__init__` replaces the class.
pub fn check_and_allocate_object(
    vm: &mut Vm,
    type_version: u32,
    callable: &mut Value,
    self_or_null: &mut Value,
) -> Result<(), DeoptOr<PyErr>> {
    let deopt = |_| DeoptOr::Deopt;
    check(self_or_null.is_null()).map_err(deopt)?;
    let Some(class) = callable
        .as_obj()
        .filter(|c| matches!(&***c, Object::Type(_)))
        .cloned()
    else {
        return Err(DeoptOr::Deopt);
    };
    check_version(VersionKind::Type, u64::from(type_version)).map_err(deopt)?;
    let t = type_data(&class);
    check(t.module != "builtins" && t.builtin == Kind::Object).map_err(deopt)?;
    let init = lookup(&class, "__init__")
        .filter(is_function)
        .ok_or(DeoptOr::Deopt)?;
    check(has_recursion_room(vm)).map_err(deopt)?;
    *self_or_null = Value::obj(Object::Instance(Instance {
        class,
        dict: Rc::new(Object::Dict(RefCell::new(Dict::new()))),
    }));
    *callable = init;
    Ok(())
}

/// `_CREATE_INIT_FRAME`: runs `__init__(self, *args)`, checks that it returned
/// `None` (CPython's `EXIT_INIT_CHECK` shim), and hands `self` back through a
/// frame as the call's result.
pub fn create_init_frame(
    vm: &mut Vm,
    init: Value,
    this: Value,
    args: &mut [Value],
) -> Result<Call<Box<Frame>, Box<Frame>>, PyErr> {
    let all = all_args(this.clone(), args);
    let r = vm.call(&init, &all, &[])?;
    if !matches!(r, Value::None) {
        return Err(vm.type_error(format!(
            "__init__() should return None, not '{}'",
            vm.classes.type_name(&r)
        )));
    }
    Ok(Call::Done(outcome_frame(vm, Ok(this))))
}

/// `_BINARY_OP_SUBSCR_CHECK_FUNC`: the container is an instance of a user class
/// whose `__getitem__` is a Python function of two plain parameters; pushes it.
pub fn getitem_check_func(vm: &Vm, container: &Value) -> Result<Value, Deopt> {
    let Some(Object::Instance(i)) = obj(container) else {
        return Err(Deopt);
    };
    let func = lookup(&i.class, "__getitem__").ok_or(Deopt)?;
    check(simple_function(&func, 2).is_some() && has_recursion_room(vm))?;
    Ok(func)
}

/// `_BINARY_OP_SUBSCR_INIT_CALL`: the frame of `__getitem__(container, sub)`.
pub fn getitem_init_call(vm: &mut Vm, container: Value, sub: Value, getitem: Value) -> Box<Frame> {
    match simple_frame(vm, &getitem, vec![container, sub]) {
        Ok(frame) => frame,
        Err(args) => match call_frame(vm, &getitem, &args, &[]) {
            Ok(frame) => frame,
            Err(e) => outcome_frame(vm, Err(e)),
        },
    }
}
