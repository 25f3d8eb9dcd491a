//! `generator.gi_frame` of a suspended generator: a snapshot `frame`
//! object with `f_lineno`, `f_lasti`, `f_code`, `f_locals`, `f_globals`,
//! and `f_back`, taken when the attribute is read.

use super::generator::Generator;
use super::Vm;
use crate::object::{Dict, Instance, Object, PyResult, Value};

impl Vm {
    /// The `frame` object of a suspended (or not yet started) generator.
    pub fn generator_frame(&mut self, gen: &Generator) -> PyResult<Value> {
        let snapshot = {
            let st = gen.state.borrow();
            st.suspended.as_ref().map(|s| {
                let lineno = if st.started {
                    s.frame.code.position(s.ip.saturating_sub(1)).line
                } else {
                    None
                };
                (s.frame.fast.clone(), s.frame.globals.clone(), lineno, s.ip)
            })
        };
        let Some((fast, globals, lineno, lasti)) = snapshot else {
            return Ok(Value::None);
        };
        let code = gen.code.clone();
        let locals = self.fast_locals_dict(&code, &fast, false)?;
        let line = lineno.unwrap_or(code.data.firstlineno);
        let class = self.frame_class();
        let dict = Value::dict(Dict::new());
        let lasti = (lasti * 2) as i64;
        let attrs = [
            ("f_lineno", Value::Int(i64::from(line))),
            ("f_lasti", Value::Int(lasti)),
            ("f_code", Value::obj(Object::Code(code.clone()))),
            ("f_locals", locals),
            ("f_globals", Value::Obj(globals)),
            ("f_back", Value::None),
        ];
        for (k, v) in attrs {
            super::ops::dict_set_str(self, &dict, k, v)?;
        }
        let Value::Obj(dict) = dict else {
            return Ok(Value::None);
        };
        Ok(Value::obj(Object::Instance(Instance { class, dict })))
    }

    /// The `frame` class (made on first use).
    fn frame_class(&mut self) -> crate::object::ObjRef {
        if let Some(c) = self.classes.by_name.get("frame") {
            return c.clone();
        }
        let class = crate::object::types::new_class(
            "frame",
            "builtins",
            vec![self.classes.object.clone()],
            Dict::new(),
            crate::object::types::Builtin::Object,
        )
        .unwrap_or_else(|_| self.classes.object.clone());
        self.classes
            .by_name
            .insert("frame".to_string(), class.clone());
        class
    }
}
