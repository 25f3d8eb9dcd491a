//! Generators: a generator object owns a suspended [`Frame`] together with the
//! dispatch loop's registers for it (instruction pointer and value stack).
//!
//! `RETURN_GENERATOR` makes the object and [`Vm::generator_leave`] moves the frame into it;
//! each resumption ([`Vm::resume`]) runs the frame in a nested dispatch loop as its
//! entry frame, until `YIELD_VALUE` suspends it again (the frame comes back
//! through [`Vm::generator_leave`]), it returns, or an exception escapes it.

use super::descriptors::Native;
use super::frame::Frame;
use super::generated::{self, Flow, Leave, Raise, Regs, Runtime};
use super::Vm;
use crate::code::Code;
use crate::object::{Object, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// A generator object.
pub struct Generator {
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
                    if let Some(g) = as_generator(&gen) {
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
            let gen = Value::obj(Object::Native(Native::Generator(Generator {
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
            })));
            let Some(g) = as_generator(&gen) else {
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
        let gen = Value::obj(Object::Native(Native::Generator(Generator {
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            code,
            state: RefCell::new(GenState::default()),
        })));
        self.gen.pending = Some(gen.clone());
        Ok(gen)
    }

    /// Resumes a generator: runs its frame until it yields, returns or raises.
    pub fn resume(&mut self, gen: &Generator, input: Input) -> PyResult<Resumed> {
        let mut st = gen.state.borrow_mut();
        if st.running {
            drop(st);
            return Err(self.value_error("generator already executing"));
        }
        let Some(mut s) = st.suspended.take() else {
            drop(st);
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
                    return Err(
                        self.type_error("can't send non-None value to a just-started generator")
                    );
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
            Value::None => Vec::new(),
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
        let delegate = self.delegate_of(gen);
        if let Some(sub) = delegate {
            let is_exit = self.is_instance_of(&exc, "GeneratorExit");
            let outcome = if is_exit {
                match self.close_iterator(&sub) {
                    Ok(()) => None,
                    Err(e) => Some(Err(e)),
                }
            } else if let Some(g) = as_generator(&sub) {
                Some(self.generator_throw(g, exc.clone()))
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

    /// The iterator a suspended `yield from` delegates to.
    fn delegate_of(&self, gen: &Generator) -> Option<Value> {
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
        if let Some(g) = as_generator(sub) {
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
            Ok(Resumed::Yielded(_)) => {
                Err(self.new_error("RuntimeError", "generator ignored GeneratorExit"))
            }
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
        let done = |r: Value| Flow::Jump(oparg as i32, r);
        if let Some(g) = as_generator(receiver) {
            return Ok(match self.resume(g, Input::Send(v))? {
                Resumed::Yielded(x) => Flow::Next(x),
                Resumed::Returned(r) => done(r),
            });
        }
        let step = if matches!(v, Value::None) {
            match self.next(receiver) {
                Ok(Some(x)) => Ok(x),
                Ok(None) => return Ok(done(Value::None)),
                Err(e) => Err(e),
            }
        } else {
            let send = self.getattr(receiver, "send")?;
            self.call(&send, &[v], &[])
        };
        match step {
            Ok(x) => Ok(Flow::Next(x)),
            Err(e) if self.is_instance_of(&e, "StopIteration") => {
                Ok(done(self.stop_iteration_value(&e)))
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
    /// through `iter()`.
    pub fn yield_from_iter(&mut self, iterable: Value) -> PyResult<Value> {
        if as_generator(&iterable).is_some() {
            return Ok(iterable);
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
        let msg = if self.is_instance_of(&err, "StopIteration") {
            "generator raised StopIteration"
        } else if self.is_instance_of(&err, "StopAsyncIteration") {
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

    /// The `repr` of a generator.
    pub fn generator_repr(&mut self, gen: &Generator, id: i64) -> PyResult<String> {
        let q = gen.qualname.borrow().clone();
        let q = self.str_of(&q)?;
        Ok(format!("<generator object {q} at {id:#x}>"))
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
            let st = gen.state.borrow();
            if st.suspended.is_some() || st.running {
                return Err(vm.new_error("NotImplementedError", "gi_frame is not supported"));
            }
            Value::None
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
    if args.is_empty() || args.len() > 3 {
        return Err(vm.type_error(format!(
            "throw expected at least 1 argument, got {}",
            args.len()
        )));
    }
    let err = match (&args[0], args.get(1)) {
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
    match vm.generator_throw(gen, err)? {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(vm.stop_iteration(v)),
    }
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
    let (this, _) = crate::interp::descriptors::bound(this, args);
    let gen = this_gen(vm, this, "close")?;
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
        let Some(g) = as_generator(it) else {
            return Ok(None);
        };
        match self.resume(g, Input::Send(Value::None))? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(r) => match default {
                Some(d) => Ok(Some(d.clone())),
                None => Err(self.stop_iteration(r)),
            },
        }
    }
}
