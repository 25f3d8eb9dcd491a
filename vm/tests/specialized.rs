//! Specialized and instrumented instructions, run from small code objects
//! assembled here: each fast path must give the generic instruction's result,
//! and each guard that fails must deoptimize to the generic instruction (same
//! result, same error).

use num_bigint::BigInt;
use pyvm::code::Code;
use pyvm::interp::generated::Opcode;
use pyvm::interp::Vm;
use pyvm::marshal::{local_kind, CodeData, MarshalValue, PyStr};
use std::rc::Rc;

use Opcode::*;

/// `BINARY_OP` opargs.
const NB_ADD: u32 = 0;
const NB_MULTIPLY: u32 = 5;
const NB_SUBTRACT: u32 = 10;
const NB_SUBSCR: u32 = 26;

/// `COMPARE_OP` opargs as CPython's compiler makes them: the operator in the
/// high bits, the "make it a bool" bit, and the outcome mask.
const CMP_LT: u32 = 16 | 2;
const CMP_LE: u32 = (1 << 5) | 16 | 2 | 8;
const CMP_EQ: u32 = (2 << 5) | 16 | 8;
const CMP_NE: u32 = (3 << 5) | 16 | 7;
const CMP_GT: u32 = (4 << 5) | 16 | 4;
const CMP_GE: u32 = (5 << 5) | 16 | 4 | 8;

/// A tiny assembler: instructions with zeroed inline caches, constants,
/// names and fast locals.
#[derive(Default)]
struct Asm {
    code: Vec<u8>,
    consts: Vec<MarshalValue>,
    names: Vec<String>,
    locals: Vec<String>,
    argcount: u32,
}

impl Asm {
    /// A code object whose first `params` locals are positional parameters.
    fn function(params: &[&str]) -> Asm {
        Asm {
            locals: params.iter().map(|p| p.to_string()).collect(),
            argcount: params.len() as u32,
            ..Asm::default()
        }
    }

    /// The code unit the next instruction starts at.
    fn here(&self) -> usize {
        self.code.len() / 2
    }

    /// Appends an instruction (and its caches); returns where it starts.
    fn op(&mut self, op: Opcode, arg: u32) -> usize {
        assert!(arg < 256, "no EXTENDED_ARG needed in these tests");
        let at = self.here();
        self.code.extend([op as u8, arg as u8]);
        for _ in 1..op.size() {
            self.code.extend([0, 0]);
        }
        at
    }

    /// Sets the oparg of the instruction at code unit `at`.
    fn patch(&mut self, at: usize, arg: u32) {
        self.code[2 * at + 1] = arg as u8;
    }

    fn konst(&mut self, v: MarshalValue) -> u32 {
        self.consts.push(v);
        self.consts.len() as u32 - 1
    }

    fn name(&mut self, n: &str) -> u32 {
        match self.names.iter().position(|x| x == n) {
            Some(i) => i as u32,
            None => {
                self.names.push(n.to_string());
                self.names.len() as u32 - 1
            }
        }
    }

    fn local(&mut self, n: &str) -> u32 {
        match self.locals.iter().position(|x| x == n) {
            Some(i) => i as u32,
            None => {
                self.locals.push(n.to_string());
                self.locals.len() as u32 - 1
            }
        }
    }

    fn load_const(&mut self, v: MarshalValue) {
        let i = self.konst(v);
        self.op(LOAD_CONST, i);
    }

    fn load_int(&mut self, v: i64) {
        match u32::try_from(v) {
            Ok(small) if small < 256 => {
                self.op(LOAD_SMALL_INT, small);
            }
            _ => self.load_const(int(v)),
        }
    }

    fn load_name(&mut self, n: &str) {
        let i = self.name(n);
        self.op(LOAD_NAME, i);
    }

    fn store_fast(&mut self, n: &str) {
        let i = self.local(n);
        self.op(STORE_FAST, i);
    }

    fn load_fast(&mut self, n: &str) {
        let i = self.local(n);
        self.op(LOAD_FAST, i);
    }

    /// Emits a loop over the iterator on the stack with `for_iter` as its
    /// head; `body` handles each item (left on the stack).
    fn for_loop(&mut self, for_iter: Opcode, body: impl FnOnce(&mut Asm)) {
        let head = self.op(for_iter, 0);
        let after_head = self.here();
        body(self);
        let back = self.op(JUMP_BACKWARD, 0);
        let after_back = self.here();
        self.patch(back, (after_back - head) as u32);
        let end_for = self.op(END_FOR, 0);
        self.patch(head, (end_for - after_head) as u32);
        self.op(POP_ITER, 0);
    }

    fn data(self, name: &str) -> CodeData {
        let nlocals = self.locals.len();
        let mut kinds = vec![local_kind::LOCAL; nlocals];
        for k in kinds.iter_mut().take(self.argcount as usize) {
            *k |= local_kind::ARG_POS | local_kind::ARG_KW;
        }
        let s = |t: &str| Rc::new(PyStr::new(t));
        CodeData {
            argcount: self.argcount,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            stacksize: 16,
            flags: 0,
            code: Rc::from(self.code),
            consts: Rc::from(self.consts),
            names: Rc::from(self.names.iter().map(|n| s(n)).collect::<Vec<_>>()),
            localsplusnames: Rc::from(self.locals.iter().map(|n| s(n)).collect::<Vec<_>>()),
            localspluskinds: Rc::from(kinds),
            filename: s("<test>"),
            name: s(name),
            qualname: s(name),
            firstlineno: 1,
            linetable: Rc::from(Vec::new()),
            exceptiontable: Rc::from(Vec::new()),
        }
    }

    /// This code as a constant, for `MAKE_FUNCTION`.
    fn into_const(self, name: &str) -> MarshalValue {
        MarshalValue::Code(Rc::new(self.data(name)))
    }

    /// Runs this code as the main module: the repr of what it returns, or
    /// `ExceptionName: message`.
    fn run(mut self) -> Result<String, String> {
        if !self.code.ends_with(&[RETURN_VALUE as u8, 0]) {
            self.op(RETURN_VALUE, 0);
        }
        let code = Code::new(Rc::new(self.data("<module>"))).expect("valid code");
        let mut vm = Vm::new(vec!["test".to_string()]);
        match vm.run_main(code) {
            Ok(v) => Ok(vm.repr(&v).unwrap_or_else(|_| "<repr failed>".to_string())),
            Err(e) => {
                let name = vm.classes.type_name(&e.0);
                let message = vm.str_of(&e.0).unwrap_or_default();
                Err(format!("{name}: {message}"))
            }
        }
    }
}

fn int(v: i64) -> MarshalValue {
    MarshalValue::Int(Rc::new(BigInt::from(v)))
}

fn float(v: f64) -> MarshalValue {
    MarshalValue::Float(v)
}

fn string(v: &str) -> MarshalValue {
    MarshalValue::Str(Rc::new(PyStr::new(v)))
}

/// `left <op> right` with the instruction given, its operands constants.
fn binary(
    op: Opcode,
    oparg: u32,
    left: MarshalValue,
    right: MarshalValue,
) -> Result<String, String> {
    let mut a = Asm::default();
    a.load_const(left);
    a.load_const(right);
    a.op(op, oparg);
    a.run()
}

fn ok(s: &str) -> Result<String, String> {
    Ok(s.to_string())
}

#[test]
fn int_arithmetic_fast_paths() {
    assert_eq!(binary(BINARY_OP_ADD_INT, NB_ADD, int(2), int(3)), ok("5"));
    assert_eq!(
        binary(BINARY_OP_SUBTRACT_INT, NB_SUBTRACT, int(2), int(30)),
        ok("-28")
    );
    assert_eq!(
        binary(BINARY_OP_MULTIPLY_INT, NB_MULTIPLY, int(-7), int(6)),
        ok("-42")
    );
    // Overflowing the machine word makes a big int, as the generic operation does.
    assert_eq!(
        binary(BINARY_OP_ADD_INT, NB_ADD, int(i64::MAX), int(1)),
        ok("9223372036854775808")
    );
    assert_eq!(
        binary(
            BINARY_OP_MULTIPLY_INT,
            NB_MULTIPLY,
            int(i64::MAX),
            int(i64::MAX)
        ),
        ok("85070591730234615847396907784232501249")
    );
}

#[test]
fn int_arithmetic_deoptimizes_on_other_operands() {
    assert_eq!(
        binary(BINARY_OP_ADD_INT, NB_ADD, float(1.5), float(2.25)),
        ok("3.75")
    );
    assert_eq!(
        binary(BINARY_OP_ADD_INT, NB_ADD, int(1), float(0.5)),
        ok("1.5")
    );
    assert_eq!(
        binary(BINARY_OP_ADD_INT, NB_ADD, string("a"), string("b")),
        ok("'ab'")
    );
    assert_eq!(
        binary(BINARY_OP_SUBTRACT_INT, NB_SUBTRACT, string("a"), int(1)),
        Err("TypeError: unsupported operand type(s) for -: 'str' and 'int'".to_string())
    );
    assert_eq!(
        binary(BINARY_OP_ADD_INT, NB_ADD, int(1), string("a")),
        Err("TypeError: unsupported operand type(s) for +: 'int' and 'str'".to_string())
    );
    // A big int operand is not compact: the generic path adds it.
    let big = MarshalValue::Int(Rc::new(BigInt::from(1u8) << 80));
    assert_eq!(
        binary(BINARY_OP_ADD_INT, NB_ADD, big, int(1)),
        ok("1208925819614629174706177")
    );
}

#[test]
fn float_and_str_arithmetic() {
    assert_eq!(
        binary(BINARY_OP_ADD_FLOAT, NB_ADD, float(0.1), float(0.2)),
        ok("0.30000000000000004")
    );
    assert_eq!(
        binary(
            BINARY_OP_SUBTRACT_FLOAT,
            NB_SUBTRACT,
            float(1.0),
            float(3.5)
        ),
        ok("-2.5")
    );
    assert_eq!(
        binary(
            BINARY_OP_MULTIPLY_FLOAT,
            NB_MULTIPLY,
            float(1e308),
            float(10.0)
        ),
        ok("inf")
    );
    // Ints under a float guard: the generic operation.
    assert_eq!(
        binary(BINARY_OP_MULTIPLY_FLOAT, NB_MULTIPLY, int(6), int(7)),
        ok("42")
    );
    assert_eq!(
        binary(BINARY_OP_ADD_FLOAT, NB_ADD, float(1.0), int(2)),
        ok("3.0")
    );
    assert_eq!(
        binary(BINARY_OP_ADD_UNICODE, NB_ADD, string("ab"), string("cd")),
        ok("'abcd'")
    );
    assert_eq!(
        binary(BINARY_OP_ADD_UNICODE, NB_ADD, int(1), int(2)),
        ok("3")
    );
    assert_eq!(
        binary(BINARY_OP_ADD_UNICODE, NB_ADD, string("a"), int(2)),
        Err("TypeError: can only concatenate str (not \"int\") to str".to_string())
    );
    // BINARY_OP_EXTEND with an empty descriptor cache, and in-place str
    // concatenation: both run the generic operation.
    assert_eq!(
        binary(BINARY_OP_EXTEND, NB_ADD, float(0.5), int(2)),
        ok("2.5")
    );
    let mut a = Asm::default();
    a.load_const(string("x"));
    a.store_fast("s");
    a.load_fast("s");
    a.load_const(string("y"));
    a.op(BINARY_OP_INPLACE_ADD_UNICODE, 13);
    a.store_fast("s");
    a.load_fast("s");
    assert_eq!(a.run(), ok("'xy'"));
}

#[test]
fn comparisons() {
    let cases = [
        (CMP_LT, "True", "False", "False"),
        (CMP_LE, "True", "True", "False"),
        (CMP_EQ, "False", "True", "False"),
        (CMP_NE, "True", "False", "True"),
        (CMP_GT, "False", "False", "True"),
        (CMP_GE, "False", "True", "True"),
    ];
    for (oparg, less, equal, greater) in cases {
        for (l, r, want) in [(1, 2, less), (2, 2, equal), (3, 2, greater)] {
            assert_eq!(
                binary(COMPARE_OP_INT, oparg, int(l), int(r)),
                ok(want),
                "int {l} {oparg} {r}"
            );
            let (fl, fr) = (float(l as f64), float(r as f64));
            assert_eq!(
                binary(COMPARE_OP_FLOAT, oparg, fl, fr),
                ok(want),
                "float {l} {oparg} {r}"
            );
            let (sl, sr) = (string(&l.to_string()), string(&r.to_string()));
            assert_eq!(
                binary(COMPARE_OP_STR, oparg, sl, sr),
                ok(want),
                "str {l} {oparg} {r}"
            );
            // Mixed operands deoptimize to the generic comparison.
            assert_eq!(
                binary(COMPARE_OP_INT, oparg, float(l as f64), int(r)),
                ok(want)
            );
            assert_eq!(binary(COMPARE_OP_FLOAT, oparg, int(l), int(r)), ok(want));
        }
    }
    let nan = || float(f64::NAN);
    assert_eq!(binary(COMPARE_OP_FLOAT, CMP_EQ, nan(), nan()), ok("False"));
    assert_eq!(binary(COMPARE_OP_FLOAT, CMP_NE, nan(), nan()), ok("True"));
    assert_eq!(
        binary(COMPARE_OP_FLOAT, CMP_LT, nan(), float(1.0)),
        ok("False")
    );
    let big = MarshalValue::Int(Rc::new(BigInt::from(1u8) << 70));
    assert_eq!(binary(COMPARE_OP_INT, CMP_LT, int(5), big), ok("True"));
    assert_eq!(
        binary(COMPARE_OP_STR, CMP_LT, string("abc"), string("abd")),
        ok("True")
    );
    assert_eq!(
        binary(COMPARE_OP_STR, CMP_GT, string("b"), string("abc")),
        ok("True")
    );
    assert_eq!(
        binary(COMPARE_OP_STR, CMP_LT, string("a"), int(1)),
        Err("TypeError: '<' not supported between instances of 'str' and 'int'".to_string())
    );
}

#[test]
fn truth_tests() {
    let to_bool = |op: Opcode, v: MarshalValue| {
        let mut a = Asm::default();
        a.load_const(v);
        a.op(op, 0);
        a.run()
    };
    assert_eq!(to_bool(TO_BOOL_INT, int(0)), ok("False"));
    assert_eq!(to_bool(TO_BOOL_INT, int(-3)), ok("True"));
    assert_eq!(to_bool(TO_BOOL_INT, string("")), ok("False"));
    assert_eq!(to_bool(TO_BOOL_STR, string("")), ok("False"));
    assert_eq!(to_bool(TO_BOOL_STR, string("x")), ok("True"));
    assert_eq!(to_bool(TO_BOOL_STR, int(0)), ok("False"));
    assert_eq!(to_bool(TO_BOOL_NONE, MarshalValue::None), ok("False"));
    assert_eq!(to_bool(TO_BOOL_NONE, float(0.5)), ok("True"));
    assert_eq!(to_bool(TO_BOOL_BOOL, MarshalValue::Bool(true)), ok("True"));
    assert_eq!(to_bool(TO_BOOL_BOOL, int(0)), ok("False"));
    assert_eq!(to_bool(TO_BOOL_ALWAYS_TRUE, string("")), ok("False"));
    let list_bool = |n: u32| {
        let mut a = Asm::default();
        for i in 0..n {
            a.load_int(i64::from(i));
        }
        a.op(BUILD_LIST, n);
        a.op(TO_BOOL_LIST, 0);
        a.run()
    };
    assert_eq!(list_bool(0), ok("False"));
    assert_eq!(list_bool(2), ok("True"));
}

/// Builds `[0, 1, ..., n - 1]` (or a tuple) on the stack.
fn build_seq(a: &mut Asm, n: u32, tuple: bool) {
    for i in 0..n {
        a.load_int(i64::from(i) * 10);
    }
    a.op(if tuple { BUILD_TUPLE } else { BUILD_LIST }, n);
}

#[test]
fn subscripts() {
    let subscr = |op: Opcode, tuple: bool, index: MarshalValue| {
        let mut a = Asm::default();
        build_seq(&mut a, 3, tuple);
        a.load_const(index);
        a.op(op, NB_SUBSCR);
        a.run()
    };
    assert_eq!(subscr(BINARY_OP_SUBSCR_LIST_INT, false, int(1)), ok("10"));
    assert_eq!(subscr(BINARY_OP_SUBSCR_LIST_INT, false, int(-1)), ok("20"));
    assert_eq!(
        subscr(BINARY_OP_SUBSCR_LIST_INT, false, int(3)),
        Err("IndexError: list index out of range".to_string())
    );
    assert_eq!(subscr(BINARY_OP_SUBSCR_LIST_INT, true, int(2)), ok("20"));
    assert_eq!(subscr(BINARY_OP_SUBSCR_TUPLE_INT, true, int(0)), ok("0"));
    assert_eq!(subscr(BINARY_OP_SUBSCR_TUPLE_INT, true, int(-3)), ok("0"));
    assert_eq!(
        subscr(BINARY_OP_SUBSCR_TUPLE_INT, true, int(5)),
        Err("IndexError: tuple index out of range".to_string())
    );
    let str_index = |s: &str, i: i64| {
        let mut a = Asm::default();
        a.load_const(string(s));
        a.load_const(int(i));
        a.op(BINARY_OP_SUBSCR_STR_INT, NB_SUBSCR);
        a.run()
    };
    assert_eq!(str_index("héllo", 1), ok("'é'"));
    assert_eq!(str_index("a€b", 1), ok("'€'"));
    assert_eq!(str_index("abc", -1), ok("'c'"));
    assert_eq!(
        str_index("abc", 3),
        Err("IndexError: string index out of range".to_string())
    );
    // A slice of a list.
    let mut a = Asm::default();
    build_seq(&mut a, 4, false);
    a.load_int(1);
    a.load_int(3);
    a.op(BUILD_SLICE, 2);
    a.op(BINARY_OP_SUBSCR_LIST_SLICE, NB_SUBSCR);
    assert_eq!(a.run(), ok("[10, 20]"));
    // dict[key], a missing key, and `in`.
    let dict_op = |key: MarshalValue, op: Opcode, oparg: u32| {
        let mut a = Asm::default();
        a.load_const(string("k"));
        a.load_int(7);
        a.op(BUILD_MAP, 1);
        a.store_fast("d");
        a.load_const(key);
        a.load_fast("d");
        if op == BINARY_OP_SUBSCR_DICT {
            a.op(SWAP, 2);
        }
        a.op(op, oparg);
        a.run()
    };
    assert_eq!(
        dict_op(string("k"), BINARY_OP_SUBSCR_DICT, NB_SUBSCR),
        ok("7")
    );
    assert_eq!(
        dict_op(string("z"), BINARY_OP_SUBSCR_DICT, NB_SUBSCR),
        Err("KeyError: 'z'".to_string())
    );
    assert_eq!(dict_op(string("k"), CONTAINS_OP_DICT, 0), ok("True"));
    assert_eq!(dict_op(string("k"), CONTAINS_OP_DICT, 1), ok("False"));
    assert_eq!(dict_op(string("z"), CONTAINS_OP_SET, 0), ok("False"));
    // Stores.
    let mut a = Asm::default();
    build_seq(&mut a, 3, false);
    a.store_fast("l");
    a.load_int(99);
    a.load_fast("l");
    a.load_int(2);
    a.op(STORE_SUBSCR_LIST_INT, 0);
    a.load_int(98);
    a.load_fast("l");
    a.load_const(int(-3));
    a.op(STORE_SUBSCR_LIST_INT, 0);
    a.load_fast("l");
    assert_eq!(a.run(), ok("[98, 10, 99]"));
    let mut a = Asm::default();
    a.op(BUILD_MAP, 0);
    a.store_fast("d");
    a.load_int(1);
    a.load_fast("d");
    a.load_const(string("a"));
    a.op(STORE_SUBSCR_DICT, 0);
    a.load_fast("d");
    assert_eq!(a.run(), ok("{'a': 1}"));
}

/// Unpacks the sequence on the stack into `a, b, ...` and returns them as a tuple.
fn unpack(op: Opcode, n: u32, build: impl FnOnce(&mut Asm)) -> Result<String, String> {
    let mut a = Asm::default();
    build(&mut a);
    a.op(op, n);
    let names: Vec<String> = (0..n).map(|i| format!("v{i}")).collect();
    for name in &names {
        a.store_fast(name);
    }
    for name in &names {
        a.load_fast(name);
    }
    a.op(BUILD_TUPLE, n);
    a.run()
}

#[test]
fn unpacking() {
    let two = |a: &mut Asm| build_seq(a, 2, true);
    assert_eq!(unpack(UNPACK_SEQUENCE_TWO_TUPLE, 2, two), ok("(0, 10)"));
    assert_eq!(
        unpack(UNPACK_SEQUENCE_TWO_TUPLE, 2, |a| build_seq(a, 2, false)),
        ok("(0, 10)")
    );
    assert_eq!(
        unpack(UNPACK_SEQUENCE_TWO_TUPLE, 2, |a| build_seq(a, 3, true)),
        Err("ValueError: too many values to unpack (expected 2, got 3)".to_string())
    );
    assert_eq!(
        unpack(UNPACK_SEQUENCE_TUPLE, 3, |a| build_seq(a, 3, true)),
        ok("(0, 10, 20)")
    );
    assert_eq!(
        unpack(UNPACK_SEQUENCE_TUPLE, 3, |a| build_seq(a, 3, false)),
        ok("(0, 10, 20)")
    );
    assert_eq!(
        unpack(UNPACK_SEQUENCE_LIST, 3, |a| build_seq(a, 3, false)),
        ok("(0, 10, 20)")
    );
    assert_eq!(
        unpack(UNPACK_SEQUENCE_LIST, 3, |a| build_seq(a, 1, false)),
        Err("ValueError: not enough values to unpack (expected 3, got 1)".to_string())
    );
    assert_eq!(
        unpack(UNPACK_SEQUENCE_LIST, 2, |a| a.load_const(string("xy"))),
        ok("('x', 'y')")
    );
}

/// Sums what the iterator on the stack yields, with `for_iter` as the loop head.
fn sum_loop(for_iter: Opcode, make_iter: impl FnOnce(&mut Asm)) -> Result<String, String> {
    let mut a = Asm::default();
    a.load_int(0);
    a.store_fast("total");
    make_iter(&mut a);
    a.op(GET_ITER, 0);
    a.for_loop(for_iter, |a| {
        a.store_fast("x");
        a.load_fast("total");
        a.load_fast("x");
        a.op(BINARY_OP_ADD_INT, NB_ADD);
        a.store_fast("total");
    });
    a.load_fast("total");
    a.run()
}

fn range_of(a: &mut Asm, args: &[i64]) {
    a.load_name("range");
    a.op(PUSH_NULL, 0);
    for &v in args {
        a.load_const(int(v));
    }
    a.op(CALL, args.len() as u32);
}

#[test]
fn specialized_loops() {
    assert_eq!(sum_loop(FOR_ITER_RANGE, |a| range_of(a, &[5])), ok("10"));
    assert_eq!(
        sum_loop(FOR_ITER_RANGE, |a| range_of(a, &[10, 0, -3])),
        ok("22")
    );
    assert_eq!(sum_loop(FOR_ITER_RANGE, |a| range_of(a, &[0])), ok("0"));
    assert_eq!(
        sum_loop(FOR_ITER_LIST, |a| build_seq(a, 4, false)),
        ok("60")
    );
    assert_eq!(
        sum_loop(FOR_ITER_TUPLE, |a| build_seq(a, 4, true)),
        ok("60")
    );
    assert_eq!(sum_loop(FOR_ITER_LIST, |a| build_seq(a, 0, false)), ok("0"));
    // Loop heads of the wrong kind deoptimize on every iteration.
    assert_eq!(
        sum_loop(FOR_ITER_RANGE, |a| build_seq(a, 4, false)),
        ok("60")
    );
    assert_eq!(sum_loop(FOR_ITER_LIST, |a| range_of(a, &[4])), ok("6"));
    assert_eq!(sum_loop(FOR_ITER_TUPLE, |a| range_of(a, &[4])), ok("6"));
    assert_eq!(sum_loop(FOR_ITER_GEN, |a| build_seq(a, 3, true)), ok("30"));
    assert_eq!(
        sum_loop(INSTRUMENTED_FOR_ITER, |a| build_seq(a, 3, false)),
        ok("30")
    );
    // Floats flow through the int addition by deoptimizing.
    let floats = |a: &mut Asm| {
        a.load_const(float(0.5));
        a.load_const(float(1.25));
        a.op(BUILD_LIST, 2);
    };
    assert_eq!(sum_loop(FOR_ITER_LIST, floats), ok("1.75"));
}

#[test]
fn list_grown_while_iterating_with_for_iter_list() {
    // for x in l: if len(l) < 5: l.append(x)   -> l == [0, 10, 0, 10, 0]
    let mut a = Asm::default();
    build_seq(&mut a, 2, false);
    a.store_fast("l");
    a.load_fast("l");
    a.op(GET_ITER, 0);
    a.for_loop(FOR_ITER_LIST, |a| {
        a.store_fast("x");
        a.load_name("len");
        a.op(PUSH_NULL, 0);
        a.load_fast("l");
        a.op(CALL_LEN, 1);
        a.load_int(5);
        a.op(COMPARE_OP_INT, CMP_LT);
        let jump = a.op(POP_JUMP_IF_FALSE, 0);
        a.op(NOT_TAKEN, 0);
        let start = a.here();
        a.load_fast("l");
        let append = a.name("append");
        a.op(LOAD_ATTR, (append << 1) | 1);
        a.load_fast("x");
        a.op(CALL_LIST_APPEND, 1);
        a.op(POP_TOP, 0);
        let after = a.here();
        let _ = start;
        a.patch(jump, (after - jump - 2) as u32);
    });
    a.load_fast("l");
    assert_eq!(a.run(), ok("[0, 10, 0, 10, 0]"));
}

/// Calls `callee` (built by the closure) with the given arguments through
/// the call instruction `op`.
fn call_with(
    op: Opcode,
    callee: impl FnOnce(&mut Asm),
    args: &[MarshalValue],
) -> Result<String, String> {
    let mut a = Asm::default();
    callee(&mut a);
    a.op(PUSH_NULL, 0);
    for v in args {
        a.load_const(v.clone());
    }
    a.op(op, args.len() as u32);
    a.run()
}

/// `def add(a, b): return a + b` (with `BINARY_OP_ADD_INT`).
fn make_add(a: &mut Asm) {
    let mut f = Asm::function(&["a", "b"]);
    f.load_fast("a");
    f.load_fast("b");
    f.op(BINARY_OP_ADD_INT, NB_ADD);
    f.op(RETURN_VALUE, 0);
    a.load_const(f.into_const("add"));
    a.op(MAKE_FUNCTION, 0);
}

#[test]
fn python_calls() {
    assert_eq!(
        call_with(CALL_PY_EXACT_ARGS, make_add, &[int(2), int(3)]),
        ok("5")
    );
    assert_eq!(
        call_with(CALL_PY_EXACT_ARGS, make_add, &[float(2.5), int(3)]),
        ok("5.5")
    );
    assert_eq!(
        call_with(CALL_PY_GENERAL, make_add, &[string("a"), string("b")]),
        ok("'ab'")
    );
    assert_eq!(
        call_with(CALL_PY_EXACT_ARGS, make_add, &[int(1)]),
        Err("TypeError: add() missing 1 required positional argument: 'b'".to_string())
    );
    // Not a Python function: the guards send it to the generic call.
    let len = |a: &mut Asm| a.load_name("len");
    assert_eq!(
        call_with(CALL_PY_EXACT_ARGS, len, &[string("abc")]),
        ok("3")
    );
    assert_eq!(
        call_with(CALL_BOUND_METHOD_EXACT_ARGS, len, &[string("ab")]),
        ok("2")
    );
    assert_eq!(
        call_with(CALL_NON_PY_GENERAL, len, &[string("abcd")]),
        ok("4")
    );
    assert_eq!(
        call_with(CALL_NON_PY_GENERAL, make_add, &[int(4), int(5)]),
        ok("9")
    );
    assert_eq!(
        call_with(INSTRUMENTED_CALL, make_add, &[int(4), int(6)]),
        ok("10")
    );
    assert_eq!(call_with(CALL_BUILTIN_O, len, &[string("abcde")]), ok("5"));
    assert_eq!(call_with(CALL_BUILTIN_FAST, len, &[string("ab")]), ok("2"));
    assert_eq!(call_with(CALL_LEN, len, &[string("abcdef")]), ok("6"));
    assert_eq!(
        call_with(CALL_LEN, len, &[int(3)]),
        Err("TypeError: object of type 'int' has no len()".to_string())
    );
    let isinstance = |a: &mut Asm| a.load_name("isinstance");
    let int_class = |a: &mut Asm| a.load_name("int");
    let mut a = Asm::default();
    isinstance(&mut a);
    a.op(PUSH_NULL, 0);
    a.load_int(3);
    int_class(&mut a);
    a.op(CALL_ISINSTANCE, 2);
    assert_eq!(a.run(), ok("True"));
    let type_ = |a: &mut Asm| a.load_name("type");
    assert_eq!(
        call_with(CALL_TYPE_1, type_, &[float(1.0)]),
        ok("<class 'float'>")
    );
    let str_ = |a: &mut Asm| a.load_name("str");
    assert_eq!(call_with(CALL_STR_1, str_, &[int(12)]), ok("'12'"));
    assert_eq!(call_with(CALL_STR_1, len, &[string("xyz")]), ok("3"));
    let tuple = |a: &mut Asm| a.load_name("tuple");
    assert_eq!(
        call_with(CALL_TUPLE_1, tuple, &[string("ab")]),
        ok("('a', 'b')")
    );
    assert_eq!(
        call_with(CALL_BUILTIN_CLASS, str_, &[float(0.5)]),
        ok("'0.5'")
    );
}

#[test]
fn keyword_calls() {
    // add(1, b=2) through CALL_KW_PY and CALL_KW_NON_PY.
    for op in [
        CALL_KW_PY,
        CALL_KW_NON_PY,
        CALL_KW_BOUND_METHOD,
        INSTRUMENTED_CALL_KW,
    ] {
        let mut a = Asm::default();
        make_add(&mut a);
        a.op(PUSH_NULL, 0);
        a.load_int(1);
        a.load_int(2);
        a.load_const(MarshalValue::Tuple(Rc::from(vec![string("b")])));
        a.op(op, 2);
        assert_eq!(a.run(), ok("3"), "{op:?}");
    }
}

/// `class C:` with the given methods (name, code) in its body; leaves the
/// class in local `C`.
fn make_class(a: &mut Asm, methods: Vec<(&str, Asm)>) {
    make_subclass(a, "C", &[], methods);
}

/// `class NAME(BASES...):` with the given methods; leaves the class in local `NAME`.
fn make_subclass(a: &mut Asm, name: &str, bases: &[&str], methods: Vec<(&str, Asm)>) {
    let mut body = Asm::default();
    for (method, code) in methods {
        body.load_const(code.into_const(method));
        body.op(MAKE_FUNCTION, 0);
        let n = body.name(method);
        body.op(STORE_NAME, n);
    }
    body.load_const(MarshalValue::None);
    body.op(RETURN_VALUE, 0);
    a.op(LOAD_BUILD_CLASS, 0);
    a.op(PUSH_NULL, 0);
    a.load_const(body.into_const(name));
    a.op(MAKE_FUNCTION, 0);
    a.load_const(string(name));
    for base in bases {
        a.load_fast(base);
    }
    a.op(CALL, 2 + bases.len() as u32);
    a.store_fast(name);
}

/// `def __init__(self, v): self.x = v`.
fn init_method() -> Asm {
    let mut f = Asm::function(&["self", "v"]);
    f.load_fast("v");
    f.load_fast("self");
    let x = f.name("x");
    f.op(STORE_ATTR, x);
    f.load_const(MarshalValue::None);
    f.op(RETURN_VALUE, 0);
    f
}

/// `def get(self, k): return k * 2`.
fn getitem_method() -> Asm {
    let mut f = Asm::function(&["self", "k"]);
    f.load_fast("k");
    f.load_int(2);
    f.op(BINARY_OP_MULTIPLY_INT, NB_MULTIPLY);
    f.op(RETURN_VALUE, 0);
    f
}

/// `def m(self, k): return self.x + k`.
fn plus_method() -> Asm {
    let mut f = Asm::function(&["self", "k"]);
    f.load_fast("self");
    let x = f.name("x");
    f.op(LOAD_ATTR_INSTANCE_VALUE, x << 1);
    f.load_fast("k");
    f.op(BINARY_OP_ADD_INT, NB_ADD);
    f.op(RETURN_VALUE, 0);
    f
}

/// A class with `__init__`, `__getitem__` and `m`, and `obj = C(40)` made
/// with `CALL_ALLOC_AND_ENTER_INIT`.
fn class_and_instance(a: &mut Asm) {
    make_class(
        a,
        vec![
            ("__init__", init_method()),
            ("__getitem__", getitem_method()),
            ("m", plus_method()),
        ],
    );
    a.load_fast("C");
    a.op(PUSH_NULL, 0);
    a.load_int(40);
    a.op(CALL_ALLOC_AND_ENTER_INIT, 1);
    a.store_fast("obj");
}

#[test]
fn instance_attributes() {
    let load = |op: Opcode, attr: &str| {
        let mut a = Asm::default();
        class_and_instance(&mut a);
        a.load_fast("obj");
        let n = a.name(attr);
        a.op(op, n << 1);
        a.run()
    };
    for op in [
        LOAD_ATTR_INSTANCE_VALUE,
        LOAD_ATTR_WITH_HINT,
        LOAD_ATTR_SLOT,
        LOAD_ATTR_MODULE,
        LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES,
        LOAD_ATTR_NONDESCRIPTOR_NO_DICT,
        LOAD_ATTR_PROPERTY,
        LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN,
    ] {
        assert_eq!(load(op, "x"), ok("40"), "{op:?}");
        assert_eq!(
            load(op, "y"),
            Err("AttributeError: 'C' object has no attribute 'y'".to_string()),
            "{op:?}"
        );
    }
    // Stores that deoptimize, and one whose uop is not available.
    let store = |op: Opcode| {
        let mut a = Asm::default();
        class_and_instance(&mut a);
        a.load_int(7);
        a.load_fast("obj");
        let n = a.name("x");
        a.op(op, n);
        a.load_fast("obj");
        a.op(LOAD_ATTR, n << 1);
        a.run()
    };
    assert_eq!(store(STORE_ATTR_WITH_HINT), ok("7"));
    assert_eq!(store(STORE_ATTR_SLOT), ok("7"));
    assert_eq!(
        store(STORE_ATTR_INSTANCE_VALUE),
        Err("SystemError: uop _STORE_ATTR_INSTANCE_VALUE is not implemented (needed by STORE_ATTR_INSTANCE_VALUE)".to_string())
    );
}

#[test]
fn methods_and_getitem() {
    // obj.m(2) with the method loads and bound-method calls.
    for (load, call) in [
        (LOAD_ATTR_METHOD_WITH_VALUES, CALL_PY_EXACT_ARGS),
        (LOAD_ATTR_METHOD_NO_DICT, CALL_PY_GENERAL),
        (LOAD_ATTR_METHOD_LAZY_DICT, CALL_BOUND_METHOD_GENERAL),
    ] {
        let mut a = Asm::default();
        class_and_instance(&mut a);
        a.load_fast("obj");
        let m = a.name("m");
        a.op(load, (m << 1) | 1);
        a.load_int(2);
        a.op(call, 1);
        assert_eq!(a.run(), ok("42"), "{load:?} {call:?}");
    }
    for call in [
        CALL_BOUND_METHOD_EXACT_ARGS,
        CALL_BOUND_METHOD_GENERAL,
        CALL_NON_PY_GENERAL,
    ] {
        let mut a = Asm::default();
        class_and_instance(&mut a);
        a.load_fast("obj");
        let m = a.name("m");
        a.op(LOAD_ATTR, m << 1);
        a.op(PUSH_NULL, 0);
        a.load_int(3);
        a.op(call, 1);
        assert_eq!(a.run(), ok("43"), "{call:?}");
    }
    // obj[21] through a Python __getitem__ pushed as a frame.
    let mut a = Asm::default();
    class_and_instance(&mut a);
    a.load_fast("obj");
    a.load_int(21);
    a.op(BINARY_OP_SUBSCR_GETITEM, NB_SUBSCR);
    assert_eq!(a.run(), ok("42"));
    // ... and on a list, where it deoptimizes.
    let mut a = Asm::default();
    build_seq(&mut a, 3, false);
    a.load_int(1);
    a.op(BINARY_OP_SUBSCR_GETITEM, NB_SUBSCR);
    assert_eq!(a.run(), ok("10"));
    // Class attributes through LOAD_ATTR_CLASS are not available.
    let mut a = Asm::default();
    class_and_instance(&mut a);
    a.load_fast("C");
    let m = a.name("m");
    a.op(LOAD_ATTR_CLASS, m << 1);
    assert_eq!(
        a.run(),
        Err(
            "SystemError: uop _LOAD_ATTR_CLASS is not implemented (needed by LOAD_ATTR_CLASS)"
                .to_string()
        )
    );
}

#[test]
fn globals_and_constants() {
    let mut a = Asm::default();
    let len = a.name("len");
    a.op(LOAD_GLOBAL_BUILTIN, (len << 1) | 1);
    a.load_const(string("abc"));
    a.op(CALL, 1);
    assert_eq!(a.run(), ok("3"));
    let mut a = Asm::default();
    a.load_int(5);
    let g = a.name("g");
    a.op(STORE_NAME, g);
    a.op(LOAD_GLOBAL_MODULE, g << 1);
    assert_eq!(a.run(), ok("5"));
    let mut a = Asm::default();
    let k = a.konst(string("c"));
    a.op(LOAD_CONST_IMMORTAL, k);
    a.op(LOAD_CONST_MORTAL, k);
    a.op(BINARY_OP_ADD_UNICODE, NB_ADD);
    assert_eq!(a.run(), ok("'cc'"));
    let mut a = Asm::default();
    let missing = a.name("nope");
    a.op(LOAD_GLOBAL_MODULE, missing << 1);
    assert_eq!(
        a.run(),
        Err("NameError: name 'nope' is not defined".to_string())
    );
}

#[test]
fn instrumented_instructions_without_tools() {
    let mut a = Asm::default();
    a.op(INSTRUMENTED_RESUME, 0);
    a.op(RESUME_CHECK, 0);
    a.op(INSTRUMENTED_NOT_TAKEN, 0);
    build_seq(&mut a, 3, false);
    a.op(GET_ITER, 0);
    a.load_int(1);
    a.op(INSTRUMENTED_END_FOR, 0);
    a.op(INSTRUMENTED_POP_ITER, 0);
    a.load_int(9);
    a.op(INSTRUMENTED_RETURN_VALUE, 0);
    assert_eq!(a.run(), ok("9"));
    for op in [
        INSTRUMENTED_JUMP_FORWARD,
        INSTRUMENTED_LINE,
        INSTRUMENTED_INSTRUCTION,
    ] {
        let mut a = Asm::default();
        a.op(op, 0);
        let r = a.run();
        assert!(
            matches!(&r, Err(e) if e.starts_with("SystemError: uop ") && e.contains("is not implemented")),
            "{op:?}: {r:?}"
        );
    }
}

#[test]
fn shim_frames_deliver_outcomes() {
    use pyvm::interp::frame::Frame;
    use pyvm::interp::specialized::calls::outcome_frame;
    use pyvm::object::{Dict, Object, PyErr, Value};
    let mut vm = Vm::new(vec!["test".to_string()]);
    let code = Code::new(Rc::new(Asm::default().data("<caller>"))).expect("valid code");
    let globals = Rc::new(Object::Dict(std::cell::RefCell::new(Dict::new())));
    vm.frames
        .push(Box::new(Frame::new(code, globals, None, None)));
    let returning = outcome_frame(&vm, Ok(Value::Int(5)));
    assert!(matches!(vm.run_frame(returning), Ok(Value::Int(5))));
    let error = vm.new_error("KeyError", "k");
    let raising = outcome_frame(&vm, Err(PyErr(error.0.clone())));
    match vm.run_frame(raising) {
        Err(e) => {
            assert!(e.0.is(&error.0), "the same exception comes out");
            assert!(
                e.data().traceback.borrow().is_empty(),
                "the shim adds no traceback entry"
            );
        }
        Ok(_) => panic!("the shim frame re-raises"),
    }
}

/// `super(class, obj).m` (bit 1: the two-argument form) loaded by `op`,
/// then called; `class` and `obj` are locals.
fn super_call(op: Opcode, method: bool, class: &str) -> Result<String, String> {
    let mut a = Asm::default();
    let mut m = Asm::function(&["self"]);
    m.load_int(1);
    m.op(RETURN_VALUE, 0);
    make_subclass(&mut a, "B", &[], vec![("m", m)]);
    let mut m = Asm::function(&["self"]);
    m.load_int(2);
    m.op(RETURN_VALUE, 0);
    make_subclass(&mut a, "D", &["B"], vec![("m", m)]);
    a.load_fast("D");
    a.op(PUSH_NULL, 0);
    a.op(CALL, 0);
    a.store_fast("obj");
    a.load_int(5);
    a.store_fast("five");
    a.load_name("super");
    a.load_fast(class);
    a.load_fast("obj");
    let n = a.name("m");
    a.op(op, (n << 2) | 2 | u32::from(method));
    if !method {
        a.op(PUSH_NULL, 0);
    }
    a.op(CALL, 0);
    a.run()
}

#[test]
fn super_attributes() {
    assert_eq!(super_call(LOAD_SUPER_ATTR_ATTR, false, "D"), ok("1"));
    assert_eq!(super_call(LOAD_SUPER_ATTR_METHOD, true, "D"), ok("1"));
    assert_eq!(
        super_call(LOAD_SUPER_ATTR_ATTR, false, "B"),
        super_call(LOAD_SUPER_ATTR, false, "B")
    );
    // A class argument that is no class: the generic instruction's error.
    for (op, method) in [
        (LOAD_SUPER_ATTR_ATTR, false),
        (LOAD_SUPER_ATTR_METHOD, true),
    ] {
        let generic = super_call(LOAD_SUPER_ATTR, method, "five");
        assert!(generic.is_err(), "{generic:?}");
        assert_eq!(super_call(op, method, "five"), generic);
    }
}
