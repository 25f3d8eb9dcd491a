//! Python `str` values as marshal stores them.
//!
//! Marshal writes a `str` as UTF-8 with the `surrogatepass` error handler, so
//! a Python string may hold lone surrogates (U+D800..U+DFFF) that Rust's
//! `str` cannot. [`PyStr`] keeps a Rust string whenever the text is valid
//! Unicode (the usual case, and the fast path) and falls back to a vector of
//! code points only when the text holds at least one surrogate. Because the
//! choice is made by content, two equal Python strings always have the same
//! representation, so the derived `==` and `Hash` are Python's.
//!
//! Surrogates are never paired up: like CPython, the bytes of a surrogate
//! pair written with `surrogatepass` decode to two separate code points.

use std::borrow::Cow;
use std::fmt;

/// A Python `str`: a sequence of code points, lone surrogates allowed.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyStr(Repr);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Repr {
    /// Valid Unicode (no surrogates).
    Text(Box<str>),
    /// Code points, at least one of them a surrogate.
    CodePoints(Box<[u32]>),
}

/// Where and why UTF-8 (with `surrogatepass`) decoding failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Utf8Error {
    /// Offset of the first byte of the bad sequence.
    pub offset: usize,
}

fn is_surrogate(cp: u32) -> bool {
    (0xD800..=0xDFFF).contains(&cp)
}

impl PyStr {
    /// A string from Rust text.
    pub fn new(text: &str) -> Self {
        PyStr(Repr::Text(text.into()))
    }

    /// A string from code points; `None` if one is above U+10FFFF.
    pub fn from_code_points(cps: &[u32]) -> Option<Self> {
        if cps.iter().any(|&c| c > 0x10FFFF) {
            return None;
        }
        if cps.iter().any(|&c| is_surrogate(c)) {
            return Some(PyStr(Repr::CodePoints(cps.into())));
        }
        let text: String = cps.iter().filter_map(|&c| char::from_u32(c)).collect();
        Some(PyStr(Repr::Text(text.into())))
    }

    /// Decodes UTF-8 as CPython's `surrogatepass` handler does: encoded
    /// surrogates (ED A0..BF xx) are accepted as lone code points, anything
    /// else that is not UTF-8 is an error.
    pub(crate) fn from_utf8_surrogatepass(bytes: &[u8]) -> Result<Self, Utf8Error> {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Ok(PyStr::new(s));
        }
        let mut cps = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let b0 = bytes[i];
            let cont = |k: usize, lo: u8, hi: u8| -> Result<u32, Utf8Error> {
                match bytes.get(i + k) {
                    Some(&b) if (lo..=hi).contains(&b) => Ok(u32::from(b & 0x3F)),
                    _ => Err(Utf8Error { offset: i }),
                }
            };
            let (cp, len) = match b0 {
                0x00..=0x7F => (u32::from(b0), 1),
                0xC2..=0xDF => ((u32::from(b0 & 0x1F) << 6) | cont(1, 0x80, 0xBF)?, 2),
                0xE0..=0xEF => {
                    // E0 needs A0.. to avoid overlong forms; ED A0..BF are the
                    // surrogates that surrogatepass lets through.
                    let lo = if b0 == 0xE0 { 0xA0 } else { 0x80 };
                    let c1 = cont(1, lo, 0xBF)?;
                    let c2 = cont(2, 0x80, 0xBF)?;
                    ((u32::from(b0 & 0x0F) << 12) | (c1 << 6) | c2, 3)
                }
                0xF0..=0xF4 => {
                    let (lo, hi) = match b0 {
                        0xF0 => (0x90, 0xBF),
                        0xF4 => (0x80, 0x8F),
                        _ => (0x80, 0xBF),
                    };
                    let c1 = cont(1, lo, hi)?;
                    let c2 = cont(2, 0x80, 0xBF)?;
                    let c3 = cont(3, 0x80, 0xBF)?;
                    (
                        (u32::from(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3,
                        4,
                    )
                }
                _ => return Err(Utf8Error { offset: i }),
            };
            cps.push(cp);
            i += len;
        }
        // std rejected the bytes and the only extra thing accepted here is a
        // surrogate, so there is one: the code point form is the canonical one.
        debug_assert!(cps.iter().any(|&c| is_surrogate(c)));
        Ok(PyStr(Repr::CodePoints(cps.into())))
    }

    /// Decodes one byte per code point (Latin-1), which is how CPython reads
    /// marshal's "ASCII" string types.
    pub(crate) fn from_latin1(bytes: &[u8]) -> Self {
        match std::str::from_utf8(bytes) {
            Ok(s) if bytes.is_ascii() => PyStr::new(s),
            _ => PyStr(Repr::Text(
                bytes
                    .iter()
                    .map(|&b| char::from(b))
                    .collect::<String>()
                    .into(),
            )),
        }
    }

    /// The text as a Rust `&str`, or `None` if it holds a lone surrogate.
    pub fn as_str(&self) -> Option<&str> {
        match &self.0 {
            Repr::Text(s) => Some(s),
            Repr::CodePoints(_) => None,
        }
    }

    /// Whether the string holds a lone surrogate (and so is no Rust `str`).
    pub fn has_surrogates(&self) -> bool {
        matches!(self.0, Repr::CodePoints(_))
    }

    /// The code points, in order.
    pub fn code_points(&self) -> CodePoints<'_> {
        match &self.0 {
            Repr::Text(s) => CodePoints(CpIter::Text(s.chars())),
            Repr::CodePoints(v) => CodePoints(CpIter::Slice(v.iter())),
        }
    }

    /// Number of code points (Python's `len()`).
    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Text(s) => s.chars().count(),
            Repr::CodePoints(v) => v.len(),
        }
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        match &self.0 {
            Repr::Text(s) => s.is_empty(),
            Repr::CodePoints(v) => v.is_empty(),
        }
    }

    /// The text with each lone surrogate replaced by U+FFFD.
    pub fn to_string_lossy(&self) -> Cow<'_, str> {
        match &self.0 {
            Repr::Text(s) => Cow::Borrowed(s),
            Repr::CodePoints(v) => Cow::Owned(
                v.iter()
                    .map(|&c| char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect(),
            ),
        }
    }

    /// The UTF-8 bytes with surrogates encoded as three bytes each, exactly
    /// as marshal wrote them (`surrogatepass`).
    pub fn to_utf8_surrogatepass(&self) -> Vec<u8> {
        match &self.0 {
            Repr::Text(s) => s.as_bytes().to_vec(),
            Repr::CodePoints(v) => {
                let mut out = Vec::with_capacity(v.len() * 3);
                for &c in v.iter() {
                    if is_surrogate(c) {
                        out.extend_from_slice(&[
                            0xE0 | (c >> 12) as u8,
                            0x80 | ((c >> 6) & 0x3F) as u8,
                            0x80 | (c & 0x3F) as u8,
                        ]);
                    } else if let Some(ch) = char::from_u32(c) {
                        let mut buf = [0; 4];
                        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                    }
                }
                out
            }
        }
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> Self {
        PyStr::new(s)
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> Self {
        PyStr(Repr::Text(s.into_boxed_str()))
    }
}

/// Iterator over the code points of a [`PyStr`].
#[derive(Clone)]
pub struct CodePoints<'a>(CpIter<'a>);

#[derive(Clone)]
enum CpIter<'a> {
    Text(std::str::Chars<'a>),
    Slice(std::slice::Iter<'a, u32>),
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        match &mut self.0 {
            CpIter::Text(c) => c.next().map(u32::from),
            CpIter::Slice(s) => s.next().copied(),
        }
    }
}

/// Shows the text, with lone surrogates as U+FFFD.
impl fmt::Display for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_lossy())
    }
}

/// Shows a quoted, escaped form; lone surrogates appear as `\u{d800}`.
impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Text(s) => fmt::Debug::fmt(&**s, f),
            Repr::CodePoints(v) => {
                f.write_str("\"")?;
                for &c in v.iter() {
                    match char::from_u32(c) {
                        Some(ch) => {
                            for e in ch.escape_debug() {
                                fmt::Write::write_char(f, e)?;
                            }
                        }
                        None => write!(f, "\\u{{{c:x}}}")?,
                    }
                }
                f.write_str("\"")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_fast_path() {
        let s = PyStr::from_utf8_surrogatepass("café".as_bytes()).unwrap();
        assert_eq!(s.as_str(), Some("café"));
        assert_eq!(s.len(), 4);
    }

    #[test]
    fn lone_surrogates_survive() {
        let s = PyStr::from_utf8_surrogatepass(b"a\xed\xa0\x80b\xed\xbf\xbf").unwrap();
        assert!(s.has_surrogates());
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            vec![0x61, 0xD800, 0x62, 0xDFFF]
        );
        assert_eq!(s.to_utf8_surrogatepass(), b"a\xed\xa0\x80b\xed\xbf\xbf");
        assert_eq!(s.to_string_lossy(), "a\u{fffd}b\u{fffd}");
        assert_eq!(format!("{s:?}"), "\"a\\u{d800}b\\u{dfff}\"");
        // A surrogate pair stays two code points.
        let p = PyStr::from_utf8_surrogatepass(b"\xed\xa0\xbd\xed\xb8\x80").unwrap();
        assert_eq!(p.code_points().collect::<Vec<_>>(), vec![0xD83D, 0xDE00]);
        assert_eq!(Some(p), PyStr::from_code_points(&[0xD83D, 0xDE00]));
    }

    #[test]
    fn invalid_utf8_is_an_error() {
        for bad in [
            &b"\xff"[..],
            b"ab\xc0\x80",
            b"\xe0\x80\x80",
            b"\xed\xa0",
            b"\xf4\x90\x80\x80",
            b"\x80",
            b"x\xed\xa0\x80\xfe",
        ] {
            assert!(PyStr::from_utf8_surrogatepass(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            PyStr::from_utf8_surrogatepass(b"ok\xed\xa0\x80\xc3")
                .unwrap_err()
                .offset,
            5
        );
    }

    #[test]
    fn latin1() {
        assert_eq!(PyStr::from_latin1(b"abc").as_str(), Some("abc"));
        assert_eq!(
            PyStr::from_latin1(b"\xe9\xff").as_str(),
            Some("\u{e9}\u{ff}")
        );
    }

    #[test]
    fn canonical_representation() {
        assert_eq!(
            PyStr::from_code_points(&[0x41, 0xE9]),
            Some(PyStr::new("Aé"))
        );
        assert!(PyStr::from_code_points(&[0x110000]).is_none());
    }
}
