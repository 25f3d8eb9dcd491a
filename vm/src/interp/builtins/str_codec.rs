//! `str.encode` and `bytes.decode` for the codecs the interpreter knows
//! (UTF-8, ASCII, Latin-1), with the standard error handlers and CPython's
//! `UnicodeEncodeError`/`UnicodeDecodeError` messages.

use crate::interp::Vm;
use crate::marshal::PyStr;
use crate::object::{PyErr, PyResult, Value};

/// A codec.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    /// `utf-8`.
    Utf8,
    /// `ascii`.
    Ascii,
    /// `latin-1`.
    Latin1,
}

impl Codec {
    /// The codec's canonical name, as messages show it.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The highest code point the codec encodes (for Latin-1 and ASCII).
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            _ => 0x100,
        }
    }
}

/// Looks a codec up by any of its names (`UTF-8`, `utf8`, `latin_1`, ...);
/// `LookupError: unknown encoding: NAME` otherwise.
pub fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "us" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Ok(Codec::Latin1),
        _ => Err(vm.new_error("LookupError", &format!("unknown encoding: {name}"))),
    }
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.new_error(
        "LookupError",
        &format!("unknown error handler name '{errors}'"),
    )
}

fn char_escape(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with the arguments
/// `(encoding, object, start, end, reason)` (its `str()` is made from them).
fn unicode_error(vm: &mut Vm, class: &str, attrs: [(&str, Value); 5]) -> PyErr {
    let args = attrs.into_iter().map(|(_, v)| v).collect();
    PyErr(vm.new_exception(vm.classes.named(class), args))
}

/// Encodes code points with `codec`; `errors` is the handler name.
pub fn encode(vm: &mut Vm, cps: &[u32], codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(cps.len());
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        let ok = match codec {
            Codec::Utf8 => !(0xD800..=0xDFFF).contains(&c),
            _ => c < codec.limit(),
        };
        if ok {
            match codec {
                Codec::Utf8 => push_utf8(&mut out, c),
                _ => out.push(c as u8),
            }
            i += 1;
            continue;
        }
        let bad = |c: u32| match codec {
            Codec::Utf8 => (0xD800..=0xDFFF).contains(&c),
            _ => c >= codec.limit(),
        };
        let mut end = i + 1;
        while end < cps.len() && bad(cps[end]) {
            end += 1;
        }
        let escapable = cps[i..end]
            .iter()
            .take_while(|c| (0xDC80..=0xDCFF).contains(*c))
            .count();
        let handled = match errors {
            "strict" | "namereplace" => false,
            "ignore" => true,
            "replace" => {
                out.extend(std::iter::repeat_n(b'?', end - i));
                true
            }
            "backslashreplace" => {
                for &c in &cps[i..end] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
                true
            }
            "xmlcharrefreplace" => {
                for &c in &cps[i..end] {
                    out.extend_from_slice(format!("&#{c};").as_bytes());
                }
                true
            }
            "surrogatepass" if codec == Codec::Utf8 => {
                for &c in &cps[i..end] {
                    push_utf8(&mut out, c);
                }
                true
            }
            "surrogateescape" => {
                // The escapable prefix is written; the rest of the run fails.
                out.extend(cps[i..i + escapable].iter().map(|c| (c - 0xDC00) as u8));
                i += escapable;
                i == end
            }
            "surrogatepass" => false,
            _ => return Err(unknown_handler(vm, errors)),
        };
        if handled {
            i = end;
            continue;
        }
        let reason = match codec {
            Codec::Utf8 => "surrogates not allowed".to_string(),
            _ => format!("ordinal not in range({})", codec.limit()),
        };
        let object =
            Value::from_pystr(PyStr::from_code_points(cps).unwrap_or_else(|| PyStr::new("")));
        return Err(unicode_error(
            vm,
            "UnicodeEncodeError",
            [
                ("encoding", Value::str(codec.name())),
                ("object", object),
                ("start", Value::Int(i as i64)),
                ("end", Value::Int(end as i64)),
                ("reason", Value::str(&reason)),
            ],
        ));
    }
    Ok(out)
}

fn push_utf8(out: &mut Vec<u8>, c: u32) {
    match char::from_u32(c) {
        Some(ch) => {
            let mut buf = [0; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
        None => out.extend_from_slice(&[
            0xE0 | (c >> 12) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ]),
    }
}

/// One UTF-8 decoding step: a code point and its length, or the length of
/// the bad sequence and why it is bad.
fn utf8_step(
    b: &[u8],
    i: usize,
    surrogatepass: bool,
) -> Result<(u32, usize), (usize, &'static str)> {
    let b0 = b[i];
    let (len, lo, hi) = match b0 {
        0x00..=0x7F => return Ok((u32::from(b0), 1)),
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED if !surrogatepass => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return Err((1, "invalid start byte")),
    };
    let mut cp = u32::from(b0) & (0x7F >> len);
    for k in 1..len {
        let Some(&c) = b.get(i + k) else {
            return Err((b.len() - i, "unexpected end of data"));
        };
        let (l, h) = if k == 1 { (lo, hi) } else { (0x80, 0xBF) };
        if !(l..=h).contains(&c) {
            return Err((k, "invalid continuation byte"));
        }
        cp = (cp << 6) | u32::from(c & 0x3F);
    }
    Ok((cp, len))
}

/// Decodes bytes with `codec`; `errors` is the handler name.
pub fn decode(vm: &mut Vm, bytes: &[u8], codec: Codec, errors: &str) -> PyResult<Value> {
    if codec == Codec::Utf8 {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Ok(Value::str(s));
        }
    }
    if codec == Codec::Latin1 || bytes.is_ascii() {
        let cps: Vec<u32> = bytes.iter().map(|&b| u32::from(b)).collect();
        return Ok(cps_value(&cps));
    }
    let mut out: Vec<u32> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let step = match codec {
            Codec::Ascii if bytes[i] >= 0x80 => Err((1, "ordinal not in range(128)")),
            Codec::Ascii => Ok((u32::from(bytes[i]), 1)),
            _ => utf8_step(bytes, i, errors == "surrogatepass"),
        };
        match step {
            Ok((c, n)) => {
                out.push(c);
                i += n;
            }
            Err((n, reason)) => {
                let end = i + n;
                match errors {
                    "strict" => {
                        return Err(unicode_error(
                            vm,
                            "UnicodeDecodeError",
                            [
                                ("encoding", Value::str(codec.name())),
                                (
                                    "object",
                                    Value::obj(crate::object::Object::Bytes(bytes.into())),
                                ),
                                ("start", Value::Int(i as i64)),
                                ("end", Value::Int(end as i64)),
                                ("reason", Value::str(reason)),
                            ],
                        ));
                    }
                    "ignore" => {}
                    "replace" => out.push(0xFFFD),
                    "backslashreplace" => {
                        for &b in &bytes[i..end] {
                            out.extend(format!("\\x{b:02x}").chars().map(u32::from));
                        }
                    }
                    "surrogateescape" => {
                        out.extend(bytes[i..end].iter().map(|&b| 0xDC00 + u32::from(b)));
                    }
                    _ => return Err(unknown_handler(vm, errors)),
                }
                i = end;
            }
        }
    }
    Ok(cps_value(&out))
}

fn cps_value(cps: &[u32]) -> Value {
    Value::from_pystr(PyStr::from_code_points(cps).unwrap_or_else(|| PyStr::new("")))
}
