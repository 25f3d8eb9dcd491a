//! `from module import *` (`CALL_INTRINSIC_1` `IMPORT_STAR`): the names of
//! the module's `__all__`, or else its public names, copied into the running
//! frame's namespace.

use super::Vm;
use crate::object::{Object, PyResult, Value};

impl Vm {
    /// Copies the public names of `module` into the namespace of the running
    /// frame (module globals, or a class body's namespace).
    pub fn import_star(&mut self, module: Value) -> PyResult<Value> {
        let Some(locals) = self.frame().locals.clone() else {
            return Err(self.new_error("SystemError", "no locals found during 'import *'"));
        };
        let (names, from_dict) = match self.lookup_attr(&module, "__all__")? {
            Some(all) => (self.collect(&all)?, false),
            None => {
                let Some(dict) = self.lookup_attr(&module, "__dict__")? else {
                    return Err(self.new_error(
                        "ImportError",
                        "from-import-* object has no __dict__ and no __all__",
                    ));
                };
                let keys = match dict.as_obj().map(|o| &**o) {
                    Some(Object::Dict(d)) => d.borrow().iter().map(|e| e.key.clone()).collect(),
                    _ => self.collect(&dict)?,
                };
                (keys, true)
            }
        };
        for name in names {
            let Some(text) = name.as_str().map(|s| s.to_string_lossy().into_owned()) else {
                let modname = self.getattr(&module, "__name__")?;
                let Some(m) = modname.as_str().map(|s| s.to_string_lossy().into_owned()) else {
                    return Err(self.type_error(format!(
                        "module __name__ must be a string, not {}",
                        self.classes.type_name(&modname)
                    )));
                };
                let (what, place) = if from_dict {
                    ("Key", "__dict__")
                } else {
                    ("Item", "__all__")
                };
                return Err(self.type_error(format!(
                    "{what} in {m}.{place} must be str, not {}",
                    self.classes.type_name(&name)
                )));
            };
            if from_dict && text.starts_with('_') {
                continue;
            }
            let value = self.getattr(&module, &text)?;
            self.setitem(&locals, &name, value)?;
        }
        Ok(Value::None)
    }
}
