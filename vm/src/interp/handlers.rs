//! One handler per uop: what each of CPython's instructions does, on our objects.

use super::call::Called;
use super::frame::Frame;
use super::generated::{Call, Flow, Raise, Return, Uops, Yield};
use super::generated::{Deopt, DeoptOr};
use super::Vm;
use super::{instrumented, specialized};
use crate::object::{Dict, Function, Object, PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// `oparg` bits of `SET_FUNCTION_ATTRIBUTE`.
mod function_attr {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
    pub const ANNOTATE: u32 = 0x10;
}

impl Vm {
    fn local_name(&self, i: u32) -> String {
        self.frame()
            .code
            .localsplus_names
            .get(i as usize)
            .and_then(|n| n.as_str())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    fn name_at(&self, i: u32) -> Value {
        self.frame()
            .code
            .names
            .get(i as usize)
            .cloned()
            .unwrap_or(Value::Null)
    }

    fn name_text(&self, i: u32) -> String {
        self.name_at(i)
            .as_str()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    fn unbound_local(&self, i: u32) -> PyErr {
        let name = self.local_name(i);
        self.new_error(
            "UnboundLocalError",
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn name_error(&self, name: &str) -> PyErr {
        let e = self.new_error("NameError", &format!("name '{name}' is not defined"));
        super::class::exceptions::set_attr_raw(&e, "name", Value::str(name));
        super::suggestions::record_name_scope(self, &e);
        e
    }

    fn load_global_value(&mut self, name: &Value) -> PyResult<Option<Value>> {
        let globals = Value::Obj(self.frame().globals.clone());
        if let Some(v) = self.dict_get(&globals, name)? {
            return Ok(Some(v));
        }
        let builtins = Value::Obj(self.builtins.clone());
        self.dict_get(&builtins, name)
    }

    fn cell_of(&self, i: u32) -> Option<Rc<Object>> {
        match self.frame().fast.get(i as usize) {
            Some(Value::Obj(o)) if matches!(&**o, Object::Cell(_)) => Some(o.clone()),
            _ => None,
        }
    }

    fn call_value(
        &mut self,
        callable: Value,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> Result<Call<Value, Box<Frame>>, Raise<PyErr>> {
        self.finalize_generators();
        match self.prepare_call(&callable, &args, &kwargs) {
            Ok(Called::Done(v)) => Ok(Call::Done(v)),
            Ok(Called::Frame(f)) => Ok(Call::Push(f)),
            Err(e) => Err(Raise::Pop(e)),
        }
    }
}

impl Uops for Vm {
    fn match_class(
        &mut self,
        oparg: u32,
        subject: Value,
        type_: Value,
        names: Value,
    ) -> Result<Value, PyErr> {
        self.pattern_class(oparg, &subject, &type_, &names)
    }

    fn match_mapping(&mut self, subject: &mut Value) -> Value {
        Value::Bool(self.is_mapping_subject(subject))
    }

    fn match_sequence(&mut self, subject: &mut Value) -> Value {
        Value::Bool(self.is_sequence_subject(subject))
    }

    fn match_keys(&mut self, subject: &mut Value, keys: &mut Value) -> Result<Value, PyErr> {
        self.pattern_keys(subject, keys)
    }

    fn nop(&mut self) {}

    fn check_periodic(&mut self) -> Result<(), PyErr> {
        Ok(())
    }

    fn check_periodic_if_not_yield_from(&mut self, _oparg: u32) -> Result<(), PyErr> {
        Ok(())
    }

    fn quicken_resume(&mut self, _this_instr: usize) {}

    fn maybe_instrument(&mut self, _this_instr: usize) -> Result<(), PyErr> {
        Ok(())
    }

    fn load_bytecode(&mut self, _this_instr: usize) -> Result<(), PyErr> {
        Ok(())
    }

    fn load_fast_check(&mut self, oparg: u32) -> Result<Value, PyErr> {
        match self.frame().fast.get(oparg as usize) {
            Some(v) if !v.is_null() => Ok(v.clone()),
            _ => Err(self.unbound_local(oparg)),
        }
    }

    fn load_fast(&mut self, oparg: u32) -> Value {
        self.frame()
            .fast
            .get(oparg as usize)
            .cloned()
            .unwrap_or_default()
    }

    fn load_fast_borrow(&mut self, oparg: u32) -> Value {
        self.load_fast(oparg)
    }

    fn load_fast_and_clear(&mut self, oparg: u32) -> Value {
        self.frame_mut()
            .fast
            .get_mut(oparg as usize)
            .map(std::mem::take)
            .unwrap_or_default()
    }

    fn load_fast_load_fast(&mut self, oparg: u32) -> (Value, Value) {
        (self.load_fast(oparg >> 4), self.load_fast(oparg & 15))
    }

    fn load_fast_borrow_load_fast_borrow(&mut self, oparg: u32) -> (Value, Value) {
        self.load_fast_load_fast(oparg)
    }

    fn load_const(&mut self, _this_instr: usize, oparg: u32) -> Value {
        self.frame()
            .code
            .consts
            .get(oparg as usize)
            .cloned()
            .unwrap_or_default()
    }

    fn load_small_int(&mut self, oparg: u32) -> Value {
        Value::Int(i64::from(oparg))
    }

    fn store_fast(&mut self, oparg: u32, value: Value) {
        if let Some(slot) = self.frame_mut().fast.get_mut(oparg as usize) {
            *slot = value;
        }
    }

    fn store_fast_load_fast(&mut self, oparg: u32, value1: Value) -> Value {
        self.store_fast(oparg >> 4, value1);
        self.load_fast(oparg & 15)
    }

    fn store_fast_store_fast(&mut self, oparg: u32, value2: Value, value1: Value) {
        self.store_fast(oparg >> 4, value1);
        self.store_fast(oparg & 15, value2);
    }

    fn pop_top(&mut self, _value: Value) {}

    fn push_null(&mut self) -> Value {
        Value::Null
    }

    fn end_for(&mut self, _value: Value) {}

    fn unary_negative(&mut self, value: Value) -> Result<Value, PyErr> {
        if let Some(n) = super::numbers::num_of(&value) {
            return Ok(super::numbers::value_of(crate::numeric::neg(&n)));
        }
        match value {
            Value::Int(i) => Ok(i
                .checked_neg()
                .map(Value::Int)
                .unwrap_or_else(|| Value::int(-num_bigint::BigInt::from(i)))),
            Value::Bool(b) => Ok(Value::Int(-i64::from(b))),
            Value::Float(f) => Ok(Value::Float(-f)),
            Value::Obj(ref o) => match &**o {
                Object::BigInt(b) => Ok(Value::int(-b)),
                _ => match self.call_special(&value, "__neg__", &[])? {
                    Some(v) => Ok(v),
                    None if let Some(p) = super::numbers::numeric_payload(self, &value) => {
                        self.unary_negative(p)
                    }
                    None => Err(self.type_error(format!(
                        "bad operand type for unary -: '{}'",
                        self.classes.type_name(&value)
                    ))),
                },
            },
            _ => Err(self.type_error(format!(
                "bad operand type for unary -: '{}'",
                self.classes.type_name(&value)
            ))),
        }
    }

    fn unary_not(&mut self, value: Value) -> Value {
        Value::Bool(!matches!(value, Value::Bool(true)))
    }

    fn specialize_to_bool(&mut self, _this_instr: usize, _counter: u16, _value: &mut Value) {}

    fn to_bool(&mut self, value: Value) -> Result<Value, PyErr> {
        Ok(Value::Bool(self.truthy(&value)?))
    }

    fn unary_invert(&mut self, value: Value) -> Result<Value, PyErr> {
        match value {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!i64::from(b))),
            Value::Obj(ref o) if matches!(&**o, Object::BigInt(_)) => match &**o {
                Object::BigInt(b) => Ok(Value::int(!b)),
                _ => Ok(value.clone()),
            },
            _ => match self.call_special(&value, "__invert__", &[])? {
                Some(v) => Ok(v),
                None if let Some(p) = super::numbers::numeric_payload(self, &value) => {
                    self.unary_invert(p)
                }
                None => Err(self.type_error(format!(
                    "bad operand type for unary ~: '{}'",
                    self.classes.type_name(&value)
                ))),
            },
        }
    }

    fn specialize_binary_slice(
        &mut self,
        _container: &mut Value,
        _start: &mut Value,
        _stop: &mut Value,
    ) {
    }

    fn binary_slice(
        &mut self,
        container: Value,
        start: Value,
        stop: Value,
    ) -> Result<Value, PyErr> {
        let slice = Value::obj(Object::Slice(nonnull(start), nonnull(stop), Value::None));
        self.getitem(&container, &slice)
    }

    fn specialize_store_slice(
        &mut self,
        _v: &mut Value,
        _container: &mut Value,
        _start: &mut Value,
        _stop: &mut Value,
    ) {
    }

    fn store_slice(
        &mut self,
        v: Value,
        container: Value,
        start: Value,
        stop: Value,
    ) -> Result<(), PyErr> {
        crate::interp::builtins::list::store_slice(self, v, &container, start, stop)
    }

    fn build_set(&mut self, _oparg: u32, values: &mut [Value]) -> Result<Value, PyErr> {
        crate::interp::builtins::set::build(self, values)
    }

    fn set_add(&mut self, _oparg: u32, set: &mut Value, v: Value) -> Result<(), PyErr> {
        crate::interp::builtins::set::add_key(self, set, v)
    }

    fn set_update(&mut self, _oparg: u32, set: &mut Value, iterable: Value) -> Result<(), PyErr> {
        crate::interp::builtins::set::update_internal(self, set, &iterable)
    }

    fn list_append(&mut self, _oparg: u32, list: &mut Value, v: Value) -> Result<(), PyErr> {
        if let Some(Object::List(l)) = list.as_obj().map(|o| &**o) {
            l.borrow_mut().push(v);
        }
        Ok(())
    }

    fn specialize_store_subscr(
        &mut self,
        _this_instr: usize,
        _counter: u16,
        _container: &mut Value,
        _sub: &mut Value,
    ) {
    }

    fn store_subscr(&mut self, v: Value, container: Value, sub: Value) -> Result<(), PyErr> {
        self.setitem(&container, &sub, v)
    }

    fn delete_subscr(&mut self, container: Value, sub: Value) -> Result<(), PyErr> {
        self.delitem(&container, &sub)
    }

    fn call_intrinsic_1(&mut self, oparg: u32, value: Value) -> Result<Value, PyErr> {
        self.intrinsic_1(oparg, value)
    }

    fn call_intrinsic_2(
        &mut self,
        oparg: u32,
        value2: Value,
        value1: Value,
    ) -> Result<Value, PyErr> {
        self.intrinsic_2(oparg, value2, value1)
    }

    fn raise_varargs(
        &mut self,
        _this_instr: usize,
        oparg: u32,
        args: &mut [Value],
    ) -> Result<(), Raise<PyErr>> {
        let exc = match oparg {
            0 => {
                if is_exception(&self.handled) {
                    self.reraising = true;
                    return Err(Raise::Pop(PyErr(self.handled.clone())));
                }
                return Err(Raise::Pop(
                    self.new_error("RuntimeError", "No active exception to reraise"),
                ));
            }
            1 | 2 => args[0].clone(),
            _ => {
                return Err(Raise::Pop(
                    self.new_error("SystemError", "bad RAISE_VARARGS oparg"),
                ))
            }
        };
        let err = self.make_exception(exc).map_err(Raise::Pop)?;
        if oparg == 2 {
            let cause = args[1].clone();
            let cause = match cause {
                Value::None => Value::None,
                c => self.make_cause(c).map_err(Raise::Pop)?,
            };
            *err.data().cause.borrow_mut() = cause;
            err.data().suppress_context.set(true);
        }
        Err(Raise::Pop(err))
    }

    fn interpreter_exit(&mut self, retval: Value) -> Return<Value> {
        Return(retval)
    }

    fn return_value(&mut self, retval: Value) -> Return<Value> {
        Return(retval)
    }

    fn pop_except(&mut self, exc_value: Value) {
        self.handled = exc_value;
    }

    fn reraise(
        &mut self,
        _this_instr: usize,
        oparg: u32,
        values: &mut [Value],
        exc_st: Value,
    ) -> Result<(), Raise<PyErr>> {
        let _ = (oparg, values);
        if !is_exception(&exc_st) {
            return Err(Raise::Pop(self.new_error(
                "SystemError",
                "RERAISE of a value that is not an exception",
            )));
        }
        self.reraising = true;
        Err(Raise::Pop(PyErr(exc_st)))
    }

    fn load_common_constant(&mut self, oparg: u32) -> Value {
        let name = match oparg {
            0 => "AssertionError",
            1 => "NotImplementedError",
            2 => "tuple",
            3 => "all",
            _ => "any",
        };
        let builtins = Value::Obj(self.builtins.clone());
        self.dict_get(&builtins, &Value::str(name))
            .ok()
            .flatten()
            .unwrap_or_default()
    }

    fn load_locals(&mut self) -> Result<Value, PyErr> {
        match self.frame().locals.clone() {
            Some(ns) => Ok(ns),
            None => Err(self.new_error("SystemError", "no locals found")),
        }
    }

    fn load_build_class(&mut self) -> Result<Value, PyErr> {
        let builtins = Value::Obj(self.builtins.clone());
        match self.dict_get(&builtins, &Value::str("__build_class__"))? {
            Some(v) => Ok(v),
            None => Err(self.new_error("NameError", "__build_class__ not found")),
        }
    }

    fn store_name(&mut self, oparg: u32, v: Value) -> Result<(), PyErr> {
        if self.names_are_globals() {
            return self.store_global_name(oparg, v);
        }
        let name = self.name_at(oparg);
        let ns = self
            .frame()
            .locals
            .clone()
            .unwrap_or_else(|| Value::Obj(self.frame().globals.clone()));
        self.dict_set(&ns, name, v)
    }

    fn delete_name(&mut self, oparg: u32) -> Result<(), PyErr> {
        let name = self.name_at(oparg);
        let ns = self
            .frame()
            .locals
            .clone()
            .unwrap_or_else(|| Value::Obj(self.frame().globals.clone()));
        match self.delitem(&ns, &name) {
            Ok(()) => Ok(()),
            Err(_) => Err(self.name_error(&self.name_text(oparg))),
        }
    }

    fn specialize_unpack_sequence(
        &mut self,
        _this_instr: usize,
        _oparg: u32,
        _counter: u16,
        _seq: &mut Value,
    ) {
    }

    fn unpack_sequence(
        &mut self,
        oparg: u32,
        seq: Value,
        unused: &mut [Value],
        _top: &mut [Value],
    ) -> Result<(), PyErr> {
        crate::interp::builtins::iterators::unpack_sequence(self, &seq, oparg as usize, unused)
    }

    fn unpack_ex(
        &mut self,
        oparg: u32,
        seq: Value,
        unused: &mut [Value],
        unused_3: &mut [Value],
        _top: &mut [Value],
    ) -> Result<Value, PyErr> {
        let (before, after) = ((oparg & 0xff) as usize, (oparg >> 8) as usize);
        crate::interp::builtins::iterators::unpack_ex(self, &seq, before, after, unused, unused_3)
    }

    fn specialize_store_attr(
        &mut self,
        _this_instr: usize,
        _oparg: u32,
        _counter: u16,
        _owner: &mut Value,
    ) {
    }

    fn store_attr(&mut self, oparg: u32, v: Value, owner: Value) -> Result<(), PyErr> {
        let name = self.name_text(oparg);
        self.setattr(&owner, &name, v)
    }

    fn delete_attr(&mut self, oparg: u32, owner: Value) -> Result<(), PyErr> {
        let name = self.name_text(oparg);
        self.delattr(&owner, &name)
    }

    fn store_global(&mut self, oparg: u32, v: Value) -> Result<(), PyErr> {
        self.store_global_name(oparg, v)
    }

    fn delete_global(&mut self, oparg: u32) -> Result<(), PyErr> {
        let name = self.name_at(oparg);
        let globals = Value::Obj(self.frame().globals.clone());
        self.delitem(&globals, &name)
            .map_err(|_| self.name_error(&self.name_text(oparg)))
    }

    fn load_name(&mut self, oparg: u32) -> Result<Value, PyErr> {
        if self.names_are_globals() {
            return match self.load_global_name(oparg)? {
                Some(v) => Ok(v),
                None => Err(self.name_error(&self.name_text(oparg))),
            };
        }
        let name = self.name_at(oparg);
        if let Some(ns) = self.frame().locals.clone() {
            if let Some(v) = self.dict_get(&ns, &name)? {
                return Ok(v);
            }
        }
        match self.load_global_value(&name)? {
            Some(v) => Ok(v),
            None => Err(self.name_error(&self.name_text(oparg))),
        }
    }

    fn specialize_load_global(&mut self, _this_instr: usize, _oparg: u32, _counter: u16) {}

    fn load_global(&mut self, oparg: u32, res: &mut [Value]) -> Result<(), PyErr> {
        match self.load_global_name(oparg >> 1)? {
            Some(v) => {
                res[0] = v;
                Ok(())
            }
            None => Err(self.name_error(&self.name_text(oparg >> 1))),
        }
    }

    fn push_null_conditional(&mut self, _oparg: u32, _null: &mut [Value]) {}

    fn delete_fast(&mut self, oparg: u32) -> Result<(), PyErr> {
        match self.frame_mut().fast.get_mut(oparg as usize) {
            Some(slot) if !slot.is_null() => {
                *slot = Value::Null;
                Ok(())
            }
            _ => Err(self.unbound_local(oparg)),
        }
    }

    fn make_cell(&mut self, oparg: u32) -> Result<(), PyErr> {
        if let Some(slot) = self.frame_mut().fast.get_mut(oparg as usize) {
            let initial = std::mem::take(slot);
            *slot = Value::obj(Object::Cell(RefCell::new(initial)));
        }
        Ok(())
    }

    fn load_deref(&mut self, oparg: u32) -> Result<Value, PyErr> {
        if let Some(cell) = self.cell_of(oparg) {
            if let Object::Cell(c) = &*cell {
                let v = c.borrow().clone();
                if !v.is_null() {
                    return Ok(v);
                }
            }
        }
        let name = self.local_name(oparg);
        let kinds = &self.frame().code.data.localspluskinds;
        let free = kinds
            .get(oparg as usize)
            .is_some_and(|k| k & crate::marshal::local_kind::FREE != 0);
        Err(if free {
            self.new_error("NameError", &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
        } else {
            self.unbound_local(oparg)
        })
    }

    fn store_deref(&mut self, oparg: u32, v: Value) {
        if let Some(cell) = self.cell_of(oparg) {
            if let Object::Cell(c) = &*cell {
                *c.borrow_mut() = v;
            }
        }
    }

    fn copy_free_vars(&mut self, oparg: u32) {
        let frame = self.frame_mut();
        let Some(func) = frame.func.clone() else {
            return;
        };
        let Object::Function(f) = &*func else { return };
        let closure = f.closure.borrow().clone();
        if let Some(Object::Tuple(cells)) = closure.as_obj().map(|o| &**o) {
            let n = frame.fast.len();
            let k = oparg as usize;
            for (i, cell) in cells.iter().take(k).enumerate() {
                if let Some(slot) = frame.fast.get_mut(n - k + i) {
                    *slot = cell.clone();
                }
            }
        }
    }

    fn build_interpolation(
        &mut self,
        oparg: u32,
        value: Value,
        str: Value,
        format: &mut [Value],
    ) -> Result<Value, PyErr> {
        self.build_interpolation_impl(oparg, value, str, format)
    }

    fn build_template(&mut self, strings: Value, interpolations: Value) -> Result<Value, PyErr> {
        self.build_template_impl(strings, interpolations)
    }

    fn build_string(&mut self, _oparg: u32, pieces: &mut [Value]) -> Result<Value, PyErr> {
        let mut s = String::new();
        for p in pieces.iter() {
            s.push_str(&self.str_of(p)?);
        }
        Ok(Value::str(&s))
    }

    fn build_tuple(&mut self, _oparg: u32, values: &mut [Value]) -> Result<Value, PyErr> {
        Ok(Value::tuple(
            values.iter_mut().map(std::mem::take).collect(),
        ))
    }

    fn build_list(&mut self, _oparg: u32, values: &mut [Value]) -> Result<Value, PyErr> {
        Ok(Value::list(values.iter_mut().map(std::mem::take).collect()))
    }

    fn list_extend(
        &mut self,
        _oparg: u32,
        list_st: &mut Value,
        iterable_st: Value,
    ) -> Result<(), PyErr> {
        let items = self.collect(&iterable_st).map_err(|_| {
            self.type_error(format!(
                "Value after * must be an iterable, not {}",
                self.classes.type_name(&iterable_st)
            ))
        })?;
        if let Some(Object::List(l)) = list_st.as_obj().map(|o| &**o) {
            l.borrow_mut().extend(items);
        }
        Ok(())
    }

    fn build_map(&mut self, _oparg: u32, values: &mut [Value]) -> Result<Value, PyErr> {
        let d = Value::dict(Dict::new());
        for pair in values.chunks_mut(2) {
            let k = std::mem::take(&mut pair[0]);
            let v = std::mem::take(&mut pair[1]);
            self.dict_set(&d, k, v)?;
        }
        Ok(d)
    }

    fn dict_update(&mut self, _oparg: u32, dict: &mut Value, update: Value) -> Result<(), PyErr> {
        let Some(Object::Dict(src)) = update.as_obj().map(|o| &**o) else {
            if self.lookup_attr(&update, "keys")?.is_some() {
                return super::builtins::dict::update_from(self, dict, &update);
            }
            return Err(self.type_error(format!(
                "'{}' object is not a mapping",
                self.classes.type_name(&update)
            )));
        };
        let items: Vec<(Value, Value)> = src
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in items {
            self.dict_set(dict, k, v)?;
        }
        Ok(())
    }

    fn map_add(
        &mut self,
        _oparg: u32,
        dict_st: &mut Value,
        key: Value,
        value: Value,
    ) -> Result<(), PyErr> {
        self.dict_set(dict_st, key, value)
    }

    fn specialize_load_attr(
        &mut self,
        _this_instr: usize,
        _oparg: u32,
        _counter: u16,
        _owner: &mut Value,
    ) {
    }

    fn load_attr(
        &mut self,
        oparg: u32,
        owner: Value,
        self_or_null: &mut [Value],
    ) -> Result<Value, PyErr> {
        let name = self.name_text(oparg >> 1);
        let attr = self.getattr(&owner, &name)?;
        if oparg & 1 == 1 {
            if let Some(Object::Method(this, func)) = attr.as_obj().map(|o| &**o) {
                if this.is(&owner) {
                    self_or_null[0] = owner.clone();
                    return Ok(func.clone());
                }
            }
            self_or_null[0] = Value::Null;
        }
        Ok(attr)
    }

    fn specialize_compare_op(
        &mut self,
        _this_instr: usize,
        _oparg: u32,
        _counter: u16,
        _left: &mut Value,
        _right: &mut Value,
    ) {
    }

    fn compare_op(&mut self, oparg: u32, left: Value, right: Value) -> Result<Value, PyErr> {
        if let Some(b) = super::fast_paths::compare(oparg >> 5, &left, &right) {
            return Ok(Value::Bool(b));
        }
        let r = self.compare(oparg >> 5, &left, &right)?;
        if oparg & 16 != 0 {
            return Ok(Value::Bool(self.truthy(&r)?));
        }
        Ok(r)
    }

    fn is_op(&mut self, oparg: u32, left: Value, right: Value) -> Value {
        Value::Bool(left.is(&right) != (oparg == 1))
    }

    fn contains_op(&mut self, oparg: u32, left: Value, right: Value) -> Result<Value, PyErr> {
        Ok(Value::Bool(self.contains(&right, &left)? != (oparg == 1)))
    }

    fn specialize_contains_op(
        &mut self,
        _this_instr: usize,
        _counter: u16,
        _left: &mut Value,
        _right: &mut Value,
    ) {
    }

    fn check_eg_match(
        &mut self,
        exc_value_st: Value,
        match_type_st: Value,
    ) -> Result<(Value, Value), PyErr> {
        self.check_eg_match(exc_value_st, match_type_st)
    }

    fn check_exc_match(&mut self, left: &mut Value, right: Value) -> Result<Value, PyErr> {
        let classes = match right.as_obj().map(|o| &**o) {
            Some(Object::Type(_)) => vec![right.clone()],
            Some(Object::Tuple(t)) => t.to_vec(),
            _ => {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ))
            }
        };
        for c in classes {
            if let Some(c) = c.as_obj() {
                if self.isinstance(left, c) {
                    return Ok(Value::Bool(true));
                }
            }
        }
        Ok(Value::Bool(false))
    }

    fn jump_forward(&mut self, oparg: u32) -> Flow<()> {
        Flow::Jump(oparg as i32, ())
    }

    fn specialize_jump_backward(&mut self, _this_instr: usize) {}

    fn pop_jump_if_false(&mut self, _this_instr: usize, oparg: u32, cond: &mut Value) -> Flow<()> {
        if matches!(cond, Value::Bool(false)) {
            Flow::Jump(oparg as i32, ())
        } else {
            Flow::Next(())
        }
    }

    fn pop_jump_if_true(&mut self, _this_instr: usize, oparg: u32, cond: &mut Value) -> Flow<()> {
        if matches!(cond, Value::Bool(true)) {
            Flow::Jump(oparg as i32, ())
        } else {
            Flow::Next(())
        }
    }

    fn is_none(&mut self, value: Value) -> Value {
        Value::Bool(matches!(value, Value::None))
    }

    fn jump_backward_no_interrupt(&mut self, oparg: u32) -> Flow<()> {
        Flow::Jump(-(oparg as i32), ())
    }

    fn get_len(&mut self, obj: &mut Value) -> Result<Value, PyErr> {
        Ok(Value::Int(self.len(obj)? as i64))
    }

    fn get_iter(&mut self, iterable: Value) -> Result<Value, PyErr> {
        self.iter(&iterable)
    }

    fn specialize_for_iter(
        &mut self,
        _this_instr: usize,
        _oparg: u32,
        _counter: u16,
        _iter: &mut Value,
    ) {
    }

    fn for_iter(
        &mut self,
        _this_instr: usize,
        oparg: u32,
        iter: &mut Value,
    ) -> Result<Flow<Value>, PyErr> {
        match self.next(iter)? {
            Some(v) => Ok(Flow::Next(v)),
            None => Ok(Flow::Exit(oparg as i32 + 1)),
        }
    }

    fn push_exc_info(&mut self, exc: Value) -> (Value, Value) {
        let prev = std::mem::replace(&mut self.handled, exc.clone());
        (prev, exc)
    }

    fn specialize_call(
        &mut self,
        this_instr: usize,
        _oparg: u32,
        _counter: u16,
        _callable: &mut Value,
        _self_or_null: &mut Value,
    ) {
        super::warnings::note_call(this_instr);
    }

    fn maybe_expand_method(&mut self, _oparg: u32, callable: &mut Value, self_or_null: &mut Value) {
        if self_or_null.is_null() {
            if let Some(Object::Method(this, func)) = callable.as_obj().map(|o| &**o) {
                let (this, func) = (this.clone(), func.clone());
                *self_or_null = this;
                *callable = func;
            }
        }
    }

    fn do_call(
        &mut self,
        _this_instr: usize,
        _opcode: u8,
        _oparg: u32,
        callable: Value,
        mut self_or_null: Value,
        args: &mut [Value],
    ) -> Result<Call<Value, Box<Frame>>, Raise<PyErr>> {
        self.finalize_generators();
        if let Some(frame) = self.plain_call_frame(&callable, &mut self_or_null, args) {
            return Ok(Call::Push(frame));
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        if !self_or_null.is_null() {
            all.push(self_or_null);
        }
        all.extend(args.iter_mut().map(std::mem::take));
        self.call_value(callable, all, Vec::new())
    }

    fn maybe_expand_method_kw(
        &mut self,
        oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
    ) {
        self.maybe_expand_method(oparg, callable, self_or_null)
    }

    fn do_call_kw(
        &mut self,
        _this_instr: usize,
        _opcode: u8,
        _oparg: u32,
        callable: Value,
        self_or_null: Value,
        args: &mut [Value],
        kwnames: Value,
    ) -> Result<Call<Value, Box<Frame>>, Raise<PyErr>> {
        let names: Vec<Value> = match kwnames.as_obj().map(|o| &**o) {
            Some(Object::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let mut values: Vec<Value> = args.iter_mut().map(std::mem::take).collect();
        let kw_values = values.split_off(values.len() - names.len().min(values.len()));
        let mut all = Vec::with_capacity(values.len() + 1);
        if !self_or_null.is_null() {
            all.push(self_or_null);
        }
        all.extend(values);
        let kwargs = names.into_iter().zip(kw_values).collect();
        self.call_value(callable, all, kwargs)
    }

    fn specialize_call_kw(
        &mut self,
        this_instr: usize,
        _oparg: u32,
        _counter: u16,
        _callable: &mut Value,
        _self_or_null: &mut Value,
    ) {
        super::warnings::note_call(this_instr);
    }

    fn make_function(&mut self, codeobj_st: Value) -> Result<Value, PyErr> {
        let Some(Object::Code(code)) = codeobj_st.as_obj().map(|o| &**o) else {
            return Err(self.type_error("MAKE_FUNCTION expects a code object"));
        };
        let code = code.clone();
        let name = Value::from_pystr((*code.data.name).clone());
        let qualname = Value::from_pystr((*code.data.qualname).clone());
        Ok(Value::obj(Object::Function(Function {
            code,
            globals: self.frame().globals.clone(),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(Value::Null),
            kwdefaults: RefCell::new(Value::Null),
            closure: RefCell::new(Value::Null),
            annotations: RefCell::new(Value::Null),
            annotations_dict: RefCell::new(Value::Null),
            module: RefCell::new(Value::Null),
            type_params: RefCell::new(Value::Null),
            dict: RefCell::new(None),
            doc: RefCell::new(Value::Null),
        })))
    }

    fn set_function_attribute(
        &mut self,
        oparg: u32,
        attr_st: Value,
        func_in: Value,
    ) -> Result<Value, PyErr> {
        if let Some(Object::Function(f)) = func_in.as_obj().map(|o| &**o) {
            let slot = match oparg {
                function_attr::DEFAULTS => &f.defaults,
                function_attr::KWDEFAULTS => &f.kwdefaults,
                function_attr::CLOSURE => &f.closure,
                function_attr::ANNOTATIONS | function_attr::ANNOTATE => &f.annotations,
                _ => {
                    return Err(self.new_error(
                        "SystemError",
                        &format!("bad SET_FUNCTION_ATTRIBUTE oparg {oparg}"),
                    ))
                }
            };
            *slot.borrow_mut() = attr_st;
        }
        Ok(func_in)
    }

    fn build_slice(&mut self, oparg: u32, args: &mut [Value]) -> Result<Value, PyErr> {
        if !(2..=3).contains(&args.len()) {
            return Err(self.new_error("SystemError", &format!("bad BUILD_SLICE oparg {oparg}")));
        }
        let step = if args.len() == 3 {
            std::mem::take(&mut args[2])
        } else {
            Value::None
        };
        Ok(Value::obj(Object::Slice(
            std::mem::take(&mut args[0]),
            std::mem::take(&mut args[1]),
            step,
        )))
    }

    fn convert_value(&mut self, oparg: u32, value: Value) -> Result<Value, PyErr> {
        Ok(Value::str(&match oparg {
            1 => self.str_of(&value)?,
            2 => self.repr(&value)?,
            _ => super::builtins::str::ascii_of(self, &value)?,
        }))
    }

    fn format_simple(&mut self, value: Value) -> Result<Value, PyErr> {
        if value.as_str().is_some() {
            return Ok(value);
        }
        if let Some(Object::Instance(_)) = value.as_obj().map(|o| &**o) {
            return self.format(&value, &crate::marshal::PyStr::new(""));
        }
        Ok(Value::str(&self.str_of(&value)?))
    }

    fn format_with_spec(&mut self, value: Value, fmt_spec: Value) -> Result<Value, PyErr> {
        let spec = fmt_spec
            .as_str()
            .cloned()
            .unwrap_or_else(|| crate::marshal::PyStr::new(""));
        self.format(&value, &spec)
    }

    fn copy(&mut self, _oparg: u32, bottom: &mut Value) -> Value {
        bottom.clone()
    }

    fn specialize_binary_op(
        &mut self,
        _this_instr: usize,
        _oparg: u32,
        _counter: u16,
        _lhs: &mut Value,
        _rhs: &mut Value,
    ) {
    }

    fn binary_op(&mut self, oparg: u32, lhs: Value, rhs: Value) -> Result<Value, PyErr> {
        if let Some(v) = super::fast_paths::binary(oparg, &lhs, &rhs) {
            return Ok(v);
        }
        Vm::binary_op(self, oparg, &lhs, &rhs)
    }

    fn swap(&mut self, _oparg: u32, bottom: &mut Value, top: &mut Value) {
        std::mem::swap(bottom, top);
    }

    fn return_generator(&mut self) -> Result<Return<Value>, PyErr> {
        self.return_generator_impl().map(Return)
    }

    fn yield_value(&mut self, _opcode: u8, _oparg: u32, retval: Value) -> Yield<Value> {
        Yield(retval)
    }

    fn specialize_send(&mut self, _this_instr: usize, _counter: u16, _receiver: &mut Value) {}

    fn send(
        &mut self,
        _this_instr: usize,
        oparg: u32,
        receiver: &mut Value,
        v: &mut Value,
    ) -> Result<Flow<Call<Value, Box<Frame>>>, PyErr> {
        Ok(match self.send_impl(oparg, receiver, v)? {
            Flow::Next(x) => Flow::Next(Call::Done(x)),
            Flow::Jump(by, x) => Flow::Jump(by, Call::Done(x)),
            Flow::Exit(by) => Flow::Exit(by),
        })
    }

    fn end_send(&mut self, _receiver: Value, value: Value) -> Value {
        value
    }

    fn get_yield_from_iter(&mut self, iterable: Value) -> Result<Value, PyErr> {
        self.yield_from_iter(iterable)
    }

    fn get_awaitable(&mut self, oparg: u32, iterable: Value) -> Result<Value, PyErr> {
        self.get_awaitable_impl(oparg, iterable)
    }

    fn get_aiter(&mut self, obj: Value) -> Result<Value, PyErr> {
        self.get_aiter_impl(obj)
    }

    fn get_anext(&mut self, aiter: &mut Value) -> Result<Value, PyErr> {
        self.get_anext_impl(aiter)
    }

    fn end_async_for(
        &mut self,
        _this_instr: usize,
        _oparg: u32,
        _awaitable_st: &mut Value,
        exc_st: &mut Value,
    ) -> Result<Flow<()>, Raise<PyErr>> {
        self.end_async_for_impl(exc_st.clone()).map(Flow::Next)
    }

    fn cleanup_throw(
        &mut self,
        _this_instr: usize,
        _sub_iter: Value,
        _last_sent_val: Value,
        exc_value_st: Value,
    ) -> Result<(Value, Value), Raise<PyErr>> {
        self.cleanup_throw_impl(exc_value_st)
    }

    fn delete_deref(&mut self, oparg: u32) -> Result<(), PyErr> {
        self.delete_deref_impl(oparg)
    }

    fn load_from_dict_or_deref(
        &mut self,
        oparg: u32,
        class_dict_st: Value,
    ) -> Result<Value, PyErr> {
        let name = self.local_name(oparg);
        if let Some(v) = self.dict_get(&class_dict_st, &Value::str(&name))? {
            return Ok(v);
        }
        self.load_deref(oparg)
    }

    fn dict_merge(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        dict: &mut Value,
        update: Value,
    ) -> Result<(), PyErr> {
        self.dict_merge_impl(callable, dict, update)
    }

    fn make_callargs_a_tuple(
        &mut self,
        func: &mut Value,
        callargs: &mut Value,
        _kwargs: &mut Value,
    ) -> Result<(), PyErr> {
        self.make_callargs_impl(func, callargs)
    }

    fn do_call_function_ex(
        &mut self,
        _this_instr: usize,
        _opcode: u8,
        func_st: Value,
        null: Value,
        callargs_st: Value,
        kwargs_st: Value,
    ) -> Result<Call<Value, Box<Frame>>, Raise<PyErr>> {
        match self.call_function_ex_impl(func_st, null, callargs_st, kwargs_st) {
            Ok(Called::Done(v)) => Ok(Call::Done(v)),
            Ok(Called::Frame(f)) => Ok(Call::Push(f)),
            Err(e) => Err(Raise::Pop(e)),
        }
    }

    fn specialize_load_super_attr(
        &mut self,
        _this_instr: usize,
        _oparg: u32,
        _counter: u16,
        _global_super_st: &mut Value,
        _class_st: &mut Value,
    ) {
    }

    fn load_super_attr(
        &mut self,
        _this_instr: usize,
        _opcode: u8,
        oparg: u32,
        global_super_st: Value,
        class_st: Value,
        self_st: Value,
    ) -> Result<Value, PyErr> {
        self.load_super_attr_impl(oparg, global_super_st, class_st, self_st)
    }

    fn import_name(&mut self, oparg: u32, level: Value, fromlist: Value) -> Result<Value, PyErr> {
        self.import_name_impl(oparg, level, fromlist)
    }

    fn import_from(&mut self, oparg: u32, from: &mut Value) -> Result<Value, PyErr> {
        self.import_from_impl(oparg, from)
    }

    fn insert_null(&mut self, self_: Value, method_and_self: &mut [Value]) {
        self.insert_null_impl(self_, method_and_self)
    }

    fn load_special(&mut self, oparg: u32, method_and_self: &mut [Value]) -> Result<(), PyErr> {
        self.load_special_impl(oparg, method_and_self)
    }

    fn with_except_start(
        &mut self,
        exit_func: &mut Value,
        exit_self: &mut Value,
        _lasti: &mut Value,
        val: &mut Value,
    ) -> Result<Value, PyErr> {
        self.with_except_start_impl(exit_func, exit_self, val)
    }

    fn exit_init_check(&mut self, should_be_none: Value) -> Result<(), PyErr> {
        self.exit_init_check_impl(should_be_none)
    }

    fn load_from_dict_or_globals(
        &mut self,
        oparg: u32,
        mod_or_class_dict: Value,
    ) -> Result<Value, Raise<PyErr>> {
        let name = self.name_at(oparg);
        self.load_from_mapping_or_globals(&mod_or_class_dict, &name)
            .map_err(Raise::Pop)
    }

    fn setup_annotations(&mut self) -> Result<(), PyErr> {
        self.setup_annotations_impl()
    }

    // ---- Specialized instructions: guards and fast paths in `specialized` ----

    fn resume_check(&mut self) -> Result<(), Deopt> {
        specialized::resume_check()
    }

    fn load_const_mortal(&mut self, oparg: u32) -> Value {
        specialized::load_const(self, oparg)
    }

    fn load_const_immortal(&mut self, oparg: u32) -> Value {
        specialized::load_const(self, oparg)
    }

    fn to_bool_bool(&mut self, value: &mut Value) -> Result<(), Deopt> {
        specialized::arith::to_bool_bool(value)
    }

    fn to_bool_int(&mut self, value: &mut Value) -> Result<Value, Deopt> {
        specialized::arith::to_bool_int(value)
    }

    fn guard_nos_list(&mut self, nos: &mut Value) -> Result<(), Deopt> {
        specialized::guards::list(nos)
    }

    fn guard_tos_list(&mut self, tos: &mut Value) -> Result<(), Deopt> {
        specialized::guards::list(tos)
    }

    fn guard_tos_slice(&mut self, tos: &mut Value) -> Result<(), Deopt> {
        specialized::guards::slice(tos)
    }

    fn to_bool_list(&mut self, value: Value) -> Value {
        specialized::arith::to_bool_list(&value)
    }

    fn to_bool_none(&mut self, value: &mut Value) -> Result<Value, Deopt> {
        specialized::arith::to_bool_none(value)
    }

    fn guard_nos_unicode(&mut self, nos: &mut Value) -> Result<(), Deopt> {
        specialized::guards::unicode(nos)
    }

    fn guard_tos_unicode(&mut self, value: &mut Value) -> Result<(), Deopt> {
        specialized::guards::unicode(value)
    }

    fn to_bool_str(&mut self, value: Value) -> Value {
        specialized::arith::to_bool_str(&value)
    }

    fn replace_with_true(&mut self, _value: Value) -> Value {
        specialized::arith::replace_with_true()
    }

    fn guard_nos_int(&mut self, left: &mut Value) -> Result<(), Deopt> {
        specialized::guards::compact_int(left)
    }

    fn guard_tos_int(&mut self, value: &mut Value) -> Result<(), Deopt> {
        specialized::guards::compact_int(value)
    }

    fn binary_op_multiply_int(&mut self, left: Value, right: Value) -> Result<Value, PyErr> {
        specialized::arith::int_op(self, specialized::arith::nb::MULTIPLY, left, right)
    }

    fn binary_op_add_int(&mut self, left: Value, right: Value) -> Result<Value, PyErr> {
        specialized::arith::int_op(self, specialized::arith::nb::ADD, left, right)
    }

    fn binary_op_subtract_int(&mut self, left: Value, right: Value) -> Result<Value, PyErr> {
        specialized::arith::int_op(self, specialized::arith::nb::SUBTRACT, left, right)
    }

    fn guard_nos_float(&mut self, left: &mut Value) -> Result<(), Deopt> {
        specialized::guards::float(left)
    }

    fn guard_tos_float(&mut self, value: &mut Value) -> Result<(), Deopt> {
        specialized::guards::float(value)
    }

    fn binary_op_multiply_float(&mut self, left: Value, right: Value) -> Result<Value, PyErr> {
        specialized::arith::float_op(self, specialized::arith::nb::MULTIPLY, left, right)
    }

    fn binary_op_add_float(&mut self, left: Value, right: Value) -> Result<Value, PyErr> {
        specialized::arith::float_op(self, specialized::arith::nb::ADD, left, right)
    }

    fn binary_op_subtract_float(&mut self, left: Value, right: Value) -> Result<Value, PyErr> {
        specialized::arith::float_op(self, specialized::arith::nb::SUBTRACT, left, right)
    }

    fn binary_op_add_unicode(&mut self, left: Value, right: Value) -> Result<Value, PyErr> {
        specialized::arith::add_unicode(self, left, right)
    }

    fn binary_op_inplace_add_unicode(
        &mut self,
        left: &mut Value,
        right: &mut Value,
    ) -> Result<(), DeoptOr<PyErr>> {
        specialized::arith::inplace_add_unicode(left, right)
    }

    fn guard_binary_op_extend(
        &mut self,
        descr: u64,
        left: &mut Value,
        right: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::arith::guard_extend(descr, left, right)
    }

    fn binary_op_extend(&mut self, descr: u64, left: Value, right: Value) -> Result<Value, PyErr> {
        specialized::arith::extend(self, descr, left, right)
    }

    fn binary_op_subscr_list_int(
        &mut self,
        list_st: &mut Value,
        sub_st: &mut Value,
    ) -> Result<Value, Deopt> {
        specialized::subscr::list_int(list_st, sub_st)
    }

    fn binary_op_subscr_list_slice(
        &mut self,
        list_st: Value,
        sub_st: Value,
    ) -> Result<Value, PyErr> {
        specialized::subscr::list_slice(self, list_st, sub_st)
    }

    fn binary_op_subscr_str_int(
        &mut self,
        str_st: &mut Value,
        sub_st: &mut Value,
    ) -> Result<Value, Deopt> {
        specialized::subscr::str_int(str_st, sub_st)
    }

    fn guard_nos_tuple(&mut self, nos: &mut Value) -> Result<(), Deopt> {
        specialized::guards::tuple(nos)
    }

    fn guard_tos_tuple(&mut self, tos: &mut Value) -> Result<(), Deopt> {
        specialized::guards::tuple(tos)
    }

    fn binary_op_subscr_tuple_int(
        &mut self,
        tuple_st: &mut Value,
        sub_st: &mut Value,
    ) -> Result<Value, Deopt> {
        specialized::subscr::tuple_int(tuple_st, sub_st)
    }

    fn guard_nos_dict(&mut self, nos: &mut Value) -> Result<(), Deopt> {
        specialized::guards::dict(nos)
    }

    fn guard_tos_dict(&mut self, tos: &mut Value) -> Result<(), Deopt> {
        specialized::guards::dict(tos)
    }

    fn binary_op_subscr_dict(&mut self, dict_st: Value, sub_st: Value) -> Result<Value, PyErr> {
        specialized::subscr::dict(self, dict_st, sub_st)
    }

    fn binary_op_subscr_check_func(&mut self, container: &mut Value) -> Result<Value, Deopt> {
        specialized::calls::getitem_check_func(self, container)
    }

    fn binary_op_subscr_init_call(
        &mut self,
        container: Value,
        sub: Value,
        getitem: Value,
    ) -> Box<Frame> {
        specialized::calls::getitem_init_call(self, container, sub, getitem)
    }

    fn store_subscr_list_int(
        &mut self,
        value: &mut Value,
        list_st: &mut Value,
        sub_st: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::subscr::store_list_int(value, list_st, sub_st)
    }

    fn store_subscr_dict(&mut self, value: Value, dict_st: Value, sub: Value) -> Result<(), PyErr> {
        specialized::subscr::store_dict(self, value, dict_st, sub)
    }

    fn send_gen_frame(
        &mut self,
        _oparg: u32,
        receiver: &mut Value,
        _v: &mut Value,
    ) -> Result<Box<Frame>, Deopt> {
        specialized::iter::gen_frame(receiver)
    }

    fn unpack_sequence_two_tuple(
        &mut self,
        oparg: u32,
        seq: &mut Value,
    ) -> Result<(Value, Value), Deopt> {
        specialized::subscr::two_tuple(oparg, seq)
    }

    fn unpack_sequence_tuple(
        &mut self,
        oparg: u32,
        seq: &mut Value,
        values: &mut [Value],
    ) -> Result<(), Deopt> {
        specialized::subscr::tuple(oparg, seq, values)
    }

    fn unpack_sequence_list(
        &mut self,
        oparg: u32,
        seq: &mut Value,
        values: &mut [Value],
    ) -> Result<(), Deopt> {
        specialized::subscr::list(oparg, seq, values)
    }

    fn guard_globals_version(&mut self, version: u16) -> Result<(), Deopt> {
        specialized::attrs::guard_globals_version(self, version)
    }

    fn load_global_module(&mut self, version: u16, index: u16) -> Result<Value, Deopt> {
        specialized::attrs::load_global(self, false, version, index)
    }

    fn load_global_builtins(&mut self, version: u16, index: u16) -> Result<Value, Deopt> {
        specialized::attrs::load_global(self, true, version, index)
    }

    fn load_super_attr_attr(
        &mut self,
        oparg: u32,
        global_super_st: &mut Value,
        class_st: &mut Value,
        self_st: &mut Value,
    ) -> Result<Value, DeoptOr<PyErr>> {
        specialized::attrs::super_attr(self, oparg, global_super_st, class_st, self_st)
    }

    fn load_super_attr_method(
        &mut self,
        oparg: u32,
        global_super_st: &mut Value,
        class_st: &mut Value,
        self_st: &mut Value,
    ) -> Result<(Value, Value), DeoptOr<PyErr>> {
        specialized::attrs::super_method(self, oparg, global_super_st, class_st, self_st)
    }

    fn guard_type_version(&mut self, type_version: u32, owner: &mut Value) -> Result<(), Deopt> {
        specialized::attrs::guard_type_version(type_version, owner)
    }

    fn guard_type_version_and_lock(
        &mut self,
        type_version: u32,
        owner: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::attrs::guard_type_version(type_version, owner)
    }

    fn check_managed_object_has_values(&mut self, owner: &mut Value) -> Result<(), Deopt> {
        specialized::attrs::check_inline_values(owner)
    }

    fn load_attr_instance_value(&mut self, offset: u16, owner: &mut Value) -> Result<Value, Deopt> {
        specialized::attrs::load_instance_value(offset, owner)
    }

    fn load_attr_module(
        &mut self,
        dict_version: u32,
        index: u16,
        owner: &mut Value,
    ) -> Result<Value, Deopt> {
        specialized::attrs::load_module_attr(dict_version, index, owner)
    }

    fn load_attr_with_hint(
        &mut self,
        oparg: u32,
        hint: u16,
        owner: &mut Value,
    ) -> Result<Value, Deopt> {
        specialized::attrs::load_with_hint(self, oparg, hint, owner)
    }

    fn load_attr_slot(&mut self, index: u16, owner: &mut Value) -> Result<Value, Deopt> {
        specialized::attrs::load_slot(index, owner)
    }

    fn check_attr_class(&mut self, type_version: u32, owner: &mut Value) -> Result<(), Deopt> {
        specialized::attrs::check_attr_class(type_version, owner)
    }

    fn load_attr_property_frame(
        &mut self,
        oparg: u32,
        fget: u64,
        owner: &mut Value,
    ) -> Result<Box<Frame>, Deopt> {
        specialized::attrs::property_frame(oparg, fget, owner)
    }

    fn load_attr_getattribute_overridden(
        &mut self,
        oparg: u32,
        type_version: u32,
        func_version: u32,
        getattribute: u64,
        owner: &mut Value,
    ) -> Result<Call<Value, Box<Frame>>, Deopt> {
        specialized::attrs::getattribute_overridden(
            self,
            oparg,
            type_version,
            func_version,
            getattribute,
            owner,
        )
    }

    fn guard_dorv_no_dict(&mut self, owner: &mut Value) -> Result<(), Deopt> {
        specialized::attrs::guard_no_dict(owner)
    }

    fn store_attr_with_hint(
        &mut self,
        oparg: u32,
        hint: u16,
        value: &mut Value,
        owner: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::attrs::store_with_hint(self, oparg, hint, value, owner)
    }

    fn store_attr_slot(
        &mut self,
        index: u16,
        value: &mut Value,
        owner: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::attrs::store_slot(index, value, owner)
    }

    fn compare_op_float(&mut self, oparg: u32, left: Value, right: Value) -> Value {
        specialized::arith::compare_float(self, oparg, left, right)
    }

    fn compare_op_int(
        &mut self,
        oparg: u32,
        left: &mut Value,
        right: &mut Value,
    ) -> Result<Value, Deopt> {
        specialized::arith::compare_int(oparg, left, right)
    }

    fn compare_op_str(&mut self, oparg: u32, left: Value, right: Value) -> Value {
        specialized::arith::compare_str(self, oparg, left, right)
    }

    fn guard_tos_any_set(&mut self, tos: &mut Value) -> Result<(), Deopt> {
        specialized::guards::any_set(self, tos)
    }

    fn contains_op_set(&mut self, oparg: u32, left: Value, right: Value) -> Result<Value, PyErr> {
        specialized::arith::contains(self, oparg, left, right)
    }

    fn contains_op_dict(&mut self, oparg: u32, left: Value, right: Value) -> Result<Value, PyErr> {
        specialized::arith::contains(self, oparg, left, right)
    }

    fn jit(&mut self, _this_instr: usize, _oparg: u32) -> Result<(), PyErr> {
        specialized::jit()
    }

    fn iter_check_list(&mut self, iter: &mut Value) -> Result<(), Deopt> {
        specialized::iter::check_list(iter)
    }

    fn iter_jump_list(&mut self, oparg: u32, iter: &mut Value) -> Flow<()> {
        specialized::iter::jump_list(oparg, iter)
    }

    fn iter_next_list(&mut self, oparg: u32, iter: &mut Value) -> Result<Flow<Value>, Deopt> {
        specialized::iter::next_list(oparg, iter)
    }

    fn iter_check_tuple(&mut self, iter: &mut Value) -> Result<(), Deopt> {
        specialized::iter::check_tuple(iter)
    }

    fn iter_jump_tuple(&mut self, oparg: u32, iter: &mut Value) -> Flow<()> {
        specialized::iter::jump_tuple(oparg, iter)
    }

    fn iter_next_tuple(&mut self, iter: &mut Value) -> Value {
        specialized::iter::next_tuple(iter)
    }

    fn iter_check_range(&mut self, iter: &mut Value) -> Result<(), Deopt> {
        specialized::iter::check_range(iter)
    }

    fn iter_jump_range(&mut self, oparg: u32, iter: &mut Value) -> Flow<()> {
        specialized::iter::jump_range(oparg, iter)
    }

    fn iter_next_range(&mut self, iter: &mut Value) -> Result<Value, PyErr> {
        specialized::iter::next_range(iter)
    }

    fn for_iter_gen_frame(&mut self, _oparg: u32, iter: &mut Value) -> Result<Box<Frame>, Deopt> {
        specialized::iter::gen_frame(iter)
    }

    fn guard_dorv_values_inst_attr_from_dict(&mut self, owner: &mut Value) -> Result<(), Deopt> {
        specialized::attrs::check_inline_values(owner)
    }

    fn guard_keys_version(&mut self, keys_version: u32, owner: &mut Value) -> Result<(), Deopt> {
        specialized::attrs::guard_keys_version(keys_version, owner)
    }

    fn load_attr_method_with_values(
        &mut self,
        oparg: u32,
        descr: u64,
        owner: Value,
    ) -> (Value, Value) {
        specialized::attrs::load_method(self, oparg, descr, owner)
    }

    fn load_attr_method_no_dict(&mut self, oparg: u32, descr: u64, owner: Value) -> (Value, Value) {
        specialized::attrs::load_method(self, oparg, descr, owner)
    }

    fn load_attr_nondescriptor_with_values(
        &mut self,
        oparg: u32,
        descr: u64,
        owner: Value,
    ) -> Value {
        specialized::attrs::load_nondescriptor(self, oparg, descr, owner)
    }

    fn load_attr_nondescriptor_no_dict(&mut self, oparg: u32, descr: u64, owner: Value) -> Value {
        specialized::attrs::load_nondescriptor(self, oparg, descr, owner)
    }

    fn check_attr_method_lazy_dict(
        &mut self,
        dictoffset: u16,
        owner: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::attrs::check_lazy_dict(dictoffset, owner)
    }

    fn load_attr_method_lazy_dict(
        &mut self,
        oparg: u32,
        descr: u64,
        owner: Value,
    ) -> (Value, Value) {
        specialized::attrs::load_method(self, oparg, descr, owner)
    }

    fn py_frame_general(
        &mut self,
        _oparg: u32,
        callable: Value,
        self_or_null: Value,
        args: &mut [Value],
    ) -> Result<Call<Box<Frame>, Box<Frame>>, PyErr> {
        specialized::calls::py_frame_general(self, callable, self_or_null, args)
    }

    fn check_function_version(
        &mut self,
        _oparg: u32,
        func_version: u32,
        callable: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::calls::check_function_version(func_version, callable)
    }

    fn check_method_version(
        &mut self,
        _oparg: u32,
        func_version: u32,
        callable: &mut Value,
        null: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::calls::check_method_version(func_version, callable, null)
    }

    fn expand_method(&mut self, _oparg: u32, callable: &mut Value, self_or_null: &mut Value) {
        specialized::calls::expand_method(callable, self_or_null)
    }

    fn check_is_not_py_callable(&mut self, _oparg: u32, callable: &mut Value) -> Result<(), Deopt> {
        specialized::calls::check_is_not_py_callable(callable)
    }

    fn call_non_py_general(
        &mut self,
        _opcode: u8,
        _oparg: u32,
        callable: Value,
        self_or_null: Value,
        args: &mut [Value],
    ) -> Result<Value, PyErr> {
        specialized::calls::call_non_py(self, callable, self_or_null, args)
    }

    fn check_call_bound_method_exact_args(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        null: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::calls::check_bound_method_exact_args(callable, null)
    }

    fn init_call_bound_method_exact_args(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
    ) {
        specialized::calls::expand_method(callable, self_or_null)
    }

    fn check_pep_523(&mut self) -> Result<(), Deopt> {
        specialized::calls::check_pep_523()
    }

    fn check_function_exact_args(
        &mut self,
        oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::calls::check_function_exact_args(callable, self_or_null, oparg)
    }

    fn check_stack_space(&mut self, _oparg: u32, callable: &mut Value) -> Result<(), Deopt> {
        specialized::calls::check_stack_space(callable)
    }

    fn check_recursion_remaining(&mut self) -> Result<(), Deopt> {
        specialized::calls::check_recursion_remaining(self)
    }

    fn init_call_py_exact_args(
        &mut self,
        _oparg: u32,
        callable: Value,
        self_or_null: Value,
        args: &mut [Value],
    ) -> Box<Frame> {
        specialized::calls::init_call_py_exact_args(self, callable, self_or_null, args)
    }

    fn push_frame(&mut self, new_frame: Box<Frame>) -> Call<(), Box<Frame>> {
        specialized::calls::push_frame(new_frame)
    }

    fn guard_nos_null(&mut self, null: &mut Value) -> Result<(), Deopt> {
        specialized::guards::null(null)
    }

    fn guard_callable_type_1(&mut self, callable: &mut Value) -> Result<(), Deopt> {
        specialized::calls::guard_callable_class(self, callable, "type")
    }

    fn call_type_1(&mut self, _oparg: u32, _callable: Value, _null: Value, arg: Value) -> Value {
        specialized::calls::call_type_1(self, arg)
    }

    fn guard_callable_str_1(&mut self, callable: &mut Value) -> Result<(), Deopt> {
        specialized::calls::guard_callable_class(self, callable, "str")
    }

    fn call_str_1(
        &mut self,
        _oparg: u32,
        callable: Value,
        _null: Value,
        arg: Value,
    ) -> Result<Value, PyErr> {
        specialized::calls::call_class_1(self, callable, arg)
    }

    fn guard_callable_tuple_1(&mut self, callable: &mut Value) -> Result<(), Deopt> {
        specialized::calls::guard_callable_class(self, callable, "tuple")
    }

    fn call_tuple_1(
        &mut self,
        _oparg: u32,
        callable: Value,
        _null: Value,
        arg: Value,
    ) -> Result<Value, PyErr> {
        specialized::calls::call_class_1(self, callable, arg)
    }

    fn check_and_allocate_object(
        &mut self,
        _oparg: u32,
        type_version: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
    ) -> Result<(), DeoptOr<PyErr>> {
        specialized::calls::check_and_allocate_object(self, type_version, callable, self_or_null)
    }

    fn create_init_frame(
        &mut self,
        _oparg: u32,
        init: Value,
        self_: Value,
        args: &mut [Value],
    ) -> Result<Call<Box<Frame>, Box<Frame>>, PyErr> {
        specialized::calls::create_init_frame(self, init, self_, args)
    }

    fn call_builtin_class(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
        args: &mut [Value],
    ) -> Result<Value, DeoptOr<PyErr>> {
        specialized::calls::call_builtin_class(self, callable, self_or_null, args)
    }

    fn call_builtin_o(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
        args: &mut [Value],
    ) -> Result<Value, DeoptOr<PyErr>> {
        use specialized::calls::{call_builtin_function, Arity};
        call_builtin_function(self, Arity::One, callable, self_or_null, args)
    }

    fn call_builtin_fast(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
        args: &mut [Value],
    ) -> Result<Value, DeoptOr<PyErr>> {
        use specialized::calls::{call_builtin_function, Arity};
        call_builtin_function(self, Arity::Any, callable, self_or_null, args)
    }

    fn call_builtin_fast_with_keywords(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
        args: &mut [Value],
    ) -> Result<Value, DeoptOr<PyErr>> {
        use specialized::calls::{call_builtin_function, Arity};
        call_builtin_function(self, Arity::Any, callable, self_or_null, args)
    }

    fn guard_callable_len(&mut self, callable: &mut Value) -> Result<(), Deopt> {
        specialized::calls::guard_callable_len(callable)
    }

    fn call_len(&mut self, callable: Value, _null: Value, arg: Value) -> Result<Value, PyErr> {
        specialized::calls::call_len(self, callable, arg)
    }

    fn call_isinstance(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
        args: &mut [Value],
    ) -> Result<Value, DeoptOr<PyErr>> {
        specialized::calls::call_isinstance(self, callable, self_or_null, args)
    }

    fn call_list_append(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        self_: &mut Value,
        arg: &mut Value,
    ) -> Result<(), DeoptOr<PyErr>> {
        specialized::calls::call_list_append(callable, self_, arg)
    }

    fn call_method_descriptor_o(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
        args: &mut [Value],
    ) -> Result<Value, DeoptOr<PyErr>> {
        use specialized::calls::{call_method_descriptor, Arity};
        call_method_descriptor(self, Arity::One, callable, self_or_null, args)
    }

    fn call_method_descriptor_fast_with_keywords(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
        args: &mut [Value],
    ) -> Result<Value, DeoptOr<PyErr>> {
        use specialized::calls::{call_method_descriptor, Arity};
        call_method_descriptor(self, Arity::Any, callable, self_or_null, args)
    }

    fn call_method_descriptor_noargs(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
        args: &mut [Value],
    ) -> Result<Value, DeoptOr<PyErr>> {
        use specialized::calls::{call_method_descriptor, Arity};
        call_method_descriptor(self, Arity::NoArgs, callable, self_or_null, args)
    }

    fn call_method_descriptor_fast(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
        self_or_null: &mut Value,
        args: &mut [Value],
    ) -> Result<Value, DeoptOr<PyErr>> {
        use specialized::calls::{call_method_descriptor, Arity};
        call_method_descriptor(self, Arity::Any, callable, self_or_null, args)
    }

    fn py_frame_kw(
        &mut self,
        _oparg: u32,
        callable: Value,
        self_or_null: Value,
        args: &mut [Value],
        kwnames: Value,
    ) -> Result<Call<Box<Frame>, Box<Frame>>, PyErr> {
        specialized::calls::py_frame_kw(self, callable, self_or_null, args, kwnames)
    }

    fn check_function_version_kw(
        &mut self,
        _oparg: u32,
        func_version: u32,
        callable: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::calls::check_function_version(func_version, callable)
    }

    fn check_method_version_kw(
        &mut self,
        _oparg: u32,
        func_version: u32,
        callable: &mut Value,
        null: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::calls::check_method_version(func_version, callable, null)
    }

    fn expand_method_kw(&mut self, _oparg: u32, callable: &mut Value, self_or_null: &mut Value) {
        specialized::calls::expand_method(callable, self_or_null)
    }

    fn check_is_not_py_callable_kw(
        &mut self,
        _oparg: u32,
        callable: &mut Value,
    ) -> Result<(), Deopt> {
        specialized::calls::check_is_not_py_callable(callable)
    }

    fn call_kw_non_py(
        &mut self,
        _opcode: u8,
        _oparg: u32,
        callable: Value,
        self_or_null: Value,
        args: &mut [Value],
        kwnames: Value,
    ) -> Result<Value, PyErr> {
        specialized::calls::call_kw_non_py(self, callable, self_or_null, args, kwnames)
    }

    fn save_return_offset(&mut self, _this_instr: usize, _oparg: u32) {
        specialized::calls::save_return_offset()
    }

    // ---- Instrumented instructions (no monitoring tools): in `instrumented` ----

    fn monitor_resume(&mut self, _this_instr: usize, _oparg: u32) -> Result<(), PyErr> {
        instrumented::monitor_resume()
    }

    fn instrumented_end_for(
        &mut self,
        _this_instr: usize,
        receiver: &mut Value,
        value: Value,
    ) -> Result<(), PyErr> {
        instrumented::end_for(receiver, value)
    }

    fn instrumented_pop_iter(&mut self, _this_instr: usize, iter: Value) {
        instrumented::pop_iter(iter)
    }

    fn instrumented_end_send(
        &mut self,
        _this_instr: usize,
        receiver: Value,
        value: Value,
    ) -> Result<Value, PyErr> {
        instrumented::end_send(receiver, value)
    }

    fn return_value_event(&mut self, _this_instr: usize, val: &mut Value) -> Result<(), PyErr> {
        instrumented::value_event(val)
    }

    fn yield_value_event(&mut self, _this_instr: usize, val: &mut Value) -> Result<(), PyErr> {
        instrumented::value_event(val)
    }

    fn monitor_end_async_for(&mut self, _this_instr: usize, _oparg: u32) {
        instrumented::monitor_end_async_for()
    }

    fn instrumented_for_iter(
        &mut self,
        this_instr: usize,
        oparg: u32,
        iter: &mut Value,
    ) -> Result<Flow<Value>, PyErr> {
        instrumented::for_iter(self, this_instr, oparg, iter)
    }

    fn monitor_call(
        &mut self,
        _this_instr: usize,
        _oparg: u32,
        _func: &mut Value,
        _maybe_self: &mut Value,
        _args: &mut [Value],
    ) -> Result<Call<(), Box<Frame>>, PyErr> {
        instrumented::monitor_call()
    }

    fn monitor_call_kw(
        &mut self,
        _this_instr: usize,
        _oparg: u32,
        _callable: &mut Value,
        _self_or_null: &mut Value,
        _args: &mut [Value],
    ) -> Result<(), PyErr> {
        instrumented::monitor_call_kw()
    }

    fn instrumented_not_taken(&mut self, _this_instr: usize) {
        instrumented::not_taken()
    }
}

/// Whether a value is an exception instance.
fn is_exception(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &**o), Some(Object::Exception(_)))
}

fn nonnull(v: Value) -> Value {
    if v.is_null() {
        Value::None
    } else {
        v
    }
}

impl Vm {
    /// Turns the operand of `raise` into an exception: a class is instantiated.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match v.as_obj().map(|o| &**o) {
            Some(Object::Exception(_)) => Ok(PyErr(v)),
            Some(Object::Type(_)) => {
                let class = v.as_obj().expect("matched a class").clone();
                let base = self.classes.named("BaseException").clone();
                if !crate::object::TypeObject::is_subtype(&class, &base) {
                    return Err(self.type_error("exceptions must derive from BaseException"));
                }
                let e = self.instantiate(&class, &[], &[])?;
                Ok(PyErr(e))
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, value: &Value, spec: &crate::marshal::PyStr) -> PyResult<Value> {
        use crate::formatting as f;
        let spec_text = spec.to_string_lossy().into_owned();
        let err = |vm: &Vm, e: f::FormatError| vm.new_error(e.kind.name(), &e.message);
        let type_name = self.classes.type_name(value);
        if spec_text.is_empty() && matches!(value, Value::Bool(_)) {
            return Ok(Value::str(&self.str_of(value)?));
        }
        match value {
            Value::Int(_) | Value::Bool(_)
                if !(spec_text.is_empty() && matches!(value, Value::Bool(_))) =>
            {
                let parsed = f::parse_format_spec(&spec_text, &type_name, Some('d'))
                    .map_err(|e| err(self, e))?;
                let n = match value {
                    Value::Int(i) => num_bigint::BigInt::from(*i),
                    Value::Bool(b) => num_bigint::BigInt::from(u8::from(*b)),
                    _ => num_bigint::BigInt::default(),
                };
                f::format_int(&n, &parsed)
                    .map(Value::from_pystr)
                    .map_err(|e| err(self, e))
            }
            Value::Float(x) => {
                let parsed =
                    f::parse_format_spec(&spec_text, &type_name, None).map_err(|e| err(self, e))?;
                f::format_float(*x, &parsed)
                    .map(|s| Value::str(&s))
                    .map_err(|e| err(self, e))
            }
            Value::Obj(o) => match &**o {
                Object::Complex(re, im) => {
                    let parsed = f::parse_format_spec(&spec_text, &type_name, None)
                        .map_err(|e| err(self, e))?;
                    f::format_complex(*re, *im, &parsed)
                        .map(|s| Value::str(&s))
                        .map_err(|e| err(self, e))
                }
                Object::BigInt(b) => {
                    let parsed = f::parse_format_spec(&spec_text, &type_name, Some('d'))
                        .map_err(|e| err(self, e))?;
                    f::format_int(b, &parsed)
                        .map(Value::from_pystr)
                        .map_err(|e| err(self, e))
                }
                Object::Str(s) => {
                    let parsed = f::parse_format_spec(&spec_text, &type_name, Some('s'))
                        .map_err(|e| err(self, e))?;
                    f::format_str(&s.text, &parsed)
                        .map(Value::from_pystr)
                        .map_err(|e| err(self, e))
                }
                _ => self.format_object(value, &spec_text),
            },
            _ => self.format_object(value, &spec_text),
        }
    }

    fn format_object(&mut self, value: &Value, spec: &str) -> PyResult<Value> {
        if spec.is_empty() && self.builtin_format(value) {
            // Builtin `__format__` methods with an empty spec give `str(value)`.
            return Ok(Value::str(&self.str_of(value)?));
        }
        if let Some(r) = self.call_special(value, "__format__", &[Value::str(spec)])? {
            let str_class = self.classes.named("str").clone();
            if !crate::object::TypeObject::is_subtype(&self.classes.class_of(&r), &str_class) {
                return Err(self.type_error(format!(
                    "__format__ must return a str, not {}",
                    self.classes.type_name(&r)
                )));
            }
            return Ok(r);
        }
        if !spec.is_empty() {
            return Err(self.type_error(format!(
                "unsupported format string passed to {}.__format__",
                self.classes.type_name(value)
            )));
        }
        Ok(Value::str(&self.str_of(value)?))
    }
}
