// The `Runtime` half of the toy machine that the compile-fail cases share, so
// that each case shows only its DSL and its `Uops` implementation. Included with
// `include!` where the generated items are in scope.

struct Machine;

impl Runtime for Machine {
    type Value = i64;
    type Error = String;
    type Frame = std::convert::Infallible;
    type Code = std::rc::Rc<[std::cell::Cell<u16>]>;

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
