//! The baseline that the compile-fail cases vary: four instructions, a family
//! whose head has a named cache entry, a guard that deoptimizes, an error, a
//! mirrored cache struct, and a handler implementation that runs a program.

use std::cell::Cell;
use std::rc::Rc;

mod toy {
    bytecodes_macro::bytecodes!(
        r#"
        inst(LOAD_CONST, (-- value)) { value = CONST(oparg); }
        family(ADD, 1) = { ADD_INT };
        inst(ADD, (counter/1, a, b -- sum)) { sum = add(a, b); ERROR_IF(sum == NULL); }
        inst(ADD_INT, (unused/1, a, b -- sum)) { DEOPT_IF(!both_ints(a, b)); sum = int_add(a, b); }
        inst(RETURN_VALUE, (retval -- res)) { res = retval; }
        "#
    );
}

use toy::*;

struct Machine {
    consts: Vec<i64>,
}

impl Runtime for Machine {
    type Value = i64;
    type Error = String;
    type Frame = std::convert::Infallible;
    type Code = Rc<[Cell<u16>]>;

    fn enter_frame(&mut self, frame: Self::Frame, _at: usize, _regs: &mut Regs<Self>) {
        match frame {}
    }

    fn leave_frame(&mut self, _how: Leave, _regs: &mut Regs<Self>) -> bool {
        false
    }

    fn unwind(&mut self, error: String, _at: usize, _regs: &mut Regs<Self>) -> Result<(), String> {
        Err(error)
    }

    fn fault(&mut self, fault: Fault) -> String {
        fault.to_string()
    }
}

impl Uops for Machine {
    fn load_const(&mut self, oparg: u32) -> i64 {
        self.consts[oparg as usize]
    }

    fn add(&mut self, cache_counter: u16, a: i64, b: i64) -> Result<i64, String> {
        let _ = cache_counter;
        a.checked_add(b).ok_or_else(|| "overflow".to_string())
    }

    fn add_int(&mut self, a: &mut i64, b: &mut i64) -> Result<i64, Deopt> {
        a.checked_add(*b).ok_or(Deopt)
    }

    fn return_value(&mut self, retval: i64) -> Return<i64> {
        Return(retval)
    }
}

mirror_cache!(
    ADD,
    struct AddCounters {
        counter: u16,
    }
);

fn main() {
    use Opcode::*;
    let mut units = Vec::new();
    for (op, arg) in [
        (LOAD_CONST, 0u8),
        (LOAD_CONST, 1),
        (ADD, 0),
        (RETURN_VALUE, 0),
    ] {
        units.push(Cell::new(u16::from(op as u8) | (u16::from(arg) << 8)));
        units.extend((0..op.cache_entries()).map(|_| Cell::new(0)));
    }
    let code: Rc<[Cell<u16>]> = units.into();
    let view = caches::AddCache::at(&code, 2).unwrap();
    view.set_counter(7);
    assert_eq!(AddCounters::read(view.units()).counter, 7);
    let mut regs = Regs {
        code,
        ip: 0,
        stack: Vec::new(),
    };
    assert_eq!(
        run(
            &mut Machine {
                consts: vec![2, 40]
            },
            &mut regs
        ),
        Ok(42)
    );
}
