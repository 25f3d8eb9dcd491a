//! `format(complex, spec)` and `repr(complex)`.

use super::float_format::{float_body, split_number};
use super::layout::{check_width, group_digits, padding, sign_char, to_string, Number};
use super::spec::{Align, FormatSpec, Sign};
use super::FormatError;

/// `format(complex(re, im), spec)` (`spec` parsed with no default type).
///
/// Types `e E f F g G n` and none. With no type the result is `str()` of
/// the complex: `1j`, `(1+2j)`, `(-0-1j)`; the real part is left out only
/// when it is +0.0. Zero padding and `=` alignment are errors.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        _ => return Err(spec.unknown_code()),
    }
    if spec.fill_char() == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    check_width(spec)?;
    let mut skip_re = false;
    let mut parens = false;
    if spec.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    let group = match (spec.ty, spec.grouping) {
        (Some('n'), _) | (_, None) => None,
        (_, Some(g)) => Some((g.char(), 3)),
    };
    let part = |x: f64, sign: Option<Sign>| -> Result<Vec<u32>, FormatError> {
        let n: Number = split_number(&float_body(x, spec, true)?, spec.frac_grouping);
        let mut out = Vec::new();
        if let Some(s) = sign_char(n.negative, sign) {
            out.push(u32::from(s));
        }
        if !n.digits.is_empty() {
            out.extend(group_digits(&n.digits, 0, group));
        }
        out.extend_from_slice(&n.remainder);
        Ok(out)
    };
    let mut body = Vec::new();
    if parens {
        body.push(u32::from('('));
    }
    if !skip_re {
        body.extend(part(re, spec.sign)?);
    }
    let im_sign = if skip_re { spec.sign } else { Some(Sign::Plus) };
    body.extend(part(im, im_sign)?);
    body.push(u32::from('j'));
    if parens {
        body.push(u32::from(')'));
    }
    let (l, r) = padding(body.len(), spec.width, spec.align.unwrap_or(Align::Right));
    let fill = spec.fill_char();
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(&to_string(&body));
    out.extend(std::iter::repeat_n(fill, r));
    Ok(out)
}

/// `repr(complex(re, im))`, which is also its `str()`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let spec = FormatSpec {
        type_name: "complex".into(),
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
        ty: None,
    };
    format_complex(re, im, &spec).unwrap_or_default()
}
