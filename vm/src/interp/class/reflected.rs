//! The order of binary special methods: reflected first for subclasses
//! (for operators and rich comparisons), and `divmod(a, b)` when an operand
//! is no builtin number: `a.__divmod__(b)`,
//! then `b.__rdivmod__(a)` (first when `b`'s class is a proper subclass of
//! `a`'s overriding it), then the builtin values that instances of `int`/`float`
//! subclasses carry.

use crate::interp::Vm;
use crate::object::{Object, PyResult, TypeObject, Value};

/// Whether `r` is the `NotImplemented` singleton.
fn not_implemented(r: &Value) -> bool {
    matches!(r.as_obj().map(|o| &**o), Some(Object::NotImplemented))
}

/// The result of the special methods, or `None` when none applies.
pub fn divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let mut order = [(a, b, "__divmod__"), (b, a, "__rdivmod__")];
    if vm.reflected_first(a, b, "__rdivmod__") {
        order.swap(0, 1);
    }
    for (this, other, method) in order {
        if let Some(r) = vm.call_special(this, method, std::slice::from_ref(other))? {
            if !not_implemented(&r) {
                return Ok(Some(r));
            }
        }
    }
    let pa = vm.payload_of(a);
    let pb = vm.payload_of(b);
    if pa.is_some() || pb.is_some() {
        let x = pa.unwrap_or_else(|| a.clone());
        let y = pb.unwrap_or_else(|| b.clone());
        let divmod = vm.builtins_module();
        let f = vm.getattr(&divmod, "divmod")?;
        return vm.call(&f, &[x, y], &[]).map(Some);
    }
    Ok(None)
}

impl Vm {
    /// Whether `b`'s reflected method `rmethod` goes before `a`'s plain one:
    /// `b`'s class is a proper subclass of `a`'s that overrides it.
    pub fn reflected_first(&self, a: &Value, b: &Value, rmethod: &str) -> bool {
        let (ca, cb) = (self.classes.class_of(a), self.classes.class_of(b));
        if std::rc::Rc::ptr_eq(&ca, &cb) || !TypeObject::is_subtype(&cb, &ca) {
            return false;
        }
        match (
            crate::object::types::lookup(&cb, rmethod),
            crate::object::types::lookup(&ca, rmethod),
        ) {
            (Some(x), Some(y)) => !x.is(&y),
            (Some(_), None) => true,
            _ => false,
        }
    }
}

impl Vm {
    /// Whether `b`'s class is a proper subclass of `a`'s: rich comparisons
    /// then try `b`'s reflected method first.
    pub fn is_proper_subclass_instance(&self, b: &Value, a: &Value) -> bool {
        let (ca, cb) = (self.classes.class_of(a), self.classes.class_of(b));
        !std::rc::Rc::ptr_eq(&ca, &cb) && TypeObject::is_subtype(&cb, &ca)
    }
}
