//! The marshal reader (format version 5, as CPython 3.14 writes it).
//!
//! Every object starts with a type code byte. Bit 7 of it (`FLAG_REF`) asks
//! the reader to remember the object in a list, so that a later 'r' (a
//! 4-byte index into that list) can refer back to it. The object's index is
//! its position in the order objects *start*: a container reserves its slot
//! before its items are read. Singletons (None, True, ...) never take a slot.
//!
//! The reader is iterative: nested containers live on an explicit stack of
//! frames on the heap, so nesting depth cannot overflow the Rust stack. The
//! depth is still limited to [`MAX_DEPTH`] like CPython's marshal.
//!
//! Bounded work: every step consumes input bytes, no declared length is
//! trusted beyond what the remaining input could hold, and back-references
//! share (`Rc`) rather than copy.

use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};

use super::code::{build_code, Caches, FIELD_NAMES, INT_FIELD_NAMES};
use super::{ErrorKind, LoadError, MarshalValue, PyStr, SliceData};

/// Deepest nesting of objects accepted (CPython's marshal limit).
pub const MAX_DEPTH: usize = 2000;

const FLAG_REF: u8 = 0x80;

/// Items preallocated for a container at most; beyond that vectors grow as
/// items are actually read, so a false declared count costs nothing.
const PREALLOC_LIMIT: usize = 64;

#[derive(Clone, Copy)]
enum SeqKind {
    Tuple,
    List,
    Set,
    FrozenSet,
}

impl SeqKind {
    fn name(self) -> &'static str {
        match self {
            SeqKind::Tuple => "tuple",
            SeqKind::List => "list",
            SeqKind::Set => "set",
            SeqKind::FrozenSet => "frozenset",
        }
    }

    fn make(self, items: Vec<MarshalValue>) -> MarshalValue {
        let items: Rc<[MarshalValue]> = items.into();
        match self {
            SeqKind::Tuple => MarshalValue::Tuple(items),
            SeqKind::List => MarshalValue::List(items),
            SeqKind::Set => MarshalValue::Set(items),
            SeqKind::FrozenSet => MarshalValue::FrozenSet(items),
        }
    }
}

/// A container whose items are being read.
enum Frame {
    Seq {
        kind: SeqKind,
        len: usize,
        items: Vec<MarshalValue>,
        slot: Option<usize>,
        start: usize,
    },
    Dict {
        items: Vec<(MarshalValue, MarshalValue)>,
        key: Option<MarshalValue>,
        slot: Option<usize>,
        start: usize,
    },
    Slice {
        items: Vec<MarshalValue>,
        slot: Option<usize>,
        start: usize,
    },
    Code {
        ints: [i32; 5],
        fields: Vec<MarshalValue>,
        firstlineno: i32,
        slot: Option<usize>,
        start: usize,
    },
}

/// Describes where in the innermost open container the reader is.
fn describe(stack: &[Frame]) -> Option<String> {
    Some(match stack.last()? {
        Frame::Seq {
            kind,
            len,
            items,
            start,
            ..
        } => format!(
            "item {} of a {} of {len} items at offset {start}",
            items.len(),
            kind.name()
        ),
        Frame::Dict {
            key, items, start, ..
        } => match key {
            None => format!("key {} of a dict at offset {start}", items.len()),
            Some(_) => format!(
                "the value of key {} of a dict at offset {start}",
                items.len()
            ),
        },
        Frame::Slice { items, start, .. } => format!(
            "the {} of a slice at offset {start}",
            ["start", "stop", "step"][items.len().min(2)]
        ),
        Frame::Code { fields, start, .. } => format!(
            "{} of a code object at offset {start}",
            FIELD_NAMES[fields.len().min(FIELD_NAMES.len() - 1)]
        ),
    })
}

/// A read past the end of the input: what was being read, and where.
struct Eof {
    offset: usize,
    what: String,
}

fn eof_error(e: Eof, stack: &[Frame]) -> LoadError {
    let context = match describe(stack) {
        Some(place) => format!("{}, for {place}", e.what),
        None => e.what,
    };
    ErrorKind::UnexpectedEnd {
        offset: e.offset,
        context,
    }
    .into()
}

/// Reads marshal data; offsets in errors are `base` + position in `data`.
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    base: usize,
    /// Objects flagged with `FLAG_REF`, by index; `None` while still being
    /// read.
    refs: Vec<Option<MarshalValue>>,
    caches: Caches,
}

impl<'a> Reader<'a> {
    /// A reader of `data`, which starts at offset `base` of its file.
    pub(crate) fn new(data: &'a [u8], base: usize) -> Self {
        Reader {
            data,
            pos: 0,
            base,
            refs: Vec::new(),
            caches: Caches::default(),
        }
    }

    /// Bytes consumed so far.
    pub(crate) fn position(&self) -> usize {
        self.pos
    }

    fn offset(&self) -> usize {
        self.base + self.pos
    }

    fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn take(&mut self, n: usize, what: impl FnOnce() -> String) -> Result<&'a [u8], Eof> {
        if n > self.remaining() {
            return Err(Eof {
                offset: self.base + self.data.len(),
                what: what(),
            });
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    // The `what` of these reads is a closure so that the description is
    // only formatted when the data has run out.

    fn byte(&mut self, what: impl FnOnce() -> String) -> Result<u8, Eof> {
        Ok(self.take(1, what)?[0])
    }

    fn i32(&mut self, what: impl FnOnce() -> String) -> Result<i32, Eof> {
        let b = self.take(4, what)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f64(&mut self, what: impl FnOnce() -> String) -> Result<f64, Eof> {
        let b = self.take(8, what)?;
        let mut a = [0; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    /// Checks a declared count of items that take at least `unit` bytes
    /// each against the remaining input.
    fn check_len(
        &self,
        length: i64,
        unit: usize,
        what: &'static str,
        field_offset: usize,
    ) -> Result<usize, LoadError> {
        let remaining = self.remaining();
        match usize::try_from(length) {
            Ok(n) if n.checked_mul(unit).is_some_and(|b| b <= remaining) => Ok(n),
            _ => Err(ErrorKind::BadLength {
                what,
                length,
                remaining,
                offset: field_offset,
            }
            .into()),
        }
    }

    /// Reserves a reference slot if `flag` is set.
    fn reserve(&mut self, flag: bool) -> Option<usize> {
        flag.then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        })
    }

    /// Stores a finished object in its reserved slot.
    fn fill(&mut self, slot: Option<usize>, value: MarshalValue) -> MarshalValue {
        if let Some(i) = slot {
            self.refs[i] = Some(value.clone());
        }
        value
    }

    /// Registers a finished scalar if `flag` is set.
    fn simple(&mut self, flag: bool, value: MarshalValue) -> MarshalValue {
        if flag {
            self.refs.push(Some(value.clone()));
        }
        value
    }

    fn bad(&self, offset: usize, message: impl Into<String>) -> LoadError {
        ErrorKind::BadObject {
            offset,
            message: message.into(),
        }
        .into()
    }

    /// Reads a sized length field (4 bytes, or 1 for the short forms),
    /// checked against the remaining input.
    fn sized(
        &mut self,
        short: bool,
        unit: usize,
        what: &'static str,
        stack: &[Frame],
    ) -> Result<usize, LoadError> {
        let at = self.offset();
        let n = if short {
            i64::from(
                self.byte(|| format!("the 1-byte size of a {what}"))
                    .map_err(|e| eof_error(e, stack))?,
            )
        } else {
            i64::from(
                self.i32(|| format!("the 4-byte size of a {what}"))
                    .map_err(|e| eof_error(e, stack))?,
            )
        };
        self.check_len(n, unit, what, at)
    }

    fn text_float(&mut self, what: &str, stack: &[Frame]) -> Result<f64, LoadError> {
        let at = self.offset();
        let n = self
            .byte(|| format!("the length of a {what}"))
            .map_err(|e| eof_error(e, stack))?;
        let text = self
            .take(usize::from(n), || format!("a {what} of {n} bytes"))
            .map_err(|e| eof_error(e, stack))?;
        std::str::from_utf8(text)
            .ok()
            .and_then(|t| t.parse::<f64>().ok())
            .ok_or_else(|| {
                let shown = String::from_utf8_lossy(&text[..text.len().min(24)]);
                let more = if text.len() > 24 { "..." } else { "" };
                self.bad(at, format!("invalid {what} {shown:?}{more}"))
            })
    }

    fn long(&mut self, start: usize, stack: &[Frame]) -> Result<BigInt, LoadError> {
        let at = self.offset();
        let n = self
            .i32(|| "the digit count of an int".into())
            .map_err(|e| eof_error(e, stack))?;
        let size = self.check_len(i64::from(n).abs(), 2, "an int's digits", at)?;
        let bytes = self
            .take(size * 2, || format!("an int of {size} digits"))
            .map_err(|e| eof_error(e, stack))?;
        let mut limbs: Vec<u32> = Vec::with_capacity(size * 15 / 32 + 1);
        let mut acc: u64 = 0;
        let mut bits = 0;
        for (i, pair) in bytes.chunks_exact(2).enumerate() {
            let d = u16::from_le_bytes([pair[0], pair[1]]);
            if d > 0x7FFF {
                return Err(self.bad(start, format!("int digit {i} out of range ({d:#x})")));
            }
            if i == size - 1 && d == 0 {
                return Err(self.bad(start, "unnormalized int (top digit is 0)"));
            }
            acc |= u64::from(d) << bits;
            bits += 15;
            if bits >= 32 {
                limbs.push(acc as u32);
                acc >>= 32;
                bits -= 32;
            }
        }
        if bits > 0 {
            limbs.push(acc as u32);
        }
        let sign = if n < 0 { Sign::Minus } else { Sign::Plus };
        Ok(BigInt::from_biguint(sign, BigUint::new(limbs)))
    }

    /// Reads one object (and everything inside it).
    pub(crate) fn read_object(&mut self) -> Result<MarshalValue, LoadError> {
        let mut stack: Vec<Frame> = Vec::new();
        'object: loop {
            let start = self.offset();
            if stack.len() >= MAX_DEPTH {
                return Err(ErrorKind::TooDeep {
                    limit: MAX_DEPTH,
                    offset: start,
                }
                .into());
            }
            let code = self
                .byte(|| "the type code".into())
                .map_err(|e| eof_error(e, &stack))?;
            let flag = code & FLAG_REF != 0;
            let ty = code & !FLAG_REF;
            let mut value = match ty {
                b'0' => match stack.last_mut() {
                    // NULL ends a dict. (As CPython does, a NULL in place
                    // of a value ends it too, dropping the dangling key.)
                    Some(Frame::Dict { key, .. }) => {
                        *key = None;
                        let Some(Frame::Dict { items, slot, .. }) = stack.pop() else {
                            unreachable!("the top frame was just matched as a dict")
                        };
                        self.fill(slot, MarshalValue::Dict(items.into()))
                    }
                    _ => {
                        let context = match describe(&stack) {
                            Some(place) => format!("where an object is required ({place})"),
                            None => "where an object is required".to_string(),
                        };
                        return Err(ErrorKind::UnexpectedNull {
                            offset: start,
                            context,
                        }
                        .into());
                    }
                },
                b'N' => MarshalValue::None,
                b'S' => MarshalValue::StopIteration,
                b'.' => MarshalValue::Ellipsis,
                b'F' => MarshalValue::Bool(false),
                b'T' => MarshalValue::Bool(true),
                b'i' => {
                    let v = self
                        .i32(|| "a 4-byte int".into())
                        .map_err(|e| eof_error(e, &stack))?;
                    self.simple(flag, MarshalValue::Int(Rc::new(BigInt::from(v))))
                }
                b'l' => {
                    let v = self.long(start, &stack)?;
                    self.simple(flag, MarshalValue::Int(Rc::new(v)))
                }
                b'g' => {
                    let v = self
                        .f64(|| "an 8-byte float".into())
                        .map_err(|e| eof_error(e, &stack))?;
                    self.simple(flag, MarshalValue::Float(v))
                }
                b'f' => {
                    let v = self.text_float("float text", &stack)?;
                    self.simple(flag, MarshalValue::Float(v))
                }
                b'y' => {
                    let re = self
                        .f64(|| "a complex's real part".into())
                        .map_err(|e| eof_error(e, &stack))?;
                    let im = self
                        .f64(|| "a complex's imaginary part".into())
                        .map_err(|e| eof_error(e, &stack))?;
                    self.simple(flag, MarshalValue::Complex { re, im })
                }
                b'x' => {
                    let re = self.text_float("complex real part text", &stack)?;
                    let im = self.text_float("complex imaginary part text", &stack)?;
                    self.simple(flag, MarshalValue::Complex { re, im })
                }
                b's' => {
                    let n = self.sized(false, 1, "bytes", &stack)?;
                    let b = self
                        .take(n, || format!("bytes of length {n}"))
                        .map_err(|e| eof_error(e, &stack))?;
                    self.simple(flag, MarshalValue::Bytes(b.into()))
                }
                b't' | b'u' => {
                    let n = self.sized(false, 1, "str", &stack)?;
                    let at = self.offset();
                    let b = self
                        .take(n, || format!("a str of {n} bytes"))
                        .map_err(|e| eof_error(e, &stack))?;
                    let s = PyStr::from_utf8_surrogatepass(b).map_err(|e| {
                        self.bad(at + e.offset, "invalid UTF-8 in a str (surrogatepass)")
                    })?;
                    self.simple(flag, MarshalValue::Str(Rc::new(s)))
                }
                b'a' | b'A' | b'z' | b'Z' => {
                    let short = matches!(ty, b'z' | b'Z');
                    let n = self.sized(short, 1, "str", &stack)?;
                    let b = self
                        .take(n, || format!("a str of {n} bytes"))
                        .map_err(|e| eof_error(e, &stack))?;
                    self.simple(flag, MarshalValue::Str(Rc::new(PyStr::from_latin1(b))))
                }
                b'(' | b')' | b'[' | b'<' | b'>' => {
                    let kind = match ty {
                        b'(' | b')' => SeqKind::Tuple,
                        b'[' => SeqKind::List,
                        b'<' => SeqKind::Set,
                        _ => SeqKind::FrozenSet,
                    };
                    let len = self.sized(ty == b')', 1, kind.name(), &stack)?;
                    let slot = self.reserve(flag);
                    if len == 0 {
                        self.fill(slot, kind.make(Vec::new()))
                    } else {
                        let items = Vec::with_capacity(len.min(PREALLOC_LIMIT));
                        stack.push(Frame::Seq {
                            kind,
                            len,
                            items,
                            slot,
                            start,
                        });
                        continue 'object;
                    }
                }
                b'{' => {
                    let slot = self.reserve(flag);
                    stack.push(Frame::Dict {
                        items: Vec::new(),
                        key: None,
                        slot,
                        start,
                    });
                    continue 'object;
                }
                b':' => {
                    let slot = self.reserve(flag);
                    stack.push(Frame::Slice {
                        items: Vec::with_capacity(3),
                        slot,
                        start,
                    });
                    continue 'object;
                }
                b'c' => {
                    let slot = self.reserve(flag);
                    let mut ints = [0i32; 5];
                    for (v, name) in ints.iter_mut().zip(INT_FIELD_NAMES) {
                        *v = self
                            .i32(|| format!("{name} of a code object at offset {start}"))
                            .map_err(|e| eof_error(e, &stack))?;
                    }
                    let fields = Vec::with_capacity(FIELD_NAMES.len());
                    stack.push(Frame::Code {
                        ints,
                        fields,
                        firstlineno: 0,
                        slot,
                        start,
                    });
                    continue 'object;
                }
                b'r' => {
                    let n = self
                        .i32(|| "a back-reference index".into())
                        .map_err(|e| eof_error(e, &stack))?;
                    let count = self.refs.len();
                    match usize::try_from(n).ok().and_then(|i| self.refs.get(i)) {
                        Some(Some(v)) => v.clone(),
                        Some(None) => {
                            return Err(ErrorKind::IncompleteReference {
                                index: n as usize,
                                offset: start,
                            }
                            .into())
                        }
                        None => {
                            return Err(ErrorKind::BadReference {
                                index: i64::from(n),
                                count,
                                offset: start,
                            }
                            .into())
                        }
                    }
                }
                _ => {
                    return Err(ErrorKind::UnknownTypeCode {
                        code: ty,
                        offset: start,
                    }
                    .into())
                }
            };
            // Hand the finished object to the containers waiting for it,
            // finishing each one that it completes.
            loop {
                let Some(top) = stack.last_mut() else {
                    return Ok(value);
                };
                let complete = match top {
                    Frame::Seq { len, items, .. } => {
                        items.push(value);
                        items.len() == *len
                    }
                    Frame::Dict { items, key, .. } => {
                        match key.take() {
                            None => *key = Some(value),
                            Some(k) => items.push((k, value)),
                        }
                        false
                    }
                    Frame::Slice { items, .. } => {
                        items.push(value);
                        items.len() == 3
                    }
                    Frame::Code { fields, start, .. } => {
                        fields.push(value);
                        if fields.len() == 8 {
                            let code_start = *start;
                            let line = self
                                .i32(|| {
                                    format!(
                                        "co_firstlineno of a code object at offset {code_start}"
                                    )
                                })
                                .map_err(|e| eof_error(e, &stack[..stack.len() - 1]))?;
                            if let Some(Frame::Code { firstlineno, .. }) = stack.last_mut() {
                                *firstlineno = line;
                            }
                            false
                        } else {
                            fields.len() == FIELD_NAMES.len()
                        }
                    }
                };
                if !complete {
                    continue 'object;
                }
                value = match stack.pop() {
                    Some(Frame::Seq {
                        kind, items, slot, ..
                    }) => self.fill(slot, kind.make(items)),
                    Some(Frame::Slice { items, slot, .. }) => {
                        let [start, stop, step]: [MarshalValue; 3] = items
                            .try_into()
                            .unwrap_or_else(|_| unreachable!("a slice frame completes at 3 items"));
                        let v = MarshalValue::Slice(Rc::new(SliceData { start, stop, step }));
                        self.fill(slot, v)
                    }
                    Some(Frame::Code {
                        ints,
                        fields,
                        firstlineno,
                        slot,
                        start,
                    }) => {
                        let code = build_code(ints, fields, firstlineno, start, &mut self.caches)?;
                        self.fill(slot, MarshalValue::Code(Rc::new(code)))
                    }
                    Some(Frame::Dict { .. }) | None => {
                        unreachable!("dicts complete only on NULL; the stack was not empty")
                    }
                };
            }
        }
    }
}
