//! Coroutines (`async def`) and the `await` / `async for` machinery.
//!
//! A coroutine owns the same [`Generator`] core as a generator (see
//! `generator.rs`), so suspension at `YIELD_VALUE`, resumption through
//! `SEND`, `throw` and `close` are shared. This module adds the objects of the
//! asynchronous protocols ([`AsyncObject`]: coroutines, `coroutine_wrapper`,
//! and, from `async_gen.rs`, async generators and their awaitables), their
//! methods and attributes, and the uops `GET_AWAITABLE`, `GET_AITER`,
//! `GET_ANEXT` and `END_ASYNC_FOR`.

use super::async_gen::{ANext, ASend, AThrow, AsyncGen};
use super::descriptors::Native;
use super::generated::Raise;
use super::generator::{throw_error, GenKind, Generator, Input, Resumed};
use super::Vm;
use crate::object::types::lookup;
use crate::object::{NativeFn, Object, PyErr, PyResult, Value};

/// An object of the asynchronous protocols, implemented natively.
pub enum AsyncObject {
    /// A coroutine: the frame of an `async def` call.
    Coroutine(Generator),
    /// What `coroutine.__await__()` returns: an iterator driving the coroutine.
    Wrapper(Value),
    /// An async generator (`async def` with `yield`).
    AsyncGen(AsyncGen),
    /// The awaitable `__anext__()` and `asend()` return.
    ASend(ASend),
    /// The awaitable `athrow()` and `aclose()` return.
    AThrow(AThrow),
    /// The awaitable `anext(aiterator, default)` returns.
    ANext(ANext),
    /// A value an async generator yields (as opposed to one an `await` inside
    /// it passes up), as `CALL_INTRINSIC_1 ASYNC_GEN_WRAP` marks it.
    Wrapped(Value),
}

impl AsyncObject {
    /// The name of the builtin class of this object.
    pub fn class_name(&self) -> &'static str {
        match self {
            AsyncObject::Coroutine(_) => "coroutine",
            AsyncObject::Wrapper(_) => "coroutine_wrapper",
            AsyncObject::AsyncGen(_) => "async_generator",
            AsyncObject::ASend(_) => "async_generator_asend",
            AsyncObject::AThrow(_) => "async_generator_athrow",
            AsyncObject::ANext(_) => "anext_awaitable",
            AsyncObject::Wrapped(_) => "async_generator_wrapped_value",
        }
    }

    /// The generator core of a coroutine or async generator.
    pub fn frame_owner(&self) -> Option<&Generator> {
        match self {
            AsyncObject::Coroutine(g) => Some(g),
            AsyncObject::AsyncGen(a) => Some(&a.gen),
            _ => None,
        }
    }
}

/// A coroutine or async generator object for a generator core of that kind
/// (`RETURN_GENERATOR` of an `async def`).
pub fn wrap_core(gen: Generator) -> Value {
    let obj = match gen.kind {
        GenKind::AsyncGenerator => AsyncObject::AsyncGen(AsyncGen::new(gen)),
        _ => AsyncObject::Coroutine(gen),
    };
    Value::obj(Object::Native(Native::Async(obj)))
}

/// The asynchronous-protocol object a value is, if it is one.
pub fn as_async(v: &Value) -> Option<&AsyncObject> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Native(Native::Async(a))) => Some(a),
        _ => None,
    }
}

/// The coroutine core of a value, if it is a coroutine.
pub fn as_coroutine(v: &Value) -> Option<&Generator> {
    match as_async(v) {
        Some(AsyncObject::Coroutine(g)) => Some(g),
        _ => None,
    }
}

/// A new native object of the asynchronous protocols.
pub fn new_async(obj: AsyncObject) -> Value {
    Value::obj(Object::Native(Native::Async(obj)))
}

/// The classes of this module with their methods.
const CLASSES: &[(&str, &[(&str, NativeFn)])] = &[
    (
        "coroutine",
        &[
            ("send", coro_send),
            ("throw", coro_throw),
            ("close", coro_close),
            ("__await__", coro_await),
        ],
    ),
    (
        "coroutine_wrapper",
        &[
            ("__next__", wrapper_next),
            ("__iter__", self_method),
            ("send", coro_send),
            ("throw", coro_throw),
            ("close", coro_close),
        ],
    ),
    (
        "async_generator",
        &[
            ("__aiter__", self_method),
            ("__anext__", super::async_gen::agen_anext),
            ("asend", super::async_gen::agen_asend),
            ("athrow", super::async_gen::agen_athrow),
            ("aclose", super::async_gen::agen_aclose),
        ],
    ),
    ("async_generator_asend", super::async_gen::AWAITABLE_METHODS),
    (
        "async_generator_athrow",
        super::async_gen::AWAITABLE_METHODS,
    ),
    ("anext_awaitable", super::async_gen::AWAITABLE_METHODS),
    ("async_generator_wrapped_value", &[]),
];

/// Makes the classes of coroutines and async generators, and the builtins
/// `aiter` and `anext`.
pub fn install(vm: &mut Vm) {
    for (name, methods) in CLASSES {
        let Some(class) = super::descriptors::native_class(vm, name, "builtins", methods) else {
            continue;
        };
        vm.classes.by_name.insert(name.to_string(), class);
    }
    super::async_gen::install_builtins(vm);
}

type Kwargs<'a> = &'a [(Value, Value)];

/// The object a method of class `class` was called on, checked.
pub fn this_async<'a>(
    vm: &Vm,
    this: &'a Value,
    method: &str,
    class: &str,
) -> PyResult<&'a AsyncObject> {
    match as_async(this) {
        Some(a) if a.class_name() == class => Ok(a),
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' for '{class}' objects doesn't apply to a '{}' object",
            vm.classes.type_name(this)
        ))),
    }
}

/// The coroutine a `coroutine` or `coroutine_wrapper` method works on.
fn coro_of<'a>(vm: &Vm, this: &'a Value, method: &str) -> PyResult<&'a Generator> {
    match as_async(this) {
        Some(AsyncObject::Coroutine(g)) => Ok(g),
        Some(AsyncObject::Wrapper(c)) => match as_coroutine(c) {
            Some(g) => Ok(g),
            None => Err(vm.type_error("coroutine_wrapper without a coroutine")),
        },
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' for 'coroutine' objects doesn't apply to a '{}' object",
            vm.classes.type_name(this)
        ))),
    }
}

/// `coroutine.send(value)` (and `coroutine_wrapper.send`).
fn coro_send(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let gen = coro_of(vm, this, "send")?;
    let [value] = args else {
        return Err(vm.type_error(format!(
            "{}.send() takes exactly one argument ({} given)",
            if matches!(as_async(this), Some(AsyncObject::Wrapper(_))) {
                "coroutine_wrapper"
            } else {
                "coroutine"
            },
            args.len()
        )));
    };
    vm.generator_send(gen, value.clone())
}

/// `coroutine.throw(exc)` (and `coroutine_wrapper.throw`).
fn coro_throw(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let gen = coro_of(vm, this, "throw")?;
    let err = throw_error(vm, args, "throw")?;
    match vm.generator_throw(gen, err)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

/// `coroutine.close()` (and `coroutine_wrapper.close`).
fn coro_close(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let gen = coro_of(vm, this, "close")?;
    let owner = as_async(this).map_or("coroutine", AsyncObject::class_name);
    no_args(vm, &format!("{owner}.close"), args)?;
    vm.generator_close(gen)
}

/// `coroutine.__await__()`: a `coroutine_wrapper`.
fn coro_await(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    this_async(vm, this, "__await__", "coroutine")?;
    slot_no_args(vm, args)?;
    Ok(new_async(AsyncObject::Wrapper(this.clone())))
}

/// `coroutine_wrapper.__next__()`.
fn wrapper_next(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    let gen = coro_of(vm, this, "__next__")?;
    slot_no_args(vm, args)?;
    vm.generator_send(gen, Value::None)
}

/// `__iter__`, `__aiter__` and `__await__` of objects that are their own
/// iterator or awaitable.
pub fn self_method(vm: &mut Vm, this: &Value, args: &[Value], _: Kwargs<'_>) -> PyResult<Value> {
    let (this, args) = super::descriptors::bound(this, args);
    if as_async(this).is_none() {
        return Err(vm.type_error(format!(
            "descriptor doesn't apply to a '{}' object",
            vm.classes.type_name(this)
        )));
    }
    slot_no_args(vm, args)?;
    Ok(this.clone())
}

/// Checks that a slot method (`__next__`, `__await__`, ...) got no arguments.
pub fn slot_no_args(vm: &Vm, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("expected 0 arguments, got {}", args.len())))
}

/// Checks that a method (named `class.method` in messages) got no arguments.
pub fn no_args(vm: &Vm, name: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "{name}() takes no arguments ({} given)",
        args.len()
    )))
}

impl Vm {
    /// One step of a native iterator of the asynchronous protocols
    /// (`coroutine_wrapper`, the async generator awaitables) with `value`
    /// sent in: `None` when `receiver` is none of them. `Returned` carries
    /// the argument of the `StopIteration` ending it (NULL for none).
    pub fn async_iter_send(&mut self, receiver: &Value, value: Value) -> PyResult<Option<Resumed>> {
        Ok(Some(match as_async(receiver) {
            Some(AsyncObject::Wrapper(c)) => match as_coroutine(c) {
                Some(g) => match self.resume(g, Input::Send(value))? {
                    // A coroutine returning `None` raises a bare `StopIteration`.
                    Resumed::Returned(Value::None) => Resumed::Returned(Value::Null),
                    r => r,
                },
                None => return Ok(None),
            },
            Some(AsyncObject::ASend(a)) => self.asend_send(a, value)?,
            Some(AsyncObject::AThrow(a)) => self.athrow_send(a, value)?,
            Some(AsyncObject::ANext(a)) => self.anext_send(a, value)?,
            _ => return Ok(None),
        }))
    }

    /// `iter()` of a native object of this module: `None` when it is not iterable.
    pub fn async_iter(&mut self, v: &Value, a: &AsyncObject) -> Option<Value> {
        match a {
            AsyncObject::Wrapper(_)
            | AsyncObject::ASend(_)
            | AsyncObject::AThrow(_)
            | AsyncObject::ANext(_) => Some(v.clone()),
            _ => None,
        }
    }

    /// `next()` of a native object of this module: `Ok(None)` once exhausted.
    pub fn async_next(&mut self, v: &Value) -> PyResult<Option<Value>> {
        match self.async_iter_send(v, Value::None)? {
            Some(Resumed::Yielded(x)) => Ok(Some(x)),
            Some(Resumed::Returned(_)) => Ok(None),
            None => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.classes.type_name(v)
            ))),
        }
    }

    /// The `repr` of a native object of this module.
    pub fn async_repr(&mut self, v: &Value, a: &AsyncObject) -> PyResult<String> {
        let id = v.id();
        match a.frame_owner() {
            Some(g) => self.generator_repr(g, id),
            None => Ok(format!("<{} object at {id:#x}>", a.class_name())),
        }
    }

    /// The attributes of the objects of this module that are not methods.
    pub fn async_attr(&mut self, a: &AsyncObject, name: &str) -> PyResult<Option<Value>> {
        let (gen, prefix) = match a {
            AsyncObject::Coroutine(g) => (g, "cr_"),
            AsyncObject::AsyncGen(ag) => (&ag.gen, "ag_"),
            _ => return Ok(None),
        };
        let st = gen.state.borrow();
        let alive = st.suspended.is_some() || st.running;
        let suspended = st.started && st.suspended.is_some() && !st.running;
        let running = st.running;
        drop(st);
        Ok(Some(match name {
            "__name__" => gen.name.borrow().clone(),
            "__qualname__" => gen.qualname.borrow().clone(),
            _ => match name.strip_prefix(prefix) {
                Some("running") => match a {
                    AsyncObject::AsyncGen(ag) => Value::Bool(ag.running_async.get()),
                    _ => Value::Bool(running),
                },
                Some("suspended") => Value::Bool(suspended),
                Some("code") => Value::obj(Object::Code(gen.code.clone())),
                Some("await") => self.delegate_of(gen).unwrap_or(Value::None),
                Some("origin") if prefix == "cr_" => Value::None,
                Some("frame") => {
                    if alive {
                        return Err(self.new_error(
                            "NotImplementedError",
                            &format!("{prefix}frame is not supported"),
                        ));
                    }
                    Value::None
                }
                _ => return Ok(None),
            },
        }))
    }

    /// `_PyCoro_GetAwaitableIter`: the iterator `await o` drives: a coroutine
    /// itself, or what `o.__await__()` returns (an iterator, not a coroutine).
    pub fn awaitable_iter(&mut self, o: &Value) -> PyResult<Value> {
        if as_coroutine(o).is_some() {
            return Ok(o.clone());
        }
        let class = self.classes.class_of(o);
        let Some(method) = lookup(&class, "__await__") else {
            return Err(self.type_error(format!(
                "'{}' object can't be awaited",
                self.classes.type_name(o)
            )));
        };
        let receiver = self.builtin_receiver(&method, o);
        let res = self.call(&method, &[receiver], &[])?;
        if as_coroutine(&res).is_some() {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(&res) {
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                self.classes.type_name(&res)
            )));
        }
        Ok(res)
    }

    /// Whether `v` is an iterator (its type has `__next__`), as `PyIter_Check`.
    pub fn is_iterator(&self, v: &Value) -> bool {
        match v.as_obj().map(|o| &**o) {
            Some(Object::Iter(_)) => true,
            Some(Object::Native(Native::Async(a))) => matches!(
                a,
                AsyncObject::Wrapper(_)
                    | AsyncObject::ASend(_)
                    | AsyncObject::AThrow(_)
                    | AsyncObject::ANext(_)
            ),
            Some(_) => lookup(&self.classes.class_of(v), "__next__").is_some(),
            None => false,
        }
    }

    /// `GET_AWAITABLE`: the iterator for `await iterable`; `oparg` is 1 after
    /// `__aenter__` and 2 after `__aexit__`, for the message when the object
    /// is not awaitable.
    pub fn get_awaitable_impl(&mut self, oparg: u32, iterable: Value) -> PyResult<Value> {
        let it = match self.awaitable_iter(&iterable) {
            Ok(it) => it,
            Err(e) => {
                let awaitable = as_coroutine(&iterable).is_some()
                    || lookup(&self.classes.class_of(&iterable), "__await__").is_some();
                let which = match oparg {
                    1 => "__aenter__",
                    2 => "__aexit__",
                    _ => return Err(e),
                };
                if awaitable {
                    return Err(e);
                }
                return Err(self.type_error(format!(
                    "'async with' received an object from {which} that does not implement __await__: {}",
                    self.classes.type_name(&iterable)
                )));
            }
        };
        if let Some(g) = as_coroutine(&it) {
            if self.delegate_of(g).is_some() {
                return Err(self.new_error("RuntimeError", "coroutine is being awaited already"));
            }
        }
        Ok(it)
    }

    /// `GET_AITER`: `obj.__aiter__()`, which must have `__anext__`.
    pub fn get_aiter_impl(&mut self, obj: Value) -> PyResult<Value> {
        let class = self.classes.class_of(&obj);
        let Some(method) = lookup(&class, "__aiter__") else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.classes.type_name(&obj)
            )));
        };
        let receiver = self.builtin_receiver(&method, &obj);
        let it = self.call(&method, &[receiver], &[])?;
        if lookup(&self.classes.class_of(&it), "__anext__").is_none() {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.classes.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `GET_ANEXT`: the awaitable for the next step of `async for`.
    pub fn get_anext_impl(&mut self, aiter: &Value) -> PyResult<Value> {
        if let Some(AsyncObject::AsyncGen(_)) = as_async(aiter) {
            return Ok(self.async_gen_asend(aiter, Value::Null));
        }
        let class = self.classes.class_of(aiter);
        let Some(method) = lookup(&class, "__anext__") else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.classes.type_name(aiter)
            )));
        };
        let receiver = self.builtin_receiver(&method, aiter);
        let next = self.call(&method, &[receiver], &[])?;
        match self.awaitable_iter(&next) {
            Ok(a) => Ok(a),
            Err(cause) => {
                let e = self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.classes.type_name(&next)
                ));
                Err(self.chain_from(e, cause))
            }
        }
    }

    /// `raise new from cause`, as `_PyErr_FormatFromCause` chains them.
    pub fn chain_from(&self, new: PyErr, cause: PyErr) -> PyErr {
        let data = new.data();
        *data.cause.borrow_mut() = cause.0.clone();
        *data.context.borrow_mut() = cause.0;
        data.suppress_context.set(true);
        new
    }

    /// `END_ASYNC_FOR`: `StopAsyncIteration` ends the loop, anything else is
    /// re-raised.
    pub fn end_async_for_impl(&mut self, exc: Value) -> Result<(), Raise<PyErr>> {
        let err = PyErr(exc);
        if matches!(err.0.as_obj().map(|o| &**o), Some(Object::Exception(_)))
            && self.is_instance_of(&err, "StopAsyncIteration")
        {
            return Ok(());
        }
        self.reraising = true;
        Err(Raise::Pop(err))
    }
}
