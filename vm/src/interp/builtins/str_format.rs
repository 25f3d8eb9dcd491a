//! `str.format`, `str.format_map`, and the `%` operator of `str` and
//! `bytes`, on top of the template parsers in [`crate::formatting`]: this
//! module resolves fields and converts arguments with the VM.

use super::str_args::{receiver, Kwargs};
use crate::formatting::{
    self, parse_field_name, AutoNumber, Conversion, FieldAccessor, FieldFirst, FormatError,
    FormatStringParser, PercentArgs, PercentRequest, PercentValue, MAX_RECURSION_DEPTH,
};
use crate::interp::Vm;
use crate::marshal::PyStr;
use crate::object::{Object, PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

fn fmt_err(vm: &Vm, e: FormatError) -> PyErr {
    vm.new_error(e.kind.name(), &e.message)
}

/// Where the fields of a template come from.
enum Source<'a> {
    /// `str.format(*args, **kwargs)`.
    Args(&'a [Value], Kwargs<'a>),
    /// `str.format_map(mapping)`.
    Mapping(&'a Value),
}

fn field_object(vm: &mut Vm, first: &FieldFirst, src: &Source<'_>) -> PyResult<Value> {
    match (first, src) {
        (FieldFirst::Index(i), Source::Args(args, _)) if *i < args.len() => Ok(args[*i].clone()),
        (FieldFirst::Index(_), Source::Mapping(_)) => {
            Err(vm.value_error("Format string contains positional fields"))
        }
        (FieldFirst::Index(i), _) => Err(vm.index_error(format!(
            "Replacement index {i} out of range for positional args tuple"
        ))),
        (FieldFirst::Keyword(k), Source::Args(_, kwargs)) => {
            let found = kwargs
                .iter()
                .find(|(key, _)| key.as_str().and_then(|s| s.as_str()) == Some(k.as_str()));
            match found {
                Some((_, v)) => Ok(v.clone()),
                None => Err(PyErr(
                    vm.new_exception(vm.classes.named("KeyError"), vec![Value::str(k)]),
                )),
            }
        }
        (FieldFirst::Keyword(k), Source::Mapping(m)) => vm.getitem(m, &Value::str(k)),
    }
}

fn render(
    vm: &mut Vm,
    template: &str,
    src: &Source<'_>,
    auto: &mut AutoNumber,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(template.len());
    for chunk in FormatStringParser::new(template) {
        let chunk = chunk.map_err(|e| fmt_err(vm, e))?;
        out.push_str(&chunk.literal);
        let Some(field) = chunk.field else { continue };
        let name = parse_field_name(&field.name, auto).map_err(|e| fmt_err(vm, e))?;
        let mut obj = field_object(vm, &name.first, src)?;
        for accessor in &name.rest {
            obj = match accessor {
                FieldAccessor::Attr(a) => vm.getattr(&obj, a)?,
                FieldAccessor::Index(i) => vm.getitem(&obj, &Value::Int(*i as i64))?,
                FieldAccessor::Key(k) => vm.getitem(&obj, &Value::str(k))?,
            };
        }
        if let Some(e) = name.rest_error {
            return Err(fmt_err(vm, e));
        }
        if let Some(c) = field.conversion {
            obj = match Conversion::from_char(c).map_err(|e| fmt_err(vm, e))? {
                Conversion::Str => Value::str(&vm.str_of(&obj)?),
                Conversion::Repr => Value::str(&vm.repr(&obj)?),
                Conversion::Ascii => Value::str(&super::str::ascii_of(vm, &obj)?),
            };
        }
        let spec = if field.spec_needs_expanding {
            render(vm, &field.spec, src, auto, depth - 1)?
        } else {
            field.spec
        };
        let formatted = vm.format(&obj, &PyStr::new(&spec))?;
        // A `str` subclass result counts as its string.
        let formatted = vm.payload_of(&formatted).unwrap_or(formatted);
        match formatted.as_str() {
            Some(s) => out.push_str(&s.to_string_lossy()),
            None => {
                return Err(vm.type_error(format!(
                    "__format__ must return a str, not {}",
                    vm.classes.type_name(&formatted)
                )))
            }
        }
    }
    Ok(out)
}

fn template<'a>(
    vm: &Vm,
    this: &'a Value,
    args: &'a [Value],
    name: &str,
) -> PyResult<(String, &'a [Value])> {
    let (s, rest) = receiver(vm, this, args, "str", name, |v| v.as_str().is_some())?;
    let text = s
        .as_str()
        .map(|t| t.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok((text, rest))
}

/// `str.format(*args, **kwargs)`.
pub fn str_format_method(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let (t, args) = template(vm, this, args, "format")?;
    let src = Source::Args(args, kwargs);
    let out = render(vm, &t, &src, &mut AutoNumber::new(), MAX_RECURSION_DEPTH)?;
    Ok(Value::str(&out))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let (t, args) = template(vm, this, args, "format_map")?;
    if !kwargs.is_empty() {
        return Err(vm.type_error("str.format_map() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let src = Source::Mapping(&args[0]);
    let out = render(vm, &t, &src, &mut AutoNumber::new(), MAX_RECURSION_DEPTH)?;
    Ok(Value::str(&out))
}

/// The error of a `%` conversion: a Python exception, or the formatter's.
enum PctErr {
    Py(PyErr),
    Fmt(FormatError),
}

impl From<FormatError> for PctErr {
    fn from(e: FormatError) -> Self {
        PctErr::Fmt(e)
    }
}

impl From<PyErr> for PctErr {
    fn from(e: PyErr) -> Self {
        PctErr::Py(e)
    }
}

/// The right operand of `%`, converted with the VM.
struct Operand<'a> {
    vm: &'a mut Vm,
    operand: Value,
    current: Value,
    bytes: bool,
}

fn latin1(b: &[u8]) -> PyStr {
    let cps: Vec<u32> = b.iter().map(|&c| u32::from(c)).collect();
    PyStr::from_code_points(&cps).unwrap_or_else(|| PyStr::new(""))
}

fn int_of(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

impl Operand<'_> {
    fn special(&mut self, v: &Value, names: &[&str]) -> Result<Option<Value>, PctErr> {
        if !matches!(v.as_obj().map(|o| &**o), Some(Object::Instance(_))) {
            return Ok(None);
        }
        for name in names {
            if let Some(r) = self.vm.call_special(v, name, &[])? {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    fn wrong(&self, v: &Value) -> PercentValue {
        PercentValue::WrongType(self.vm.classes.type_name(v))
    }

    fn text(&mut self, v: &Value, request: PercentRequest) -> Result<PercentValue, PctErr> {
        let vm = &mut *self.vm;
        let s = match request {
            PercentRequest::Str if self.bytes => {
                return match v.as_obj().map(|o| &**o) {
                    Some(Object::Bytes(b)) => Ok(PercentValue::Text(latin1(b))),
                    Some(Object::ByteArray(b)) => Ok(PercentValue::Text(latin1(&b.borrow()))),
                    _ => match self.special(v, &["__bytes__"])? {
                        Some(r) if matches!(r.as_obj().map(|o| &**o), Some(Object::Bytes(_))) => {
                            self.text(&r, request)
                        }
                        Some(r) => Err(PctErr::Py(self.vm.type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            self.vm.classes.type_name(&r)
                        )))),
                        None => Err(PctErr::Py(self.vm.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            self.vm.classes.type_name(v)
                        )))),
                    },
                };
            }
            PercentRequest::Str => match v.as_str() {
                Some(s) => return Ok(PercentValue::Text(s.clone())),
                None => vm.str_of(v)?,
            },
            PercentRequest::Repr => vm.repr(v)?,
            _ => super::str::ascii_of(vm, v)?,
        };
        Ok(PercentValue::Text(PyStr::new(&s)))
    }
}

impl PercentArgs for Operand<'_> {
    type Error = PctErr;

    fn tuple_len(&self) -> Option<usize> {
        match self.operand.as_obj().map(|o| &**o) {
            Some(Object::Tuple(t)) => Some(t.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        match self.operand.as_obj().map(|o| &**o) {
            Some(Object::Tuple(_) | Object::Str(_)) | None => false,
            Some(Object::Dict(_) | Object::List(_) | Object::Bytes(_) | Object::ByteArray(_)) => {
                true
            }
            Some(Object::Instance(i)) => {
                crate::object::types::lookup(&i.class, "__getitem__").is_some()
            }
            Some(_) => false,
        }
    }

    fn select_key(&mut self, key: &PyStr) -> Result<(), PctErr> {
        let k = if self.bytes {
            let b: Vec<u8> = key.code_points().map(|c| c as u8).collect();
            Value::obj(Object::Bytes(b.into()))
        } else {
            Value::from_pystr(key.clone())
        };
        self.current = self.vm.getitem(&self.operand, &k)?;
        Ok(())
    }

    fn convert(
        &mut self,
        arg: formatting::ArgRef,
        request: PercentRequest,
    ) -> Result<PercentValue, PctErr> {
        let v = match arg {
            formatting::ArgRef::Item(i) => match self.operand.as_obj().map(|o| &**o) {
                Some(Object::Tuple(t)) => t.get(i).cloned().unwrap_or(Value::None),
                _ => Value::None,
            },
            formatting::ArgRef::Whole => self.current.clone(),
        };
        // Instances of int and float subclasses format as their value.
        let v = match (&request, self.vm.payload_of(&v)) {
            (PercentRequest::Str | PercentRequest::Repr | PercentRequest::Ascii, _) => v,
            (_, Some(p)) if int_of(&p).is_some() || matches!(p, Value::Float(_)) => p,
            _ => v,
        };
        match request {
            PercentRequest::Str | PercentRequest::Repr | PercentRequest::Ascii => {
                self.text(&v, request)
            }
            PercentRequest::Int | PercentRequest::Index | PercentRequest::Star => {
                if let Some(i) = int_of(&v) {
                    return Ok(PercentValue::Int(i));
                }
                if request == PercentRequest::Int {
                    if let Value::Float(f) = v {
                        return Ok(PercentValue::Float(f));
                    }
                }
                if request == PercentRequest::Star {
                    return Ok(self.wrong(&v));
                }
                let names: &[&str] = if request == PercentRequest::Int {
                    &["__int__", "__index__"]
                } else {
                    &["__index__"]
                };
                match self.special(&v, names)? {
                    Some(r) => match int_of(&r) {
                        Some(i) => Ok(PercentValue::Int(i)),
                        None => Ok(self.wrong(&v)),
                    },
                    None => Ok(self.wrong(&v)),
                }
            }
            PercentRequest::Float => {
                match &v {
                    Value::Float(f) => Ok(PercentValue::Float(*f)),
                    _ => {
                        if let Some(i) = int_of(&v) {
                            return match i.to_f64().filter(|f| f.is_finite()) {
                                Some(f) => Ok(PercentValue::Float(f)),
                                None => Err(PctErr::Py(self.vm.new_error(
                                    "OverflowError",
                                    "int too large to convert to float",
                                ))),
                            };
                        }
                        match self.special(&v, &["__float__", "__index__"])? {
                            Some(Value::Float(f)) => Ok(PercentValue::Float(f)),
                            Some(r) => match int_of(&r).and_then(|i| i.to_f64()) {
                                Some(f) => Ok(PercentValue::Float(f)),
                                None => Ok(self.wrong(&v)),
                            },
                            None => Ok(self.wrong(&v)),
                        }
                    }
                }
            }
            PercentRequest::Char => {
                if self.bytes {
                    return self.byte_char(&v);
                }
                if let Some(s) = v.as_str() {
                    return Ok(PercentValue::Text(s.clone()));
                }
                match int_of(&v) {
                    Some(i) => Ok(PercentValue::Int(i)),
                    None => match self.special(&v, &["__index__"])?.and_then(|r| int_of(&r)) {
                        Some(i) => Ok(PercentValue::Int(i)),
                        None => Ok(self.wrong(&v)),
                    },
                }
            }
        }
    }
}

impl Operand<'_> {
    fn byte_char(&mut self, v: &Value) -> Result<PercentValue, PctErr> {
        let single = match v.as_obj().map(|o| &**o) {
            Some(Object::Bytes(b)) if b.len() == 1 => Some(b[0]),
            Some(Object::ByteArray(b)) if b.borrow().len() == 1 => Some(b.borrow()[0]),
            _ => None,
        };
        if let Some(b) = single {
            return Ok(PercentValue::Text(latin1(&[b])));
        }
        match int_of(v) {
            Some(i) => match i.to_u8() {
                Some(b) => Ok(PercentValue::Text(latin1(&[b]))),
                None => Err(PctErr::Py(
                    self.vm
                        .new_error("OverflowError", "%c arg not in range(256)"),
                )),
            },
            None => Err(PctErr::Py(self.vm.type_error(format!(
                "%c requires an integer in range(256) or a single byte, not {}",
                self.vm.classes.type_name(v)
            )))),
        }
    }
}

fn run(vm: &mut Vm, template: &PyStr, operand: &Value, bytes: bool) -> PyResult<PyStr> {
    let mut op = Operand {
        vm,
        operand: operand.clone(),
        current: operand.clone(),
        bytes,
    };
    match formatting::percent_format(template, &mut op) {
        Ok(s) => Ok(s),
        Err(PctErr::Py(e)) => Err(e),
        Err(PctErr::Fmt(mut e)) => {
            if bytes {
                e.message = e.message.replace("string formatting", "bytes formatting");
            }
            Err(fmt_err(op.vm, e))
        }
    }
}

/// `template % operand` for a `str` template.
pub fn percent(vm: &mut Vm, template: &PyStr, operand: &Value) -> PyResult<Value> {
    run(vm, template, operand, false).map(Value::from_pystr)
}

/// `template % operand` for a `bytes` template: `%b` is `%s` on
/// bytes-like arguments, `%r` is `%a`.
pub fn bytes_percent(vm: &mut Vm, template: &[u8], operand: &Value) -> PyResult<Vec<u8>> {
    let mut t = template.to_vec();
    map_conversions(&mut t);
    let out = run(vm, &latin1(&t), operand, true)?;
    Ok(out.code_points().map(|c| c as u8).collect())
}

/// Rewrites the conversion characters of a bytes template that the str
/// formatter spells differently (`b` to `s`, `r` to `a`).
fn map_conversions(t: &mut [u8]) {
    let mut i = 0;
    while i < t.len() {
        if t[i] != b'%' {
            i += 1;
            continue;
        }
        i += 1;
        if i < t.len() && t[i] == b'(' {
            let mut depth = 0;
            while i < t.len() {
                match t[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
        }
        while i < t.len() && matches!(t[i], b'-' | b'+' | b' ' | b'#' | b'0') {
            i += 1;
        }
        while i < t.len() && (t[i].is_ascii_digit() || t[i] == b'*') {
            i += 1;
        }
        if i < t.len() && t[i] == b'.' {
            i += 1;
            while i < t.len() && (t[i].is_ascii_digit() || t[i] == b'*') {
                i += 1;
            }
        }
        if i < t.len() && matches!(t[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        if i < t.len() {
            match t[i] {
                b'b' => t[i] = b's',
                b'r' => t[i] = b'a',
                _ => {}
            }
            i += 1;
        }
    }
}
