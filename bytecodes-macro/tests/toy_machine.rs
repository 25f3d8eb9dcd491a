//! A toy machine written inline with `bytecodes!`: a macro of several uops, a
//! family with a cache and a guard, array inputs and outputs, jumps, errors that
//! pop and errors that keep their inputs, an opted-out uop, and a handler
//! implementation that runs small programs.

use std::cell::Cell;
use std::rc::Rc;

mod toy {
    bytecodes_macro::bytecodes!(
        r#"
        inst(NOP, (--)) { }

        inst(LOAD_CONST, (-- value)) {
            value = PyStackRef_FromPyObjectNew(GETITEM(FRAME_CO_CONSTS, oparg));
        }

        inst(LOAD_FAST, (-- value)) {
            value = PyStackRef_DUP(GETLOCAL(oparg));
        }

        inst(STORE_FAST, (value --)) {
            GETLOCAL(oparg) = value;
        }

        family(ADD, 1) = { ADD_INT };

        specializing op(_SPECIALIZE_ADD, (counter/1, left, right -- left, right)) {
            if (both_ints(left, right)) {
                specialize(this_instr, ADD_INT);
            }
        }

        op(_ADD, (left, right -- sum)) {
            sum = generic_add(left, right);
            ERROR_IF(sum == NULL);
        }

        macro(ADD) = _SPECIALIZE_ADD + _ADD;

        op(_GUARD_BOTH_INT, (left, right -- left, right)) {
            DEOPT_IF(!both_ints(left, right));
        }

        op(_ADD_INT, (left, right -- sum)) {
            sum = int_add(left, right);
        }

        macro(ADD_INT) = _GUARD_BOTH_INT + unused/1 + _ADD_INT;

        inst(BUILD_LIST, (items[oparg] -- list)) {
            list = list_from_items(items, oparg);
            ERROR_NO_POP();
        }

        inst(UNPACK, (seq -- items[oparg])) {
            ERROR_IF(length(seq) != oparg);
        }

        inst(SWAP, (bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom)) {
            assert(oparg >= 2);
        }

        inst(POP_JUMP_IF_LESS, (a, b --)) {
            if (less(a, b)) {
                JUMPBY(oparg);
            }
        }

        inst(JUMP_BACKWARD, (--)) {
            JUMPBY(-oparg);
        }

        inst(DIVIDE, (a, b -- q)) {
            ERROR_IF(is_zero(b));
            q = divide(a, b);
        }

        inst(TRACE, (--)) {
            log_state(frame);
        }

        inst(RETURN_VALUE, (retval -- res)) {
            res = retval;
        }
        "#,
        opt_out(TRACE)
    );
}

use toy::*;

#[derive(Clone, Debug, Default, PartialEq)]
enum V {
    #[default]
    Null,
    Int(i64),
    Float(f64),
    List(Vec<V>),
    Error(String),
}

struct Machine {
    consts: Vec<V>,
    locals: Vec<V>,
    handler: Option<usize>,
    log: Vec<String>,
}

impl Runtime for Machine {
    type Value = V;
    type Error = String;
    type Frame = std::convert::Infallible;
    type Code = Rc<[Cell<u16>]>;

    fn enter_frame(&mut self, frame: Self::Frame, _at: usize, _regs: &mut Regs<Self>) {
        match frame {}
    }

    fn leave_frame(&mut self, _how: Leave, _regs: &mut Regs<Self>) -> bool {
        false
    }

    fn unwind(&mut self, error: String, at: usize, regs: &mut Regs<Self>) -> Result<(), String> {
        self.log.push(format!(
            "unwind {error} from {at} at depth {}",
            regs.stack.len()
        ));
        match self.handler.take() {
            Some(target) => {
                regs.stack.clear();
                regs.stack.push(V::Error(error));
                regs.ip = target;
                Ok(())
            }
            None => Err(error),
        }
    }

    fn fault(&mut self, fault: Fault) -> String {
        fault.to_string()
    }
}

impl Uops for Machine {
    fn nop(&mut self) {}

    fn load_const(&mut self, oparg: u32) -> V {
        self.consts[oparg as usize].clone()
    }

    fn load_fast(&mut self, oparg: u32) -> V {
        self.locals[oparg as usize].clone()
    }

    fn store_fast(&mut self, oparg: u32, value: V) {
        self.locals[oparg as usize] = value;
    }

    fn specialize_add(
        &mut self,
        this_instr: usize,
        cache_counter: u16,
        left: &mut V,
        right: &mut V,
    ) {
        self.log.push(format!(
            "specialize? at {this_instr}, counter {cache_counter}"
        ));
        if matches!((&*left, &*right), (V::Int(_), V::Int(_))) {
            self.log.push("specialized".to_string());
            REWRITE.with(|r| r.set(Some((this_instr, Opcode::ADD_INT))));
        }
    }

    fn add(&mut self, left: V, right: V) -> Result<V, String> {
        match (left, right) {
            (V::Int(a), V::Int(b)) => Ok(V::Int(a + b)),
            (V::Float(a), V::Float(b)) => Ok(V::Float(a + b)),
            (V::Int(a), V::Float(b)) | (V::Float(b), V::Int(a)) => Ok(V::Float(a as f64 + b)),
            (l, r) => Err(format!("cannot add {l:?} and {r:?}")),
        }
    }

    fn guard_both_int(&mut self, left: &mut V, right: &mut V) -> Result<(), Deopt> {
        if matches!((&*left, &*right), (V::Int(_), V::Int(_))) {
            Ok(())
        } else {
            self.log.push("deopt".to_string());
            Err(Deopt)
        }
    }

    fn add_int(&mut self, left: V, right: V) -> V {
        match (left, right) {
            (V::Int(a), V::Int(b)) => V::Int(a + b),
            _ => V::Null,
        }
    }

    fn build_list(&mut self, oparg: u32, items: &mut [V]) -> Result<V, String> {
        if items.contains(&V::Null) {
            return Err(format!("NULL among {oparg} items"));
        }
        Ok(V::List(items.iter_mut().map(std::mem::take).collect()))
    }

    fn unpack(&mut self, oparg: u32, seq: V, items: &mut [V]) -> Result<(), String> {
        match seq {
            V::List(v) if v.len() == oparg as usize => {
                for (slot, v) in items.iter_mut().zip(v) {
                    *slot = v;
                }
                Ok(())
            }
            other => Err(format!("cannot unpack {other:?} into {oparg}")),
        }
    }

    fn swap(&mut self, oparg: u32, bottom: V, top: V) -> (V, V) {
        assert!(oparg >= 2);
        (top, bottom)
    }

    fn pop_jump_if_less(&mut self, oparg: u32, a: &mut V, b: &mut V) -> Flow<()> {
        match (&*a, &*b) {
            (V::Int(x), V::Int(y)) if x < y => Flow::Jump(oparg as i32, ()),
            _ => Flow::Next(()),
        }
    }

    fn jump_backward(&mut self, oparg: u32) -> Flow<()> {
        Flow::Jump(-(oparg as i32), ())
    }

    fn divide(&mut self, a: V, b: V) -> Result<V, String> {
        match (a, b) {
            (_, V::Int(0)) => Err("division by zero".to_string()),
            (V::Int(a), V::Int(b)) => Ok(V::Int(a / b)),
            (a, b) => Err(format!("cannot divide {a:?} by {b:?}")),
        }
    }

    fn return_value(&mut self, retval: V) -> Return<V> {
        Return(retval)
    }
}

thread_local! {
    /// A pending rewrite of an instruction, applied by the test between runs of the loop.
    static REWRITE: Cell<Option<(usize, Opcode)>> = const { Cell::new(None) };
}

/// Assembles `(opcode, oparg)` pairs, leaving each instruction's cache zeroed.
fn assemble(program: &[(Opcode, u8)]) -> Rc<[Cell<u16>]> {
    let mut units = Vec::new();
    for &(op, arg) in program {
        units.push(Cell::new(u16::from(op as u8) | (u16::from(arg) << 8)));
        units.extend((0..op.cache_entries()).map(|_| Cell::new(0)));
    }
    units.into()
}

fn machine(consts: Vec<V>) -> Machine {
    Machine {
        consts,
        locals: vec![V::Null; 4],
        handler: None,
        log: Vec::new(),
    }
}

fn run_program(m: &mut Machine, code: Rc<[Cell<u16>]>) -> Result<V, String> {
    let mut regs = Regs {
        code,
        ip: 0,
        stack: Vec::new(),
    };
    run(m, &mut regs)
}

#[test]
fn adds_and_returns() {
    use Opcode::*;
    let code = assemble(&[
        (LOAD_CONST, 0),
        (LOAD_CONST, 1),
        (ADD, 0),
        (RETURN_VALUE, 0),
    ]);
    let mut m = machine(vec![V::Int(2), V::Int(40)]);
    assert_eq!(run_program(&mut m, code), Ok(V::Int(42)));
}

#[test]
fn a_loop_with_jumps_counts_to_ten() {
    use Opcode::*;
    // i = 0; do { i = i + 1 } while i < 10; return i
    let code = assemble(&[
        (LOAD_CONST, 0),       // 0
        (STORE_FAST, 0),       // 1
        (LOAD_FAST, 0),        // 2: loop start
        (LOAD_CONST, 1),       // 3
        (ADD, 0),              // 4, cache at 5
        (STORE_FAST, 0),       // 6
        (LOAD_FAST, 0),        // 7
        (LOAD_CONST, 2),       // 8
        (POP_JUMP_IF_LESS, 2), // 9: to 12 while i < 10
        (LOAD_FAST, 0),        // 10
        (RETURN_VALUE, 0),     // 11
        (JUMP_BACKWARD, 11),   // 12: back to 2
    ]);
    let mut m = machine(vec![V::Int(0), V::Int(1), V::Int(10)]);
    assert_eq!(run_program(&mut m, code), Ok(V::Int(10)));
    let asked = m
        .log
        .iter()
        .filter(|l| l.starts_with("specialize? at 4"))
        .count();
    assert_eq!(asked, 10);
    REWRITE.with(Cell::take);
}

#[test]
fn family_specializes_and_deoptimizes() {
    use Opcode::*;
    let code = assemble(&[(LOAD_FAST, 0), (LOAD_FAST, 1), (ADD, 0), (RETURN_VALUE, 0)]);
    let mut m = machine(vec![]);
    m.locals = vec![V::Int(1), V::Int(2)];
    assert_eq!(run_program(&mut m, code.clone()), Ok(V::Int(3)));
    // The specializing uop asked for ADD_INT: rewrite the instruction.
    let (at, op) = REWRITE
        .with(Cell::take)
        .expect("ADD asked to be specialized");
    assert_eq!((at, op), (2, ADD_INT));
    code[at].set(u16::from(op as u8));
    m.locals = vec![V::Int(5), V::Int(6)];
    assert_eq!(run_program(&mut m, code.clone()), Ok(V::Int(11)));
    assert!(!m.log.contains(&"deopt".to_string()));
    // Floats make the guard fail: the family head runs on the same stack.
    m.locals = vec![V::Float(0.5), V::Int(2)];
    assert_eq!(run_program(&mut m, code.clone()), Ok(V::Float(2.5)));
    assert!(m.log.contains(&"deopt".to_string()));
    // The cache view and a mirrored struct see the same counter.
    caches::AddCache::at(&code, 2).unwrap().set_counter(7);
    assert_eq!(caches::AddCache::at(&code, 2).unwrap().counter(), 7);
    mirror_cache!(
        ADD,
        struct AddCounters {
            counter: u16,
        }
    );
    assert_eq!(
        AddCounters::read(caches::AddCache::at(&code, 2).unwrap().units()).counter,
        7
    );
    assert_eq!(
        caches::AddIntCache::from(caches::AddCache::at(&code, 2).unwrap())
            .units()
            .len(),
        1
    );
}

#[test]
fn arrays_in_and_out() {
    use Opcode::*;
    // [1, 2, 3] unpacked, SWAP 3 turns 1 2 3 into 3 2 1, rebuilt as a list.
    let code = assemble(&[
        (LOAD_CONST, 0),
        (LOAD_CONST, 1),
        (LOAD_CONST, 2),
        (BUILD_LIST, 3),
        (UNPACK, 3),
        (SWAP, 3),
        (BUILD_LIST, 3),
        (RETURN_VALUE, 0),
    ]);
    let mut m = machine(vec![V::Int(1), V::Int(2), V::Int(3)]);
    assert_eq!(
        run_program(&mut m, code),
        Ok(V::List(vec![V::Int(3), V::Int(2), V::Int(1)]))
    );
}

#[test]
fn errors_pop_or_keep_their_inputs_before_unwinding() {
    use Opcode::*;
    // DIVIDE pops its two inputs (ERROR_IF): the stack holds only 1 below them.
    let code = assemble(&[
        (LOAD_CONST, 0),
        (LOAD_CONST, 0),
        (LOAD_CONST, 1),
        (DIVIDE, 0),
        (RETURN_VALUE, 0),
    ]);
    let mut m = machine(vec![V::Int(1), V::Int(0)]);
    assert_eq!(
        run_program(&mut m, code),
        Err("division by zero".to_string())
    );
    assert_eq!(m.log, ["unwind division by zero from 3 at depth 1"]);

    // UNPACK of the wrong length pops its input (ERROR_IF) and unwinds to a handler.
    let code = assemble(&[
        (LOAD_CONST, 0),
        (BUILD_LIST, 1),
        (UNPACK, 2),
        (RETURN_VALUE, 0),
        (RETURN_VALUE, 0),
    ]);
    let mut m = machine(vec![V::Int(9)]);
    m.handler = Some(4);
    let result = run_program(&mut m, code);
    assert_eq!(
        result,
        Ok(V::Error("cannot unpack List([Int(9)]) into 2".to_string()))
    );
    assert_eq!(
        m.log,
        ["unwind cannot unpack List([Int(9)]) into 2 from 2 at depth 0"]
    );

    // BUILD_LIST with a NULL item keeps its inputs (ERROR_NO_POP).
    let code = assemble(&[
        (LOAD_FAST, 3),
        (LOAD_CONST, 0),
        (BUILD_LIST, 2),
        (RETURN_VALUE, 0),
    ]);
    let mut m = machine(vec![V::Int(9)]);
    assert!(run_program(&mut m, code).is_err());
    assert_eq!(m.log, ["unwind NULL among 2 items from 2 at depth 2"]);
}

#[test]
fn opted_out_uops_raise_a_clear_error() {
    use Opcode::*;
    let code = assemble(&[(TRACE, 0), (RETURN_VALUE, 0)]);
    let mut m = machine(vec![]);
    assert_eq!(
        run_program(&mut m, code),
        Err("uop TRACE is not implemented (needed by TRACE)".to_string())
    );
}

#[test]
fn bad_bytecode_is_an_error_not_a_panic() {
    use Opcode::*;
    let mut m = machine(vec![V::Int(1)]);
    assert_eq!(
        run_program(&mut m, assemble(&[(ADD, 0)])),
        Err("stack underflow in ADD at code unit 0".to_string())
    );
    let code: Rc<[Cell<u16>]> = vec![Cell::new(250)].into();
    assert_eq!(
        run_program(&mut m, code),
        Err("unknown opcode 250 at code unit 0".to_string())
    );
    assert_eq!(
        run_program(&mut m, assemble(&[(LOAD_CONST, 0)])),
        Err("the instruction pointer 1 left the code".to_string())
    );
    assert_eq!(
        run_program(&mut m, assemble(&[(SWAP, 0)])),
        Err("bad oparg 0 for SWAP".to_string())
    );
}

#[test]
fn metadata_follows_the_definitions() {
    assert_eq!(Opcode::ADD.size(), 2);
    assert_eq!(Opcode::ADD_INT.family_head(), Some(Opcode::ADD));
    assert_eq!(Opcode::ADD_INT.deopt(), Opcode::ADD);
    assert_eq!(Opcode::ADD.specializations(), &[Opcode::ADD_INT]);
    assert_eq!(Opcode::BUILD_LIST.popped(5), 5);
    assert_eq!(Opcode::UNPACK.pushed(4), 4);
    assert_eq!(Opcode::SWAP.stack_effect(7), 0);
    assert!(Opcode::POP_JUMP_IF_LESS.flags().contains(Flags::HAS_JUMP));
    assert!(Opcode::ADD_INT.flags().contains(Flags::HAS_DEOPT));
}
