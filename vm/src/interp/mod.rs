//! The interpreter: the [`Vm`] implements the generated `Runtime` and `Uops`
//! traits, so that `run` executes CPython's instructions with our handlers.
//!
//! - [`frame`]: frames and how the dispatch loop's registers move between them;
//! - [`handlers`]: one method per uop;
//! - [`ops`]: the object protocols the handlers share (truth, repr, arithmetic,
//!   comparison, attributes, iteration, subscripts);
//! - [`call`]: calling functions and binding arguments;
//! - [`builtins`]: the `builtins` module; [`classes`]: the builtin classes and
//!   the exception hierarchy; [`errors`]: raising; [`hash`]: dict keys.

pub mod builtins;
pub mod call;
pub mod classes;
pub mod errors;
pub mod frame;
pub mod handlers;
pub mod hash;
pub mod ops;
pub mod uncaught;

/// The items generated from `inputs/bytecodes.c`: opcodes, metadata, cache
/// views, the `Runtime` and `Uops` traits and the dispatch loop.
pub mod generated {
    bytecodes_macro::include_bytecodes!(
        "../inputs/bytecodes.c",
        opt_out(
            specialized,
            instrumented,
            CACHE,
            RESERVED,
            ENTER_EXECUTOR,
            // Not written yet: generators and coroutines, sets, imports, pattern
            // matching, `with`, `super()`, `f(*args, **kwargs)`, exception groups, t-strings.
            END_SEND,
            SET_ADD,
            CALL_INTRINSIC_2,
            GET_AITER,
            GET_ANEXT,
            GET_AWAITABLE,
            _SPECIALIZE_SEND,
            _SEND,
            YIELD_VALUE,
            _END_ASYNC_FOR,
            CLEANUP_THROW,
            LOAD_FROM_DICT_OR_GLOBALS,
            DELETE_DEREF,
            LOAD_FROM_DICT_OR_DEREF,
            BUILD_INTERPOLATION,
            BUILD_TEMPLATE,
            SET_UPDATE,
            BUILD_SET,
            SETUP_ANNOTATIONS,
            DICT_MERGE,
            _SPECIALIZE_LOAD_SUPER_ATTR,
            _LOAD_SUPER_ATTR,
            CHECK_EG_MATCH,
            IMPORT_NAME,
            IMPORT_FROM,
            MATCH_CLASS,
            MATCH_MAPPING,
            MATCH_SEQUENCE,
            MATCH_KEYS,
            GET_YIELD_FROM_ITER,
            _INSERT_NULL,
            _LOAD_SPECIAL,
            WITH_EXCEPT_START,
            EXIT_INIT_CHECK,
            _MAKE_CALLARGS_A_TUPLE,
            _DO_CALL_FUNCTION_EX,
            RETURN_GENERATOR
        )
    );
}

use crate::code::Code;
use crate::object::{Dict, ObjRef, Object, PyResult, Value};
use classes::Classes;
use frame::Frame;
use std::io::Write;
use std::rc::Rc;

/// CPython's default recursion limit.
pub const RECURSION_LIMIT: usize = 1000;

/// The interpreter state.
pub struct Vm {
    /// The builtin classes and exceptions.
    pub classes: Classes,
    /// The `builtins` module namespace.
    pub builtins: ObjRef,
    /// The call stack; the last frame is the running one.
    pub frames: Vec<Frame>,
    /// The exception being handled (`sys.exc_info()`), or `None`.
    pub handled: Value,
    /// Set by `RERAISE`: the exception keeps its traceback as it is.
    pub reraising: bool,
    /// Buffered standard output.
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    /// `sys.argv`.
    pub argv: Vec<String>,
}

impl Vm {
    /// A fresh interpreter.
    pub fn new(argv: Vec<String>) -> Vm {
        let classes = Classes::new();
        let builtins = Rc::new(Object::Dict(std::cell::RefCell::new(Dict::new())));
        let mut vm = Vm {
            classes,
            builtins,
            frames: Vec::new(),
            handled: Value::None,
            reraising: false,
            stdout: std::io::BufWriter::new(std::io::stdout()),
            argv,
        };
        builtins::install(&mut vm);
        vm
    }

    /// Writes to standard output.
    pub fn write_stdout(&mut self, text: &str) {
        let _ = self.stdout.write_all(text.as_bytes());
    }

    /// Flushes standard output.
    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    /// Runs a module's code as `__main__`.
    pub fn run_main(&mut self, code: Rc<Code>) -> PyResult<Value> {
        let globals = Rc::new(Object::Dict(std::cell::RefCell::new(Dict::new())));
        let g = Value::Obj(globals.clone());
        ops::dict_set_str(self, &g, "__name__", Value::str("__main__"))?;
        ops::dict_set_str(self, &g, "__builtins__", Value::Obj(self.builtins.clone()))?;
        let frame = Frame::new(code, globals.clone(), Some(g), None);
        self.run_frame(frame)
    }

    /// Runs a frame to completion with the dispatch loop (a nested run: used for
    /// the main module and for Python code called from Rust).
    pub fn run_frame(&mut self, mut frame: Frame) -> PyResult<Value> {
        if self.frames.len() >= RECURSION_LIMIT {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        frame.entry = true;
        let mut regs = generated::Regs {
            code: frame.code.units.clone(),
            ip: 0,
            stack: Vec::with_capacity(frame.code.data.stacksize as usize),
        };
        self.frames.push(frame);
        generated::run(self, &mut regs)
    }

    /// The running frame.
    pub fn frame(&self) -> &Frame {
        self.frames
            .last()
            .expect("handlers only run inside a frame")
    }

    /// The running frame, mutably.
    pub fn frame_mut(&mut self) -> &mut Frame {
        self.frames
            .last_mut()
            .expect("handlers only run inside a frame")
    }
}
