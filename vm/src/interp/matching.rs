//! Structural pattern matching: the class, mapping, sequence and key tests
//! that `match` statements compile to.

use super::Vm;
use crate::object::types::{lookup, type_data, Builtin as Kind};
use crate::object::{Object, PyResult, TypeObject, Value};

/// Builtin classes whose single positional sub-pattern matches the subject itself.
const SELF_MATCHING: &[Kind] = &[
    Kind::Bool,
    Kind::ByteArray,
    Kind::Bytes,
    Kind::Dict,
    Kind::Float,
    Kind::FrozenSet,
    Kind::Int,
    Kind::List,
    Kind::Set,
    Kind::Str,
    Kind::Tuple,
];

impl Vm {
    /// `case Class(p0, p1, kw=p2)`: the matched attributes as a tuple, or `None`.
    pub fn pattern_class(
        &mut self,
        count: u32,
        subject: &Value,
        class: &Value,
        names: &Value,
    ) -> PyResult<Value> {
        let Some(cls) = class.as_obj().filter(|o| matches!(&***o, Object::Type(_))) else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !self.isinstance(subject, cls) {
            return Ok(Value::None);
        }
        let mut attrs = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        if count > 0 {
            let self_matching = SELF_MATCHING.contains(&type_data(cls).builtin)
                && lookup(cls, "__match_args__").is_none();
            if self_matching {
                if count > 1 {
                    return Err(self.type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({count} given)",
                        type_data(cls).name
                    )));
                }
                attrs.push(subject.clone());
            } else {
                let match_args = match lookup(cls, "__match_args__") {
                    None => Vec::new(),
                    Some(v) => match v.as_obj().map(|o| &**o) {
                        Some(Object::Tuple(t)) => t.to_vec(),
                        _ => {
                            return Err(self.type_error(format!(
                                "{}.__match_args__ must be a tuple (got {})",
                                type_data(cls).name,
                                self.classes.type_name(&v)
                            )))
                        }
                    },
                };
                if count as usize > match_args.len() {
                    let n = match_args.len();
                    return Err(self.type_error(format!(
                        "{}() accepts {n} positional sub-pattern{} ({count} given)",
                        type_data(cls).name,
                        if n == 1 { "" } else { "s" }
                    )));
                }
                for name in match_args.iter().take(count as usize) {
                    let Some(text) = name.as_str().map(|s| s.to_string_lossy().into_owned()) else {
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.classes.type_name(name)
                        )));
                    };
                    match self.lookup_attr(subject, &text)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                    seen.push(text);
                }
            }
        }
        if let Some(Object::Tuple(keywords)) = names.as_obj().map(|o| &**o) {
            for name in keywords.iter() {
                let text = name
                    .as_str()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if seen.contains(&text) {
                    return Err(self.type_error(format!(
                        "{}() got multiple sub-patterns for attribute '{text}'",
                        type_data(cls).name
                    )));
                }
                match self.lookup_attr(subject, &text)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
                seen.push(text);
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// Whether `subject` matches mapping patterns.
    pub fn is_mapping_subject(&self, subject: &Value) -> bool {
        let class = self.classes.class_of(subject);
        TypeObject::is_subtype(&class, self.classes.of_kind(Kind::Dict))
    }

    /// Whether `subject` matches sequence patterns (not `str`, `bytes` or `bytearray`).
    pub fn is_sequence_subject(&self, subject: &Value) -> bool {
        let class = self.classes.class_of(subject);
        [Kind::List, Kind::Tuple, Kind::Range]
            .iter()
            .any(|k| TypeObject::is_subtype(&class, self.classes.of_kind(*k)))
    }

    /// `case {k1: p1, k2: p2}`: the values of the keys as a tuple, or `None`.
    pub fn pattern_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = self.collect(keys)?;
        let mut values = Vec::with_capacity(keys.len());
        for (i, key) in keys.iter().enumerate() {
            if keys[..i].iter().any(|k| super::hash::builtin_eq(k, key)) {
                let r = self.repr(key)?;
                return Err(self.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            match self.dict_get(subject, key)? {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }
}
