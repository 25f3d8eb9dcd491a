//! `split`, `subgroup` and `derive`, and the recursive split behind them and
//! behind `except*`: the parts of a group are new groups made by `derive`
//! that carry the original's `__traceback__`, `__cause__`, `__context__` and
//! a copy of its `__notes__`.

use super::{exc_data, is_group, members, Kwargs, OWNER};
use crate::interp::descriptors::bound;
use crate::interp::Vm;
use crate::object::{Object, PyResult, TypeObject, Value};
use std::collections::HashSet;

/// How a split decides which exceptions match.
pub enum Matcher {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A callable called with each exception; a true result matches.
    Predicate(Value),
    /// The identities of the leaf exceptions to keep (re-raising after
    /// `except*`).
    Ids(HashSet<i64>),
}

/// The matching and the remaining part of a split (`None` for an empty part).
pub struct Parts {
    /// The exceptions that match, as the original or a derived group.
    pub matched: Option<Value>,
    /// The others (only when asked for).
    pub rest: Option<Value>,
}

impl Matcher {
    /// The matcher `split` and `subgroup` accept: an exception type, a tuple
    /// of them, or a callable that is not a class.
    pub fn from_value(vm: &Vm, v: &Value) -> PyResult<Matcher> {
        if is_callable(v) {
            return Ok(Matcher::Predicate(v.clone()));
        }
        if is_exception_class(vm, v) {
            return Ok(Matcher::Type(v.clone()));
        }
        if let Some(Object::Tuple(items)) = v.as_obj().map(|o| &**o) {
            if items.iter().all(|c| is_exception_class(vm, c)) {
                return Ok(Matcher::Type(v.clone()));
            }
        }
        Err(vm.type_error(
            "expected an exception type, a tuple of exception types, or a callable (other than a class)",
        ))
    }
}

/// Whether `v` can be called and is not a class.
fn is_callable(v: &Value) -> bool {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Function(_) | Object::Builtin(_) | Object::Method(..)) => true,
        Some(Object::Instance(i)) => crate::object::types::lookup(&i.class, "__call__").is_some(),
        _ => false,
    }
}

/// Whether `v` is a class deriving from `BaseException`.
pub fn is_exception_class(vm: &Vm, v: &Value) -> bool {
    match v.as_obj() {
        Some(o) if matches!(&**o, Object::Type(_)) => {
            TypeObject::is_subtype(o, vm.classes.named("BaseException"))
        }
        _ => false,
    }
}

/// `PyErr_GivenExceptionMatches` for an exception instance: its class
/// derives from `spec`, or from a class of the tuple `spec` (nested tuples
/// included); anything else matches only itself.
pub fn exception_matches(vm: &Vm, exc: &Value, spec: &Value) -> bool {
    let mut pending = vec![spec.clone()];
    let class = vm.classes.class_of(exc);
    let mut seen = 0usize;
    while let Some(spec) = pending.pop() {
        seen += 1;
        if seen > 100_000 {
            return false;
        }
        match spec.as_obj().map(|o| &**o) {
            Some(Object::Tuple(items)) => pending.extend(items.iter().rev().cloned()),
            Some(Object::Type(_)) => {
                if spec
                    .as_obj()
                    .is_some_and(|c| TypeObject::is_subtype(&class, c))
                {
                    return true;
                }
            }
            _ => {
                if spec.is(exc) {
                    return true;
                }
            }
        }
    }
    false
}

impl Vm {
    fn split_check(&mut self, exc: &Value, matcher: &Matcher) -> PyResult<bool> {
        match matcher {
            Matcher::Type(spec) => Ok(exception_matches(self, exc, spec)),
            Matcher::Predicate(f) => {
                let r = self.call(f, std::slice::from_ref(exc), &[])?;
                self.truthy(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&exc.id())),
        }
    }

    /// Splits `exc` by `matcher`: a matching exception is kept whole; a
    /// group that does not match as a whole is split member by member and
    /// its parts are derived from it. `rest` is computed only when
    /// `construct_rest` is set.
    pub fn split_group(
        &mut self,
        exc: &Value,
        matcher: &Matcher,
        construct_rest: bool,
    ) -> PyResult<Parts> {
        self.split_recursive(exc, matcher, construct_rest, 0)
    }

    fn split_recursive(
        &mut self,
        exc: &Value,
        matcher: &Matcher,
        construct_rest: bool,
        depth: usize,
    ) -> PyResult<Parts> {
        if self.split_check(exc, matcher)? {
            return Ok(Parts {
                matched: Some(exc.clone()),
                rest: None,
            });
        }
        if !is_group(self, exc) {
            return Ok(Parts {
                matched: None,
                rest: construct_rest.then(|| exc.clone()),
            });
        }
        if self.frames.len() + depth >= self.recursion_limit() {
            return Err(self.new_error(
                "RecursionError",
                "maximum recursion depth exceeded in exceptiongroup_split_recursive",
            ));
        }
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in members(exc) {
            let parts = self.split_recursive(&e, matcher, construct_rest, depth + 1)?;
            matched.extend(parts.matched);
            rest.extend(parts.rest);
        }
        let matched = self.group_subset(exc, matched)?;
        let rest = if construct_rest {
            self.group_subset(exc, rest)?
        } else {
            None
        };
        Ok(Parts { matched, rest })
    }

    /// A group of `excs` made by `orig.derive(excs)`, with the traceback,
    /// cause, context and a copy of the notes of `orig`; `None` when `excs`
    /// is empty.
    fn group_subset(&mut self, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let derive = self.getattr(orig, "derive")?;
        let group = self.call(&derive, &[Value::list(excs)], &[])?;
        if !is_group(self, &group) {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        let notes = self.lookup_attr(orig, "__notes__")?;
        let (Some(from), Some(to)) = (exc_data(orig), exc_data(&group)) else {
            return Ok(Some(group));
        };
        let traceback = from.traceback.borrow().clone();
        if !traceback.is_empty() {
            *to.traceback.borrow_mut() = traceback;
        }
        *to.context.borrow_mut() = from.context.borrow().clone();
        *to.cause.borrow_mut() = from.cause.borrow().clone();
        to.suppress_context.set(true);
        if let Some(notes) = notes {
            if super::is_sequence(self, &notes) {
                let copy = Value::list(self.collect(&notes)?);
                self.setattr(&group, "__notes__", copy)?;
            }
        }
        Ok(Some(group))
    }
}

/// The group a method was called on and its one argument, with CPython's
/// messages for a wrong receiver or argument count.
fn receiver_and_arg<'a>(
    vm: &Vm,
    method: &str,
    this: &'a Value,
    args: &'a [Value],
    kwargs: Kwargs<'_>,
) -> PyResult<(&'a Value, &'a Value)> {
    let (obj, rest) = bound(this, args);
    if obj.is_null() {
        return Err(vm.type_error(format!(
            "unbound method {OWNER}.{method}() needs an argument"
        )));
    }
    if !is_group(vm, obj) {
        return Err(vm.type_error(format!(
            "descriptor '{method}' for '{OWNER}' objects doesn't apply to a '{}' object",
            vm.classes.type_name(obj)
        )));
    }
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{OWNER}.{method}() takes no keyword arguments")));
    }
    match rest {
        [arg] => Ok((obj, arg)),
        _ => Err(vm.type_error(format!(
            "{OWNER}.{method}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

/// `eg.split(condition)`: `(match, rest)`, each a group or `None`.
pub fn split_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let (obj, arg) = receiver_and_arg(vm, "split", this, args, kwargs)?;
    let matcher = Matcher::from_value(vm, arg)?;
    let parts = vm.split_group(obj, &matcher, true)?;
    Ok(Value::tuple(vec![
        parts.matched.unwrap_or(Value::None),
        parts.rest.unwrap_or(Value::None),
    ]))
}

/// `eg.subgroup(condition)`: the matching part, or `None`.
pub fn subgroup_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let (obj, arg) = receiver_and_arg(vm, "subgroup", this, args, kwargs)?;
    let matcher = Matcher::from_value(vm, arg)?;
    let parts = vm.split_group(obj, &matcher, false)?;
    Ok(parts.matched.unwrap_or(Value::None))
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
pub fn derive_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let (obj, excs) = receiver_and_arg(vm, "derive", this, args, kwargs)?;
    let message = exc_data(obj)
        .map(|e| super::group_attr(e, "message"))
        .unwrap_or(Value::None);
    let base = vm.classes.named(OWNER).clone();
    vm.instantiate(&base, &[message, excs.clone()], &[])
}
