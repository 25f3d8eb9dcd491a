//! `str % args` (printf-style formatting).
//!
//! The formatter walks the template and asks the caller, through
//! [`PercentArgs`], for exactly the conversion each directive needs
//! (`str()`, `repr()`, `ascii()`, an int, a float, a character, a `*`
//! width). The caller owns the Python objects and their conversions (and
//! the exceptions those raise); this module owns the argument bookkeeping,
//! the layout and CPython's own messages.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{double_to_string, DtoaFlags};
use super::int_format::{int_to_f64, int_to_str_radix};
use super::{too_large, FormatError, MAX_LAYOUT};
use crate::marshal::PyStr;

/// What a directive needs from its argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentRequest {
    /// `%s`: `str(arg)`, as [`PercentValue::Text`].
    Str,
    /// `%r`: `repr(arg)`, as [`PercentValue::Text`].
    Repr,
    /// `%a`: `ascii(arg)`, as [`PercentValue::Text`].
    Ascii,
    /// `%d %i %u`: an int instance as is; another number through `int()`
    /// (`__int__`/`__index__`/`__trunc__`-free `PyNumber_Long`);
    /// [`PercentValue::WrongType`] when the argument is not a number or
    /// the conversion raises `TypeError`.
    Int,
    /// `%o %x %X`: an int instance as is, otherwise `operator.index()`;
    /// [`PercentValue::WrongType`] when that fails with `TypeError`.
    Index,
    /// `%e %E %f %F %g %G`: `float(arg)` as C's `PyFloat_AsDouble` does
    /// (`__float__`, then `__index__`); [`PercentValue::WrongType`] when
    /// the argument has neither.
    Float,
    /// `%c`: a str as [`PercentValue::Text`] (any length: the formatter
    /// checks it), else `operator.index()` as [`PercentValue::Int`], else
    /// [`PercentValue::WrongType`].
    Char,
    /// A `*` width or precision: the value of an int instance (no
    /// `__index__`), else [`PercentValue::WrongType`].
    Star,
}

/// The caller's answer to a [`PercentRequest`].
#[derive(Debug, Clone, PartialEq)]
pub enum PercentValue {
    /// An integer.
    Int(BigInt),
    /// A float.
    Float(f64),
    /// Text (the result of `str()`, `repr()`, `ascii()`, or a str).
    Text(PyStr),
    /// The argument has the wrong type; the payload is its type's name
    /// (for messages like "%d format: a real number is required, not str").
    WrongType(String),
}

/// Which argument a conversion is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgRef {
    /// Item `i` of the right operand, which is a tuple.
    Item(usize),
    /// The whole current operand: the right operand when it is not a tuple,
    /// or the value last looked up by [`PercentArgs::select_key`].
    Whole,
}

/// The right operand of `%`, as seen by [`percent_format`].
pub trait PercentArgs {
    /// The caller's error type (its Python exception); the formatter's own
    /// errors convert into it.
    type Error: From<FormatError>;

    /// The number of items when the right operand is a tuple (an exact or
    /// sub-class tuple), `None` otherwise.
    fn tuple_len(&self) -> Option<usize>;

    /// Whether the right operand counts as a mapping: it has
    /// `__getitem__` and is neither a tuple nor a str (CPython's
    /// `PyMapping_Check` test, so a list counts).
    fn is_mapping(&self) -> bool;

    /// `%(key)`: looks `key` up in the mapping (raising what the lookup
    /// raises, e.g. `KeyError`); the value becomes the current operand
    /// ([`ArgRef::Whole`]) until the next lookup.
    fn select_key(&mut self, key: &PyStr) -> Result<(), Self::Error>;

    /// Converts argument `arg` as `request` says.
    fn convert(
        &mut self,
        arg: ArgRef,
        request: PercentRequest,
    ) -> Result<PercentValue, Self::Error>;
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

struct State {
    fmt: Vec<u32>,
    pos: usize,
    /// Tuple length, or -1 for a single object (CPython's `arglen`).
    arglen: i64,
    /// Next item, or -2 before a single object is used (`argidx`).
    argidx: i64,
    mapping: bool,
}

impl State {
    fn next_arg(&mut self) -> Result<ArgRef, FormatError> {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                Ok(ArgRef::Whole)
            } else {
                Ok(ArgRef::Item(idx as usize))
            }
        } else {
            Err(FormatError::type_error(
                "not enough arguments for format string",
            ))
        }
    }

    /// Reads the next template character; `None` past the end.
    fn read(&mut self) -> Option<u32> {
        let c = self.fmt.get(self.pos).copied();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }
}

fn is_digit(c: u32) -> bool {
    (u32::from('0')..=u32::from('9')).contains(&c)
}

fn star_value<A: PercentArgs>(st: &mut State, args: &mut A) -> Result<BigInt, A::Error> {
    let arg = st.next_arg()?;
    match args.convert(arg, PercentRequest::Star)? {
        PercentValue::Int(v) => Ok(v),
        _ => Err(FormatError::type_error("* wants int").into()),
    }
}

/// One parsed directive.
struct Directive {
    flags: u8,
    width: Option<usize>,
    prec: Option<usize>,
    ch: u32,
}

/// CPython's `%`-formatting of a str template: flags `#0- +`, width and
/// precision (`*` takes them from the arguments), an ignored length
/// modifier `h l L`, and the conversions `d i u o x X e E f F g G c s r a
/// %`, with `%(key)` lookups in a mapping operand.
///
/// Errors are CPython's: "not enough arguments for format string", "not
/// all arguments converted during string formatting", "unsupported format
/// character 'y' (0x79) at index 1", "incomplete format", "format requires
/// a mapping", "%d format: a real number is required, not str", ...
pub fn percent_format<A: PercentArgs>(format: &PyStr, args: &mut A) -> Result<PyStr, A::Error> {
    let (arglen, argidx) = match args.tuple_len() {
        Some(n) => (n as i64, 0),
        None => (-1, -2),
    };
    let mut st = State {
        fmt: format.code_points().collect(),
        pos: 0,
        arglen,
        argidx,
        mapping: args.is_mapping() && args.tuple_len().is_none(),
    };
    let mut out: Vec<u32> = Vec::with_capacity(st.fmt.len() + 16);
    let percent = u32::from('%');
    while st.pos < st.fmt.len() {
        let c = st.fmt[st.pos];
        if c != percent {
            out.push(c);
            st.pos += 1;
            continue;
        }
        st.pos += 1;
        if st.fmt.get(st.pos) == Some(&percent) {
            st.pos += 1;
            out.push(percent);
            continue;
        }
        directive(&mut st, args, &mut out)?;
        if st.mapping && st.argidx < st.arglen {
            return Err(not_all_converted().into());
        }
    }
    if st.argidx < st.arglen && !st.mapping {
        return Err(not_all_converted().into());
    }
    Ok(PyStr::from_code_points(&out).unwrap_or_else(|| PyStr::new("")))
}

fn not_all_converted() -> FormatError {
    FormatError::type_error("not all arguments converted during string formatting")
}

fn incomplete() -> FormatError {
    FormatError::value("incomplete format")
}

/// Parses the directive after a `%` and formats its argument into `out`.
fn directive<A: PercentArgs>(
    st: &mut State,
    args: &mut A,
    out: &mut Vec<u32>,
) -> Result<(), A::Error> {
    // `ch` is the last character read; `exhausted` records a read past the
    // end (CPython's `fmtcnt < 0`).
    let mut ch: u32 = st.fmt.get(st.pos).copied().unwrap_or(0);
    let mut exhausted = false;
    if ch == u32::from('(') {
        if !st.mapping {
            return Err(FormatError::type_error("format requires a mapping").into());
        }
        st.pos += 1;
        let start = st.pos;
        let mut depth = 1;
        while depth > 0 {
            match st.read() {
                Some(c) if c == u32::from(')') => depth -= 1,
                Some(c) if c == u32::from('(') => depth += 1,
                Some(_) => {}
                None => break,
            }
        }
        if depth > 0 {
            return Err(FormatError::value("incomplete format key").into());
        }
        let key =
            PyStr::from_code_points(&st.fmt[start..st.pos - 1]).unwrap_or_else(|| PyStr::new(""));
        args.select_key(&key)?;
        st.arglen = -1;
        st.argidx = -2;
    }
    let mut d = Directive {
        flags: 0,
        width: None,
        prec: None,
        ch,
    };
    loop {
        match st.read() {
            None => {
                exhausted = true;
                break;
            }
            Some(c) => {
                ch = c;
                let flag = match char::from_u32(c) {
                    Some('-') => F_LJUST,
                    Some('+') => F_SIGN,
                    Some(' ') => F_BLANK,
                    Some('#') => F_ALT,
                    Some('0') => F_ZERO,
                    _ => break,
                };
                d.flags |= flag;
            }
        }
    }
    if ch == u32::from('*') && !exhausted {
        let v = star_value(st, args)?;
        let w = v
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C ssize_t"))?;
        if w < 0 {
            d.flags |= F_LJUST;
        }
        d.width = Some(w.unsigned_abs() as usize);
        match st.read() {
            Some(c) => ch = c,
            None => exhausted = true,
        }
    } else if is_digit(ch) && !exhausted {
        let mut w: u64 = u64::from(ch - u32::from('0'));
        loop {
            match st.read() {
                None => {
                    exhausted = true;
                    break;
                }
                Some(c) => {
                    ch = c;
                    if !is_digit(c) {
                        break;
                    }
                    let dv = u64::from(c - u32::from('0'));
                    if w > (i64::MAX as u64 - dv) / 10 {
                        return Err(FormatError::value("width too big").into());
                    }
                    w = w * 10 + dv;
                }
            }
        }
        d.width = Some(w as usize);
    }
    if ch == u32::from('.') && !exhausted {
        d.prec = Some(0);
        match st.read() {
            Some(c) => ch = c,
            None => exhausted = true,
        }
        if ch == u32::from('*') && !exhausted {
            let v = star_value(st, args)?;
            let p = v
                .to_i32()
                .ok_or_else(|| FormatError::overflow("Python int too large to convert to C int"))?;
            d.prec = Some(p.max(0) as usize);
            match st.read() {
                Some(c) => ch = c,
                None => exhausted = true,
            }
        } else if is_digit(ch) && !exhausted {
            let mut p: u64 = u64::from(ch - u32::from('0'));
            loop {
                match st.read() {
                    None => {
                        exhausted = true;
                        break;
                    }
                    Some(c) => {
                        ch = c;
                        if !is_digit(c) {
                            break;
                        }
                        let dv = u64::from(c - u32::from('0'));
                        if p > (i32::MAX as u64 - dv) / 10 {
                            return Err(FormatError::value("precision too big").into());
                        }
                        p = p * 10 + dv;
                    }
                }
            }
            d.prec = Some(p as usize);
        }
    }
    if !exhausted && matches!(char::from_u32(ch), Some('h' | 'l' | 'L')) {
        match st.read() {
            Some(c) => ch = c,
            None => exhausted = true,
        }
    }
    if exhausted {
        return Err(incomplete().into());
    }
    d.ch = ch;
    if d.width.unwrap_or(0) > MAX_LAYOUT || d.prec.unwrap_or(0) > MAX_LAYOUT {
        return Err(too_large().into());
    }
    let arg = st.next_arg()?;
    let (text, numeric) = format_arg(st, &d, arg, args)?;
    output(&d, numeric, &text, out);
    Ok(())
}

fn text_of(v: PercentValue) -> Vec<u32> {
    match v {
        PercentValue::Text(s) => s.code_points().collect(),
        PercentValue::Int(i) => i.to_string().chars().map(u32::from).collect(),
        PercentValue::Float(f) => super::float_repr(f).chars().map(u32::from).collect(),
        PercentValue::WrongType(t) => t.chars().map(u32::from).collect(),
    }
}

/// Converts the argument for directive `d`; returns its text and whether
/// it is numeric (signs and zero padding apply).
fn format_arg<A: PercentArgs>(
    st: &State,
    d: &Directive,
    arg: ArgRef,
    args: &mut A,
) -> Result<(Vec<u32>, bool), A::Error> {
    let c = char::from_u32(d.ch).unwrap_or('\u{fffd}');
    match c {
        's' | 'r' | 'a' => {
            let req = match c {
                's' => PercentRequest::Str,
                'r' => PercentRequest::Repr,
                _ => PercentRequest::Ascii,
            };
            Ok((text_of(args.convert(arg, req)?), false))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let req = if matches!(c, 'o' | 'x' | 'X') {
                PercentRequest::Index
            } else {
                PercentRequest::Int
            };
            let v = match args.convert(arg, req)? {
                PercentValue::Int(v) => v,
                PercentValue::Float(f) => super::round::float_to_int(f)?,
                other => {
                    let name = match other {
                        PercentValue::WrongType(t) => t,
                        _ => "str".to_string(),
                    };
                    let what = if req == PercentRequest::Index {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    return Err(FormatError::type_error(format!(
                        "%{c} format: {what} is required, not {name}"
                    ))
                    .into());
                }
            };
            Ok((format_long(&v, d)?, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match args.convert(arg, PercentRequest::Float)? {
                PercentValue::Float(x) => x,
                PercentValue::Int(v) => int_to_f64(&v)?,
                PercentValue::WrongType(t) => {
                    return Err(
                        FormatError::type_error(format!("must be real number, not {t}")).into(),
                    )
                }
                PercentValue::Text(_) => {
                    return Err(FormatError::type_error("must be real number, not str").into())
                }
            };
            let flags = DtoaFlags {
                alt: d.flags & F_ALT != 0,
                ..DtoaFlags::default()
            };
            let s = double_to_string(x, c, d.prec.unwrap_or(6), flags);
            Ok((s.chars().map(u32::from).collect(), true))
        }
        'c' => {
            let cp = match args.convert(arg, PercentRequest::Char)? {
                PercentValue::Text(s) => {
                    if s.len() != 1 {
                        return Err(FormatError::type_error(format!(
                            "%c requires an int or a unicode character, not a string of length {}",
                            s.len()
                        ))
                        .into());
                    }
                    s.code_points().next().unwrap_or(0)
                }
                PercentValue::Int(v) => match v.to_u32() {
                    Some(cp) if cp <= 0x10FFFF => cp,
                    _ => return Err(FormatError::overflow("%c arg not in range(0x110000)").into()),
                },
                PercentValue::Float(_) => return Err(char_type_error("float").into()),
                PercentValue::WrongType(t) => return Err(char_type_error(&t).into()),
            };
            Ok((vec![cp], false))
        }
        _ => {
            let shown = if (31..=126).contains(&d.ch) {
                c.to_string()
            } else {
                "?".to_string()
            };
            Err(FormatError::value(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {}",
                d.ch,
                st.pos - 1
            ))
            .into())
        }
    }
}

fn char_type_error(name: &str) -> FormatError {
    FormatError::type_error(format!(
        "%c requires an int or a unicode character, not {name}"
    ))
}

/// CPython's `_PyUnicode_FormatLong`: digits in the directive's base, the
/// `0o`/`0x`/`0X` prefix kept only with `#`, zero-extended to the
/// precision.
fn format_long(v: &BigInt, d: &Directive) -> Result<Vec<u32>, FormatError> {
    let c = char::from_u32(d.ch).unwrap_or('d');
    let (base, prefix) = match c {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = int_to_str_radix(&v.abs(), base, false)?;
    if c == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut s = String::with_capacity(digits.len() + 4);
    if v.is_negative() {
        s.push('-');
    }
    if d.flags & F_ALT != 0 {
        s.push_str(prefix);
    }
    if let Some(p) = d.prec {
        for _ in digits.len()..p {
            s.push('0');
        }
    }
    s.push_str(&digits);
    Ok(s.chars().map(u32::from).collect())
}

/// CPython's `unicode_format_arg_output`: sign, prefix, padding.
fn output(d: &Directive, numeric: bool, s: &[u32], out: &mut Vec<u32>) {
    let ch = char::from_u32(d.ch).unwrap_or('\0');
    let space = u32::from(' ');
    let fill = if numeric && d.flags & F_ZERO != 0 {
        u32::from('0')
    } else {
        space
    };
    let mut len = s.len();
    if d.width.is_none_or(|w| w <= len)
        && d.prec.is_none_or(|p| p >= len)
        && d.flags & (F_SIGN | F_BLANK) == 0
    {
        out.extend_from_slice(s);
        return;
    }
    if matches!(ch, 's' | 'r' | 'a') {
        if let Some(p) = d.prec {
            len = len.min(p);
        }
    }
    let mut pindex = 0;
    let mut sign: Option<u32> = None;
    if numeric {
        match s.first().copied() {
            Some(c) if c == u32::from('-') || c == u32::from('+') => {
                sign = Some(c);
                len -= 1;
                pindex = 1;
            }
            _ if d.flags & F_SIGN != 0 => sign = Some(u32::from('+')),
            _ if d.flags & F_BLANK != 0 => sign = Some(space),
            _ => {}
        }
    }
    let mut width = d.width.unwrap_or(0).max(len);
    if let Some(sc) = sign {
        if fill != space {
            out.push(sc);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = d.flags & F_ALT != 0 && matches!(ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != space {
            out.extend_from_slice(s.get(pindex..(pindex + 2).min(s.len())).unwrap_or(&[]));
            pindex += 2;
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && d.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == space {
        if let Some(sc) = sign {
            out.push(sc);
        }
        if alt_prefix {
            out.extend_from_slice(s.get(pindex..(pindex + 2).min(s.len())).unwrap_or(&[]));
            pindex += 2;
        }
    }
    let end = (pindex + len).min(s.len());
    out.extend_from_slice(&s[pindex.min(end)..end]);
    if width > len {
        out.extend(std::iter::repeat_n(space, width - len));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Tuple(Vec<PercentValue>);

    impl PercentArgs for Tuple {
        type Error = FormatError;
        fn tuple_len(&self) -> Option<usize> {
            Some(self.0.len())
        }
        fn is_mapping(&self) -> bool {
            false
        }
        fn select_key(&mut self, _: &PyStr) -> Result<(), FormatError> {
            Ok(())
        }
        fn convert(&mut self, arg: ArgRef, _: PercentRequest) -> Result<PercentValue, FormatError> {
            match arg {
                ArgRef::Item(i) => Ok(self.0[i].clone()),
                ArgRef::Whole => Err(FormatError::value("no whole operand")),
            }
        }
    }

    fn fmt(t: &str, args: Vec<PercentValue>) -> Result<String, FormatError> {
        percent_format(&PyStr::new(t), &mut Tuple(args)).map(|s| s.to_string_lossy().into_owned())
    }

    #[test]
    fn basics() {
        let i = |v: i64| PercentValue::Int(BigInt::from(v));
        assert_eq!(
            fmt("%5d|%-5x|%#o", vec![i(42), i(255), i(8)]).unwrap(),
            "   42|ff   |0o10"
        );
        assert_eq!(
            fmt("%+.2f%%", vec![PercentValue::Float(1.005)]).unwrap(),
            "+1.00%"
        );
        assert_eq!(
            fmt("%d", vec![PercentValue::WrongType("str".into())])
                .unwrap_err()
                .message,
            "%d format: a real number is required, not str"
        );
        assert_eq!(
            fmt("%s %s", vec![i(1)]).unwrap_err().message,
            "not enough arguments for format string"
        );
        assert_eq!(
            fmt("%s", vec![i(1), i(2)]).unwrap_err().message,
            "not all arguments converted during string formatting"
        );
        assert_eq!(
            fmt("%y", vec![i(1)]).unwrap_err().message,
            "unsupported format character 'y' (0x79) at index 1"
        );
    }
}
