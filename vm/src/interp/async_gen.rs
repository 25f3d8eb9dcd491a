//! Async generators (`async def` with `yield`) and their awaitables.
//!
//! An async generator owns a [`Generator`] core like a coroutine. Its frame
//! yields two kinds of values: those of its own `yield` statements, which
//! `CALL_INTRINSIC_1 ASYNC_GEN_WRAP` marks ([`AsyncObject::Wrapped`]), and
//! those an `await` inside it passes up to the event loop. The awaitables
//! `__anext__()`/`asend()` ([`ASend`]) and `athrow()`/`aclose()` ([`AThrow`])
//! drive the frame: a marked value ends the awaitable with
//! `StopIteration(value)`, any other value is yielded on, and the end of the
//! generator becomes `StopAsyncIteration`. They follow CPython's
//! `Objects/genobject.c` state machines, messages included.
//!
//! Also here: the builtins `aiter()` and `anext()`, and the awaitable
//! `anext(aiterator, default)` returns ([`ANext`]).

use super::coroutine::{
    as_async, as_coroutine, new_async, no_args, self_method, slot_no_args, AsyncObject,
};
use super::generator::{throw_error, Generator, Input, Resumed};
use super::Vm;
use crate::object::types::lookup;
use crate::object::{Builtin, NativeFn, Object, PyErr, PyResult, Value};
use std::cell::Cell;

/// An async generator object.
pub struct AsyncGen {
    /// The frame-owning core.
    pub gen: Generator,
    /// Whether one of its awaitables is being awaited (`ag_running`).
    pub running_async: Cell<bool>,
    /// Whether it has been closed (`aclose()`, or it finished).
    pub closed: Cell<bool>,
}

impl AsyncGen {
    /// An async generator around a new core.
    pub fn new(gen: Generator) -> AsyncGen {
        AsyncGen {
            gen,
            running_async: Cell::new(false),
            closed: Cell::new(false),
        }
    }
}

/// Where an async generator awaitable is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AwaitState {
    /// Not yet sent to.
    Init,
    /// Being iterated.
    Iter,
    /// Finished.
    Closed,
}

/// The awaitable of `agen.__anext__()` and `agen.asend(value)`.
pub struct ASend {
    /// The async generator.
    pub agen: Value,
    /// The value to send first (NULL for `__anext__`, meaning `None`).
    pub sendval: Value,
    /// Where it is.
    pub state: Cell<AwaitState>,
}

/// The awaitable of `agen.athrow(...)` and `agen.aclose()`.
pub struct AThrow {
    /// The async generator.
    pub agen: Value,
    /// The arguments of `athrow`; `None` for `aclose()`.
    pub args: Option<Vec<Value>>,
    /// Where it is.
    pub state: Cell<AwaitState>,
}

/// The awaitable of `anext(aiterator, default)`: the awaitable `__anext__()`
/// returned, with `StopAsyncIteration` turned into the default value.
pub struct ANext {
    /// What `__anext__()` returned.
    pub wrapped: Value,
    /// The default value.
    pub default: Value,
}

/// The methods of the async generator awaitables (and `anext_awaitable`).
pub const AWAITABLE_METHODS: &[(&str, NativeFn)] = &[
    ("send", awaitable_send),
    ("throw", awaitable_throw),
    ("close", awaitable_close),
    ("__await__", self_method),
    ("__iter__", self_method),
    ("__next__", awaitable_next),
];

/// The async generator a value is, if it is one.
pub fn as_async_gen(v: &Value) -> Option<&AsyncGen> {
    match as_async(v) {
        Some(AsyncObject::AsyncGen(a)) => Some(a),
        _ => None,
    }
}

/// The value an async generator's own `yield` produced, if `v` is one.
fn wrapped_value(v: &Value) -> Option<Value> {
    match as_async(v) {
        Some(AsyncObject::Wrapped(x)) => Some(x.clone()),
        _ => None,
    }
}

/// Whether a generator core has finished (CPython's `FRAME_COMPLETED`).
fn finished(gen: &Generator) -> bool {
    let st = gen.state.borrow();
    st.suspended.is_none() && !st.running
}

type Kwargs<'a> = &'a [(Value, Value)];

/// The async generator a method of `async_generator` was called on.
fn this_agen<'a>(vm: &Vm, this: &'a Value, method: &str) -> PyResult<&'a Value> {
    super::coroutine::this_async(vm, this, method, "async_generator")?;
    Ok(this)
}

/// `async_generator.__anext__()`.
pub fn agen_anext(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let agen = this_agen(vm, this, "__anext__")?;
    slot_no_args(vm, args)?;
    Ok(vm.async_gen_asend(agen, Value::Null))
}

/// `async_generator.asend(value)`.
pub fn agen_asend(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let agen = this_agen(vm, this, "asend")?;
    let [value] = args else {
        return Err(vm.type_error(format!(
            "async_generator.asend() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    Ok(vm.async_gen_asend(agen, value.clone()))
}

/// `async_generator.athrow(exc)`: checked when awaited, as in CPython.
pub fn agen_athrow(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let agen = this_agen(vm, this, "athrow")?;
    Ok(new_async(AsyncObject::AThrow(AThrow {
        agen: agen.clone(),
        args: Some(args.to_vec()),
        state: Cell::new(AwaitState::Init),
    })))
}

/// `async_generator.aclose()`.
pub fn agen_aclose(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let agen = this_agen(vm, this, "aclose")?;
    no_args(vm, "async_generator.aclose", args)?;
    Ok(new_async(AsyncObject::AThrow(AThrow {
        agen: agen.clone(),
        args: None,
        state: Cell::new(AwaitState::Init),
    })))
}

/// The awaitable a method of the async generator awaitables was called on.
fn this_awaitable<'a>(vm: &Vm, this: &'a Value, method: &str) -> PyResult<&'a AsyncObject> {
    match as_async(this) {
        Some(a @ (AsyncObject::ASend(_) | AsyncObject::AThrow(_) | AsyncObject::ANext(_))) => {
            Ok(a)
        }
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' for 'async_generator_asend' objects doesn't apply to a '{}' object",
            vm.classes.type_name(this)
        ))),
    }
}

/// A step result as a Python method returns it: `Returned` raises
/// `StopIteration`.
fn to_python(vm: &mut Vm, r: PyResult<Resumed>) -> PyResult<Value> {
    match r? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(vm.stop_iteration_exact(v)),
    }
}

/// One step of an awaitable with `value` sent in.
fn awaitable_step(vm: &mut Vm, this: &Value, value: Value) -> PyResult<Resumed> {
    match vm.async_iter_send(this, value)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.classes.type_name(this)
        ))),
    }
}

/// `send(value)` of the awaitables.
fn awaitable_send(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let a = this_awaitable(vm, this, "send")?;
    let [value] = args else {
        return Err(vm.type_error(format!(
            "{}.send() takes exactly one argument ({} given)",
            a.class_name(),
            args.len()
        )));
    };
    let r = awaitable_step(vm, this, value.clone());
    to_python(vm, r)
}

/// `__next__()` of the awaitables.
fn awaitable_next(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    this_awaitable(vm, this, "__next__")?;
    slot_no_args(vm, args)?;
    let r = awaitable_step(vm, this, Value::None);
    to_python(vm, r)
}

/// `throw(exc)` of the awaitables.
fn awaitable_throw(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let r = match this_awaitable(vm, this, "throw")? {
        AsyncObject::ASend(a) => {
            let exc = throw_error(vm, args, "throw");
            vm.asend_throw(a, exc)
        }
        AsyncObject::AThrow(a) => {
            let exc = throw_error(vm, args, "throw");
            vm.athrow_throw(a, exc)
        }
        AsyncObject::ANext(a) => return vm.anext_proxy(a, "throw", args),
        _ => return Ok(Value::None),
    };
    to_python(vm, r)
}

/// `close()` of the awaitables.
fn awaitable_close(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let a = this_awaitable(vm, this, "close")?;
    no_args(vm, &format!("{}.close", a.class_name()), args)?;
    let exit = |vm: &Vm| PyErr(vm.new_exception(vm.classes.named("GeneratorExit"), Vec::new()));
    let r = match a {
        AsyncObject::ASend(s) => {
            if s.state.get() == AwaitState::Closed {
                return Ok(Value::None);
            }
            let e = exit(vm);
            vm.asend_throw(s, Ok(e))
        }
        AsyncObject::AThrow(t) => {
            if t.state.get() == AwaitState::Closed {
                return Ok(Value::None);
            }
            let e = exit(vm);
            vm.athrow_throw(t, Ok(e))
        }
        AsyncObject::ANext(n) => return vm.anext_proxy(n, "close", &[]),
        _ => return Ok(Value::None),
    };
    match r {
        Ok(Resumed::Yielded(_)) => {
            Err(vm.new_error("RuntimeError", "coroutine ignored GeneratorExit"))
        }
        Ok(Resumed::Returned(_)) => Ok(Value::None),
        Err(e)
            if vm.is_instance_of(&e, "StopIteration")
                || vm.is_instance_of(&e, "StopAsyncIteration")
                || vm.is_instance_of(&e, "GeneratorExit") =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

impl Vm {
    /// `CALL_INTRINSIC_1 ASYNC_GEN_WRAP`: marks a value an async generator
    /// yields.
    pub fn async_gen_wrap(&mut self, value: Value) -> PyResult<Value> {
        Ok(new_async(AsyncObject::Wrapped(value)))
    }

    /// `StopIteration` with exactly the given argument (none for NULL), as
    /// `_PyGen_SetStopIterationValue` makes it.
    pub fn stop_iteration_exact(&self, value: Value) -> PyErr {
        let args = if value.is_null() {
            Vec::new()
        } else {
            vec![value]
        };
        PyErr(self.new_exception(self.classes.named("StopIteration"), args))
    }

    fn stop_async_iteration(&self) -> PyErr {
        PyErr(self.new_exception(self.classes.named("StopAsyncIteration"), Vec::new()))
    }

    /// The `asend` awaitable of an async generator (`sendval` NULL for `__anext__`).
    pub fn async_gen_asend(&mut self, agen: &Value, sendval: Value) -> Value {
        new_async(AsyncObject::ASend(ASend {
            agen: agen.clone(),
            sendval,
            state: Cell::new(AwaitState::Init),
        }))
    }

    fn agen_of<'a>(&self, agen: &'a Value) -> PyResult<&'a AsyncGen> {
        as_async_gen(agen)
            .ok_or_else(|| self.new_error("SystemError", "awaitable without an async generator"))
    }

    /// `async_gen_unwrap_value`: what a step of the generator's frame means
    /// for the awaitable driving it.
    fn agen_unwrap(&mut self, ag: &AsyncGen, r: PyResult<Resumed>) -> PyResult<Resumed> {
        match r {
            Err(e) => {
                if self.is_instance_of(&e, "StopAsyncIteration")
                    || self.is_instance_of(&e, "GeneratorExit")
                {
                    ag.closed.set(true);
                }
                ag.running_async.set(false);
                Err(e)
            }
            Ok(Resumed::Returned(_)) => {
                ag.closed.set(true);
                ag.running_async.set(false);
                Err(self.stop_async_iteration())
            }
            Ok(Resumed::Yielded(v)) => match wrapped_value(&v) {
                Some(x) => {
                    ag.running_async.set(false);
                    Ok(Resumed::Returned(x))
                }
                None => Ok(Resumed::Yielded(v)),
            },
        }
    }

    /// `asend.send(value)` / `asend.__next__()`.
    pub fn asend_send(&mut self, a: &ASend, value: Value) -> PyResult<Resumed> {
        let ag = self.agen_of(&a.agen)?;
        if a.state.get() == AwaitState::Closed {
            return Err(self.new_error(
                "RuntimeError",
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        let mut value = value;
        if a.state.get() == AwaitState::Init {
            if ag.running_async.get() {
                a.state.set(AwaitState::Closed);
                return Err(self.new_error(
                    "RuntimeError",
                    "anext(): asynchronous generator is already running",
                ));
            }
            if matches!(value, Value::None | Value::Null) {
                value = match &a.sendval {
                    Value::Null => Value::None,
                    v => v.clone(),
                };
            }
            a.state.set(AwaitState::Iter);
        }
        ag.running_async.set(true);
        let r = self.resume(&ag.gen, Input::Send(value));
        let r = self.agen_unwrap(ag, r);
        if !matches!(r, Ok(Resumed::Yielded(_))) {
            a.state.set(AwaitState::Closed);
        }
        r
    }

    /// `asend.throw(exc)`; `exc` is the error of bad arguments, if any.
    pub fn asend_throw(&mut self, a: &ASend, exc: PyResult<PyErr>) -> PyResult<Resumed> {
        let ag = self.agen_of(&a.agen)?;
        if a.state.get() == AwaitState::Closed {
            return Err(self.new_error(
                "RuntimeError",
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        if a.state.get() == AwaitState::Init {
            if ag.running_async.get() {
                a.state.set(AwaitState::Closed);
                return Err(self.new_error(
                    "RuntimeError",
                    "anext(): asynchronous generator is already running",
                ));
            }
            a.state.set(AwaitState::Iter);
            ag.running_async.set(true);
        }
        let r = match exc {
            Ok(e) => self.generator_throw(&ag.gen, e),
            Err(e) => Err(e),
        };
        let r = self.agen_unwrap(ag, r);
        if !matches!(r, Ok(Resumed::Yielded(_))) {
            ag.running_async.set(false);
            a.state.set(AwaitState::Closed);
        }
        r
    }

    fn already_running(&self, t: &AThrow) -> PyErr {
        let which = if t.args.is_none() { "aclose" } else { "athrow" };
        self.new_error(
            "RuntimeError",
            &format!("{which}(): asynchronous generator is already running"),
        )
    }

    /// The end of a step of `aclose()`: the generator must not yield a value
    /// of its own, and finishing (or `GeneratorExit`) completes the awaitable.
    fn aclose_result(
        &mut self,
        t: &AThrow,
        ag: &AsyncGen,
        r: PyResult<Resumed>,
    ) -> PyResult<Resumed> {
        let r = match r {
            Ok(Resumed::Yielded(v)) => {
                if wrapped_value(&v).is_some() {
                    ag.running_async.set(false);
                    t.state.set(AwaitState::Closed);
                    return Err(
                        self.new_error("RuntimeError", "async generator ignored GeneratorExit")
                    );
                }
                return Ok(Resumed::Yielded(v));
            }
            Ok(Resumed::Returned(_)) => Err(self.stop_async_iteration()),
            Err(e) => Err(e),
        };
        ag.running_async.set(false);
        t.state.set(AwaitState::Closed);
        match r {
            Err(e)
                if self.is_instance_of(&e, "StopAsyncIteration")
                    || self.is_instance_of(&e, "GeneratorExit") =>
            {
                Ok(Resumed::Returned(Value::Null))
            }
            r => r,
        }
    }

    /// `athrow.send(value)` / `athrow.__next__()` (also for `aclose()`).
    pub fn athrow_send(&mut self, t: &AThrow, value: Value) -> PyResult<Resumed> {
        let ag = self.agen_of(&t.agen)?;
        if t.state.get() == AwaitState::Closed {
            return Err(self.new_error(
                "RuntimeError",
                "cannot reuse already awaited aclose()/athrow()",
            ));
        }
        if finished(&ag.gen) {
            t.state.set(AwaitState::Closed);
            return Ok(Resumed::Returned(Value::Null));
        }
        if t.state.get() == AwaitState::Init {
            if ag.running_async.get() {
                t.state.set(AwaitState::Closed);
                return Err(self.already_running(t));
            }
            if ag.closed.get() {
                t.state.set(AwaitState::Closed);
                return Err(self.stop_async_iteration());
            }
            if !matches!(value, Value::None | Value::Null) {
                return Err(self.new_error(
                    "RuntimeError",
                    "can't send non-None value to a just-started coroutine",
                ));
            }
            t.state.set(AwaitState::Iter);
            ag.running_async.set(true);
            let Some(args) = &t.args else {
                ag.closed.set(true);
                let exit =
                    PyErr(self.new_exception(self.classes.named("GeneratorExit"), Vec::new()));
                let r = self.generator_throw_ex(&ag.gen, exit, false);
                return self.aclose_result(t, ag, r);
            };
            // As in CPython, a wrong number of arguments is found only now,
            // and leaves the awaitable as it is.
            if args.is_empty() {
                return Err(self.type_error("athrow expected at least 1 argument, got 0"));
            }
            if args.len() > 3 {
                return Err(self.type_error(format!(
                    "athrow expected at most 3 arguments, got {}",
                    args.len()
                )));
            }
            let r = match throw_error(self, args, "athrow") {
                Ok(e) => self.generator_throw_ex(&ag.gen, e, false),
                Err(e) => Err(e),
            };
            let r = self.agen_unwrap(ag, r);
            if !matches!(r, Ok(Resumed::Yielded(_))) {
                ag.running_async.set(false);
                t.state.set(AwaitState::Closed);
            }
            return r;
        }
        let r = self.resume(&ag.gen, Input::Send(value));
        match t.args {
            Some(_) => self.agen_unwrap(ag, r),
            None => self.aclose_result(t, ag, r),
        }
    }

    /// `athrow.throw(exc)` (also for `aclose()`).
    pub fn athrow_throw(&mut self, t: &AThrow, exc: PyResult<PyErr>) -> PyResult<Resumed> {
        let ag = self.agen_of(&t.agen)?;
        if t.state.get() == AwaitState::Closed {
            return Err(self.new_error(
                "RuntimeError",
                "cannot reuse already awaited aclose()/athrow()",
            ));
        }
        if t.state.get() == AwaitState::Init {
            if ag.running_async.get() {
                t.state.set(AwaitState::Closed);
                return Err(self.already_running(t));
            }
            t.state.set(AwaitState::Iter);
            ag.running_async.set(true);
        }
        let r = match exc {
            Ok(e) => self.generator_throw(&ag.gen, e),
            Err(e) => Err(e),
        };
        if t.args.is_some() {
            let r = self.agen_unwrap(ag, r);
            if !matches!(r, Ok(Resumed::Yielded(_))) {
                ag.running_async.set(false);
                t.state.set(AwaitState::Closed);
            }
            return r;
        }
        self.aclose_result(t, ag, r)
    }

    /// The iterator behind an `anext_awaitable`: the awaitable `__anext__()`
    /// returned, through `__await__()` when it is a coroutine.
    fn anext_iter(&mut self, a: &ANext) -> PyResult<Value> {
        let it = self.awaitable_iter(&a.wrapped)?;
        if as_coroutine(&it).is_some() {
            return Ok(new_async(AsyncObject::Wrapper(it)));
        }
        Ok(it)
    }

    /// `anext_awaitable.send(value)` / `__next__()`.
    pub fn anext_send(&mut self, a: &ANext, value: Value) -> PyResult<Resumed> {
        let it = self.anext_iter(a)?;
        match self.send_step(&it, value) {
            Err(e) if self.is_instance_of(&e, "StopAsyncIteration") => {
                Ok(Resumed::Returned(a.default.clone()))
            }
            r => r,
        }
    }

    /// `anext_awaitable.throw(...)` and `close()`: the method of the
    /// underlying iterator, with `StopAsyncIteration` turned into the default.
    fn anext_proxy(&mut self, a: &ANext, method: &str, args: &[Value]) -> PyResult<Value> {
        let it = self.anext_iter(a)?;
        let m = self.getattr(&it, method)?;
        match self.call(&m, args, &[]) {
            Err(e) if self.is_instance_of(&e, "StopAsyncIteration") => {
                Err(self.stop_iteration_exact(a.default.clone()))
            }
            r => r,
        }
    }
}

/// `aiter(async_iterable)`.
fn builtin_aiter(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("aiter() takes no keyword arguments"));
    }
    let [obj] = args else {
        return Err(vm.type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let Some(it) = vm.call_special(obj, "__aiter__", &[])? else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.classes.type_name(obj)
        )));
    };
    if lookup(&vm.classes.class_of(&it), "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.classes.type_name(&it)
        )));
    }
    Ok(it)
}

/// `anext(async_iterator[, default])`.
fn builtin_anext(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("anext() takes no keyword arguments"));
    }
    let (aiter, default) = match args {
        [a] => (a, None),
        [a, d] => (a, Some(d)),
        [] => return Err(vm.type_error("anext expected at least 1 argument, got 0")),
        _ => {
            return Err(vm.type_error(format!(
                "anext expected at most 2 arguments, got {}",
                args.len()
            )))
        }
    };
    let Some(awaitable) = vm.call_special(aiter, "__anext__", &[])? else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.classes.type_name(aiter)
        )));
    };
    Ok(match default {
        None => awaitable,
        Some(d) => new_async(AsyncObject::ANext(ANext {
            wrapped: awaitable,
            default: d.clone(),
        })),
    })
}

/// Puts `aiter` and `anext` into the builtins namespace.
pub fn install_builtins(vm: &mut Vm) {
    let builtins = Value::Obj(vm.builtins.clone());
    for (name, func) in [
        ("aiter", builtin_aiter as NativeFn),
        ("anext", builtin_anext as NativeFn),
    ] {
        let f = Value::obj(Object::Builtin(Builtin {
            name,
            func,
            this: Value::Null,
            owner: None,
        }));
        let _ = super::ops::dict_set_str(vm, &builtins, name, f);
    }
}
