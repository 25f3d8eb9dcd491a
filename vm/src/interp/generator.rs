//! Generators: a generator object owns a suspended [`Frame`] together with the
//! dispatch loop's registers for it (instruction pointer and value stack).
//!
//! `RETURN_GENERATOR` makes the object and [`Vm::generator_leave`] moves the frame into it;
//! each resumption ([`Vm::resume`]) runs the frame in a nested dispatch loop as its
//! entry frame, until `YIELD_VALUE` suspends it again (the frame comes back
//! through [`Vm::generator_leave`]), it returns, or an exception escapes it.
//!
//! Coroutines and async generators (see `coroutine.rs` and `async_gen.rs`)
//! own the same [`Generator`] core, with a [`GenKind`] saying which they are:
//! suspension, resumption, `throw` and `close` are shared.

use super::descriptors::Native;
use super::frame::Frame;
use super::generated::{self, Flow, Leave, Raise, Regs, Runtime};
use super::Vm;
use crate::code::Code;
use crate::object::{Object, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// Which kind of object owns a suspended frame.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    /// A generator (`def` with `yield`).
    Generator,
    /// A coroutine (`async def`).
    Coroutine,
    /// An async generator (`async def` with `yield`).
    AsyncGenerator,
}

impl GenKind {
    /// The kind of object a function with this code makes when called.
    pub fn of_code(code: &Code) -> GenKind {
        let flags = code.data.flags;
        if flags & crate::code::CO_ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else if flags & crate::code::CO_COROUTINE != 0 {
            GenKind::Coroutine
        } else {
            GenKind::Generator
        }
    }

    /// How CPython's messages name this kind ("generator", "coroutine",
    /// "async generator").
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// A generator object (also the core of coroutines and async generators).
pub struct Generator {
    /// Which kind of object this is.
    pub kind: GenKind,
    /// `__name__`.
    pub name: RefCell<Value>,
    /// `__qualname__`.
    pub qualname: RefCell<Value>,
    /// The code of the generator function.
    pub code: Rc<Code>,
    /// Where it is.
    pub state: RefCell<GenState>,
}

/// The mutable part of a generator.
#[derive(Default)]
pub struct GenState {
    /// The suspended frame; `None` while it runs and once it is finished.
    pub suspended: Option<Suspended>,
    /// Whether it is running now.
    pub running: bool,
    /// Whether it has been resumed at least once.
    pub started: bool,
    /// The exception its frame is handling while it is suspended.
    pub handled: Value,
    /// Whether it has been finalized (closed because nothing refers to it).
    pub finalized: bool,
}

/// A suspended generator that nothing refers to any more, waiting for the
/// interpreter to close it (CPython closes a generator when it is freed).
pub struct Orphan {
    /// Its kind.
    pub kind: GenKind,
    /// `__name__`.
    pub name: Value,
    /// `__qualname__`.
    pub qualname: Value,
    /// Its code.
    pub code: Rc<Code>,
    /// Its frame.
    pub suspended: Suspended,
    /// The exception it was handling.
    pub handled: Value,
}

thread_local! {
    /// Generators dropped while suspended, to be closed at the next call.
    static ORPHANS: RefCell<Vec<Orphan>> = const { RefCell::new(Vec::new()) };
}

impl Drop for Generator {
    fn drop(&mut self) {
        let st = self.state.get_mut();
        if !st.started || st.running || st.finalized {
            return;
        }
        let Some(suspended) = st.suspended.take() else {
            return;
        };
        let orphan = Orphan {
            kind: self.kind,
            name: std::mem::take(self.name.get_mut()),
            qualname: std::mem::take(self.qualname.get_mut()),
            code: self.code.clone(),
            suspended,
            handled: std::mem::take(&mut st.handled),
        };
        let _ = ORPHANS.try_with(|o| o.borrow_mut().push(orphan));
        super::class::finalize::note_pending();
    }
}

/// A frame that is not running, with the registers to continue it.
pub struct Suspended {
    /// The frame.
    pub frame: Frame,
    /// The instruction to continue at.
    pub ip: usize,
    /// Its value stack.
    pub stack: Vec<Value>,
}

/// The interpreter's generator bookkeeping between a uop and `leave_frame`.
#[derive(Default)]
pub struct GenRuntime {
    /// The generator `RETURN_GENERATOR` just made, waiting for its frame.
    pub pending: Option<Value>,
    /// The frame that just yielded.
    pub yielded: Option<Suspended>,
}

/// How a generator is resumed.
pub enum Input {
    /// With a value for the suspended `yield` (`None` for `next()`).
    Send(Value),
    /// By raising an exception at the suspended `yield`.
    Throw(PyErr),
}

/// How a resumption ended, when no exception escaped.
pub enum Resumed {
    /// The generator yielded this value.
    Yielded(Value),
    /// The generator returned this value (it is finished).
    Returned(Value),
}

/// The generator object a value is, if it is one.
pub fn as_generator(v: &Value) -> Option<&Generator> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Native(Native::Generator(g))) => Some(g),
        _ => None,
    }
}

/// The frame-owning core of a generator, coroutine or async generator.
pub fn frame_owner(v: &Value) -> Option<&Generator> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Native(Native::Generator(g))) => Some(g),
        Some(Object::Native(Native::Async(a))) => a.frame_owner(),
        _ => None,
    }
}

/// The core of a generator or coroutine (not an async generator): what
/// `SEND`, `throw` delegation and `close` drive directly, as CPython's
/// `PyGen_CheckExact(o) || PyCoro_CheckExact(o)`.
pub fn gen_or_coro(v: &Value) -> Option<&Generator> {
    frame_owner(v).filter(|g| g.kind != GenKind::AsyncGenerator)
}

/// The object owning `gen` as a value of its kind.
fn owner_value(gen: Generator) -> Value {
    match gen.kind {
        GenKind::Generator => Value::obj(Object::Native(Native::Generator(gen))),
        _ => super::coroutine::wrap_core(gen),
    }
}

impl Vm {
    /// Called by `leave_frame` with the frame being left: a frame that yields,
    /// or that has just become a generator's, is kept with its registers.
    pub fn generator_leave(&mut self, how: Leave, frame: Frame, regs: &mut Regs<Vm>) {
        let suspended = |frame, regs: &mut Regs<Vm>| Suspended {
            frame,
            ip: regs.ip,
            stack: std::mem::take(&mut regs.stack),
        };
        match how {
            Leave::Yield => self.gen.yielded = Some(suspended(frame, regs)),
            Leave::Return => {
                if let Some(gen) = self.gen.pending.take() {
                    if let Some(g) = frame_owner(&gen) {
                        g.state.borrow_mut().suspended = Some(suspended(frame, regs));
                    }
                }
            }
        }
    }

    /// Closes the generators that were dropped while suspended (running their
    /// `finally` blocks); errors are reported as CPython reports them, and
    /// otherwise ignored.
    pub fn finalize_generators(&mut self) {
        if !super::class::finalize::take_pending() {
            return;
        }
        loop {
            self.finalize_instances();
            let batch = ORPHANS
                .try_with(|o| std::mem::take(&mut *o.borrow_mut()))
                .unwrap_or_default();
            if batch.is_empty() {
                return;
            }
            for orphan in batch {
                self.close_orphan(orphan);
            }
        }
    }

    fn close_orphan(&mut self, orphan: Orphan) {
        {
            let gen = owner_value(Generator {
                kind: orphan.kind,
                name: RefCell::new(orphan.name),
                qualname: RefCell::new(orphan.qualname),
                code: orphan.code,
                state: RefCell::new(GenState {
                    suspended: Some(orphan.suspended),
                    running: false,
                    started: true,
                    handled: orphan.handled,
                    finalized: true,
                }),
            });
            let Some(g) = frame_owner(&gen) else {
                return;
            };
            if let Err(e) = self.generator_close(g) {
                let what = self.repr(&gen).unwrap_or_default();
                self.write_unraisable(&format!("while closing generator {what}"), &e);
            }
        }
    }

    /// `RETURN_GENERATOR`: a new generator for the running frame, which
    /// `leave_frame` then moves into it.
    pub fn return_generator_impl(&mut self) -> PyResult<Value> {
        let frame = self.frame();
        let code = frame.code.clone();
        let (name, qualname) = match frame.func.as_deref() {
            Some(Object::Function(f)) => (f.name.borrow().clone(), f.qualname.borrow().clone()),
            _ => (
                Value::from_pystr((*code.data.name).clone()),
                Value::from_pystr((*code.data.qualname).clone()),
            ),
        };
        let gen = owner_value(Generator {
            kind: GenKind::of_code(&code),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            code,
            state: RefCell::new(GenState::default()),
        });
        self.gen.pending = Some(gen.clone());
        Ok(gen)
    }

    /// Resumes a generator: runs its frame until it yields, returns or raises.
    pub fn resume(&mut self, gen: &Generator, input: Input) -> PyResult<Resumed> {
        let mut st = gen.state.borrow_mut();
        let noun = gen.kind.noun();
        if st.running {
            drop(st);
            return Err(self.value_error(format!("{noun} already executing")));
        }
        let Some(mut s) = st.suspended.take() else {
            drop(st);
            if gen.kind == GenKind::Coroutine {
                return Err(
                    self.new_error("RuntimeError", "cannot reuse already awaited coroutine")
                );
            }
            return match input {
                Input::Throw(e) => Err(e),
                Input::Send(_) => Ok(Resumed::Returned(Value::None)),
            };
        };
        if !st.started {
            if let Input::Send(v) = &input {
                if !matches!(v, Value::None) {
                    st.suspended = Some(s);
                    drop(st);
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {noun}"
                    )));
                }
            }
        }
        if self.frames.len() >= self.recursion_limit() {
            st.suspended = Some(s);
            drop(st);
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        st.running = true;
        st.started = true;
        let gen_handled = std::mem::take(&mut st.handled);
        drop(st);
        s.frame.entry = true;
        let mut regs = Regs::<Vm> {
            code: s.frame.code.units.clone(),
            ip: s.ip,
            stack: s.stack,
        };
        let caller_handled = std::mem::replace(&mut self.handled, gen_handled);
        self.frames.push(Box::new(s.frame));
        let result = match input {
            Input::Send(v) => {
                regs.stack.push(v);
                generated::run(self, &mut regs)
            }
            Input::Throw(e) => {
                // As CPython does, the thrown-into frame gets `None` as the
                // value of its `yield` before the exception unwinds it.
                regs.stack.push(Value::None);
                let at = s.ip.saturating_sub(1);
                match self.unwind(e, at, &mut regs) {
                    Ok(()) => generated::run(self, &mut regs),
                    Err(e) => Err(e),
                }
            }
        };
        let gen_handled = std::mem::replace(&mut self.handled, caller_handled);
        let yielded = self.gen.yielded.take();
        let mut st = gen.state.borrow_mut();
        st.running = false;
        match result {
            Ok(v) => match yielded {
                Some(s) => {
                    st.suspended = Some(s);
                    st.handled = gen_handled;
                    Ok(Resumed::Yielded(v))
                }
                None => Ok(Resumed::Returned(v)),
            },
            Err(e) => Err(e),
        }
    }

    /// `StopIteration(value)`, with no argument for `None` (as CPython makes it).
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = match value {
            Value::None | Value::Null => Vec::new(),
            v => vec![v],
        };
        PyErr(self.new_exception(self.classes.named("StopIteration"), args))
    }

    /// The `value` of a `StopIteration` instance.
    pub fn stop_iteration_value(&self, err: &PyErr) -> Value {
        match &*err.data().args.borrow() {
            Value::Obj(o) => match &**o {
                Object::Tuple(t) => t.first().cloned().unwrap_or(Value::None),
                _ => Value::None,
            },
            _ => Value::None,
        }
    }

    /// One step of a generator for `next()` and `for`: `None` once it is finished.
    pub fn generator_next(&mut self, gen: &Generator) -> PyResult<Option<Value>> {
        match self.resume(gen, Input::Send(Value::None))? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(_) => Ok(None),
        }
    }

    /// `gen.send(value)`: the next yielded value, or `StopIteration(result)`.
    pub fn generator_send(&mut self, gen: &Generator, value: Value) -> PyResult<Value> {
        match self.resume(gen, Input::Send(value))? {
            Resumed::Yielded(v) => Ok(v),
            Resumed::Returned(v) => Err(self.stop_iteration(v)),
        }
    }

    /// `gen.throw(exc)`: raises `exc` at the suspended `yield` (inside the
    /// iterator a `yield from` delegates to, first).
    pub fn generator_throw(&mut self, gen: &Generator, exc: PyErr) -> PyResult<Resumed> {
        self.generator_throw_ex(gen, exc, true)
    }

    /// `gen.throw(exc)`; with `close_on_exit` false a `GeneratorExit` is thrown
    /// into the iterator a `yield from`/`await` delegates to rather than
    /// closing it (what `aclose()` does, to let the async generator await).
    pub fn generator_throw_ex(
        &mut self,
        gen: &Generator,
        exc: PyErr,
        close_on_exit: bool,
    ) -> PyResult<Resumed> {
        let delegate = self.delegate_of(gen);
        if let Some(sub) = delegate {
            let is_exit = self.is_instance_of(&exc, "GeneratorExit");
            let outcome = if is_exit && close_on_exit {
                match self.close_iterator(&sub) {
                    Ok(()) => None,
                    Err(e) => Some(Err(e)),
                }
            } else if let Some(g) = gen_or_coro(&sub) {
                Some(self.generator_throw_ex(g, exc.clone(), close_on_exit))
            } else {
                match self.lookup_attr(&sub, "throw")? {
                    Some(throw) => Some(
                        self.call(&throw, std::slice::from_ref(&exc.0), &[])
                            .map(Resumed::Yielded),
                    ),
                    None => None,
                }
            };
            match outcome {
                None => {}
                Some(Ok(Resumed::Yielded(v))) => return Ok(Resumed::Yielded(v)),
                Some(Ok(Resumed::Returned(v))) => {
                    let stop = self.stop_iteration(v);
                    return self.resume(gen, Input::Throw(stop));
                }
                Some(Err(e)) => return self.resume(gen, Input::Throw(e)),
            }
        }
        self.resume(gen, Input::Throw(exc))
    }

    /// The iterator a suspended `yield from` (or `await`) delegates to.
    pub fn delegate_of(&self, gen: &Generator) -> Option<Value> {
        let st = gen.state.borrow();
        let s = st.suspended.as_ref()?;
        let at = s.ip.checked_sub(1)?;
        let unit = s.frame.code.units.get(at)?.get();
        let yield_value = generated::Opcode::YIELD_VALUE as u8;
        if (unit & 0xff) as u8 == yield_value && (unit >> 8) == 1 {
            s.stack.last().cloned()
        } else {
            None
        }
    }

    /// Closes an iterator a `yield from` delegates to, when it has `close`.
    fn close_iterator(&mut self, sub: &Value) -> PyResult<()> {
        if let Some(g) = gen_or_coro(sub) {
            return self.generator_close(g).map(|_| ());
        }
        if let Some(close) = self.lookup_attr(sub, "close")? {
            self.call(&close, &[], &[])?;
        }
        Ok(())
    }

    /// `gen.close()`: raises `GeneratorExit` at the suspended `yield`.
    pub fn generator_close(&mut self, gen: &Generator) -> PyResult<Value> {
        {
            let mut st = gen.state.borrow_mut();
            if st.running {
                drop(st);
                return Err(self.value_error("generator already executing"));
            }
            if st.suspended.is_none() {
                return Ok(Value::None);
            }
            if !st.started {
                st.suspended = None;
                return Ok(Value::None);
            }
        }
        let exit = PyErr(self.new_exception(self.classes.named("GeneratorExit"), Vec::new()));
        match self.generator_throw(gen, exit) {
            Ok(Resumed::Yielded(_)) => Err(self.new_error(
                "RuntimeError",
                &format!("{} ignored GeneratorExit", gen.kind.noun()),
            )),
            Ok(Resumed::Returned(v)) => Ok(v),
            Err(e)
                if self.is_instance_of(&e, "GeneratorExit")
                    || self.is_instance_of(&e, "StopIteration") =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// `SEND`: one step of the iterator a `yield from` delegates to; jumps by
    /// `oparg` with its result once it is exhausted.
    pub fn send_impl(
        &mut self,
        oparg: u32,
        receiver: &mut Value,
        v: &mut Value,
    ) -> PyResult<Flow<Value>> {
        let v = std::mem::take(v);
        Ok(match self.send_step(receiver, v)? {
            Resumed::Yielded(x) => Flow::Next(x),
            Resumed::Returned(r) => Flow::Jump(oparg as i32, r),
        })
    }

    /// One step of the iterator a `yield from` or `await` delegates to, with
    /// `v` sent in (`next()` for `None`, else its `send` method); a
    /// `StopIteration` it raises becomes `Returned` with its value.
    pub fn send_step(&mut self, receiver: &Value, v: Value) -> PyResult<Resumed> {
        let resumed = match gen_or_coro(receiver) {
            Some(g) => Some(self.resume(g, Input::Send(v.clone()))?),
            None => self.async_iter_send(receiver, v.clone())?,
        };
        if let Some(r) = resumed {
            return Ok(match r {
                Resumed::Returned(Value::Null) => Resumed::Returned(Value::None),
                r => r,
            });
        }
        let is_instance = matches!(receiver.as_obj().map(|o| &**o), Some(Object::Instance(_)));
        let step = if matches!(v, Value::None) && is_instance {
            // `__next__` is called directly so that the value its
            // `StopIteration` carries becomes the result.
            match self.call_special(receiver, "__next__", &[]) {
                Ok(Some(x)) => Ok(x),
                Ok(None) => Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.classes.type_name(receiver)
                ))),
                Err(e) => Err(e),
            }
        } else if matches!(v, Value::None) {
            match self.next(receiver) {
                Ok(Some(x)) => Ok(x),
                Ok(None) => return Ok(Resumed::Returned(Value::None)),
                Err(e) => Err(e),
            }
        } else {
            let send = self.getattr(receiver, "send")?;
            self.call(&send, &[v], &[])
        };
        match step {
            Ok(x) => Ok(Resumed::Yielded(x)),
            Err(e) if self.is_instance_of(&e, "StopIteration") => {
                Ok(Resumed::Returned(self.stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        }
    }

    /// `CLEANUP_THROW`: a `StopIteration` thrown into a `yield from` ends it
    /// with the exception's value; anything else propagates.
    pub fn cleanup_throw_impl(&mut self, exc: Value) -> Result<(Value, Value), Raise<PyErr>> {
        let err = PyErr(exc);
        if matches!(err.0.as_obj().map(|o| &**o), Some(Object::Exception(_)))
            && self.is_instance_of(&err, "StopIteration")
        {
            return Ok((Value::None, self.stop_iteration_value(&err)));
        }
        self.reraising = true;
        Err(Raise::Pop(err))
    }

    /// `GET_YIELD_FROM_ITER`: generators delegate to themselves, anything else
    /// through `iter()`; a coroutine cannot be delegated to (no code object
    /// here has `CO_ITERABLE_COROUTINE`).
    pub fn yield_from_iter(&mut self, iterable: Value) -> PyResult<Value> {
        if as_generator(&iterable).is_some() {
            return Ok(iterable);
        }
        if frame_owner(&iterable).is_some_and(|g| g.kind == GenKind::Coroutine) {
            return Err(self.type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            ));
        }
        self.iter(&iterable)
    }

    /// `INTRINSIC_STOPITERATION_ERROR`: a `StopIteration` escaping a generator
    /// becomes `RuntimeError("generator raised StopIteration")`.
    pub fn stopiteration_error(&mut self, exc: Value) -> PyResult<Value> {
        let err = PyErr(exc.clone());
        if !matches!(exc.as_obj().map(|o| &**o), Some(Object::Exception(_))) {
            return Ok(exc);
        }
        let kind = GenKind::of_code(&self.frame().code);
        let msg = if self.is_instance_of(&err, "StopIteration") {
            match kind {
                GenKind::Generator => "generator raised StopIteration",
                GenKind::Coroutine => "coroutine raised StopIteration",
                GenKind::AsyncGenerator => "async generator raised StopIteration",
            }
        } else if kind == GenKind::AsyncGenerator && self.is_instance_of(&err, "StopAsyncIteration")
        {
            "async generator raised StopAsyncIteration"
        } else {
            return Ok(exc);
        };
        let new = self.new_error("RuntimeError", msg);
        *new.data().cause.borrow_mut() = exc.clone();
        *new.data().context.borrow_mut() = exc;
        new.data().suppress_context.set(true);
        Ok(new.0)
    }

    /// The `repr` of a generator (or coroutine, or async generator).
    pub fn generator_repr(&mut self, gen: &Generator, id: i64) -> PyResult<String> {
        let q = gen.qualname.borrow().clone();
        let q = self.str_of(&q)?;
        let kind = match gen.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        };
        Ok(format!("<{kind} object {q} at {id:#x}>"))
    }
}

/// The attributes of generator objects that are not methods.
pub fn generator_attr(vm: &mut Vm, gen: &Generator, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "__name__" => gen.name.borrow().clone(),
        "__qualname__" => gen.qualname.borrow().clone(),
        "gi_running" => Value::Bool(gen.state.borrow().running),
        "gi_suspended" => {
            let st = gen.state.borrow();
            Value::Bool(st.started && st.suspended.is_some() && !st.running)
        }
        "gi_code" => Value::obj(Object::Code(gen.code.clone())),
        "gi_yieldfrom" => vm.delegate_of(gen).unwrap_or(Value::None),
        "gi_frame" => {
            if gen.state.borrow().running {
                return Err(vm.new_error("NotImplementedError", "gi_frame is not supported"));
            }
            return vm.generator_frame(gen).map(Some);
        }
        _ => return Ok(None),
    }))
}

fn this_gen<'a>(vm: &Vm, this: &'a Value, method: &str) -> PyResult<&'a Generator> {
    as_generator(this).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' for 'generator' objects doesn't apply to a '{}' object",
            vm.classes.type_name(this)
        ))
    })
}

/// `generator.__next__`.
pub fn gen_next(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: &[(Value, Value)],
) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let gen = this_gen(vm, this, "__next__")?;
    if !args.is_empty() {
        return Err(vm.type_error(format!("expected 0 arguments, got {}", args.len())));
    }
    vm.generator_send(gen, Value::None)
}

/// `generator.__iter__`.
pub fn gen_iter(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: &[(Value, Value)],
) -> PyResult<Value> {
    let (this, _) = crate::interp::descriptors::bound(this, args);
    this_gen(vm, this, "__iter__")?;
    Ok(this.clone())
}

/// `generator.send`.
pub fn gen_send(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: &[(Value, Value)],
) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let gen = this_gen(vm, this, "send")?;
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    vm.generator_send(gen, args[0].clone())
}

/// `generator.throw(exc)` (also the legacy `throw(type, value)` form).
pub fn gen_throw(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: &[(Value, Value)],
) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let gen = this_gen(vm, this, "throw")?;
    let err = throw_error(vm, args, "throw")?;
    match vm.generator_throw(gen, err)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

/// The exception the arguments of `throw(exc)` (or the legacy
/// `throw(type[, value[, traceback]])`) describe; `name` names the method
/// in the argument-count message.
pub fn throw_error(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<PyErr> {
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{name} expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    if args.len() > 1 {
        vm.warn_deprecated(&format!(
            "the (type, exc, tb) signature of {name}() is deprecated, use the single-arg signature instead."
        ));
    }
    let typ = &args[0];
    let base = vm.classes.named("BaseException").clone();
    let raisable = match typ.as_obj() {
        Some(o) if matches!(&**o, Object::Type(_)) => {
            crate::object::TypeObject::is_subtype(o, &base)
        }
        Some(o) => matches!(&**o, Object::Exception(_)),
        None => false,
    };
    if !raisable {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.classes.type_name(typ)
        )));
    }
    let err = match (typ, args.get(1)) {
        (t, Some(v)) if !matches!(v, Value::None) && is_class(t) => {
            if matches!(v.as_obj().map(|o| &**o), Some(Object::Exception(_))) {
                PyErr(v.clone())
            } else {
                let class = t.as_obj().cloned();
                match class {
                    Some(c) => {
                        let args = match v.as_obj().map(|o| &**o) {
                            Some(Object::Tuple(items)) => items.to_vec(),
                            _ => vec![v.clone()],
                        };
                        PyErr(vm.instantiate(&c, &args, &[])?)
                    }
                    None => return Err(vm.type_error("exceptions must be classes or instances deriving from BaseException, not int")),
                }
            }
        }
        (e, _) => match e.as_obj().map(|o| &**o) {
            Some(Object::Exception(_)) | Some(Object::Type(_)) => vm.make_exception(e.clone())?,
            _ => {
                return Err(vm.type_error(format!(
                    "exceptions must be classes or instances deriving from BaseException, not {}",
                    vm.classes.type_name(e)
                )))
            }
        },
    };
    Ok(err)
}

fn is_class(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &**o), Some(Object::Type(_)))
}

/// `generator.close`.
pub fn gen_close(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    _: &[(Value, Value)],
) -> PyResult<Value> {
    let (this, args) = crate::interp::descriptors::bound(this, args);
    let gen = this_gen(vm, this, "close")?;
    if !args.is_empty() {
        return Err(vm.type_error(format!(
            "generator.close() takes no arguments ({} given)",
            args.len()
        )));
    }
    vm.generator_close(gen)
}

impl Vm {
    /// `next(gen[, default])` for a generator: its return value goes into the
    /// `StopIteration`. `None` when `it` is no generator.
    pub fn generator_builtin_next(
        &mut self,
        it: &Value,
        default: Option<&Value>,
    ) -> PyResult<Option<Value>> {
        let resumed = match as_generator(it) {
            Some(g) => self.resume(g, Input::Send(Value::None))?,
            None => match self.async_iter_send(it, Value::None)? {
                Some(Resumed::Yielded(v)) => return Ok(Some(v)),
                Some(Resumed::Returned(r)) => {
                    return match default {
                        Some(d) => Ok(Some(d.clone())),
                        None => Err(self.stop_iteration_exact(r)),
                    }
                }
                None => return Ok(None),
            },
        };
        match resumed {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(r) => match default {
                Some(d) => Ok(Some(d.clone())),
                None => Err(self.stop_iteration(r)),
            },
        }
    }
}
