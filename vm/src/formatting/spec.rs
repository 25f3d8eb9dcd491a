//! The format-spec mini-language of `format(value, spec)`.
//!
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision][grouping]][type]`
//!
//! Parsing is shared by every type; what a type then accepts is checked by
//! its own formatter ([`format_int`](super::format_int) and friends). The
//! parser is told the type's name (for messages) and its default
//! presentation type, because CPython validates the grouping option against
//! the type letter, defaulted, before any type-specific check.

use super::unicode::decimal_value;
use super::FormatError;

/// Alignment option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `<`: left.
    Left,
    /// `>`: right.
    Right,
    /// `^`: centred.
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

/// Sign option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// `+`: a sign for every number.
    Plus,
    /// `-`: a sign for negative numbers only (the default).
    Minus,
    /// ` `: a space before non-negative numbers.
    Space,
}

/// Grouping (thousands separator) option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// `,`: a comma every three digits.
    Comma,
    /// `_`: an underscore every three digits (every four for `b o x X`).
    Underscore,
}

impl Grouping {
    pub(crate) fn char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Name of the formatted object's type, for error messages.
    pub type_name: String,
    /// Fill character, when one was given before an alignment.
    pub fill: Option<char>,
    /// Alignment, when given.
    pub align: Option<Align>,
    /// Sign option, when given.
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to zero.
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width (zero padding) was given without a fill.
    pub zero_pad: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// Grouping of the integer part.
    pub grouping: Option<Grouping>,
    /// Precision.
    pub precision: Option<usize>,
    /// Grouping of the fraction digits (3.14: `.3_f`).
    pub frac_grouping: Option<Grouping>,
    /// Presentation type: the letter given, or the type's default.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The fill character in effect.
    pub fn fill_char(&self) -> char {
        match self.fill {
            Some(c) => c,
            None if self.zero_pad => '0',
            None => ' ',
        }
    }

    /// The alignment in effect for a type whose default is `default`
    /// (right for numbers, left for strings). A zero-padded number with no
    /// explicit alignment is aligned after the sign.
    pub fn align_or(&self, default: Align) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero_pad && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }

    /// The "Unknown format code" error for this spec's type letter.
    pub(crate) fn unknown_code(&self) -> FormatError {
        let c = self.ty.unwrap_or('\0');
        let code = char_for_message(c);
        FormatError::value(format!(
            "Unknown format code '{code}' for object of type '{}'",
            self.type_name
        ))
    }
}

/// How CPython writes a type letter in a message: as itself when it is
/// printable ASCII (33..=127), else as `\xNN`.
fn char_for_message(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{n:x}")
    }
}

/// Reads a run of (Unicode) decimal digits; `None` if there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut acc: i64 = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(acc as usize))
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// Reads an optional grouping option (`,` or `_`, not both).
fn get_grouping(chars: &[char], pos: &mut usize) -> Result<Option<Grouping>, FormatError> {
    let mut g = None;
    if chars.get(*pos) == Some(&',') {
        g = Some(Grouping::Comma);
        *pos += 1;
    }
    if chars.get(*pos) == Some(&'_') {
        if g.is_some() {
            return Err(both_separators());
        }
        g = Some(Grouping::Underscore);
        *pos += 1;
    }
    if chars.get(*pos) == Some(&',') && g == Some(Grouping::Underscore) {
        return Err(both_separators());
    }
    Ok(g)
}

fn invalid_separator(g: Grouping, ty: char) -> FormatError {
    FormatError::value(format!(
        "Cannot specify '{}' with '{}'.",
        g.char(),
        char_for_message(ty)
    ))
}

/// Parses `spec` for an object of type `type_name` whose default
/// presentation type is `default_type` (`Some('d')` for int, `Some('s')`
/// for str, `None` for float and complex).
///
/// Errors are CPython's `ValueError`s, e.g. "Invalid format specifier
/// 'abc' for object of type 'int'" or "Cannot specify ',' with 's'.".
pub fn parse_format_spec(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec {
        type_name: type_name.to_string(),
        fill: None,
        align: None,
        sign: None,
        no_neg_0: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        frac_grouping: None,
        ty: default_type,
    };
    let mut pos = 0;
    if let Some(a) = chars.get(1).and_then(|&c| Align::from_char(c)) {
        out.fill = Some(chars[0]);
        out.align = Some(a);
        pos = 2;
    } else if let Some(a) = chars.first().and_then(|&c| Align::from_char(c)) {
        out.align = Some(a);
        pos = 1;
    }
    match chars.get(pos) {
        Some('+') => out.sign = Some(Sign::Plus),
        Some('-') => out.sign = Some(Sign::Minus),
        Some(' ') => out.sign = Some(Sign::Space),
        _ => {}
    }
    if out.sign.is_some() {
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;
    out.grouping = get_grouping(&chars, &mut pos)?;
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = get_integer(&chars, &mut pos)?;
        out.frac_grouping = get_grouping(&chars, &mut pos)?;
        if out.precision.is_none() && out.frac_grouping.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = Some(chars[pos]),
        _ => {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    let ty = out.ty.unwrap_or('\0');
    if let Some(g) = out.grouping {
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if g == Grouping::Underscore => {}
            _ => return Err(invalid_separator(g, ty)),
        }
    }
    // CPython 3.14 does not validate the fraction grouping against the
    // type: `format(1, '._d')` and `format('ab', '.1,')` are accepted, and
    // only float formatting uses it.
    Ok(out)
}
