//! The `str` type: its methods, indexing and slicing, `+`, `*` and `%`,
//! `in`, the `str()` constructor, and the text builtins `format`, `ascii`,
//! `chr` and `ord`.
//!
//! Methods work on code points (`Vec<u32>`), so strings holding lone
//! surrogates behave like any other; the algorithms shared with `bytes` are
//! in [`super::str_seq`], the Unicode properties in [`super::str_unicode`].

use super::str_args::{
    arg_type_name, bind, c_int_arg, check_len, int_arg, receiver, replaced_len, slice_bound,
    Kwargs, Sig, Style,
};
use super::str_seq::{self as seq, Pad};
use super::str_unicode as uni;
use crate::interp::ops::dict_set_str;
use crate::interp::Vm;
use crate::marshal::PyStr;
use crate::object::types::{type_data, Builtin as Kind};
use crate::object::{Builtin, NativeFn, Object, PyResult, StrObject, Value};

/// The code points of a `str`.
pub fn cps(s: &PyStr) -> Vec<u32> {
    s.code_points().collect()
}

/// A new `str` from code points.
pub fn new_str(cps: &[u32]) -> Value {
    Value::from_pystr(PyStr::from_code_points(cps).unwrap_or_else(|| PyStr::new("")))
}

fn is_str(v: &Value) -> bool {
    v.as_str().is_some()
}

/// Lets the methods read a `str` object's text directly.
impl std::ops::Deref for StrObject {
    type Target = PyStr;

    fn deref(&self) -> &PyStr {
        &self.text
    }
}

/// The `str` object behind a value.
pub fn str_obj(v: &Value) -> Option<&StrObject> {
    match v.as_obj().map(|o| &**o) {
        Some(Object::Str(s)) => Some(s),
        _ => None,
    }
}

/// The bytes of an all-ASCII `str` (one byte per code point).
fn ascii(s: &StrObject) -> Option<&[u8]> {
    if s.ascii {
        s.text.as_str().map(str::as_bytes)
    } else {
        None
    }
}

/// The code points of a `str`; those of a long one are computed once and
/// kept with it.
fn wide(s: &StrObject) -> std::borrow::Cow<'_, [u32]> {
    use std::borrow::Cow;
    if s.text.as_str().map_or(0, str::len) < 64 && !s.text.has_surrogates() {
        return Cow::Owned(cps(&s.text));
    }
    Cow::Borrowed(s.wide.get_or_init(|| cps(&s.text).into_boxed_slice()))
}

/// A `str` from ASCII bytes.
fn ascii_value(b: &[u8]) -> Value {
    Value::str(std::str::from_utf8(b).unwrap_or_default())
}

/// `len(s)`.
pub fn len(s: &StrObject) -> usize {
    match (ascii(s), s.wide.get()) {
        (Some(b), _) => b.len(),
        (None, Some(w)) => w.len(),
        (None, None) => s.text.len(),
    }
}

/// Evaluates `$body` with `$h` and `$n` bound to the code units of two
/// strings: their bytes when both are ASCII, else their code points.
macro_rules! on_pair {
    ($a:expr, $b:expr, |$h:ident, $n:ident| $body:expr) => {
        match (ascii($a), ascii($b)) {
            (Some($h), Some($n)) => $body,
            _ => {
                let wide_a = wide($a);
                let wide_b = wide($b);
                let ($h, $n) = (&wide_a[..], &wide_b[..]);
                $body
            }
        }
    };
}

/// The items of `join`'s argument (CPython's `PySequence_Fast`: a
/// `TypeError` from `iter()` becomes "can only join an iterable").
pub fn join_items(vm: &mut Vm, iterable: &Value) -> PyResult<Vec<Value>> {
    if let Some(Object::List(_) | Object::Tuple(_)) = iterable.as_obj().map(|o| &**o) {
        return vm.collect(iterable);
    }
    let it = match vm.iter(iterable) {
        Ok(it) => it,
        Err(e) if vm.is_instance_of(&e, "TypeError") => {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    vm.collect(&it)
}

/// A `str` argument, or a `TypeError` from `msg` (given the type name, or
/// "None" for `None` when `bad_arg` asks for `_PyArg_BadArgument`'s wording).
fn need_str<'a>(
    vm: &Vm,
    v: &'a Value,
    bad_arg: bool,
    msg: impl FnOnce(String) -> String,
) -> PyResult<&'a StrObject> {
    match str_obj(v) {
        Some(s) => Ok(s),
        None if bad_arg => Err(vm.type_error(msg(arg_type_name(vm, v)))),
        None => Err(vm.type_error(msg(vm.classes.type_name(v)))),
    }
}

/// Registers a method on a builtin class.
pub fn add_method(
    vm: &mut Vm,
    kind: Kind,
    owner: &'static str,
    name: &'static str,
    func: NativeFn,
) {
    let class = vm.classes.of_kind(kind).clone();
    let m = Value::obj(Object::Builtin(Builtin {
        name,
        func,
        this: Value::Null,
        owner: Some(owner),
    }));
    let hash = crate::interp::hash::str_hash(name);
    type_data(&class)
        .dict
        .borrow_mut()
        .insert(hash, Value::str(name), m, |k| {
            k.as_str().is_some_and(|s| s.as_str() == Some(name))
        });
}

/// Installs the `str` methods, the `bytes` and `bytearray` methods, and the
/// text builtins.
pub fn install(vm: &mut Vm) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("upper", upper),
        ("lower", lower),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("casefold", casefold),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("istitle", istitle),
        ("isascii", isascii),
        ("join", join),
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
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("encode", encode),
        ("translate", translate),
        ("format", super::str_format::str_format_method),
        ("format_map", super::str_format::str_format_map),
    ];
    for (name, func) in methods {
        add_method(vm, Kind::Str, "str", name, *func);
    }
    add_method(vm, Kind::Str, "staticmethod", "maketrans", maketrans);
    super::bytes::install(vm);
    let functions: &[(&'static str, NativeFn)] = &[
        ("format", builtin_format),
        ("ascii", builtin_ascii),
        ("chr", builtin_chr),
        ("ord", builtin_ord),
    ];
    let dict = Value::Obj(vm.builtins.clone());
    for (name, func) in functions {
        let f = Value::obj(Object::Builtin(Builtin {
            name,
            func: *func,
            this: Value::Null,
            owner: None,
        }));
        let _ = dict_set_str(vm, &dict, name, f);
    }
}

fn me<'a>(
    vm: &Vm,
    this: &'a Value,
    args: &'a [Value],
    name: &str,
) -> PyResult<(&'a StrObject, &'a [Value])> {
    let (r, rest) = receiver(vm, this, args, "str", name, is_str)?;
    match str_obj(r) {
        Some(s) => Ok((s, rest)),
        None => Err(vm.type_error("descriptor requires a 'str' object")),
    }
}

fn sig(name: &'static str, params: &'static [&'static str], required: usize, style: Style) -> Sig {
    Sig {
        class: "str",
        name,
        params,
        required,
        style,
    }
}

fn no_args(vm: &Vm, name: &'static str, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<()> {
    bind(vm, &sig(name, &[], 0, Style::NoArgs), args, kwargs).map(|_| ())
}

fn map_chars(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    f: fn(&[u32]) -> Vec<u32>,
) -> PyResult<Value> {
    let (s, args) = me(vm, this, args, name)?;
    no_args(vm, name, args, kwargs)?;
    Ok(new_str(&f(&cps(s))))
}

fn upper(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (s, rest) = me(vm, this, args, "upper")?;
    if let Some(t) = s.as_str().filter(|t| t.is_ascii()) {
        no_args(vm, "upper", rest, kwargs)?;
        return Ok(Value::str(&t.to_ascii_uppercase()));
    }
    map_chars(vm, this, args, kwargs, "upper", |c| {
        let mut out = Vec::with_capacity(c.len());
        for &ch in c {
            uni::upper_into(ch, &mut out);
        }
        out
    })
}

fn lower_all(c: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(c.len());
    for i in 0..c.len() {
        uni::lower_at(c, i, &mut out);
    }
    out
}

fn lower(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (s, rest) = me(vm, this, args, "lower")?;
    if let Some(t) = s.as_str().filter(|t| t.is_ascii()) {
        no_args(vm, "lower", rest, kwargs)?;
        return Ok(Value::str(&t.to_ascii_lowercase()));
    }
    map_chars(vm, this, args, kwargs, "lower", lower_all)
}

fn capitalize(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    map_chars(vm, this, args, kwargs, "capitalize", |c| {
        let mut out = Vec::with_capacity(c.len());
        for i in 0..c.len() {
            if i == 0 {
                uni::title_into(c[0], &mut out);
            } else {
                uni::lower_at(c, i, &mut out);
            }
        }
        out
    })
}

fn title(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    map_chars(vm, this, args, kwargs, "title", |c| {
        let mut out = Vec::with_capacity(c.len());
        let mut prev_cased = false;
        for i in 0..c.len() {
            if prev_cased {
                uni::lower_at(c, i, &mut out);
            } else {
                uni::title_into(c[i], &mut out);
            }
            prev_cased = uni::is_cased(c[i]);
        }
        out
    })
}

fn swapcase(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    map_chars(vm, this, args, kwargs, "swapcase", |c| {
        let mut out = Vec::with_capacity(c.len());
        for i in 0..c.len() {
            if uni::is_upper(c[i]) {
                uni::lower_at(c, i, &mut out);
            } else if uni::is_lower(c[i]) {
                uni::upper_into(c[i], &mut out);
            } else {
                out.push(c[i]);
            }
        }
        out
    })
}

fn casefold(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    map_chars(vm, this, args, kwargs, "casefold", |c| {
        let mut out = Vec::with_capacity(c.len());
        for &ch in c {
            uni::fold_into(ch, &mut out);
        }
        out
    })
}

fn predicate(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    f: fn(&[u32]) -> bool,
) -> PyResult<Value> {
    let (s, args) = me(vm, this, args, name)?;
    no_args(vm, name, args, kwargs)?;
    Ok(Value::Bool(f(&cps(s))))
}

fn all_nonempty(c: &[u32], f: fn(u32) -> bool) -> bool {
    !c.is_empty() && c.iter().all(|&x| f(x))
}

fn isdigit(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isdigit", |c| {
        all_nonempty(c, uni::is_digit)
    })
}

fn isalpha(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isalpha", |c| {
        all_nonempty(c, uni::is_alpha)
    })
}

fn isalnum(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isalnum", |c| {
        all_nonempty(c, uni::is_alnum)
    })
}

fn isspace(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isspace", |c| {
        all_nonempty(c, uni::is_space)
    })
}

fn isdecimal(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isdecimal", |c| {
        all_nonempty(c, uni::is_decimal)
    })
}

fn isnumeric(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isnumeric", |c| {
        all_nonempty(c, uni::is_numeric)
    })
}

fn isascii(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isascii", |c| {
        c.iter().all(|&x| x < 0x80)
    })
}

fn isidentifier(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isidentifier", uni::is_identifier)
}

fn isprintable(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (s, args) = me(vm, this, args, "isprintable")?;
    no_args(vm, "isprintable", args, kwargs)?;
    Ok(Value::Bool(crate::formatting::is_printable(s)))
}

fn isupper(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "isupper", |c| {
        let mut cased = false;
        for &x in c {
            if uni::is_lower(x) || uni::is_titlecase(x) {
                return false;
            }
            cased |= uni::is_upper(x);
        }
        cased
    })
}

fn islower(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "islower", |c| {
        let mut cased = false;
        for &x in c {
            if uni::is_upper(x) || uni::is_titlecase(x) {
                return false;
            }
            cased |= uni::is_lower(x);
        }
        cased
    })
}

fn istitle(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    predicate(vm, this, args, kwargs, "istitle", |c| {
        let (mut cased, mut prev_cased) = (false, false);
        for &x in c {
            if uni::is_upper(x) || uni::is_titlecase(x) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if uni::is_lower(x) {
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

fn join(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (sep, args) = me(vm, this, args, "join")?;
    let a = bind(vm, &sig("join", &["iterable"], 1, Style::One), args, kwargs)?;
    let iterable = a[0].clone().unwrap_or(Value::None);
    let items = join_items(vm, &iterable)?;
    for (i, item) in items.iter().enumerate() {
        if !is_str(item) {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.classes.type_name(item)
            )));
        }
    }
    let texts: Option<Vec<&str>> = items
        .iter()
        .map(|i| i.as_str().and_then(|s| s.as_str()))
        .collect();
    if let (Some(sep), Some(texts)) = (sep.as_str(), texts) {
        return Ok(Value::str(&texts.join(sep)));
    }
    let sep = cps(sep);
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        if let Some(s) = item.as_str() {
            out.extend(s.code_points());
        }
    }
    Ok(new_str(&out))
}

/// A `str` argument, or a `TypeError` from `msg` (given the type name).
fn str_param(vm: &Vm, v: &Value, msg: impl FnOnce(String) -> String) -> PyResult<Vec<u32>> {
    match v.as_str() {
        Some(s) => Ok(cps(s)),
        None => Err(vm.type_error(msg(vm.classes.type_name(v)))),
    }
}

/// Like [`str_param`], for messages in `_PyArg_BadArgument`'s wording.
fn str_arg(vm: &Vm, v: &Value, msg: impl FnOnce(String) -> String) -> PyResult<Vec<u32>> {
    match v.as_str() {
        Some(s) => Ok(cps(s)),
        None => Err(vm.type_error(msg(arg_type_name(vm, v)))),
    }
}

fn split_common(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    right: bool,
) -> PyResult<Value> {
    let (s, args) = me(vm, this, args, name)?;
    let a = bind(
        vm,
        &sig(name, &["sep", "maxsplit"], 0, Style::Keywords(0)),
        args,
        kwargs,
    )?;
    let maxsplit = int_arg(vm, &a[1], -1)?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = need_str(vm, v, false, |t| format!("must be str or None, not {t}"))?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(sep)
        }
    };
    fn pieces<'h, T: Copy + Eq>(
        hay: &'h [T],
        sep: Option<&[T]>,
        maxsplit: i64,
        right: bool,
        space: impl Fn(T) -> bool,
    ) -> Vec<&'h [T]> {
        match (sep, right) {
            (None, false) => seq::split_whitespace(hay, maxsplit, space),
            (None, true) => seq::rsplit_whitespace(hay, maxsplit, space),
            (Some(sep), false) => seq::split(hay, sep, maxsplit),
            (Some(sep), true) => seq::rsplit(hay, sep, maxsplit),
        }
    }
    let items = match (ascii(s), sep.map(|x| ascii(x).ok_or(()))) {
        (Some(h), None) | (Some(h), Some(Ok(_))) => {
            let sep = sep.and_then(ascii);
            let space = |c: u8| uni::is_space(u32::from(c));
            let parts = pieces(h, sep, maxsplit, right, space);
            parts.into_iter().map(ascii_value).collect()
        }
        _ => {
            let hay = wide(s);
            let sep = sep.map(|x| wide(x));
            let parts = pieces(&hay, sep.as_deref(), maxsplit, right, uni::is_space);
            parts.into_iter().map(new_str).collect()
        }
    };
    Ok(Value::list(items))
}

fn split(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    split_common(vm, this, args, kwargs, "split", false)
}

fn rsplit(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    split_common(vm, this, args, kwargs, "rsplit", true)
}

fn splitlines(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (s, args) = me(vm, this, args, "splitlines")?;
    let a = bind(
        vm,
        &sig("splitlines", &["keepends"], 0, Style::Keywords(0)),
        args,
        kwargs,
    )?;
    let keep = match &a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if let Some(h) = ascii(s) {
        let brk = |c: u8| uni::is_linebreak(u32::from(c));
        let lines = seq::splitlines(h, keep, brk, b'\r', b'\n');
        return Ok(Value::list(lines.into_iter().map(ascii_value).collect()));
    }
    let hay = cps(s);
    let lines = seq::splitlines(&hay, keep, uni::is_linebreak, 0x0D, 0x0A);
    Ok(Value::list(lines.into_iter().map(new_str).collect()))
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
    let whole = args_first(this, args).clone();
    let (s, args) = me(vm, this, args, name)?;
    let a = bind(
        vm,
        &sig(name, &["chars"], 0, Style::Positional),
        args,
        kwargs,
    )?;
    let chars = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(need_str(vm, v, false, |_| {
            format!("{name} arg must be None or str")
        })?),
    };
    if let Some(h) = ascii(s) {
        let set = chars.map(|c| ascii(c).ok_or(()));
        if !matches!(set, Some(Err(_))) {
            let set = chars.and_then(ascii);
            let space = |c: u8| uni::is_space(u32::from(c));
            let out = seq::strip(h, set, space, left, right);
            if out.len() == h.len() {
                return Ok(whole);
            }
            return Ok(ascii_value(out));
        }
    }
    let hay = wide(s);
    let set = chars.map(|c| wide(c));
    let out = seq::strip(&hay, set.as_deref(), uni::is_space, left, right);
    if out.len() == hay.len() {
        return Ok(whole);
    }
    Ok(new_str(out))
}

fn args_first<'a>(this: &'a Value, args: &'a [Value]) -> &'a Value {
    if this.is_null() {
        args.first().unwrap_or(this)
    } else {
        this
    }
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
    let (s, args) = me(vm, this, args, "replace")?;
    let a = bind(
        vm,
        &sig("replace", &["old", "new", "count"], 2, Style::Keywords(2)),
        args,
        kwargs,
    )?;
    let mut parts = Vec::new();
    for (i, v) in a[..2].iter().enumerate() {
        let v = v.clone().unwrap_or(Value::None);
        parts.push(str_arg(vm, &v, |t| {
            format!("replace() argument {} must be str, not {t}", i + 1)
        })?);
    }
    let count = int_arg(vm, &a[2], -1)?;
    let hay = wide(s);
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let found = if parts[0].is_empty() {
        hay.len() + 1
    } else {
        seq::count(&hay, &parts[0], None, None)
    };
    let new_len = replaced_len(hay.len(), found.min(limit), parts[0].len(), parts[1].len());
    check_len(vm, new_len)?;
    if let (Some(h), Some(o), Some(n)) = (
        s.as_str(),
        a[0].as_ref()
            .and_then(|v| v.as_str())
            .and_then(|p| p.as_str()),
        a[1].as_ref()
            .and_then(|v| v.as_str())
            .and_then(|p| p.as_str()),
    ) {
        if !o.is_empty() {
            let r = if count < 0 {
                h.replace(o, n)
            } else {
                h.replacen(o, n, count as usize)
            };
            return Ok(Value::str(&r));
        }
    }
    Ok(new_str(&seq::replace(&hay, &parts[0], &parts[1], count)))
}

/// Parses `(sub[, start[, end]])` for `find` and friends.
fn sub_start_end(
    vm: &mut Vm,
    name: &'static str,
    args: &[Value],
    kwargs: Kwargs<'_>,
) -> PyResult<(Value, Option<i64>, Option<i64>)> {
    let a = bind(
        vm,
        &sig(name, &["sub", "start", "end"], 1, Style::Positional),
        args,
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
    let (s, args) = me(vm, this, args, name)?;
    let (sub, start, end) = sub_start_end(vm, name, args, kwargs)?;
    let sub = need_str(vm, &sub, true, |t| {
        format!("{name}() argument 1 must be str, not {t}")
    })?;
    let r = on_pair!(s, sub, |h, n| if right {
        seq::rfind(h, n, start, end)
    } else {
        seq::find(h, n, start, end)
    });
    match r {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("substring not found")),
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
    let (s, args) = me(vm, this, args, "count")?;
    let (sub, start, end) = sub_start_end(vm, "count", args, kwargs)?;
    let sub = need_str(vm, &sub, true, |t| {
        format!("count() argument 1 must be str, not {t}")
    })?;
    let n = on_pair!(s, sub, |h, n| seq::count(h, n, start, end));
    Ok(Value::Int(n as i64))
}

fn fixes(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    at_end: bool,
) -> PyResult<Value> {
    let (s, args) = me(vm, this, args, name)?;
    let (prefix, start, end) = sub_start_end(vm, name, args, kwargs)?;
    if let Some(Object::Tuple(items)) = prefix.as_obj().map(|o| &**o) {
        for item in items.iter() {
            let sub = need_str(vm, item, false, |t| {
                format!("tuple for {name} must only contain str, not {t}")
            })?;
            if on_pair!(s, sub, |h, n| seq::tailmatch(h, n, start, end, at_end)) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let sub = need_str(vm, &prefix, false, |t| {
        format!("{name} first arg must be str or a tuple of str, not {t}")
    })?;
    let r = on_pair!(s, sub, |h, n| seq::tailmatch(h, n, start, end, at_end));
    Ok(Value::Bool(r))
}

fn startswith(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    fixes(vm, this, args, kwargs, "startswith", false)
}

fn endswith(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    fixes(vm, this, args, kwargs, "endswith", true)
}

fn justify(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    how: Pad,
) -> PyResult<Value> {
    let (s, args) = me(vm, this, args, name)?;
    let a = bind(
        vm,
        &sig(name, &["width", "fillchar"], 1, Style::Positional),
        args,
        kwargs,
    )?;
    let width = int_arg(vm, &a[0], 0)?;
    let fill = match &a[1] {
        None => u32::from(' '),
        Some(v) => {
            let f = str_param(vm, v, |t| {
                format!("The fill character must be a unicode character, not {t}")
            })?;
            if f.len() != 1 {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            f[0]
        }
    };
    if width > 0 {
        check_len(vm, usize::try_from(width).ok())?;
    }
    Ok(new_str(&seq::pad(&cps(s), width, fill, how)))
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
    let (s, args) = me(vm, this, args, "zfill")?;
    let a = bind(vm, &sig("zfill", &["width"], 1, Style::One), args, kwargs)?;
    let width = int_arg(vm, &a[0], 0)?;
    if width > 0 {
        check_len(vm, usize::try_from(width).ok())?;
    }
    let (z, p, m) = (u32::from('0'), u32::from('+'), u32::from('-'));
    Ok(new_str(&seq::zfill(&cps(s), width, z, p, m)))
}

fn partition_common(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    right: bool,
) -> PyResult<Value> {
    let (s, args) = me(vm, this, args, name)?;
    let a = bind(vm, &sig(name, &["sep"], 1, Style::One), args, kwargs)?;
    let sepv = a[0].clone().unwrap_or(Value::None);
    let sep = need_str(vm, &sepv, false, |t| format!("must be str, not {t}"))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let (before, found, after) = match (ascii(s), ascii(sep)) {
        (Some(h), Some(n)) => {
            let (b, f, a) = seq::partition(h, n, right);
            (ascii_value(b), f, ascii_value(a))
        }
        _ => {
            let (hay, sep) = (wide(s), wide(sep));
            let (b, f, a) = seq::partition(&hay, &sep, right);
            (new_str(b), f, new_str(a))
        }
    };
    let mid = if found { sepv } else { Value::str("") };
    Ok(Value::tuple(vec![before, mid, after]))
}

fn partition(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    partition_common(vm, this, args, kwargs, "partition", false)
}

fn rpartition(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    partition_common(vm, this, args, kwargs, "rpartition", true)
}

fn expandtabs(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (s, args) = me(vm, this, args, "expandtabs")?;
    let a = bind(
        vm,
        &sig("expandtabs", &["tabsize"], 0, Style::Keywords(0)),
        args,
        kwargs,
    )?;
    let tabsize = c_int_arg(vm, &a[0], 8)?;
    let units = [9, 10, 13, 32];
    let hay = wide(s);
    check_len(vm, seq::expandtabs_len(&hay, tabsize, units))?;
    Ok(new_str(&seq::expandtabs(&hay, tabsize, units)))
}

fn affix(
    vm: &mut Vm,
    this: &Value,
    args: &[Value],
    kwargs: Kwargs<'_>,
    name: &'static str,
    suffix: bool,
) -> PyResult<Value> {
    let whole = args_first(this, args).clone();
    let (s, args) = me(vm, this, args, name)?;
    let a = bind(vm, &sig(name, &["fix"], 1, Style::One), args, kwargs)?;
    let fix = str_arg(vm, a[0].as_ref().unwrap_or(&Value::None), |t| {
        format!("{name}() argument must be str, not {t}")
    })?;
    let hay = cps(s);
    if !fix.is_empty() {
        if suffix && hay.ends_with(&fix) {
            return Ok(new_str(&hay[..hay.len() - fix.len()]));
        }
        if !suffix && hay.starts_with(&fix) {
            return Ok(new_str(&hay[fix.len()..]));
        }
    }
    Ok(whole)
}

fn removeprefix(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    affix(vm, this, args, kwargs, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    affix(vm, this, args, kwargs, "removesuffix", true)
}

/// A text argument (`encoding`, `errors`) of `name`.
pub fn text_param(
    vm: &Vm,
    func: &str,
    param: &str,
    v: &Option<Value>,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.to_string_lossy().into_owned()),
            None => {
                let t = if func == "str" {
                    vm.classes.type_name(v)
                } else {
                    arg_type_name(vm, v)
                };
                Err(vm.type_error(format!("{func}() argument '{param}' must be str, not {t}")))
            }
        },
    }
}

fn encode(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (s, args) = me(vm, this, args, "encode")?;
    let a = bind(
        vm,
        &sig("encode", &["encoding", "errors"], 0, Style::Keywords(0)),
        args,
        kwargs,
    )?;
    let encoding = text_param(vm, "encode", "encoding", &a[0], "utf-8")?;
    let errors = text_param(vm, "encode", "errors", &a[1], "strict")?;
    let codec = super::str_codec::lookup(vm, &encoding)?;
    if let (Some(t), super::str_codec::Codec::Utf8) = (s.as_str(), codec) {
        return Ok(Value::obj(Object::Bytes(t.as_bytes().into())));
    }
    let bytes = super::str_codec::encode(vm, &cps(s), codec, &errors)?;
    Ok(Value::obj(Object::Bytes(bytes.into())))
}

fn translate(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let (s, args) = me(vm, this, args, "translate")?;
    let a = bind(
        vm,
        &sig("translate", &["table"], 1, Style::One),
        args,
        kwargs,
    )?;
    let table = a[0].clone().unwrap_or(Value::None);
    let mut out = Vec::new();
    for c in s.code_points() {
        match vm.getitem(&table, &Value::Int(i64::from(c))) {
            Ok(Value::None) => {}
            Ok(v @ (Value::Int(_) | Value::Bool(_))) => {
                let n = vm.index_value(&v)?;
                if !(0..=0x10FFFF).contains(&n) {
                    return Err(vm.value_error("character mapping must be in range(0x110000)"));
                }
                out.push(n as u32);
            }
            Ok(v) => match v.as_str() {
                Some(t) => out.extend(t.code_points()),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
            Err(e) if vm.is_instance_of(&e, "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(new_str(&out))
}

fn maketrans(vm: &mut Vm, _this: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let a = bind(
        vm,
        &sig("maketrans", &["x", "y", "z"], 1, Style::Positional),
        args,
        kwargs,
    )?;
    let out = Value::dict(crate::object::Dict::new());
    match (&a[0], &a[1]) {
        (Some(x), None) => {
            let Some(Object::Dict(d)) = x.as_obj().map(|o| &**o) else {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            };
            let items: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            for (k, v) in items {
                let key =
                    match (&k, k.as_str()) {
                        (_, Some(s)) if s.len() == 1 => Value::Int(i64::from(cps(s)[0])),
                        (_, Some(_)) => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                        (Value::Int(_) | Value::Bool(_), _) => Value::Int(vm.index_value(&k)?),
                        _ => {
                            return Err(vm
                                .type_error("keys in translate table must be strings or integers"))
                        }
                    };
                vm.dict_set(&out, key, v)?;
            }
        }
        (Some(x), Some(y)) => {
            let x = str_arg(vm, x, |t| {
                format!("maketrans() argument 1 must be str, not {t}")
            })?;
            let y = str_arg(vm, y, |t| {
                format!("maketrans() argument 2 must be str, not {t}")
            })?;
            if x.len() != y.len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (k, v) in x.iter().zip(&y) {
                vm.dict_set(&out, Value::Int(i64::from(*k)), Value::Int(i64::from(*v)))?;
            }
            if let Some(z) = &a[2] {
                let z = str_arg(vm, z, |t| {
                    format!("maketrans() argument 3 must be str, not {t}")
                })?;
                for k in z {
                    vm.dict_set(&out, Value::Int(i64::from(k)), Value::None)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans expected at least 1 argument, got 0")),
    }
    Ok(out)
}

/// `s[key]` for a `str`: an index or a slice.
pub fn getitem(vm: &mut Vm, s: &StrObject, key: &Value) -> PyResult<Value> {
    if let Some(Object::Slice(..)) = key.as_obj().map(|o| &**o) {
        let n = len(s);
        let (start, stop, step) = vm.slice_indices(key, n)?;
        if step == 1 {
            if stop <= start {
                return Ok(Value::str(""));
            }
            if let Some(t) = ascii(s) {
                return Ok(ascii_value(&t[start as usize..stop as usize]));
            }
            return Ok(new_str(&wide(s)[start as usize..stop as usize]));
        }
        let c = wide(s);
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(c[i as usize]);
            i = match i.checked_add(step) {
                Some(next) => next,
                None => break,
            };
        }
        return Ok(new_str(&out));
    }
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
        }
        _ => {
            return Err(vm.type_error(format!(
                "string indices must be integers, not '{}'",
                vm.classes.type_name(key)
            )))
        }
    };
    if let Some(t) = ascii(s) {
        let n = t.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(vm.index_error("string index out of range"));
        }
        let j = j as usize;
        return Ok(ascii_value(&t[j..=j]));
    }
    let c = wide(s);
    let n = c.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("string index out of range"));
    }
    Ok(new_str(&c[j as usize..=j as usize]))
}

/// `item in s` for a `str`.
pub fn contains(vm: &mut Vm, s: &StrObject, item: &Value) -> PyResult<bool> {
    let Some(sub) = item.as_str() else {
        return Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.classes.type_name(item)
        )));
    };
    if let (Some(h), Some(n)) = (s.as_str(), sub.as_str()) {
        return Ok(h.contains(n));
    }
    let sub = cps(sub);
    Ok(seq::find(&wide(s), &sub, None, None).is_some())
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v.as_obj().map(|o| &**o), Some(Object::BigInt(_)))
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

/// Repeats code units `n` times, refusing results too large to build.
pub fn repeat<T: Copy>(vm: &Vm, items: &[T], n: usize) -> PyResult<Vec<T>> {
    check_len(vm, items.len().checked_mul(n))?;
    Ok(items.repeat(n))
}

/// The operators on text types (`str`, `bytes`, `bytearray`): `+`, `*`,
/// `%` and their in-place forms; `None` when neither operand is one.
pub fn binary(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let Some(v) = super::bytes::binary(vm, op, a, b)? {
        return Ok(Some(v));
    }
    let base = if op >= 13 { op - 13 } else { op };
    match (a.as_str(), b.as_str(), base) {
        (Some(x), Some(y), 0) => {
            if let (Some(p), Some(q)) = (x.as_str(), y.as_str()) {
                let mut s = String::with_capacity(p.len() + q.len());
                s.push_str(p);
                s.push_str(q);
                return Ok(Some(Value::str(&s)));
            }
            let mut c = cps(x);
            c.extend(y.code_points());
            Ok(Some(new_str(&c)))
        }
        (Some(_), None, 0) if !is_instance(b) => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.classes.type_name(b)
        ))),
        (Some(x), None, 5) if is_int(b) => {
            let n = repeat_count(vm, b)?;
            str_repeat(vm, x, n).map(Some)
        }
        (None, Some(y), 5) if is_int(a) => {
            let n = repeat_count(vm, a)?;
            str_repeat(vm, y, n).map(Some)
        }
        (Some(_), _, 5) if !is_instance(b) => Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.classes.type_name(b)
        ))),
        (None, Some(_), 5) if !is_instance(a) && !is_int(a) && !is_sequence(a) => Err(vm
            .type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.classes.type_name(a)
            ))),
        (Some(x), _, 6) => {
            if is_instance(b)
                && crate::object::types::lookup(&vm.classes.class_of(b), "__rmod__").is_some()
            {
                return Ok(None);
            }
            super::str_format::percent(vm, x, b).map(Some)
        }
        _ => Ok(None),
    }
}

fn is_instance(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| &**o), Some(Object::Instance(_)))
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v.as_obj().map(|o| &**o),
        Some(Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_))
    )
}

fn str_repeat(vm: &Vm, s: &PyStr, n: usize) -> PyResult<Value> {
    if let Some(t) = s.as_str() {
        check_len(vm, t.len().checked_mul(n))?;
        return Ok(Value::str(&t.repeat(n)));
    }
    Ok(new_str(&repeat(vm, &cps(s), n)?))
}

/// `str(object='')` and `str(object=b'', encoding='utf-8', errors='strict')`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let sig = Sig {
        class: "str",
        name: "str",
        params: &["object", "encoding", "errors"],
        required: 0,
        style: Style::Keywords(0),
    };
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "str expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let a = bind(vm, &sig, args, kwargs)?;
    let Some(obj) = &a[0] else {
        return Ok(Value::str(""));
    };
    if a[1].is_none() && a[2].is_none() {
        if is_str(obj) {
            return Ok(obj.clone());
        }
        return Ok(Value::str(&vm.str_of(obj)?));
    }
    let encoding = text_param(vm, "str", "encoding", &a[1], "utf-8")?;
    let errors = text_param(vm, "str", "errors", &a[2], "strict")?;
    let data = match obj.as_obj().map(|o| &**o) {
        Some(Object::Bytes(b)) => b.to_vec(),
        Some(Object::ByteArray(b)) => b.borrow().clone(),
        Some(Object::Str(_)) => return Err(vm.type_error("decoding str is not supported")),
        _ => {
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.classes.type_name(obj)
            )))
        }
    };
    let codec = super::str_codec::lookup(vm, &encoding)?;
    super::str_codec::decode(vm, &data, codec, &errors)
}

/// `ascii(v)`: `repr(v)` with non-ASCII characters escaped.
pub fn ascii_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(crate::formatting::ascii_repr(s));
    }
    let r = vm.repr(v)?;
    if r.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(r.len());
    for ch in r.chars() {
        let c = u32::from(ch);
        if c < 0x80 {
            out.push(ch);
        } else if c < 0x100 {
            out.push_str(&format!("\\x{c:02x}"));
        } else if c < 0x10000 {
            out.push_str(&format!("\\u{c:04x}"));
        } else {
            out.push_str(&format!("\\U{c:08x}"));
        }
    }
    Ok(out)
}

fn builtin_sig(name: &'static str, params: &'static [&'static str], required: usize) -> Sig {
    Sig {
        class: "builtins",
        name,
        params,
        required,
        style: Style::Positional,
    }
}

fn builtin_format(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    let a = bind(
        vm,
        &builtin_sig("format", &["value", "format_spec"], 1),
        args,
        kwargs,
    )?;
    let value = a[0].clone().unwrap_or(Value::None);
    let spec = match &a[1] {
        None => PyStr::new(""),
        Some(s) => match s.as_str() {
            Some(s) => s.clone(),
            None => {
                return Err(vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    arg_type_name(vm, s)
                )))
            }
        },
    };
    vm.format(&value, &spec)
}

fn builtin_ascii(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("ascii() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "ascii() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(Value::str(&ascii_of(vm, &args[0])?))
}

fn builtin_chr(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("chr() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "chr() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let c = match &args[0] {
        Value::Int(_) | Value::Bool(_) => vm.index_value(&args[0])?,
        v if is_int(v) => -1,
        v => vm.index_value(v)?,
    };
    if !(0..=0x10FFFF).contains(&c) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    Ok(new_str(&[c as u32]))
}

fn builtin_ord(vm: &mut Vm, _: &Value, args: &[Value], kwargs: Kwargs<'_>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("ord() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "ord() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let v = &args[0];
    let (len, first) = match v.as_obj().map(|o| &**o) {
        Some(Object::Str(s)) => (s.text.len(), s.text.code_points().next()),
        Some(Object::Bytes(b)) => (b.len(), b.first().map(|&c| u32::from(c))),
        Some(Object::ByteArray(b)) => {
            let b = b.borrow();
            (b.len(), b.first().map(|&c| u32::from(c)))
        }
        _ => {
            return Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                vm.classes.type_name(v)
            )))
        }
    };
    match (len, first) {
        (1, Some(c)) => Ok(Value::Int(i64::from(c))),
        _ => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {len} found"
        ))),
    }
}
