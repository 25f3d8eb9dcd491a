//! The `bytes` and `bytearray` types: constructors, methods (shared by both,
//! each returning its receiver's type), indexing, slicing and item
//! assignment, `+`, `*`, `%`, `in`, comparisons and `repr`.

use super::str::{add_method, repeat, text_param};
use super::str_args::{
    bind, c_int_arg, check_len, int_arg, receiver, replaced_len, slice_bound, Kwargs, Sig, Style,
};
use super::str_seq::{self as seq, Pad};
use crate::interp::Vm;
use crate::object::types::Builtin as Kind;
use crate::object::{NativeFn, Object, PyResult, Value};
use std::cell::RefCell;

/// The bytes of a `bytes` or `bytearray` (copied).
pub fn data(v: &Value) -> Option<Vec<u8>> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Bytes(b)) => Some(b.to_vec()),
        Some(Object::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    }
}

fn is_bytes_like(v: &Value) -> bool {
    matches!(
        v.as_obj().map(|o| &**o),
        Some(Object::Bytes(_) | Object::ByteArray(_))
    )
}

fn is_bytearray(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &**o), Some(Object::ByteArray(_)))
}

/// A new `bytes`.
pub fn new_bytes(b: Vec<u8>) -> Value {
    Value::obj(Object::Bytes(b.into()))
}

/// A new `bytearray`.
pub fn new_bytearray(b: Vec<u8>) -> Value {
    Value::obj(Object::ByteArray(RefCell::new(b)))
}

fn make(bytearray: bool, b: Vec<u8>) -> Value {
    if bytearray {
        new_bytearray(b)
    } else {
        new_bytes(b)
    }
}

/// `repr()` of a `bytearray`: like `bytes`, except that `'` is escaped
/// even inside double quotes.
pub fn bytearray_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 14);
    out.push_str("bytearray(b");
    out.push(quote);
    for &c in b {
        match c {
            b'\'' => out.push_str("\\'"),
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7E => out.push(char::from(c)),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out.push(')');
    out
}

/// The receiver of a method: its bytes, whether it is a `bytearray`, and the
/// remaining arguments.
struct Me<'a> {
    data: Vec<u8>,
    ba: bool,
    this: &'a Value,
    args: &'a [Value],
}

impl Me<'_> {
    fn class(&self) -> &'static str {
        if self.ba {
            "bytearray"
        } else {
            "bytes"
        }
    }

    fn make(&self, b: Vec<u8>) -> Value {
        make(self.ba, b)
    }

    fn sig(
        &self,
        name: &'static str,
        params: &'static [&'static str],
        required: usize,
        style: Style,
    ) -> Sig {
        Sig {
            class: self.class(),
            name,
            params,
            required,
            style,
        }
    }
}

fn me<'a>(vm: &Vm, this: &'a Value, args: &'a [Value], name: &str) -> PyResult<Me<'a>> {
    let class = match (this, args.first()) {
        (Value::Null, Some(v)) if is_bytearray(v) => "bytearray",
        (v, _) if is_bytearray(v) => "bytearray",
        _ => "bytes",
    };
    let (r, rest) = receiver(vm, this, args, class, name, is_bytes_like)?;
    let Some(d) = data(r) else {
        return Err(vm.type_error(format!("descriptor requires a '{class}' object")));
    };
    Ok(Me {
        data: d,
        ba: is_bytearray(r),
        this: r,
        args: rest,
    })
}

fn bytes_param(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    data(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.classes.type_name(v)
        ))
    })
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => -1,
        _ => vm.index_value(v)?,
    };
    u8::try_from(n).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
}

/// A search argument: bytes-like, or an int byte value.
fn sub_param(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data(v) {
        return Ok(d);
    }
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(vec![byte_value(vm, v)?]),
        Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => Ok(vec![byte_value(vm, v)?]),
        _ => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.classes.type_name(v)
        ))),
    }
}

type Method = fn(&mut Vm, &Value, &[Value], Kwargs<'_>) -> PyResult<Value>;

/// Installs the methods of `bytes` and `bytearray`.
pub fn install(vm: &mut Vm) {
    let shared: &[(&'static str, Method)] = &[
        ("upper", upper),
        ("lower", lower),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isascii", isascii),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("join", join),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("hex", hex),
        ("decode", decode),
        ("translate", translate),
    ];
    for (kind, owner) in [(Kind::Bytes, "bytes"), (Kind::ByteArray, "bytearray")] {
        for (name, func) in shared {
            add_method(vm, kind, owner, name, *func as NativeFn);
        }
        add_method(vm, kind, "classmethod", "fromhex", fromhex);
        add_method(vm, kind, "staticmethod", "maketrans", maketrans);
    }
    let mutating: &[(&'static str, Method)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("clear", clear),
        ("copy", copy),
    ];
    for (name, func) in mutating {
        add_method(vm, Kind::ByteArray, "bytearray", name, *func as NativeFn);
    }
    add_method(vm, Kind::Int, "classmethod", "from_bytes", int_from_bytes);
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let sig = Sig {
        class: "int",
        name: "from_bytes",
        params: &["bytes", "byteorder", "signed"],
        required: 1,
        style: Style::Keywords(0),
    };
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let a = bind(vm, &sig, args, kwargs)?;
    let src = a[0].clone().unwrap_or(Value::None);
    let mut data = match data(&src) {
        Some(d) => d,
        None if src.as_str().is_some() || is_int(&src) || matches!(src, Value::Float(_)) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.classes.type_name(&src)
            )))
        }
        None => {
            let b = construct(vm, false, std::slice::from_ref(&src), &[])?;
            data(&b).unwrap_or_default()
        }
    };
    let order = match &a[1] {
        None => "big".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string_lossy().into_owned(),
            None => {
                return Err(vm.type_error(format!(
                    "from_bytes() argument 'byteorder' must be str, not {}",
                    super::str_args::arg_type_name(vm, v)
                )))
            }
        },
    };
    match order.as_str() {
        "big" => {}
        "little" => data.reverse(),
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    let signed = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = if signed {
        num_bigint::BigInt::from_signed_bytes_be(&data)
    } else {
        num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data)
    };
    let value = Value::int(n);
    let int_class = vm.classes.of_kind(Kind::Int).clone();
    match this.as_obj() {
        Some(c) if matches!(&**c, Object::Type(_)) && !std::rc::Rc::ptr_eq(c, &int_class) => {
            vm.call(this, &[value], &[])
        }
        _ => Ok(value),
    }
}

fn map_bytes(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<Value> {
    let m = me(vm, this, args, name)?;
    bind(vm, &m.sig(name, &[], 0, Style::NoArgs), m.args, kwargs)?;
    Ok(m.make(f(&m.data)))
}

fn upper(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    map_bytes(vm, this, args, kwargs, "upper", |b| b.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    map_bytes(vm, this, args, kwargs, "lower", |b| b.to_ascii_lowercase())
}

fn capitalize(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    map_bytes(vm, this, args, kwargs, "capitalize", |b| {
        let mut out = b.to_ascii_lowercase();
        if let Some(first) = out.first_mut() {
            first.make_ascii_uppercase();
        }
        out
    })
}

fn title(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    map_bytes(vm, this, args, kwargs, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn swapcase(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    map_bytes(vm, this, args, kwargs, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn predicate(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    f: fn(&[u8]) -> bool,
) -> PyResult<Value> {
    let m = me(vm, this, args, name)?;
    bind(vm, &m.sig(name, &[], 0, Style::NoArgs), m.args, kwargs)?;
    Ok(Value::Bool(f(&m.data)))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

fn isalpha(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isalpha", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}

fn isdigit(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isdigit", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}

fn isalnum(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isalnum", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}

fn isspace(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isspace", |b| {
        !b.is_empty() && b.iter().all(|&c| is_space(c))
    })
}

fn isascii(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isascii", |b| b.is_ascii())
}

fn isupper(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

fn islower(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

fn istitle(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "istitle", |b| {
        let (mut cased, mut prev_cased) = (false, false);
        for c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn split_common(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    right: bool,
) -> PyResult<Value> {
    let m = me(vm, this, args, name)?;
    let a = bind(
        vm,
        &m.sig(name, &["sep", "maxsplit"], 0, Style::Keywords(0)),
        m.args,
        kwargs,
    )?;
    let maxsplit = int_arg(vm, &a[1], -1)?;
    let hay = &m.data;
    let parts: Vec<&[u8]> = match &a[0] {
        None | Some(Value::None) => {
            if right {
                seq::rsplit_whitespace(hay, maxsplit, is_space)
            } else {
                seq::split_whitespace(hay, maxsplit, is_space)
            }
        }
        Some(v) => {
            let sep = bytes_param(vm, v)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if right {
                seq::rsplit(hay, &sep, maxsplit)
            } else {
                seq::split(hay, &sep, maxsplit)
            }
        }
    };
    Ok(Value::list(
        parts.into_iter().map(|p| m.make(p.to_vec())).collect(),
    ))
}

fn split(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    split_common(vm, this, args, kwargs, "split", false)
}

fn rsplit(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    split_common(vm, this, args, kwargs, "rsplit", true)
}

fn splitlines(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let m = me(vm, this, args, "splitlines")?;
    let a = bind(
        vm,
        &m.sig("splitlines", &["keepends"], 0, Style::Keywords(0)),
        m.args,
        kwargs,
    )?;
    let keep = match &a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let lines = seq::splitlines(&m.data, keep, |c| c == b'\n' || c == b'\r', b'\r', b'\n');
    Ok(Value::list(
        lines.into_iter().map(|p| m.make(p.to_vec())).collect(),
    ))
}

fn strip_common(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let m = me(vm, this, args, name)?;
    let a = bind(
        vm,
        &m.sig(name, &["bytes"], 0, Style::Positional),
        m.args,
        kwargs,
    )?;
    let chars = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_param(vm, v)?),
    };
    let out = seq::strip(&m.data, chars.as_deref(), is_space, left, right);
    Ok(m.make(out.to_vec()))
}

fn strip(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    strip_common(vm, this, args, kwargs, "strip", true, true)
}

fn lstrip(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    strip_common(vm, this, args, kwargs, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    strip_common(vm, this, args, kwargs, "rstrip", false, true)
}

fn replace(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let m = me(vm, this, args, "replace")?;
    let a = bind(
        vm,
        &m.sig("replace", &["old", "new", "count"], 2, Style::Keywords(2)),
        m.args,
        kwargs,
    )?;
    let old = bytes_param(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let new = bytes_param(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let count = int_arg(vm, &a[2], -1)?;
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let found = if old.is_empty() {
        m.data.len() + 1
    } else {
        seq::count(&m.data, &old, None, None)
    };
    check_len(
        vm,
        replaced_len(m.data.len(), found.min(limit), old.len(), new.len()),
    )?;
    Ok(m.make(seq::replace(&m.data, &old, &new, count)))
}

fn sub_start_end(
    vm: &mut Vm,
    m: &Me<'_>,
    name: &'static str,
    kwargs: Kwargs<'_>,
) -> PyResult<(Value, Option<i64>, Option<i64>)> {
    let a = bind(
        vm,
        &m.sig(name, &["sub", "start", "end"], 1, Style::Positional),
        m.args,
        kwargs,
    )?;
    let start = slice_bound(vm, &a[1])?;
    let end = slice_bound(vm, &a[2])?;
    Ok((a[0].clone().unwrap_or(Value::None), start, end))
}

fn find_common(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let m = me(vm, this, args, name)?;
    let (sub, start, end) = sub_start_end(vm, &m, name, kwargs)?;
    let sub = sub_param(vm, &sub)?;
    let r = if right {
        seq::rfind(&m.data, &sub, start, end)
    } else {
        seq::find(&m.data, &sub, start, end)
    };
    match r {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    find_common(vm, this, args, kwargs, "find", false, false)
}

fn rfind(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    find_common(vm, this, args, kwargs, "rfind", true, false)
}

fn index(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    find_common(vm, this, args, kwargs, "index", false, true)
}

fn rindex(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    find_common(vm, this, args, kwargs, "rindex", true, true)
}

fn count(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let m = me(vm, this, args, "count")?;
    let (sub, start, end) = sub_start_end(vm, &m, "count", kwargs)?;
    let sub = sub_param(vm, &sub)?;
    Ok(Value::Int(seq::count(&m.data, &sub, start, end) as i64))
}

fn fixes(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    at_end: bool,
) -> PyResult<Value> {
    let m = me(vm, this, args, name)?;
    let (prefix, start, end) = sub_start_end(vm, &m, name, kwargs)?;
    if let Some(Object::Tuple(items)) = prefix.as_obj().map(|o| &**o) {
        for item in items.iter() {
            let Some(sub) = data(item) else {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.classes.type_name(item)
                )));
            };
            if seq::tailmatch(&m.data, &sub, start, end, at_end) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let Some(sub) = data(&prefix) else {
        return Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.classes.type_name(&prefix)
        )));
    };
    Ok(Value::Bool(seq::tailmatch(
        &m.data, &sub, start, end, at_end,
    )))
}

fn startswith(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    fixes(vm, this, args, kwargs, "startswith", false)
}

fn endswith(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    fixes(vm, this, args, kwargs, "endswith", true)
}

fn join(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let m = me(vm, this, args, "join")?;
    let a = bind(
        vm,
        &m.sig("join", &["iterable_of_bytes"], 1, Style::One),
        m.args,
        kwargs,
    )?;
    let items = super::str::join_items(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(d) = data(item) else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.classes.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&m.data);
        }
        out.extend_from_slice(&d);
    }
    Ok(m.make(out))
}

fn justify(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    how: Pad,
) -> PyResult<Value> {
    let m = me(vm, this, args, name)?;
    let a = bind(
        vm,
        &m.sig(name, &["width", "fillchar"], 1, Style::Positional),
        m.args,
        kwargs,
    )?;
    let width = int_arg(vm, &a[0], 0)?;
    let fill = match &a[1] {
        None => b' ',
        Some(v) => match data(v) {
            Some(d) if d.len() == 1 => d[0],
            Some(d) => {
                return Err(vm.type_error(format!(
                    "{name}(): argument 2 must be a byte string of length 1, not a {} object of length {}",
                    vm.classes.type_name(v),
                    d.len()
                )))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    super::str_args::arg_type_name(vm, v)
                )))
            }
        },
    };
    if width > 0 {
        check_len(vm, usize::try_from(width).ok())?;
    }
    Ok(m.make(seq::pad(&m.data, width, fill, how)))
}

fn center(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    justify(vm, this, args, kwargs, "center", Pad::Center)
}

fn ljust(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    justify(vm, this, args, kwargs, "ljust", Pad::Right)
}

fn rjust(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    justify(vm, this, args, kwargs, "rjust", Pad::Left)
}

fn zfill(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let m = me(vm, this, args, "zfill")?;
    let a = bind(
        vm,
        &m.sig("zfill", &["width"], 1, Style::One),
        m.args,
        kwargs,
    )?;
    let width = int_arg(vm, &a[0], 0)?;
    if width > 0 {
        check_len(vm, usize::try_from(width).ok())?;
    }
    Ok(m.make(seq::zfill(&m.data, width, b'0', b'+', b'-')))
}

fn partition_common(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    right: bool,
) -> PyResult<Value> {
    let m = me(vm, this, args, name)?;
    let a = bind(vm, &m.sig(name, &["sep"], 1, Style::One), m.args, kwargs)?;
    let sep = bytes_param(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let (before, found, after) = seq::partition(&m.data, &sep, right);
    let mid = if found { sep.clone() } else { Vec::new() };
    Ok(Value::tuple(vec![
        m.make(before.to_vec()),
        m.make(mid),
        m.make(after.to_vec()),
    ]))
}

fn partition(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    partition_common(vm, this, args, kwargs, "partition", false)
}

fn rpartition(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    partition_common(vm, this, args, kwargs, "rpartition", true)
}

fn expandtabs(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let m = me(vm, this, args, "expandtabs")?;
    let a = bind(
        vm,
        &m.sig("expandtabs", &["tabsize"], 0, Style::Keywords(0)),
        m.args,
        kwargs,
    )?;
    let tabsize = c_int_arg(vm, &a[0], 8)?;
    check_len(vm, seq::expandtabs_len(&m.data, tabsize, [9, 10, 13, 32]))?;
    Ok(m.make(seq::expandtabs(&m.data, tabsize, [9, 10, 13, 32])))
}

fn affix(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    suffix: bool,
) -> PyResult<Value> {
    let m = me(vm, this, args, name)?;
    let a = bind(vm, &m.sig(name, &["fix"], 1, Style::One), m.args, kwargs)?;
    let fix = bytes_param(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let d = &m.data;
    if suffix && d.ends_with(&fix) {
        return Ok(m.make(d[..d.len() - fix.len()].to_vec()));
    }
    if !suffix && d.starts_with(&fix) {
        return Ok(m.make(d[fix.len()..].to_vec()));
    }
    if m.ba {
        return Ok(m.make(d.clone()));
    }
    Ok(m.this.clone())
}

fn removeprefix(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    affix(vm, this, args, kwargs, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    affix(vm, this, args, kwargs, "removesuffix", true)
}

fn hex(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let m = me(vm, this, args, "hex")?;
    let a = bind(
        vm,
        &m.sig("hex", &["sep", "bytes_per_sep"], 0, Style::Keywords(0)),
        m.args,
        kwargs,
    )?;
    let digits: Vec<String> = m.data.iter().map(|b| format!("{b:02x}")).collect();
    let sep = match &a[0] {
        None | Some(Value::None) => return Ok(Value::str(&digits.concat())),
        Some(v) => {
            let s: Vec<u32> = match (v.as_str(), data(v)) {
                (Some(s), _) => s.code_points().collect(),
                (None, Some(d)) => d.iter().map(|&b| u32::from(b)).collect(),
                _ => {
                    return Err(vm.type_error(format!(
                        "sep must be str or bytes., not {}",
                        vm.classes.type_name(v)
                    )))
                }
            };
            if s.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if s[0] >= 0x80 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            char::from_u32(s[0]).unwrap_or('?')
        }
    };
    let per = int_arg(vm, &a[1], 1)?;
    if per == 0 || digits.is_empty() {
        return Ok(Value::str(&digits.concat()));
    }
    let group = per.unsigned_abs() as usize;
    let n = digits.len();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 {
            let boundary = if per > 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(d);
    }
    Ok(Value::str(&out))
}

fn fromhex(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let ba = match this.as_obj().map(|o| &**o) {
        Some(Object::Type(t)) => t.builtin == Kind::ByteArray,
        Some(Object::ByteArray(_)) => true,
        _ => false,
    };
    let class = if ba { "bytearray" } else { "bytes" };
    let sig = Sig {
        class,
        name: "fromhex",
        params: &["string"],
        required: 1,
        style: Style::One,
    };
    let a = bind(vm, &sig, args, kwargs)?;
    let v = a[0].clone().unwrap_or(Value::None);
    let text: Vec<u32> = match (v.as_str(), data(&v)) {
        (Some(s), _) => s.code_points().collect(),
        (None, Some(d)) => d.iter().map(|&b| u32::from(b)).collect(),
        _ => {
            return Err(vm.type_error(format!(
                "fromhex() argument must be str or bytes-like, not {}",
                vm.classes.type_name(&v)
            )))
        }
    };
    let hexval = |c: u32| char::from_u32(c).and_then(|c| c.to_digit(16));
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if uni_space(text[i]) {
            i += 1;
            continue;
        }
        let Some(hi) = hexval(text[i]) else {
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            )));
        };
        let Some(&next) = text.get(i + 1) else {
            return Err(
                vm.value_error("fromhex() arg must contain an even number of hexadecimal digits")
            );
        };
        let Some(lo) = hexval(next) else {
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(make(ba, out))
}

fn uni_space(c: u32) -> bool {
    c < 0x80 && is_space(c as u8)
}

fn decode(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let m = me(vm, this, args, "decode")?;
    let a = bind(
        vm,
        &m.sig("decode", &["encoding", "errors"], 0, Style::Keywords(0)),
        m.args,
        kwargs,
    )?;
    let encoding = text_param(vm, "decode", "encoding", &a[0], "utf-8")?;
    let errors = text_param(vm, "decode", "errors", &a[1], "strict")?;
    let codec = super::str_codec::lookup(vm, &encoding)?;
    super::str_codec::decode(vm, &m.data, codec, &errors)
}

fn translate(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let m = me(vm, this, args, "translate")?;
    let a = bind(
        vm,
        &m.sig("translate", &["table", "delete"], 1, Style::Keywords(1)),
        m.args,
        kwargs,
    )?;
    let table = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = bytes_param(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &a[1] {
        None => Vec::new(),
        Some(v) => bytes_param(vm, v)?,
    };
    let out = m
        .data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(m.make(out))
}

fn maketrans(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let sig = Sig {
        class: "bytes",
        name: "maketrans",
        params: &["frm", "to"],
        required: 2,
        style: Style::Positional,
    };
    let a = bind(vm, &sig, args, kwargs)?;
    let from = bytes_param(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let to = bytes_param(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

fn this_bytearray<'a>(
    vm: &Vm,
    this: &'a Value,
    args: &'a [Value],
    name: &str,
) -> PyResult<(&'a RefCell<Vec<u8>>, &'a [Value])> {
    let (r, rest) = receiver(vm, this, args, "bytearray", name, is_bytearray)?;
    match r.as_obj().map(|o| &**o) {
        Some(Object::ByteArray(b)) => Ok((b, rest)),
        _ => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

fn ba_sig(
    name: &'static str,
    params: &'static [&'static str],
    required: usize,
    style: Style,
) -> Sig {
    Sig {
        class: "bytearray",
        name,
        params,
        required,
        style,
    }
}

fn append(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (b, args) = this_bytearray(vm, this, args, "append")?;
    let a = bind(
        vm,
        &ba_sig("append", &["item"], 1, Style::One),
        args,
        kwargs,
    )?;
    let v = byte_value(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    b.borrow_mut().push(v);
    Ok(Value::None)
}

/// The bytes an iterable of ints (or a bytes-like object) gives.
fn bytes_from_iterable(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = data(v) {
        return Ok(d);
    }
    let items = vm.collect(v)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(byte_value(vm, item)?);
    }
    Ok(out)
}

fn extend(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (b, args) = this_bytearray(vm, this, args, "extend")?;
    let a = bind(
        vm,
        &ba_sig("extend", &["iterable_of_ints"], 1, Style::One),
        args,
        kwargs,
    )?;
    let v = a[0].clone().unwrap_or(Value::None);
    if v.as_str().is_some() {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    if !is_bytes_like(&v) && vm.iter(&v).is_err() {
        return Err(vm.type_error(format!(
            "can't extend bytearray with {}",
            vm.classes.type_name(&v)
        )));
    }
    let more = bytes_from_iterable(vm, &v)?;
    b.borrow_mut().extend_from_slice(&more);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (b, args) = this_bytearray(vm, this, args, "insert")?;
    let a = bind(
        vm,
        &ba_sig("insert", &["index", "item"], 2, Style::Positional),
        args,
        kwargs,
    )?;
    let i = int_arg(vm, &a[0], 0)?;
    let v = byte_value(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let n = b.borrow().len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.borrow_mut().insert(at as usize, v);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (b, args) = this_bytearray(vm, this, args, "pop")?;
    let a = bind(
        vm,
        &ba_sig("pop", &["index"], 0, Style::Positional),
        args,
        kwargs,
    )?;
    let i = int_arg(vm, &a[0], -1)?;
    let n = b.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(Value::Int(i64::from(b.borrow_mut().remove(j as usize))))
}

fn remove(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (b, args) = this_bytearray(vm, this, args, "remove")?;
    let a = bind(
        vm,
        &ba_sig("remove", &["value"], 1, Style::One),
        args,
        kwargs,
    )?;
    let v = byte_value(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let at = b.borrow().iter().position(|&x| x == v);
    match at {
        Some(i) => {
            b.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn reverse(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (b, args) = this_bytearray(vm, this, args, "reverse")?;
    bind(vm, &ba_sig("reverse", &[], 0, Style::NoArgs), args, kwargs)?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (b, args) = this_bytearray(vm, this, args, "clear")?;
    bind(vm, &ba_sig("clear", &[], 0, Style::NoArgs), args, kwargs)?;
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (b, args) = this_bytearray(vm, this, args, "copy")?;
    bind(vm, &ba_sig("copy", &[], 0, Style::NoArgs), args, kwargs)?;
    let d = b.borrow().clone();
    Ok(new_bytearray(d))
}

/// `bytes(...)` and `bytearray(...)`.
pub fn construct(
    vm: &mut Vm,
    bytearray: bool,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<Value> {
    let class = if bytearray { "bytearray" } else { "bytes" };
    let sig = Sig {
        class,
        name: class,
        params: &["source", "encoding", "errors"],
        required: 0,
        style: Style::Keywords(0),
    };
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "{class}() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let a = bind(vm, &sig, args, kwargs)?;
    let Some(src) = &a[0] else {
        if a[1].is_some() || a[2].is_some() {
            let what = if a[1].is_some() { "encoding" } else { "errors" };
            return Err(vm.type_error(format!("{what} without a string argument")));
        }
        return Ok(make(bytearray, Vec::new()));
    };
    if let Some(s) = src.as_str() {
        if a[1].is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let encoding = text_param(vm, class, "encoding", &a[1], "utf-8")?;
        let errors = text_param(vm, class, "errors", &a[2], "strict")?;
        let codec = super::str_codec::lookup(vm, &encoding)?;
        let cps: Vec<u32> = s.code_points().collect();
        let b = super::str_codec::encode(vm, &cps, codec, &errors)?;
        return Ok(make(bytearray, b));
    }
    if a[1].is_some() || a[2].is_some() {
        let what = if a[1].is_some() { "encoding" } else { "errors" };
        return Err(vm.type_error(format!("{what} without a string argument")));
    }
    if let Some(d) = data(src) {
        if !bytearray {
            if let Some(Object::Bytes(_)) = src.as_obj().map(|o| &**o) {
                return Ok(src.clone());
            }
        }
        return Ok(make(bytearray, d));
    }
    match src {
        Value::Int(_) | Value::Bool(_) => {
            let n = vm.index_value(src)?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            check_len(vm, usize::try_from(n).ok())?;
            return Ok(make(bytearray, vec![0; n as usize]));
        }
        Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => {
            return Err(vm.new_error(
                "OverflowError",
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        _ => {}
    }
    if let Some(Object::Instance(_)) = src.as_obj().map(|o| &**o) {
        if let Some(r) = vm.call_special(src, "__bytes__", &[])? {
            return match data(&r) {
                Some(d) => Ok(make(bytearray, d)),
                None => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.classes.type_name(&r)
                ))),
            };
        }
    }
    if vm.iter(src).is_err() {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to {class}",
            vm.classes.type_name(src)
        )));
    }
    let items = vm.collect(src)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let n = match item {
            Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => -1,
            _ => vm.index_value(item)?,
        };
        match u8::try_from(n) {
            Ok(b) => out.push(b),
            Err(_) if bytearray => return Err(vm.value_error("byte must be in range(0, 256)")),
            Err(_) => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(make(bytearray, out))
}

/// `b[key]` for `bytes` and `bytearray`.
pub fn getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    let ba = is_bytearray(container);
    let d = data(container).unwrap_or_default();
    if let Some(Object::Slice(..)) = key.as_obj().map(|o| &**o) {
        let (start, stop, step) = vm.slice_indices(key, d.len())?;
        let mut out = Vec::new();
        if step == 1 {
            if stop > start {
                out.extend_from_slice(&d[start as usize..stop as usize]);
            }
        } else {
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                out.push(d[i as usize]);
                i = match i.checked_add(step) {
                    Some(next) => next,
                    None => break,
                };
            }
        }
        return Ok(make(ba, out));
    }
    let i = index_of(vm, key, d.len(), ba)?;
    Ok(Value::Int(i64::from(d[i])))
}

fn index_of(vm: &mut Vm, key: &Value, len: usize, ba: bool) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
        }
        _ => {
            let what = if ba { "bytearray" } else { "byte" };
            return Err(vm.type_error(format!(
                "{what} indices must be integers or slices, not {}",
                vm.classes.type_name(key)
            )));
        }
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(if ba {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(j as usize)
}

/// The positions a slice of a sequence of `len` covers.
fn slice_positions(vm: &mut Vm, key: &Value, len: usize) -> PyResult<(Vec<usize>, i64, i64, i64)> {
    let (start, stop, step) = vm.slice_indices(key, len)?;
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i = match i.checked_add(step) {
            Some(next) => next,
            None => break,
        };
    }
    Ok((out, start, stop, step))
}

/// `ba[key] = value` for a `bytearray`.
pub fn setitem(vm: &mut Vm, container: &Value, key: &Value, value: &Value) -> PyResult<()> {
    let Some(Object::ByteArray(b)) = container.as_obj().map(|o| &**o) else {
        return Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.classes.type_name(container)
        )));
    };
    if let Some(Object::Slice(..)) = key.as_obj().map(|o| &**o) {
        if matches!(value, Value::Int(_) | Value::Bool(_) | Value::Float(_))
            || is_int(value)
            || value.as_str().is_some()
        {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        let new = bytes_from_iterable(vm, value)?;
        // Converting the value may have run Python code that resized `b`.
        let len = b.borrow().len();
        let (positions, start, stop, step) = slice_positions(vm, key, len)?;
        let mut v = b.borrow_mut();
        if step == 1 {
            // `slice_indices` may have run `__index__`: stay within `v`.
            let start = (start as usize).min(v.len());
            let stop = (stop.max(start as i64) as usize).clamp(start, v.len());
            v.splice(start..stop, new);
            return Ok(());
        }
        if positions.len() != new.len() {
            return Err(vm.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                positions.len()
            )));
        }
        for (p, x) in positions.into_iter().zip(new) {
            if let Some(slot) = v.get_mut(p) {
                *slot = x;
            }
        }
        return Ok(());
    }
    let len = b.borrow().len();
    let i = index_of(vm, key, len, true)?;
    let x = byte_value(vm, value)?;
    if let Some(slot) = b.borrow_mut().get_mut(i) {
        *slot = x;
    }
    Ok(())
}

/// `del ba[key]` for a `bytearray`.
pub fn delitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    let Some(Object::ByteArray(b)) = container.as_obj().map(|o| &**o) else {
        return Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.classes.type_name(container)
        )));
    };
    let len = b.borrow().len();
    if let Some(Object::Slice(..)) = key.as_obj().map(|o| &**o) {
        let (positions, ..) = slice_positions(vm, key, len)?;
        let mut v = b.borrow_mut();
        let mut gone = vec![false; v.len()];
        for p in positions {
            if let Some(g) = gone.get_mut(p) {
                *g = true;
            }
        }
        let mut k = 0;
        v.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
        return Ok(());
    }
    let i = index_of(vm, key, len, true)?;
    let mut v = b.borrow_mut();
    if i < v.len() {
        v.remove(i);
    }
    Ok(())
}

/// `item in b` for `bytes` and `bytearray`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    let d = data(container).unwrap_or_default();
    let sub = match item {
        Value::Int(_) | Value::Bool(_) => vec![byte_value(vm, item)?],
        Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => vec![byte_value(vm, item)?],
        _ => bytes_param(vm, item)?,
    };
    Ok(seq::find(&d, &sub, None, None).is_some())
}

/// A comparison between two bytes-like values; `None` when one is not.
pub fn compare(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (data(a), data(b)) {
        (Some(x), Some(y)) => Some(x.cmp(&y)),
        _ => None,
    }
}

/// The iterator over a bytes-like value: its ints.
pub fn iter_items(v: &Value) -> Option<Vec<Value>> {
    data(v).map(|d| d.into_iter().map(|b| Value::Int(i64::from(b))).collect())
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v.as_obj().map(|o| &**o), Some(Object::BigInt(_)))
}

fn is_instance(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &**o), Some(Object::Instance(_)))
}

/// `+`, `*` and `%` (and their in-place forms, which change a `bytearray`
/// in place) when the left operand is bytes-like, or for `int * bytes`.
pub fn binary(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let base = if op >= 13 { op - 13 } else { op };
    let inplace = op >= 13;
    let Some(x) = data(a) else {
        if base == 5 && is_int(a) {
            if let Some(y) = data(b) {
                let n = repeat_count(vm, a)?;
                return Ok(Some(make(is_bytearray(b), repeat(vm, &y, n)?)));
            }
        }
        return Ok(None);
    };
    let ba = is_bytearray(a);
    match base {
        0 => match data(b) {
            Some(y) => {
                if inplace && ba {
                    if let Some(Object::ByteArray(cell)) = a.as_obj().map(|o| &**o) {
                        cell.borrow_mut().extend_from_slice(&y);
                        return Ok(Some(a.clone()));
                    }
                }
                let mut out = x;
                out.extend_from_slice(&y);
                Ok(Some(make(ba, out)))
            }
            None if is_instance(b) => Ok(None),
            None => Err(vm.type_error(format!(
                "can't concat {} to {}",
                vm.classes.type_name(b),
                vm.classes.type_name(a)
            ))),
        },
        5 if is_int(b) => {
            let n = repeat_count(vm, b)?;
            let out = repeat(vm, &x, n)?;
            if inplace && ba {
                if let Some(Object::ByteArray(cell)) = a.as_obj().map(|o| &**o) {
                    *cell.borrow_mut() = out;
                    return Ok(Some(a.clone()));
                }
            }
            Ok(Some(make(ba, out)))
        }
        5 if !is_instance(b) => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.classes.type_name(b)
        ))),
        6 => {
            if is_instance(b)
                && crate::object::types::lookup(&vm.classes.class_of(b), "__rmod__").is_some()
            {
                return Ok(None);
            }
            let out = super::str_format::bytes_percent(vm, &x, b)?;
            Ok(Some(make(ba, out)))
        }
        _ => Ok(None),
    }
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    if let Some(Object::BigInt(b)) = n.as_obj().map(|o| &**o) {
        if num_traits::Signed::is_negative(b) {
            return Ok(0);
        }
        return Err(vm.new_error(
            "OverflowError",
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    Ok(vm.index_value(n)?.max(0) as usize)
}
