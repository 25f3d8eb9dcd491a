//! Frames, and the `Runtime` plumbing that moves the dispatch loop's registers
//! between them on calls, returns and exceptions.

use super::generated::{Fault, Leave, Regs, Runtime};
use super::Vm;
use crate::code::Code;
use crate::object::exception::TracebackEntry;
use crate::object::{ObjRef, PyErr, Value};
use std::rc::Rc;

/// A function activation.
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// The module namespace.
    pub globals: ObjRef,
    /// The namespace `LOAD_NAME`/`STORE_NAME` use (module and class bodies).
    pub locals: Option<Value>,
    /// Locals, cells and free variables.
    pub fast: Vec<Value>,
    /// The function being run, if any.
    pub func: Option<ObjRef>,
    /// Where the loop stopped in this frame while a callee runs.
    pub saved_ip: usize,
    /// The value stack while a callee runs.
    pub saved_stack: Vec<Value>,
    /// The instruction of this frame that made the current call.
    pub call_at: usize,
    /// Whether a nested `run` started in this frame (it returns when it does).
    pub entry: bool,
    /// Where the frame is in the `except*` clauses of its last handler.
    pub star: super::exception_group::star::StarCursor,
}

impl Frame {
    /// A frame for `code` with empty locals.
    pub fn new(
        code: Rc<Code>,
        globals: ObjRef,
        locals: Option<Value>,
        func: Option<ObjRef>,
    ) -> Frame {
        let n = code.nlocalsplus();
        Frame {
            code,
            globals,
            locals,
            fast: vec![Value::Null; n],
            func,
            saved_ip: 0,
            saved_stack: Vec::new(),
            call_at: 0,
            entry: false,
            star: Default::default(),
        }
    }
}

/// How many finished frames are kept for reuse.
const FRAME_POOL: usize = 64;

impl Vm {
    /// A frame for `code` with empty locals, reusing the storage of a finished
    /// frame when there is one.
    pub fn new_frame(
        &mut self,
        code: Rc<Code>,
        globals: ObjRef,
        locals: Option<Value>,
        func: Option<ObjRef>,
    ) -> Box<Frame> {
        let Some(mut frame) = self.frame_pool.pop() else {
            return Box::new(Frame::new(code, globals, locals, func));
        };
        // Every field is named, so that a new one cannot be left stale.
        let Frame {
            code: frame_code,
            globals: frame_globals,
            locals: frame_locals,
            fast,
            func: frame_func,
            saved_ip,
            saved_stack: _,
            call_at,
            entry,
            star,
        } = &mut *frame;
        fast.clear();
        super::generated::__support::grow(fast, code.nlocalsplus());
        *frame_code = code;
        *frame_globals = globals;
        *frame_locals = locals;
        *frame_func = func;
        *saved_ip = 0;
        *call_at = 0;
        *entry = false;
        *star = Default::default();
        frame
    }

    /// Takes back a finished frame: its values are released now, its storage
    /// is kept for the next call.
    fn recycle_frame(&mut self, mut frame: Box<Frame>, stack: Vec<Value>) {
        frame.fast.clear();
        frame.locals = None;
        frame.func = None;
        frame.saved_stack = stack;
        frame.saved_stack.clear();
        if self.frame_pool.len() < FRAME_POOL {
            self.frame_pool.push(frame);
        }
    }
}

impl Runtime for Vm {
    type Value = Value;
    type Error = PyErr;
    type Frame = Box<Frame>;
    type Code = Rc<[std::cell::Cell<u16>]>;

    fn enter_frame(&mut self, mut frame: Box<Frame>, at: usize, regs: &mut Regs<Self>) {
        let mut stack = std::mem::take(&mut frame.saved_stack);
        stack.reserve(frame.code.stack_reserve());
        let caller = self.frame_mut();
        caller.saved_ip = regs.ip;
        caller.call_at = at;
        caller.saved_stack = std::mem::replace(&mut regs.stack, stack);
        regs.code = frame.code.units.clone();
        regs.ip = 0;
        self.frames.push(frame);
    }

    fn leave_frame(&mut self, how: Leave, regs: &mut Regs<Self>) -> bool {
        let Some(done) = self.frames.pop() else {
            return false;
        };
        let entry = done.entry;
        let done = if matches!(how, Leave::Yield) || self.gen.pending.is_some() {
            self.generator_leave(how, *done, regs);
            None
        } else {
            Some(done)
        };
        if entry {
            return false;
        }
        let Some(caller) = self.frames.last_mut() else {
            return false;
        };
        regs.code = caller.code.units.clone();
        regs.ip = caller.saved_ip;
        let finished = std::mem::replace(&mut regs.stack, std::mem::take(&mut caller.saved_stack));
        if let Some(done) = done {
            self.recycle_frame(done, finished);
        }
        true
    }

    fn unwind(&mut self, error: PyErr, at: usize, regs: &mut Regs<Self>) -> Result<(), PyErr> {
        let mut at = at;
        let mut fresh = !std::mem::take(&mut self.reraising);
        loop {
            let code = self.frame().code.clone();
            if fresh {
                let data = error.data();
                if data.traceback.borrow().is_empty()
                    && data.context.borrow().is_null()
                    && !self.handled.is(&error.0)
                {
                    if let Value::Obj(_) = &self.handled {
                        *data.context.borrow_mut() = self.handled.clone();
                    }
                    super::suggestions::record_raised_name_error(self, &error);
                }
                data.traceback.borrow_mut().push(TracebackEntry {
                    code: code.clone(),
                    at,
                    locals: None,
                });
            }
            fresh = true;
            if let Some(h) = code.handler_for(at) {
                self.frame_mut().star.caught(h.target as usize);
                regs.stack.truncate(h.depth as usize);
                if h.lasti {
                    regs.stack.push(Value::Int(at as i64));
                }
                regs.stack.push(error.0.clone());
                regs.ip = h.target as usize;
                return Ok(());
            }
            let mut done = self.frames.pop();
            if let Some(f) = done.as_mut() {
                keep_locals(&error, f);
            }
            if done.is_none_or(|f| f.entry) {
                return Err(error);
            }
            let Some(caller) = self.frames.last_mut() else {
                return Err(error);
            };
            regs.code = caller.code.units.clone();
            regs.ip = caller.saved_ip;
            regs.stack = std::mem::take(&mut caller.saved_stack);
            at = caller.call_at;
        }
    }

    fn fault(&mut self, fault: Fault) -> PyErr {
        self.new_error("SystemError", &fault.to_string())
    }
}

/// Moves the variables of `frame`, which `error` is leaving, into the
/// error's last traceback entry: like CPython's frame objects, they live as
/// long as the traceback does (finalizers of locals run once it is gone).
fn keep_locals(error: &PyErr, frame: &mut Frame) {
    let Some(crate::object::Object::Exception(data)) = error.0.as_obj().map(|o| &**o) else {
        return;
    };
    if frame.fast.iter().all(|v| !matches!(v, Value::Obj(_))) {
        return;
    }
    if let Some(entry) = data.traceback.borrow_mut().last_mut() {
        if Rc::ptr_eq(&entry.code, &frame.code) && entry.locals.is_none() {
            entry.locals = Some(Rc::new(std::mem::take(&mut frame.fast)));
        }
    }
}
