//! Parsing of `str.format` templates.
//!
//! CPython parses a template lazily while it renders it, so an error late
//! in the template is raised only after the earlier fields have been
//! looked up and formatted (whose own errors win). Two interfaces follow
//! from that:
//!
//! * [`FormatStringParser`] yields the template chunk by chunk, exactly as
//!   CPython's `_string.formatter_parser` does: literal text and an
//!   optional raw field. The caller resolves each field name with
//!   [`parse_field_name`] (which also does the automatic numbering, through
//!   an [`AutoNumber`] shared with nested specs), applies the
//!   [`FieldName::rest`] accessors and then raises [`FieldName::rest_error`]
//!   if any, checks the conversion with [`Conversion::from_char`], and, when
//!   [`RawField::spec_needs_expanding`], renders the spec itself as a
//!   template (one level deeper, see [`MAX_RECURSION_DEPTH`]).
//! * [`parse_format_string`] does all of that up front and returns a tree
//!   of [`Piece`]s, failing on the first error anywhere in the template.

use super::unicode::decimal_value;
use super::FormatError;

/// Nesting allowed for templates: the top level is depth 2, a field's spec
/// is rendered at depth 1, and a template at depth 0 is refused with
/// "Max string recursion exceeded".
pub const MAX_RECURSION_DEPTH: u32 = 2;

/// A `!s`, `!r` or `!a` conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    /// `!s`: `str()`.
    Str,
    /// `!r`: `repr()`.
    Repr,
    /// `!a`: `ascii()`.
    Ascii,
}

impl Conversion {
    /// Validates a conversion character: "Unknown conversion specifier x"
    /// (or `\xNN` for one outside `!`..`~`).
    pub fn from_char(c: char) -> Result<Conversion, FormatError> {
        match c {
            's' => Ok(Conversion::Str),
            'r' => Ok(Conversion::Repr),
            'a' => Ok(Conversion::Ascii),
            _ => {
                let n = c as u32;
                let shown = if n > 32 && n < 127 {
                    c.to_string()
                } else {
                    format!("\\x{n:x}")
                };
                Err(FormatError::value(format!(
                    "Unknown conversion specifier {shown}"
                )))
            }
        }
    }
}

/// A replacement field as written in the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawField {
    /// The field name (`0`, `name.attr[key]`, or empty for automatic).
    pub name: String,
    /// The character after `!`, if any (not yet validated).
    pub conversion: Option<char>,
    /// The text after `:` (empty when none).
    pub spec: String,
    /// Whether the spec holds `{`, i.e. nested fields to substitute.
    pub spec_needs_expanding: bool,
}

/// One step of the template: literal text, then maybe a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    /// Literal text (with `{{` and `}}` already reduced to one brace).
    pub literal: String,
    /// The field that follows the literal text, if any.
    pub field: Option<RawField>,
}

/// Iterator over the [`Chunk`]s of a template (CPython's
/// `MarkupIterator`); it stops after the first error.
#[derive(Debug, Clone)]
pub struct FormatStringParser {
    chars: Vec<char>,
    pos: usize,
    failed: bool,
}

impl FormatStringParser {
    /// A parser over `template`.
    pub fn new(template: &str) -> Self {
        FormatStringParser {
            chars: template.chars().collect(),
            pos: 0,
            failed: false,
        }
    }

    fn next_chunk(&mut self) -> Result<Chunk, FormatError> {
        let start = self.pos;
        let mut c = '\0';
        let mut markup = false;
        while self.pos < self.chars.len() {
            c = self.chars[self.pos];
            self.pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = self.pos >= self.chars.len();
        let mut len = self.pos - start;
        if c == '}' && markup && (at_end || self.chars[self.pos] != '}') {
            return Err(FormatError::value(
                "Single '}' encountered in format string",
            ));
        }
        if at_end && c == '{' && markup {
            return Err(FormatError::value(
                "Single '{' encountered in format string",
            ));
        }
        if !at_end && markup {
            if self.chars[self.pos] == c {
                // An escaped brace: keep one, no field follows.
                self.pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = self.chars[start..start + len].iter().collect();
        let field = if markup {
            Some(self.parse_field()?)
        } else {
            None
        };
        Ok(Chunk { literal, field })
    }

    /// Parses a field after its `{` (CPython's `parse_field`).
    fn parse_field(&mut self) -> Result<RawField, FormatError> {
        let name_start = self.pos;
        let mut c = '\0';
        while self.pos < self.chars.len() {
            c = self.chars[self.pos];
            self.pos += 1;
            match c {
                '{' => return Err(FormatError::value("unexpected '{' in field name")),
                '[' => {
                    while self.pos < self.chars.len() && self.chars[self.pos] != ']' {
                        self.pos += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => break,
                _ => continue,
            }
        }
        let name: String = self.chars[name_start..self.pos.saturating_sub(1).max(name_start)]
            .iter()
            .collect();
        let mut field = RawField {
            name,
            conversion: None,
            spec: String::new(),
            spec_needs_expanding: false,
        };
        if c != '!' && c != ':' {
            if c != '}' {
                return Err(FormatError::value("expected '}' before end of string"));
            }
            return Ok(field);
        }
        if c == '!' {
            if self.pos >= self.chars.len() {
                return Err(FormatError::value(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(self.chars[self.pos]);
            self.pos += 1;
            if self.pos < self.chars.len() {
                let c2 = self.chars[self.pos];
                self.pos += 1;
                if c2 == '}' {
                    return Ok(field);
                }
                if c2 != ':' {
                    return Err(FormatError::value(
                        "expected ':' after conversion specifier",
                    ));
                }
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while self.pos < self.chars.len() {
            let c = self.chars[self.pos];
            self.pos += 1;
            match c {
                '{' => {
                    field.spec_needs_expanding = true;
                    depth += 1;
                }
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = self.chars[spec_start..self.pos - 1].iter().collect();
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err(FormatError::value("unmatched '{' in format spec"))
    }
}

impl Iterator for FormatStringParser {
    type Item = Result<Chunk, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        let r = self.next_chunk();
        self.failed = r.is_err();
        Some(r)
    }
}

/// State of automatic field numbering, shared by a template and the
/// templates nested in its specs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AutoNumber {
    state: AutoState,
    next: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum AutoState {
    #[default]
    Init,
    Auto,
    Manual,
}

impl AutoNumber {
    /// Fresh state: neither automatic nor manual numbering used yet.
    pub fn new() -> Self {
        Self::default()
    }
}

/// The first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst {
    /// A positional argument (written, or assigned by automatic numbering).
    Index(usize),
    /// A keyword argument.
    Keyword(String),
}

/// A lookup after the first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldAccessor {
    /// `.name`: `getattr`.
    Attr(String),
    /// `[123]`: `__getitem__` with an int.
    Index(usize),
    /// `[key]`: `__getitem__` with a str.
    Key(String),
}

/// A resolved field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldName {
    /// The argument the field starts from.
    pub first: FieldFirst,
    /// The lookups to apply, in order.
    pub rest: Vec<FieldAccessor>,
    /// An error found after `rest` in the name; CPython raises it only
    /// once the lookups before it have succeeded.
    pub rest_error: Option<FormatError>,
}

fn too_many_digits() -> FormatError {
    FormatError::value("Too many decimal digits in format string")
}

/// CPython's `get_integer`: `Some(n)` when `s` is a non-empty run of
/// decimal digits.
fn get_integer(s: &[char]) -> Result<Option<usize>, FormatError> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for &c in s {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(too_many_digits());
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc as usize))
}

/// Parses the accessors after the first part; stops at the first error.
fn parse_rest(chars: &[char]) -> (Vec<FieldAccessor>, Option<FormatError>) {
    let mut rest = Vec::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        let start = pos;
        let accessor = match c {
            '.' => {
                while pos < chars.len() && chars[pos] != '.' && chars[pos] != '[' {
                    pos += 1;
                }
                let name = &chars[start..pos];
                if name.is_empty() {
                    return (rest, Some(empty_attribute()));
                }
                FieldAccessor::Attr(name.iter().collect())
            }
            '[' => {
                while pos < chars.len() && chars[pos] != ']' {
                    pos += 1;
                }
                if pos >= chars.len() {
                    return (
                        rest,
                        Some(FormatError::value("Missing ']' in format string")),
                    );
                }
                let name = &chars[start..pos];
                pos += 1;
                match get_integer(name) {
                    Err(e) => return (rest, Some(e)),
                    Ok(Some(i)) => FieldAccessor::Index(i),
                    Ok(None) if name.is_empty() => return (rest, Some(empty_attribute())),
                    Ok(None) => FieldAccessor::Key(name.iter().collect()),
                }
            }
            _ => {
                return (
                    rest,
                    Some(FormatError::value(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    )),
                )
            }
        };
        rest.push(accessor);
    }
    (rest, None)
}

fn empty_attribute() -> FormatError {
    FormatError::value("Empty attribute in format string")
}

/// Resolves a raw field name: the first part (an index, a keyword, or the
/// next automatic number) and the accessors after it. Errors: "Too many
/// decimal digits in format string", "cannot switch from manual field
/// specification to automatic field numbering" and the reverse.
pub fn parse_field_name(name: &str, auto: &mut AutoNumber) -> Result<FieldName, FormatError> {
    let chars: Vec<char> = name.chars().collect();
    let split = chars
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(chars.len());
    let first = &chars[..split];
    let index = get_integer(first)?;
    let (rest, rest_error) = parse_rest(&chars[split..]);
    let empty = first.is_empty();
    let numeric = empty || index.is_some();
    if numeric {
        if auto.state == AutoState::Init {
            auto.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        match (auto.state, empty) {
            (AutoState::Manual, true) => {
                return Err(FormatError::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ))
            }
            (AutoState::Auto, false) => {
                return Err(FormatError::value(
                    "cannot switch from automatic field numbering to manual field specification",
                ))
            }
            _ => {}
        }
    }
    let first = match index {
        Some(i) => FieldFirst::Index(i),
        None if empty => {
            let i = auto.next;
            auto.next += 1;
            FieldFirst::Index(i)
        }
        None => FieldFirst::Keyword(first.iter().collect()),
    };
    Ok(FieldName {
        first,
        rest,
        rest_error,
    })
}

/// A parsed template, fully resolved (see [`parse_format_string`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Literal text.
    Literal(String),
    /// A replacement field.
    Field {
        /// Where the value comes from.
        name: FieldName,
        /// `!s`, `!r` or `!a`.
        conversion: Option<Conversion>,
        /// The spec as pieces: plain text is one `Literal`, nested fields
        /// are `Field`s whose formatted values are to be concatenated in.
        spec: Vec<Piece>,
        /// The spec as written.
        raw_spec: String,
    },
}

fn parse_pieces(
    template: &str,
    auto: &mut AutoNumber,
    depth: u32,
) -> Result<Vec<Piece>, FormatError> {
    if depth == 0 {
        return Err(FormatError::value("Max string recursion exceeded"));
    }
    let mut pieces = Vec::new();
    for chunk in FormatStringParser::new(template) {
        let chunk = chunk?;
        if !chunk.literal.is_empty() {
            match pieces.last_mut() {
                Some(Piece::Literal(s)) => s.push_str(&chunk.literal),
                _ => pieces.push(Piece::Literal(chunk.literal)),
            }
        }
        let Some(field) = chunk.field else { continue };
        let name = parse_field_name(&field.name, auto)?;
        if let Some(e) = &name.rest_error {
            return Err(e.clone());
        }
        let conversion = field.conversion.map(Conversion::from_char).transpose()?;
        let spec = if field.spec_needs_expanding {
            parse_pieces(&field.spec, auto, depth - 1)?
        } else if field.spec.is_empty() {
            Vec::new()
        } else {
            vec![Piece::Literal(field.spec.clone())]
        };
        pieces.push(Piece::Field {
            name,
            conversion,
            spec,
            raw_spec: field.spec,
        });
    }
    Ok(pieces)
}

/// Parses a whole `str.format` template into [`Piece`]s, resolving
/// automatic numbering (nested fields in a spec are numbered after their
/// field and before the next one, as CPython renders them) and reporting
/// the first error anywhere: "Single '}' encountered in format string",
/// "expected '}' before end of string", "Unknown conversion specifier x",
/// "cannot switch from manual field specification to automatic field
/// numbering", "Max string recursion exceeded", ...
pub fn parse_format_string(template: &str) -> Result<Vec<Piece>, FormatError> {
    parse_pieces(template, &mut AutoNumber::new(), MAX_RECURSION_DEPTH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_fields_are_numbered_in_render_order() {
        let pieces = parse_format_string("a{:{}}{}").unwrap();
        let index = |p: &Piece| match p {
            Piece::Field { name, .. } => name.first.clone(),
            Piece::Literal(_) => FieldFirst::Keyword(String::new()),
        };
        assert_eq!(pieces[0], Piece::Literal("a".into()));
        assert_eq!(index(&pieces[1]), FieldFirst::Index(0));
        match &pieces[1] {
            Piece::Field { spec, raw_spec, .. } => {
                assert_eq!(raw_spec, "{}");
                assert_eq!(index(&spec[0]), FieldFirst::Index(1));
            }
            Piece::Literal(_) => unreachable!(),
        }
        assert_eq!(index(&pieces[2]), FieldFirst::Index(2));
    }

    #[test]
    fn field_names() {
        let mut auto = AutoNumber::new();
        let f = parse_field_name("x.a[0][k]", &mut auto).unwrap();
        assert_eq!(f.first, FieldFirst::Keyword("x".into()));
        assert_eq!(
            f.rest,
            vec![
                FieldAccessor::Attr("a".into()),
                FieldAccessor::Index(0),
                FieldAccessor::Key("k".into())
            ]
        );
        let f = parse_field_name("0[a]b", &mut auto).unwrap();
        assert_eq!(f.rest, vec![FieldAccessor::Key("a".into())]);
        assert_eq!(
            f.rest_error.unwrap().message,
            "Only '.' or '[' may follow ']' in format field specifier"
        );
        assert!(parse_field_name("", &mut auto).is_err());
    }
}
