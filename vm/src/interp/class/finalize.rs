//! `__del__`: when an instance whose class defines it is freed, its class and
//! `__dict__` are kept, and at the next call the interpreter makes the
//! instance again to call `__del__` on it (once), as CPython does when the
//! last reference goes away.

use crate::interp::Vm;
use crate::object::{Instance, ObjRef, Object, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

thread_local! {
    /// Freed instances waiting for their `__del__`: (class, `__dict__`).
    static DOOMED: RefCell<Vec<(ObjRef, ObjRef)>> = const { RefCell::new(Vec::new()) };
    /// Whether anything may wait for finalization (a freed instance with
    /// `__del__` or a suspended generator), so that calls need not look.
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// The `__dict__`s of instances whose `__del__` already ran.
    static FINALIZED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
}

/// Whether a class defines `__del__` as a Python function (without running
/// code, and without panicking when a namespace is being changed).
fn has_del(class: &ObjRef) -> bool {
    let Object::Type(t) = &**class else {
        return false;
    };
    let Ok(mro) = t.mro.try_borrow() else {
        return false;
    };
    let hash = crate::interp::hash::str_hash("__del__");
    mro.iter().any(|c| {
        let Object::Type(ct) = &**c else {
            return false;
        };
        ct.dict.try_borrow().is_ok_and(|d| {
            d.get(hash, |k| {
                k.as_str().is_some_and(|s| s.as_str() == Some("__del__"))
            })
            .is_some_and(|v| matches!(v.as_obj().map(|o| &**o), Some(Object::Function(_))))
        })
    })
}

/// Called when an [`Instance`] is dropped.
pub fn instance_dropped(inst: &mut Instance) {
    if !has_del(&inst.class) {
        return;
    }
    let key = Rc::as_ptr(&inst.dict) as usize;
    let done = FINALIZED
        .try_with(|f| f.borrow_mut().remove(&key))
        .unwrap_or(true);
    if done {
        return;
    }
    let entry = (inst.class.clone(), inst.dict.clone());
    let _ = DOOMED.try_with(|d| d.borrow_mut().push(entry));
    note_pending();
}

/// Notes that something waits for finalization.
pub fn note_pending() {
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Whether something may wait for finalization; clears the note.
pub fn take_pending() -> bool {
    PENDING.try_with(|p| p.replace(false)).unwrap_or(false)
}

impl Vm {
    /// Reports an exception that cannot propagate, as CPython's default
    /// `sys.unraisablehook` does: `Exception ignored WHERE:`, then the
    /// traceback (source lines without carets) and the exception, without
    /// its chain.
    pub fn write_unraisable(&mut self, place: &str, e: &crate::object::PyErr) {
        let data = e.data();
        let cause = std::mem::replace(&mut *data.cause.borrow_mut(), Value::None);
        let context = std::mem::take(&mut *data.context.borrow_mut());
        let text = crate::interp::uncaught::format(self, e);
        *data.cause.borrow_mut() = cause;
        *data.context.borrow_mut() = context;
        let is_marker = |l: &str| {
            let t = l.trim();
            !t.is_empty() && t.chars().all(|c| c == '^' || c == '~')
        };
        let text: String = text
            .lines()
            .filter(|l| !is_marker(l))
            .map(|l| format!("{l}\n"))
            .collect();
        self.flush_stdout();
        eprint!("Exception ignored {place}:\n{text}");
    }

    /// Calls `__del__` on the instances freed since the last call; errors are
    /// reported as CPython reports them, and otherwise ignored.
    pub fn finalize_instances(&mut self) {
        loop {
            let batch = DOOMED
                .try_with(|d| std::mem::take(&mut *d.borrow_mut()))
                .unwrap_or_default();
            if batch.is_empty() {
                return;
            }
            for (class, dict) in batch {
                let key = Rc::as_ptr(&dict) as usize;
                let _ = FINALIZED.try_with(|f| f.borrow_mut().insert(key));
                let obj = Value::obj(Object::Instance(Instance { class, dict }));
                let result = self.call_special(&obj, "__del__", &[]);
                if let Err(e) = result {
                    let class = self.classes.class_of(&obj);
                    let method = crate::object::types::lookup(&class, "__del__")
                        .and_then(|m| self.repr(&m).ok())
                        .unwrap_or_default();
                    self.write_unraisable(&format!("while calling deallocator {method}"), &e);
                }
            }
        }
    }
}
