//! Calls with unpacked arguments, `f(*args, **kwargs)`: `DICT_MERGE` builds
//! the keyword dict and `CALL_FUNCTION_EX` makes the call.

use crate::interp::call::Called;
use crate::interp::Vm;
use crate::object::{Object, PyResult, Value};

impl Vm {
    /// How CPython names a callable in call errors: `module.qualname()`, or
    /// `qualname()` for builtins.
    pub fn function_str(&mut self, func: &Value) -> String {
        let qualname = match self.lookup_attr(func, "__qualname__") {
            Ok(Some(q)) if q.as_str().is_some() => q,
            _ => return self.str_of(func).unwrap_or_default(),
        };
        let qualname = self.str_of(&qualname).unwrap_or_default();
        match self.lookup_attr(func, "__module__") {
            Ok(Some(m)) => match m.as_str() {
                Some(s) if s.as_str() != Some("builtins") => {
                    format!("{}.{qualname}()", s.to_string_lossy())
                }
                _ => format!("{qualname}()"),
            },
            _ => format!("{qualname}()"),
        }
    }

    /// `DICT_MERGE`: merges the mapping `update` into the call's keyword dict,
    /// refusing keys given twice.
    pub fn dict_merge_impl(
        &mut self,
        callable: &Value,
        dict: &Value,
        update: Value,
    ) -> PyResult<()> {
        let items = match self.mapping_items(&update)? {
            Some(items) => items,
            None => {
                let f = self.function_str(callable);
                return Err(self.type_error(format!(
                    "{f} argument after ** must be a mapping, not {}",
                    self.classes.type_name(&update)
                )));
            }
        };
        for (k, v) in items {
            if self.dict_get(dict, &k)?.is_some() {
                let f = self.function_str(callable);
                let msg = match k.as_str() {
                    Some(s) => format!(
                        "{f} got multiple values for keyword argument '{}'",
                        s.to_string_lossy()
                    ),
                    None => "keywords must be strings".to_string(),
                };
                return Err(self.type_error(msg));
            }
            self.dict_set(dict, k, v)?;
        }
        Ok(())
    }

    /// The items of a mapping (a dict, or anything with `keys` and
    /// `__getitem__`); `None` when it is no mapping.
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
        if let Some(Object::Dict(d)) = m.as_obj().map(|o| &**o) {
            return Ok(Some(
                d.borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect(),
            ));
        }
        let Some(keys) = self.lookup_attr(m, "keys")? else {
            return Ok(None);
        };
        let keys = self.call(&keys, &[], &[])?;
        let mut out = Vec::new();
        for k in self.collect(&keys)? {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(Some(out))
    }

    /// `_MAKE_CALLARGS_A_TUPLE`: the positional arguments become a tuple.
    pub fn make_callargs_impl(&mut self, func: &Value, callargs: &mut Value) -> PyResult<()> {
        if let Some(Object::Tuple(_)) = callargs.as_obj().map(|o| &**o) {
            return Ok(());
        }
        let items = match self.iter(callargs) {
            Ok(it) => {
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                }
                out
            }
            Err(e) if self.is_instance_of(&e, "TypeError") && !self.is_iterable(callargs) => {
                let f = self.function_str(func);
                return Err(self.type_error(format!(
                    "{f} argument after * must be an iterable, not {}",
                    self.classes.type_name(callargs)
                )));
            }
            Err(e) => return Err(e),
        };
        *callargs = Value::tuple(items);
        Ok(())
    }

    fn is_iterable(&mut self, v: &Value) -> bool {
        match v.as_obj().map(|o| &**o) {
            Some(Object::Instance(i)) => {
                crate::object::types::lookup(&i.class, "__iter__").is_some()
                    || crate::object::types::lookup(&i.class, "__getitem__").is_some()
            }
            Some(_) => self.iter(v).is_ok(),
            None => false,
        }
    }

    /// `_DO_CALL_FUNCTION_EX`: `func(*callargs, **kwargs)`.
    pub fn call_function_ex_impl(
        &mut self,
        func: Value,
        null: Value,
        callargs: Value,
        kwargs: Value,
    ) -> PyResult<Called> {
        self.finalize_generators();
        let mut args = Vec::new();
        if !null.is_null() {
            args.push(null);
        }
        match callargs.as_obj().map(|o| &**o) {
            Some(Object::Tuple(t)) => args.extend(t.iter().cloned()),
            _ => args.extend(self.collect(&callargs)?),
        }
        let mut kw = Vec::new();
        if !kwargs.is_null() {
            let items = match kwargs.as_obj().map(|o| &**o) {
                Some(Object::Dict(d)) => d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect::<Vec<_>>(),
                _ => self.mapping_items(&kwargs)?.unwrap_or_default(),
            };
            for (k, v) in items {
                if k.as_str().is_none() {
                    return Err(self.type_error("keywords must be strings"));
                }
                kw.push((k, v));
            }
        }
        self.prepare_call(&func, &args, &kw)
    }
}
