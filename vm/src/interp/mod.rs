//! The interpreter: the [`Vm`] implements the generated `Runtime` and `Uops`
//! traits, so that `run` executes CPython's instructions with our handlers.
//!
//! - [`frame`]: frames and how the dispatch loop's registers move between them;
//! - [`handlers`]: one method per uop;
//! - [`ops`]: the object protocols the handlers share (truth, repr, arithmetic,
//!   comparison, attributes, iteration, subscripts);
//! - [`call`]: calling functions and binding arguments;
//! - [`builtins`]: the `builtins` module; [`classes`]: the builtin classes and
//!   the exception hierarchy; [`errors`]: raising; [`hash`]: dict keys;
//! - [`class`]: class creation, metaclasses, special attributes, `vars`/`dir`,
//!   calls with `*args`/`**kwargs`; [`descriptors`]: `classmethod`,
//!   `staticmethod`, `property`, `super` and the other native objects;
//!   [`generator`]: generators; [`coroutine`] and [`async_gen`]: coroutines,
//!   async generators and `await`; [`with`]: the `with` statement; [`sys`]: the
//!   `sys` module and imports.
//! - [`templates`]: t-strings; [`typing`] and [`generic_alias`]: type
//!   parameters, type aliases, generic aliases and unions; [`string_module`]:
//!   the `string` package; [`import_star`]: `from module import *`.

pub mod async_gen;
pub mod builtin_dunders;
pub mod builtins;
pub mod call;
pub mod class;
pub mod classes;
pub mod coroutine;
pub mod descriptors;
pub mod dir_names;
pub mod errors;
pub mod exception_group;
pub mod fast_paths;
pub mod file_io;
pub mod frame;
pub mod function_methods;
pub mod gen_frame;
pub mod generator;
pub mod generic_alias;
pub mod handlers;
pub mod hash;
pub mod import_star;
pub mod instrumented;
pub mod intrinsics;
pub mod kwarg_hint;
pub mod matching;
pub mod math_module;
pub mod name_cache;
pub mod numbers;
pub mod ops;
pub mod site;
pub mod specialized;
pub mod stdin;
pub mod string_module;
pub mod struct_seq;
pub mod suggestions;
pub mod sys;
pub mod sys_info;
pub mod sys_limits;
pub mod templates;
pub mod typing;
pub mod uncaught;
pub mod warnings;
pub mod with;

/// The items generated from `inputs/bytecodes.c`: opcodes, metadata, cache
/// views, the `Runtime` and `Uops` traits and the dispatch loop.
pub mod generated {
    bytecodes_macro::include_bytecodes!(
        "../inputs/bytecodes.c",
        opt_out(
            // CPython stops the process when it executes these (`Py_FatalError`);
            // without a handler the loop raises `SystemError` naming them instead.
            // ENTER_EXECUTOR only appears once a tier-2 optimizer has written it.
            CACHE,
            RESERVED,
            ENTER_EXECUTOR,
            // Specialized uops that read an object through a pointer CPython cached
            // (`descr`) with no name to find it by, or write an inline value slot at
            // a byte offset our objects do not have: no behaviour fits their
            // signatures (see `specialized.rs`).
            _LOAD_ATTR_CLASS,
            _STORE_ATTR_INSTANCE_VALUE,
            // Instrumented instructions that must re-dispatch to the instruction they
            // replaced (kept in monitoring data we do not have), or that jump through
            // `INSTRUMENTED_JUMP`, which gives their signatures no way to jump (see
            // `instrumented.rs`).
            INSTRUMENTED_LINE,
            INSTRUMENTED_INSTRUCTION,
            INSTRUMENTED_JUMP_FORWARD,
            _MONITOR_JUMP_BACKWARD,
            INSTRUMENTED_POP_JUMP_IF_TRUE,
            INSTRUMENTED_POP_JUMP_IF_FALSE,
            INSTRUMENTED_POP_JUMP_IF_NONE,
            INSTRUMENTED_POP_JUMP_IF_NOT_NONE,
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
    pub frames: Vec<Box<Frame>>,
    /// Finished frames whose storage the next calls reuse.
    pub frame_pool: Vec<Box<Frame>>,
    /// The exception being handled (`sys.exc_info()`), or `None`.
    pub handled: Value,
    /// Set by `RERAISE`: the exception keeps its traceback as it is.
    pub reraising: bool,
    /// Buffered standard output.
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Generator bookkeeping between uops and `leave_frame`.
    pub gen: generator::GenRuntime,
    /// The state behind the `sys` module.
    pub sys: sys::SysState,
    /// Class bookkeeping (subclass lists).
    pub class_state: class::ClassState,
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
            frame_pool: Vec::new(),
            handled: Value::None,
            reraising: false,
            stdout: std::io::BufWriter::new(std::io::stdout()),
            argv,
            gen: generator::GenRuntime::default(),
            sys: sys::SysState::default(),
            class_state: class::ClassState::default(),
        };
        builtins::install(&mut vm);
        descriptors::install(&mut vm);
        coroutine::install(&mut vm);
        class::install(&mut vm);
        sys::install(&mut vm);
        site::install(&mut vm);
        file_io::install(&mut vm);
        typing::install(&mut vm);
        templates::install(&mut vm);
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
        self.init_main_globals(&globals)?;
        let frame = self.new_frame(code, globals.clone(), Some(g), None);
        self.run_frame(frame)
    }

    /// Runs a frame to completion with the dispatch loop (a nested run: used for
    /// the main module and for Python code called from Rust).
    pub fn run_frame(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        if self.frames.len() >= self.recursion_limit() {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        frame.entry = true;
        let mut stack = std::mem::take(&mut frame.saved_stack);
        stack.reserve(frame.code.stack_reserve());
        let mut regs = generated::Regs {
            code: frame.code.units.clone(),
            ip: 0,
            stack,
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
