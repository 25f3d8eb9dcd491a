//! Global names without hashing: each code object remembers, per name, which
//! entry of the globals or builtins dict held it, and under which keys
//! versions of those dicts (see [`Dict::keys_version`]). While the versions
//! match, `LOAD_GLOBAL`, module-level `LOAD_NAME` and the stores read or
//! write that entry directly; any change to the dicts' keys sends the next
//! access through an ordinary lookup, which records the entry anew.

use super::Vm;
use crate::code::NameSlot;
use crate::object::{Dict, ObjRef, Object, PyResult, Value};
use std::cell::RefCell;

fn dict_cell(o: &ObjRef) -> Option<&RefCell<Dict>> {
    match &**o {
        Object::Dict(d) => Some(d),
        _ => None,
    }
}

impl Vm {
    /// The value of global name `i` of the running code: from the globals,
    /// else the builtins; `None` when neither has it.
    pub fn load_global_name(&mut self, i: u32) -> PyResult<Option<Value>> {
        if let Some(v) = self.cached_global(i) {
            return Ok(Some(v));
        }
        let frame = self.frame();
        let (code, globals) = (frame.code.clone(), frame.globals.clone());
        let builtins = self.builtins.clone();
        let name = code.names.get(i as usize).cloned().unwrap_or(Value::Null);
        let (Some(g), Some(b)) = (dict_cell(&globals), dict_cell(&builtins)) else {
            return Ok(None);
        };
        let before = g.borrow().keys_version();
        let globals_value = Value::Obj(globals.clone());
        if let Some(index) = super::builtins::dict::find_index(self, &globals_value, &name)? {
            let slot = NameSlot {
                globals_version: g.borrow().keys_version(),
                builtins_version: NameSlot::IN_GLOBALS,
                index,
            };
            self.remember(&code, i, slot);
            let value = g.borrow().value_at(index).cloned();
            return Ok(value);
        }
        let builtins_value = Value::Obj(builtins.clone());
        let Some(index) = super::builtins::dict::find_index(self, &builtins_value, &name)? else {
            return Ok(None);
        };
        let globals_version = g.borrow().keys_version();
        if globals_version == before {
            let slot = NameSlot {
                globals_version,
                builtins_version: b.borrow().keys_version(),
                index,
            };
            self.remember(&code, i, slot);
        }
        let value = b.borrow().value_at(index).cloned();
        Ok(value)
    }

    /// Stores global name `i` of the running code.
    pub fn store_global_name(&mut self, i: u32, value: Value) -> PyResult<()> {
        let frame = self.frame();
        let slot = frame
            .code
            .name_cache
            .get(i as usize)
            .map(std::cell::Cell::get);
        if let (Some(slot), Some(g)) = (slot, dict_cell(&frame.globals)) {
            if slot.builtins_version == NameSlot::IN_GLOBALS {
                let mut table = g.borrow_mut();
                if table.keys_version() == slot.globals_version {
                    let old = table.replace_at(slot.index, value);
                    drop(table);
                    drop(old);
                    return Ok(());
                }
            }
        }
        let name = self.frame().code.names.get(i as usize).cloned();
        let globals = Value::Obj(self.frame().globals.clone());
        self.dict_set(&globals, name.unwrap_or(Value::Null), value)
    }

    /// Whether the running frame's `LOAD_NAME` namespace is its globals (module code).
    pub fn names_are_globals(&self) -> bool {
        let frame = self.frame();
        match &frame.locals {
            Some(Value::Obj(l)) => std::rc::Rc::ptr_eq(l, &frame.globals),
            _ => false,
        }
    }

    fn cached_global(&self, i: u32) -> Option<Value> {
        let frame = self.frames.last()?;
        let slot = frame.code.name_cache.get(i as usize)?.get();
        let g = dict_cell(&frame.globals)?.borrow();
        if g.keys_version() != slot.globals_version {
            return None;
        }
        if slot.builtins_version == NameSlot::IN_GLOBALS {
            return g.value_at(slot.index).cloned();
        }
        let b = dict_cell(&self.builtins)?.borrow();
        if b.keys_version() != slot.builtins_version {
            return None;
        }
        b.value_at(slot.index).cloned()
    }

    fn remember(&self, code: &crate::code::Code, i: u32, slot: NameSlot) {
        if let Some(cell) = code.name_cache.get(i as usize) {
            cell.set(slot);
        }
    }
}
