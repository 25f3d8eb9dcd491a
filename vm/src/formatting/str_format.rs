//! `format(str, spec)`.

use super::layout::padding;
use super::spec::{Align, FormatSpec, Sign};
use super::{too_large, FormatError, MAX_LAYOUT};
use crate::marshal::PyStr;

/// `format(s, spec)` for a str (`spec` parsed with default type `'s'`):
/// only fill, alignment (not `=`), width and precision (a maximum length,
/// in code points) are allowed.
pub fn format_str(s: &PyStr, spec: &FormatSpec) -> Result<PyStr, FormatError> {
    if spec.ty != Some('s') {
        return Err(spec.unknown_code());
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if spec.width.unwrap_or(0) > MAX_LAYOUT {
        return Err(too_large());
    }
    let len = s.len();
    let keep = spec.precision.map_or(len, |p| p.min(len));
    if keep == len && spec.width.is_none_or(|w| w <= len) {
        return Ok(s.clone());
    }
    let (l, r) = padding(keep, spec.width, spec.align_or(Align::Left));
    let fill = u32::from(spec.fill_char());
    let mut out: Vec<u32> = Vec::with_capacity(l + keep + r);
    out.extend(std::iter::repeat_n(fill, l));
    out.extend(s.code_points().take(keep));
    out.extend(std::iter::repeat_n(fill, r));
    Ok(PyStr::from_code_points(&out).unwrap_or_else(|| PyStr::new("")))
}
